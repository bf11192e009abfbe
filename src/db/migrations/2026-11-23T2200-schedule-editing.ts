// Editing schedules in place: tasks remember whether their duration is an estimate (MS Project's
// "3 days?", which decides whether an unlinked manual task is critical and survives export), and
// links carry a version so that changing one is guarded by If-Match like every other update.
// Tasks also keep what MS Project files say about them beyond their own fields, so that an
// imported plan schedules as the file does: a leveling delay (working minutes, or wall minutes when
// elapsed, MS Project's default), a split task's pauses (JSON, null when not split) and the
// calendars of the work resources on it (JSON array of the project's calendar ids, null when none).
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('schedule_tasks').addColumn('estimated', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('schedule_tasks').addColumn('leveling_delay_minutes', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('schedule_tasks').addColumn('leveling_delay_elapsed', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('schedule_tasks').addColumn('split_gaps_json', 'text').execute();
  await db.schema.alterTable('schedule_tasks').addColumn('resource_calendar_ids_json', 'text').execute();
  await db.schema.alterTable('schedule_links').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('schedule_links').addColumn('updated_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('schedule_links').dropColumn('updated_at').execute();
  await db.schema.alterTable('schedule_links').dropColumn('version').execute();
  await db.schema.alterTable('schedule_tasks').dropColumn('resource_calendar_ids_json').execute();
  await db.schema.alterTable('schedule_tasks').dropColumn('split_gaps_json').execute();
  await db.schema.alterTable('schedule_tasks').dropColumn('leveling_delay_elapsed').execute();
  await db.schema.alterTable('schedule_tasks').dropColumn('leveling_delay_minutes').execute();
  await db.schema.alterTable('schedule_tasks').dropColumn('estimated').execute();
}
