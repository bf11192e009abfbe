// Assignments of the resource pool to schedule tasks, and requests for a named person to fill a
// generic role's assignment. A work resource (person, role, equipment) carries peak units (percent)
// and work (minutes); `driver` says which of the two the planner gave: it is kept when the task's
// dates move, and the other follows from the resource's working time within the task (the stored
// one is its value at the last save). Material carries a quantity (thousandths of its unit), a cost
// resource an amount (minor units). A resource is on a task at most once; assignments and their
// requests leave with their task.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('task_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('schedule_tasks.id').onDelete('cascade'))
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id'))
    // work resources: peak units in percent (100 = full time), work in minutes, which one was given
    .addColumn('units', 'double precision')
    .addColumn('work_minutes', 'integer')
    .addColumn('driver', 'text')
    // flat, back-loaded, front-loaded, double-peak, bell, turtle
    .addColumn('contour', 'text', (c) => c.notNull().defaultTo('flat'))
    // material: quantity for the task in the material's unit, thousandths
    .addColumn('quantity_milli', 'bigint')
    // cost resources: the amount for the task
    .addColumn('amount_minor', 'bigint')
    .addColumn('amount_currency', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addUniqueConstraint('task_assignments_task_resource', ['task_id', 'resource_id'])
    .execute();
  await db.schema.createIndex('task_assignments_project_idx').on('task_assignments').columns(['project_id', 'task_id']).execute();
  await db.schema.createIndex('task_assignments_resource_idx').on('task_assignments').column('resource_id').execute();

  await db.schema
    .createTable('resource_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('task_assignments.id').onDelete('cascade'))
    // the generic role the assignment holds when asked
    .addColumn('role_id', 'text', (c) => c.notNull().references('resources.id'))
    .addColumn('skill', 'text')
    .addColumn('skill_key', 'text')
    .addColumn('min_proficiency', 'integer')
    .addColumn('units', 'double precision', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    // open, filled, declined
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.references('users.id'))
    .addColumn('filled_resource_id', 'text', (c) => c.references('resources.id'))
    .addColumn('decline_reason', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('resource_requests_status_idx').on('resource_requests').columns(['status', 'from_date']).execute();
  await db.schema.createIndex('resource_requests_assignment_idx').on('resource_requests').column('assignment_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('resource_requests').execute();
  await db.schema.dropTable('task_assignments').execute();
}
