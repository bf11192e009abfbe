// RAID logs: risks (with the history of their scores), issues, assumptions, decisions, actions
// and dependencies between projects, each in its own table with a people-facing code, an owner,
// a status and a version. Organisation settings (the PMO's risk matrix first) are JSON by key.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

type Builder = ReturnType<Kysely<any>['schema']['createTable']>;

/** The columns every RAID log shares. */
const logItem = (db: Kysely<any>, table: string): Builder =>
  db.schema
    .createTable(table)
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
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));

const TABLES = ['risks', 'issues', 'assumptions', 'decisions', 'actions', 'project_dependencies'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('org_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await logItem(db, 'risks')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('effect', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('probability', 'integer', (c) => c.notNull())
    .addColumn('impact', 'integer', (c) => c.notNull())
    .addColumn('residual_probability', 'integer')
    .addColumn('residual_impact', 'integer')
    .addColumn('strategy', 'text')
    .addColumn('response', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('triggers', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('review_date', 'text')
    .addColumn('task_ids_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createTable('risk_score_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('risk_id', 'text', (c) => c.notNull().references('risks.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('probability', 'integer', (c) => c.notNull())
    .addColumn('impact', 'integer', (c) => c.notNull())
    .addColumn('residual_probability', 'integer')
    .addColumn('residual_impact', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('risk_score_history_risk_idx').on('risk_score_history').columns(['risk_id', 'at']).execute();

  await logItem(db, 'issues')
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('escalation_level', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('risk_id', 'text', (c) => c.references('risks.id'))
    .addColumn('resolved_at', 'text')
    .execute();

  await logItem(db, 'assumptions')
    .addColumn('validate_by', 'text')
    .addColumn('validation_notes', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await logItem(db, 'decisions')
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rationale', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_on', 'text')
    .execute();

  await logItem(db, 'actions')
    .addColumn('due_date', 'text')
    .addColumn('source_type', 'text')
    .addColumn('source_id', 'text')
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema.createIndex('actions_source_idx').on('actions').columns(['source_type', 'source_id']).execute();

  await logItem(db, 'project_dependencies')
    .addColumn('provider_project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('provider_task_id', 'text')
    .addColumn('needed_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('project_dependencies_provider_idx').on('project_dependencies').column('provider_project_id').execute();

  for (const table of TABLES) {
    await db.schema.createIndex(`${table}_project_idx`).on(table).columns(['project_id', 'status']).execute();
    await db.schema.createIndex(`${table}_owner_idx`).on(table).column('owner_id').execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('risk_score_history').execute();
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
  await db.schema.dropTable('org_settings').execute();
}
