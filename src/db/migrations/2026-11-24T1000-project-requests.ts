// Project requests (intake): what someone asks the PMO to start, from draft through triage to a
// decision. The PMO's extra form fields, the reviewers, the business case (its inputs; the figures
// are computed on read) and the steps taken are JSON on the row, as they are always read whole with
// it. An approved request names the project it became.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('project_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('problem', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('objectives', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('objective_ids_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('expected_benefits', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cost_estimate_minor', 'bigint')
    .addColumn('cost_estimate_currency', 'text')
    .addColumn('duration_estimate_months', 'integer')
    .addColumn('desired_start', 'text')
    .addColumn('key_risks', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sponsor_id', 'text', (c) => c.references('users.id'))
    .addColumn('portfolio_id', 'text', (c) => c.references('portfolios.id'))
    .addColumn('program_id', 'text', (c) => c.references('programs.id'))
    .addColumn('requester_id', 'text', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reviewer_ids_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('fields_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('business_case_json', 'text')
    .addColumn('project_id', 'text', (c) => c.references('projects.id'))
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('history_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('project_requests_status_idx').on('project_requests').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('project_requests_requester_idx').on('project_requests').column('requester_id').execute();
  await db.schema.createIndex('project_requests_project_idx').on('project_requests').column('project_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('project_requests').execute();
}
