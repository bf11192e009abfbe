// Quality reviews: the PMO's own review types (and its edits of the built-in ones) as JSON by key;
// reviews of a project with the checklist as it stood when the review was planned, the answers and
// the reviewers (any people, so a PMO member or an outside assessor); and the findings of a review,
// followed up until a reviewer closes them. Corrective actions are rows of `actions` whose source
// is a finding.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('quality_review_types')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('quality_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('type_key', 'text', (c) => c.notNull())
    .addColumn('type_json', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('planned_date', 'text', (c) => c.notNull())
    .addColumn('answers_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('started_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('completed_by', 'text', (c) => c.references('users.id'))
    .addColumn('closed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('quality_reviews_project_idx').on('quality_reviews').columns(['project_id', 'status']).execute();

  await db.schema
    .createTable('quality_review_reviewers')
    .addColumn('review_id', 'text', (c) => c.notNull().references('quality_reviews.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('quality_review_reviewers_pk', ['review_id', 'user_id'])
    .execute();
  await db.schema.createIndex('quality_review_reviewers_user_idx').on('quality_review_reviewers').column('user_id').execute();

  await db.schema
    .createTable('quality_findings')
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
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('review_id', 'text', (c) => c.notNull().references('quality_reviews.id'))
    .addColumn('question_key', 'text')
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('resolution', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('resolved_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('verified_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('quality_findings_review_idx').on('quality_findings').columns(['review_id', 'status']).execute();
  await db.schema.createIndex('quality_findings_project_idx').on('quality_findings').columns(['project_id', 'status']).execute();
  await db.schema.createIndex('quality_findings_owner_idx').on('quality_findings').column('owner_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('quality_findings').execute();
  await db.schema.dropTable('quality_review_reviewers').execute();
  await db.schema.dropTable('quality_reviews').execute();
  await db.schema.dropTable('quality_review_types').execute();
}
