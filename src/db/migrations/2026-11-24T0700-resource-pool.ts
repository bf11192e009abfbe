// The resource pool: people (linked to an account or not), generic roles, equipment, material and
// cost resources, with their skills, maximum units from a date, an own calendar (derived from one
// of the organisation's base calendars, in the schedule calendars' JSON shape) and dated rates for
// those whose hourly rates are not the people's rates of an account. Money as bigint minor units.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('resources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    // person, role, equipment, material, cost
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.unique().references('users.id'))
    .addColumn('role_id', 'text', (c) => c.references('resources.id'))
    .addColumn('department', 'text')
    .addColumn('team', 'text')
    .addColumn('manager_id', 'text', (c) => c.references('users.id'))
    .addColumn('email', 'text')
    // material only: what its quantity is counted in (t, m³ …)
    .addColumn('unit', 'text')
    // roles only: how many people of the role; its default maximum units are headcount × 100
    .addColumn('headcount', 'integer')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('resources_kind_idx').on('resources').columns(['kind', 'name']).execute();
  await db.schema.createIndex('resources_role_idx').on('resources').column('role_id').execute();

  await db.schema
    .createTable('resource_skills')
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    // lower-cased, trimmed: what the skill is matched by
    .addColumn('skill_key', 'text', (c) => c.notNull())
    .addColumn('skill', 'text', (c) => c.notNull())
    // 1 (aware) … 5 (expert)
    .addColumn('proficiency', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('resource_skills_pk', ['resource_id', 'skill_key'])
    .execute();
  await db.schema.createIndex('resource_skills_skill_idx').on('resource_skills').columns(['skill_key', 'proficiency']).execute();

  await db.schema
    .createTable('resource_max_units')
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    // percent: 100 = one full-time person or one machine, 300 = three people of a role
    .addColumn('units', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('resource_max_units_pk', ['resource_id', 'effective_from'])
    .execute();

  await db.schema
    .createTable('resource_calendars')
    .addColumn('resource_id', 'text', (c) => c.primaryKey().references('resources.id').onDelete('cascade'))
    // the id of one of the organisation's base calendars (setting base_calendars)
    .addColumn('base_calendar_id', 'text', (c) => c.notNull())
    // { week, workWeeks, exceptions } as schedule_calendars.definition_json; null days: as the base
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('resource_rates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id'))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    // per hour
    .addColumn('standard_minor', 'bigint')
    .addColumn('overtime_minor', 'bigint')
    // each time the resource is used on a task
    .addColumn('per_use_minor', 'bigint')
    // material: per unit of its quantity
    .addColumn('per_unit_minor', 'bigint')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addUniqueConstraint('resource_rates_resource_from', ['resource_id', 'effective_from'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['resource_rates', 'resource_calendars', 'resource_max_units', 'resource_skills', 'resources']) await db.schema.dropTable(table).execute();
}
