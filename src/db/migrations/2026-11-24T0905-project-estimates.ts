// A project manager's estimate to complete the whole project (a top-down forecast of what is left,
// dated, with what it rests on), used as the project's bottom-up ETC in place of the sum of its
// tasks' estimates while it is given. One row per project (no row: none given, at version 0); an
// estimate withdrawn keeps its row with a null amount. And the index earned value reads tasks
// through now holds each task's actual finish too, since a finished task counts an estimate to
// complete of 0 without its manager entering one.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('project_estimates')
    .addColumn('project_id', 'text', (c) => c.primaryKey().references('projects.id'))
    .addColumn('etc_minor', 'bigint')
    .addColumn('etc_currency', 'text')
    .addColumn('as_of', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.dropIndex('schedule_tasks_progress_idx').execute();
  await db.schema.createIndex('schedule_tasks_progress_idx').on('schedule_tasks').columns(['project_id', 'position', 'id', 'outline_level', 'percent_complete', 'actual_start', 'actual_finish']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('schedule_tasks_progress_idx').execute();
  await db.schema.createIndex('schedule_tasks_progress_idx').on('schedule_tasks').columns(['project_id', 'position', 'id', 'outline_level', 'percent_complete', 'actual_start']).execute();
  await db.schema.dropTable('project_estimates').execute();
}
