// Training and competencies: the PMO's course catalogue (each course raising competencies to a
// level, and the certification it prepares for), people's completed courses with their scores, their
// certifications with expiry, and competency assessments by themselves or the PMO. The competencies
// and each role's required levels are an organisation setting (`training_competencies`).
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('training_courses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('duration_hours', 'integer', (c) => c.notNull())
    .addColumn('competencies_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('prepares_for', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('training_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('course_id', 'text', (c) => c.notNull().references('training_courses.id'))
    .addColumn('completed_on', 'text', (c) => c.notNull())
    .addColumn('score', 'integer')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('training_records_user_idx').on('training_records').columns(['user_id', 'completed_on']).execute();

  await db.schema
    .createTable('certifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('project_management', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('obtained_on', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text')
    .addColumn('competencies_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('certifications_user_idx').on('certifications').columns(['user_id']).execute();

  await db.schema
    .createTable('competency_assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('competency_key', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('assessed_by', 'text', (c) => c.notNull())
    .addColumn('assessor_id', 'text', (c) => c.references('users.id'))
    .addColumn('assessed_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('competency_assessments_user_idx').on('competency_assessments').columns(['user_id', 'competency_key']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('competency_assessments').execute();
  await db.schema.dropTable('certifications').execute();
  await db.schema.dropTable('training_records').execute();
  await db.schema.dropTable('training_courses').execute();
}
