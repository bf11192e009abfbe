// Scoring and portfolio selection (issue 8): the PMO's scoring models (its edits of the built-in
// model and its own, as JSON by key; the built-in never edited has no row and reads at version 0),
// the scores given to projects and, later, to project requests (a subject type and id, so intake's
// requests are scored in the same table), and each portfolio's selection settings (exclusive
// groups, prerequisites, start options, per-role demand estimates) as JSON by portfolio.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('scoring_models')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('scores')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('model_key', 'text', (c) => c.notNull())
    .addColumn('levels_json', 'text', (c) => c.notNull())
    // Null: discretionary; text: why it is mandatory (a regulator's deadline, a contract).
    .addColumn('mandatory_reason', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('scores_pk', ['subject_type', 'subject_id', 'model_key'])
    .execute();
  await db.schema.createIndex('scores_model_idx').on('scores').columns(['model_key', 'subject_type']).execute();
  await db.schema
    .createTable('selection_settings')
    .addColumn('portfolio_id', 'text', (c) => c.primaryKey().references('portfolios.id'))
    .addColumn('settings_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('selection_settings').execute();
  await db.schema.dropTable('scores').execute();
  await db.schema.dropTable('scoring_models').execute();
}
