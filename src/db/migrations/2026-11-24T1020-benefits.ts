// The benefits register: what each project is to bring about (a measure with a unit, or money in a
// currency, from a baseline to a target, better higher or lower), who owns it, when it should be
// realised and when it is to be measured (JSON list of dates, often after the project closes), and
// the measurements taken over time. Status and realisation are computed on read, never stored.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('benefits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('currency', 'text')
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('baseline', 'double precision', (c) => c.notNull())
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('expected_by', 'text', (c) => c.notNull())
    .addColumn('planned_measurements', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('benefits_project_idx').on('benefits').columns(['project_id', 'code']).execute();
  await db.schema.createIndex('benefits_owner_idx').on('benefits').column('owner_id').execute();
  await db.schema
    .createTable('benefit_measurements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('benefit_id', 'text', (c) => c.notNull().references('benefits.id').onDelete('cascade'))
    .addColumn('measured_on', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('benefit_measurements_benefit_idx').on('benefit_measurements').columns(['benefit_id', 'measured_on']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('benefit_measurements').execute();
  await db.schema.dropTable('benefits').execute();
}
