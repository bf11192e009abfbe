// The first schema: accounts, sessions, API tokens, the register and the audit trail.
// Frozen in time: never import app code here, never edit after it has shipped; add a new migration.
// Types are chosen to behave the same on SQLite and PostgreSQL (text timestamps, bigint money).
import type { Kysely } from 'kysely';

const versioned = <T extends { addColumn: (n: string, t: 'text' | 'integer', b?: (c: any) => any) => T }>(t: T): T =>
  t
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));

export async function up(db: Kysely<any>): Promise<void> {
  await versioned(
    db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('org_role', 'text', (c) => c.notNull())
      .addColumn('disabled_at', 'text'),
  ).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute();

  await db.schema
    .createTable('sequences')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await versioned(
    db.schema
      .createTable('objectives')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('owner_id', 'text', (c) => c.references('users.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('target_date', 'text')
      .addColumn('archived_at', 'text'),
  ).execute();

  await versioned(
    db.schema
      .createTable('portfolios')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('owner_id', 'text', (c) => c.references('users.id'))
      .addColumn('archived_at', 'text'),
  ).execute();

  await versioned(
    db.schema
      .createTable('programs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('manager_id', 'text', (c) => c.references('users.id'))
      .addColumn('archived_at', 'text'),
  ).execute();
  await db.schema.createIndex('programs_portfolio_idx').on('programs').column('portfolio_id').execute();

  await versioned(
    db.schema
      .createTable('projects')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('portfolio_id', 'text', (c) => c.notNull().references('portfolios.id'))
      .addColumn('program_id', 'text', (c) => c.references('programs.id'))
      .addColumn('sponsor_id', 'text', (c) => c.references('users.id'))
      .addColumn('manager_id', 'text', (c) => c.references('users.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('phase', 'text', (c) => c.notNull())
      .addColumn('priority', 'text', (c) => c.notNull())
      .addColumn('planned_start', 'text')
      .addColumn('planned_finish', 'text')
      .addColumn('budget_amount_minor', 'bigint')
      .addColumn('budget_currency', 'text')
      .addColumn('archived_at', 'text'),
  ).execute();
  for (const col of ['portfolio_id', 'program_id', 'manager_id', 'sponsor_id']) {
    await db.schema.createIndex(`projects_${col}_idx`).on('projects').column(col).execute();
  }

  await db.schema
    .createTable('project_objectives')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('objective_id', 'text', (c) => c.notNull().references('objectives.id'))
    .addPrimaryKeyConstraint('project_objectives_pk', ['project_id', 'objective_id'])
    .execute();
  await db.schema.createIndex('project_objectives_objective_idx').on('project_objectives').column('objective_id').execute();

  await db.schema
    .createTable('project_tags')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_tags_pk', ['project_id', 'tag'])
    .execute();
  await db.schema.createIndex('project_tags_tag_idx').on('project_tags').column('tag').execute();

  await db.schema
    .createTable('project_members')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_members_pk', ['project_id', 'user_id'])
    .execute();
  await db.schema.createIndex('project_members_user_idx').on('project_members').column('user_id').execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema.createIndex('audit_events_entity_idx').on('audit_events').columns(['entity_type', 'entity_id']).execute();
  await db.schema.createIndex('audit_events_actor_idx').on('audit_events').column('actor_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'audit_events', 'project_members', 'project_tags', 'project_objectives', 'projects', 'programs',
    'portfolios', 'objectives', 'sequences', 'api_tokens', 'sessions', 'users',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
