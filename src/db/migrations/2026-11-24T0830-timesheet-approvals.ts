// Who approved which project's hours on a timesheet. A project's manager approves that project's
// hours on a sheet; the person's line manager or the PMO approves whatever is left of it; the sheet
// is approved (and its hours become actual work) once every project on it has a row here. The rows
// belong to one submission: returning or recalling the sheet deletes them. Sheets approved before
// this table get one row per project, from the sheet's decider. resources.manager_id (a person's
// line manager) gets an index: each approver's queue asks for the people they manage.
// Frozen in time: never import app code here; add a new migration to change it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('timesheet_approvals')
    .addColumn('timesheet_id', 'text', (c) => c.notNull().references('timesheets.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    // null: Orrery itself (the command line without --as)
    .addColumn('approved_by', 'text', (c) => c.references('users.id'))
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('timesheet_approvals_pk', ['timesheet_id', 'project_id'])
    .execute();
  await sql`
    insert into timesheet_approvals (timesheet_id, project_id, approved_by, approved_at)
    select distinct t.id, e.project_id, t.decided_by, coalesce(t.decided_at, t.updated_at)
    from timesheets t join timesheet_entries e on e.timesheet_id = t.id
    where t.status = 'approved'`.execute(db);
  await db.schema.createIndex('resources_manager_idx').on('resources').column('manager_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('resources_manager_idx').execute();
  await db.schema.dropTable('timesheet_approvals').execute();
}
