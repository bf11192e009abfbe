// Each task's part of a project's recorded earned value. A day's record (project_ev_snapshots)
// keeps, beside the project's EV, every costed task's percent complete and EV as they stood, so a
// past status date shows tasks whose EV adds up to the project's recorded EV rather than their
// progress now. JSON of [taskId, percentComplete, evMinor] triples; NULL on days recorded before
// this column existed (those show tasks at their progress now, and say so).
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('project_ev_snapshots').addColumn('tasks_json', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('project_ev_snapshots').dropColumn('tasks_json').execute();
}
