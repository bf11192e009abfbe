// The PMO's knowledge base: articles in Markdown (standards, guidelines, best practices, templates)
// with an owner, a review date and a status; every save keeps the text it replaces as a numbered
// version, so the history reads back exactly; and links from methodology phases and gates (by key,
// as projects store them) to the articles that guide them.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('knowledge_articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('tags_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('review_due_on', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('knowledge_articles_status_idx').on('knowledge_articles').columns(['status', 'title']).execute();

  // One row per saved version, the current one included: version n is the article as saved at version n.
  await db.schema
    .createTable('knowledge_article_versions')
    .addColumn('article_id', 'text', (c) => c.notNull().references('knowledge_articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('change_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('saved_by', 'text', (c) => c.references('users.id'))
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('knowledge_article_versions_pk', ['article_id', 'version'])
    .execute();

  await db.schema
    .createTable('knowledge_links')
    .addColumn('article_id', 'text', (c) => c.notNull().references('knowledge_articles.id').onDelete('cascade'))
    .addColumn('methodology_key', 'text', (c) => c.notNull())
    .addColumn('phase_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('gate_key', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('knowledge_links_pk', ['article_id', 'methodology_key', 'phase_key', 'gate_key'])
    .execute();
  await db.schema.createIndex('knowledge_links_place_idx').on('knowledge_links').columns(['methodology_key', 'phase_key', 'gate_key']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('knowledge_links').execute();
  await db.schema.dropTable('knowledge_article_versions').execute();
  await db.schema.dropTable('knowledge_articles').execute();
}
