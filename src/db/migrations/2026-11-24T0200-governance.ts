// Governance: the PMO's own methodologies (and its edits of the built-in ones) as JSON by key, the
// methodology each project follows (the built-in predictive one for projects made before), the
// deliverables a project has produced (matched to a gate's requirements by key), and gate reviews
// from request to decision, with the checklist, waivers, conditions and the evidence decided on.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('methodologies')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema.alterTable('projects').addColumn('methodology_key', 'text', (c) => c.notNull().defaultTo('predictive')).execute();

  await db.schema
    .createTable('project_deliverables')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('requirement_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('project_deliverables_project_idx').on('project_deliverables').columns(['project_id', 'requirement_key']).execute();

  await db.schema
    .createTable('gate_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('methodology_key', 'text', (c) => c.notNull())
    .addColumn('phase_key', 'text', (c) => c.notNull())
    .addColumn('gate_key', 'text', (c) => c.notNull())
    .addColumn('gate_json', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('approver_ids_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('checklist_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('waivers_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('requested_by', 'text', (c) => c.references('users.id'))
    .addColumn('decision', 'text')
    .addColumn('decision_comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('conditions_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('evidence_json', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_id', 'text', (c) => c.references('decisions.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('gate_reviews_project_idx').on('gate_reviews').columns(['project_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('gate_reviews').execute();
  await db.schema.dropTable('project_deliverables').execute();
  await db.schema.alterTable('projects').dropColumn('methodology_key').execute();
  await db.schema.dropTable('methodologies').execute();
}
