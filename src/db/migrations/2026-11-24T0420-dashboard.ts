// The dashboards read the milestones of every project in scope at once: an index on (project,
// milestone) lets each project's few milestones be found without reading all its tasks, which
// matters once schedules hold hundreds of tasks.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('schedule_tasks_milestone_idx').on('schedule_tasks').columns(['project_id', 'milestone']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('schedule_tasks_milestone_idx').execute();
}
