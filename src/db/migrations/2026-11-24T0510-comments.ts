// Comments on a project and on its risks, issues, change requests and status reports: one table
// for every kind of subject (subject_type + subject_id), each row carrying its project so access is
// the project's. mentions_json holds the ids of the people the text mentions (@their e-mail), so an
// edit can tell who is newly mentioned. A removed comment keeps its place in the thread
// (deleted_at set, text cleared). A thread is read in order of creation: the index serves it.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('mentions_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    .addColumn('deleted_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('comments_thread_idx').on('comments').columns(['subject_type', 'subject_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('comments_project_idx').on('comments').column('project_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('comments').execute();
}
