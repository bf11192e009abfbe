// Whether a project's approved timesheet hours move its tasks' percent complete (actual work
// against the assignments' planned work). Off unless the project manager turns it on.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('project_schedules').addColumn('progress_from_timesheets', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('project_schedules').dropColumn('progress_from_timesheets').execute();
}
