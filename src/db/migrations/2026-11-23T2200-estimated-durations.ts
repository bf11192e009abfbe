// Tasks remember whether their duration is an estimate (MS Project's "3 days?"): it decides whether
// an unlinked manually scheduled task is on the critical path, and it survives export.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('schedule_tasks').addColumn('estimated', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('schedule_tasks').dropColumn('estimated').execute();
}
