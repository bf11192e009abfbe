// Change requests: a project's log of proposed changes with their impact (scope, cost as signed
// minor units, risk, and the schedule edits as JSON), the change board's latest decision (with
// its entry in the decision log), every step of their history as JSON, and, once applied, the
// baseline saved and what moved.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('change_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('requested_by', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('scope_impact', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cost_impact_minor', 'bigint')
    .addColumn('cost_impact_currency', 'text')
    .addColumn('risk_impact', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('schedule_edits_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('history_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('decision', 'text')
    .addColumn('decision_comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_id', 'text', (c) => c.references('decisions.id'))
    .addColumn('applied_json', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('change_requests_project_idx').on('change_requests').columns(['project_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('change_requests').execute();
}
