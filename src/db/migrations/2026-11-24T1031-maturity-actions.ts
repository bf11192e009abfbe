// Which improvement step of a maturity assessment became which action: the PMO turns a step into
// an action of its roadmap project, and the assessment shows the action beside the step. The
// action itself lives in the project's action log (its source is the assessment).
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('maturity_actions')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('maturity_assessments.id').onDelete('cascade'))
    .addColumn('question_key', 'text', (c) => c.notNull())
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('maturity_actions_pk', ['assessment_id', 'question_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('maturity_actions').execute();
}
