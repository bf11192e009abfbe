// Timesheets: one sheet per person per week (week_start is a Monday) moving draft → submitted →
// approved or returned, and its entries, one row per project, task (NULL: time on the project
// itself, such as meetings), overtime flag and day, in whole minutes. An entry carries its
// sheet's owner and project, and approved_at once its sheet is approved, so the reads that matter
// at scale need no join: approved minutes per project up to a date (the finance layer's actual
// work and cost, over a million rows) come from one partial index that covers them. A task's
// approved minutes are also added to schedule_tasks.actual_work_minutes in the approving
// transaction. A deleted task leaves its time on the project (task_id set NULL).
// The locked period is an organisation setting (org_settings, key timesheet_lock): no table here.
// Frozen in time: never import app code here; add a new migration to change it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('timesheets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('timesheets_user_week_unique', ['user_id', 'week_start'])
    .execute();
  await db.schema.createIndex('timesheets_status_idx').on('timesheets').columns(['status', 'week_start']).execute();

  await db.schema
    .createTable('timesheet_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('timesheet_id', 'text', (c) => c.notNull().references('timesheets.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('task_id', 'text', (c) => c.references('schedule_tasks.id').onDelete('set null'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('overtime', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('approved_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('timesheet_entries_sheet_idx').on('timesheet_entries').column('timesheet_id').execute();
  await db.schema.createIndex('timesheet_entries_project_date_idx').on('timesheet_entries').columns(['project_id', 'date']).execute();
  await db.schema.createIndex('timesheet_entries_task_idx').on('timesheet_entries').column('task_id').execute();
  // Covers the approved-actuals read (approved-actuals.ts): no table access, unapproved rows not indexed.
  await db.schema
    .createIndex('timesheet_entries_actuals_idx')
    .on('timesheet_entries')
    .columns(['project_id', 'date', 'task_id', 'user_id', 'overtime', 'minutes'])
    .where(sql.ref('approved_at'), 'is not', null)
    .execute();

  await db.schema.alterTable('schedule_tasks').addColumn('actual_work_minutes', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('schedule_tasks').dropColumn('actual_work_minutes').execute();
  await db.schema.dropTable('timesheet_entries').execute();
  await db.schema.dropTable('timesheets').execute();
}
