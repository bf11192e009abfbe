// Status reports: each project's reporting cadence (a row only once it differs from the default,
// monthly, so existing projects need no backfill), and one report per project and period with its
// narrative, the manager's overrides, its history of submissions and reviews, and the figures
// frozen at submission (null while the report is open and reads live data).
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('project_reporting')
    .addColumn('project_id', 'text', (c) => c.primaryKey().references('projects.id'))
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('status_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('accomplishments', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('next_period', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('blockers', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decisions_needed', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('overrides_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('history_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('snapshot_json', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
    .addColumn('review_comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('status_reports_period_idx').on('status_reports').columns(['project_id', 'period_start']).unique().execute();
  await db.schema.createIndex('status_reports_status_idx').on('status_reports').columns(['status', 'period_end']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('status_reports').execute();
  await db.schema.dropTable('project_reporting').execute();
}
