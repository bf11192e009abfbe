// Project schedules: settings, calendars, tasks with their computed dates, links, and baselines.
// Frozen in time: never import app code here; add a new migration to change it.
// Instants are wall-clock text `YYYY-MM-DDTHH:MM` in the project's local time; durations and
// slack are integer minutes; flags are 0/1 integers (portable across SQLite and PostgreSQL).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('project_schedules')
    .addColumn('project_id', 'text', (c) => c.primaryKey().references('projects.id').onDelete('cascade'))
    .addColumn('calendar_id', 'text', (c) => c.notNull())
    .addColumn('schedule_from', 'text', (c) => c.notNull().defaultTo('start'))
    .addColumn('start', 'text', (c) => c.notNull())
    .addColumn('finish', 'text')
    .addColumn('status_date', 'text')
    .addColumn('minutes_per_day', 'integer', (c) => c.notNull().defaultTo(480))
    .addColumn('minutes_per_week', 'integer', (c) => c.notNull().defaultTo(2400))
    .addColumn('days_per_month', 'integer', (c) => c.notNull().defaultTo(20))
    .addColumn('computed_start', 'text')
    .addColumn('computed_finish', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('schedule_calendars')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('base_calendar_id', 'text')
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('schedule_calendars_project_idx').on('schedule_calendars').column('project_id').execute();

  await db.schema
    .createTable('schedule_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('uid', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('outline_level', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('milestone', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('manual', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('duration_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duration_elapsed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('calendar_id', 'text')
    .addColumn('constraint_type', 'text', (c) => c.notNull().defaultTo('ASAP'))
    .addColumn('constraint_date', 'text')
    .addColumn('deadline', 'text')
    .addColumn('actual_start', 'text')
    .addColumn('actual_finish', 'text')
    .addColumn('percent_complete', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('remaining_minutes', 'integer')
    .addColumn('manual_start', 'text')
    .addColumn('manual_finish', 'text')
    .addColumn('start', 'text')
    .addColumn('finish', 'text')
    .addColumn('early_start', 'text')
    .addColumn('early_finish', 'text')
    .addColumn('late_start', 'text')
    .addColumn('late_finish', 'text')
    .addColumn('total_slack', 'integer')
    .addColumn('free_slack', 'integer')
    .addColumn('critical', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('schedule_tasks_project_uid_unique', ['project_id', 'uid'])
    .execute();
  await db.schema.createIndex('schedule_tasks_project_idx').on('schedule_tasks').columns(['project_id', 'position']).execute();

  await db.schema
    .createTable('schedule_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('predecessor_id', 'text', (c) => c.notNull().references('schedule_tasks.id').onDelete('cascade'))
    .addColumn('successor_id', 'text', (c) => c.notNull().references('schedule_tasks.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('lag_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lag_elapsed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lag_percent', 'double precision')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('schedule_links_pair_unique', ['predecessor_id', 'successor_id'])
    .execute();
  await db.schema.createIndex('schedule_links_project_idx').on('schedule_links').column('project_id').execute();

  await db.schema
    .createTable('schedule_baselines')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text')
    .addColumn('tasks_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('schedule_baselines_pk', ['project_id', 'number'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['schedule_baselines', 'schedule_links', 'schedule_tasks', 'schedule_calendars', 'project_schedules']) {
    await db.schema.dropTable(t).execute();
  }
}
