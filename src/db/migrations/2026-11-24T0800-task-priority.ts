// MS Project's task priority (0–1000, 500 by default; 1000 = do not level): the order resource
// levelling delays tasks in, after project priority. The scheduler itself ignores it.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('schedule_tasks').addColumn('priority', 'integer', (c) => c.notNull().defaultTo(500)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('schedule_tasks').dropColumn('priority').execute();
}
