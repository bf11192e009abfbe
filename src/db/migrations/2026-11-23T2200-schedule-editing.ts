// Editing schedules in place: tasks remember whether their duration is an estimate (MS Project's
// "3 days?", which decides whether an unlinked manual task is critical and survives export), and
// links carry a version so that changing one is guarded by If-Match like every other update.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('schedule_tasks').addColumn('estimated', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('schedule_links').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('schedule_links').addColumn('updated_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('schedule_links').dropColumn('updated_at').execute();
  await db.schema.alterTable('schedule_links').dropColumn('version').execute();
  await db.schema.alterTable('schedule_tasks').dropColumn('estimated').execute();
}
