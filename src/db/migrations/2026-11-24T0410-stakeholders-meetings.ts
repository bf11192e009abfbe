// Stakeholders, communication plans and meetings of a project, each a project log (code, title,
// owner, status, version). Stakeholders carry their grid scores and engagement; communication
// items their audience (ids and free-text groups as JSON), frequency and next due date (stored, so
// the reminders across all projects are one indexed query); meetings their agenda and attendees
// as JSON, the minutes as text, and which captured line of the minutes became which decision or
// action (JSON, read and written with the meeting in the same row).
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

type Builder = ReturnType<Kysely<any>['schema']['createTable']>;

/** The columns every project log shares. */
const logItem = (db: Kysely<any>, table: string): Builder =>
  db.schema
    .createTable(table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));

export async function up(db: Kysely<any>): Promise<void> {
  await logItem(db, 'stakeholders')
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('organisation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('interest', 'integer', (c) => c.notNull())
    .addColumn('influence', 'integer', (c) => c.notNull())
    .addColumn('engagement_current', 'text', (c) => c.notNull())
    .addColumn('engagement_desired', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stakeholders_project_idx').on('stakeholders').columns(['project_id', 'status']).execute();

  await logItem(db, 'communications')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('audience_json', 'text', (c) => c.notNull().defaultTo('{"stakeholderIds":[],"userIds":[],"groups":[]}'))
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('next_due_on', 'text')
    .addColumn('last_done_on', 'text')
    .addColumn('last_done_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('communications_project_idx').on('communications').columns(['project_id', 'status']).execute();
  await db.schema.createIndex('communications_due_idx').on('communications').columns(['status', 'next_due_on']).execute();

  await logItem(db, 'meetings')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('agenda_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('attendees_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('minutes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('captures_json', 'text', (c) => c.notNull().defaultTo('{"captures":[],"problems":[]}'))
    .addColumn('minutes_sent_at', 'text')
    .addColumn('minutes_sent_by', 'text', (c) => c.references('users.id'))
    .addColumn('minutes_sent_to_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('meetings_project_idx').on('meetings').columns(['project_id', 'starts_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meetings').execute();
  await db.schema.dropTable('communications').execute();
  await db.schema.dropTable('stakeholders').execute();
}
