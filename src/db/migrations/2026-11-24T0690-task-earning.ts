// How each schedule task earns its value and its manager's estimate to complete, kept apart from
// the schedule (earned-value settings are not plan data: changing one neither reschedules nor moves
// the schedule's versions). A task without a row earns by percent complete and has no estimate.
// The row leaves with its task. Each project's earned-value summary also keeps the sum of its
// tasks' estimates (null unless every costed task has one) for the bottom-up EAC of roll-ups.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('task_earning')
    .addColumn('task_id', 'text', (c) => c.primaryKey().references('schedule_tasks.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    // percent-complete, 0/100, 50/50 or milestones
    .addColumn('method', 'text', (c) => c.notNull())
    // [{ name, weight, done }], empty unless the method is milestones
    .addColumn('milestones_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('etc_minor', 'bigint')
    .addColumn('etc_currency', 'text')
    .addColumn('etc_as_of', 'text')
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('task_earning_project_idx').on('task_earning').column('project_id').execute();
  await db.schema.alterTable('project_evm_summaries').addColumn('etc_minor', 'bigint').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('project_evm_summaries').dropColumn('etc_minor').execute();
  await db.schema.dropTable('task_earning').execute();
}
