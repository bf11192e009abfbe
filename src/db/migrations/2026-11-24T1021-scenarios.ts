// Scenario planning: named copies of a portfolio's project set, kept as the changes each makes to
// the live portfolio — a project added (a proposed one) or removed, shifted by whole weeks or
// months, resized (cost and demand scaled, in percent). One row per project changed; a project
// without a row is as live. Everything compared is computed on read.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('scenarios')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('scenarios_portfolio_idx').on('scenarios').columns(['portfolio_id', 'code']).execute();
  await db.schema
    .createTable('scenario_projects')
    .addColumn('scenario_id', 'text', (c) => c.notNull().references('scenarios.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('included', 'integer', (c) => c.notNull())
    .addColumn('shift_amount', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('shift_unit', 'text', (c) => c.notNull().defaultTo('weeks'))
    .addColumn('scale_pct', 'integer', (c) => c.notNull().defaultTo(100))
    .addPrimaryKeyConstraint('scenario_projects_pk', ['scenario_id', 'project_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('scenario_projects').execute();
  await db.schema.dropTable('scenarios').execute();
}
