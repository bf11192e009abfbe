// Closure reports and the lessons-learned repository. A project has at most one closure report:
// its narrative, its review steps, and the figures frozen when it is submitted (null while a
// draft, which shows live figures). A lesson names the project and the source it came from (a
// closure report, a retrospective meeting or a gate review) and is searched by full text: on
// SQLite an FTS5 table kept in step by triggers (porter stemming, as PostgreSQL's english
// configuration stems), on PostgreSQL a stored, weighted tsvector column with a GIN index.
// Frozen in time: never import app code here; add a new migration to change it.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('closure_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().unique().references('projects.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('went_well', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('went_badly', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recommendations', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('figures_json', 'text')
    .addColumn('history_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('lessons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('impact', 'text', (c) => c.notNull())
    .addColumn('recommendation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tags_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('standard_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('lessons_project_idx').on('lessons').columns(['project_id']).execute();
  await db.schema.createIndex('lessons_source_idx').on('lessons').columns(['source_type', 'source_id']).execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table lessons add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', title), 'A') ||
      setweight(to_tsvector('english', tags_json), 'A') ||
      setweight(to_tsvector('english', recommendation), 'B') ||
      setweight(to_tsvector('english', description), 'C')) stored`.execute(db);
    await sql`create index lessons_search_idx on lessons using gin (search_vector)`.execute(db);
    return;
  }
  await sql`create virtual table lessons_fts using fts5(lesson_id unindexed, title, tags, recommendation, description, tokenize = 'porter unicode61')`.execute(db);
  const insert = sql.raw(`insert into lessons_fts (lesson_id, title, tags, recommendation, description) values (new.id, new.title, new.tags_json, new.recommendation, new.description)`);
  await sql`create trigger lessons_fts_insert after insert on lessons begin ${insert}; end`.execute(db);
  await sql`create trigger lessons_fts_update after update on lessons begin delete from lessons_fts where lesson_id = old.id; ${insert}; end`.execute(db);
  await sql`create trigger lessons_fts_delete after delete on lessons begin delete from lessons_fts where lesson_id = old.id; end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists lessons_fts`.execute(db);
  await db.schema.dropTable('lessons').execute();
  await db.schema.dropTable('closure_reports').execute();
}
