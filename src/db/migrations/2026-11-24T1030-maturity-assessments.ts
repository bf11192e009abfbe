// PMO maturity assessments: an assessment keeps the model it was taken on (so editing the model
// never rescores history), its respondents and each one's answers (a level per question key, null
// for "don't know"), and the PMO's target level per dimension. The model itself is an organisation
// setting (`maturity_model`), the built-in one until the PMO saves its own.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('maturity_assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('model_json', 'text', (c) => c.notNull())
    .addColumn('targets_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_on', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('maturity_assessments_opened_idx').on('maturity_assessments').columns(['opened_on', 'id']).execute();

  await db.schema
    .createTable('maturity_respondents')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('maturity_assessments.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('answers_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('answered_at', 'text')
    .addPrimaryKeyConstraint('maturity_respondents_pk', ['assessment_id', 'user_id'])
    .execute();
  await db.schema.createIndex('maturity_respondents_user_idx').on('maturity_respondents').columns(['user_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('maturity_respondents').execute();
  await db.schema.dropTable('maturity_assessments').execute();
}
