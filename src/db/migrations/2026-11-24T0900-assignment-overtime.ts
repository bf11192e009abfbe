// Planned overtime on assignments: the minutes of a work assignment's work done as overtime (MS
// Project's overtime work: part of the work, not on top of it), priced at the resource's overtime
// rate in planned cost and so in the cost baseline. Null: none.
// Frozen in time: never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('task_assignments').addColumn('overtime_minutes', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('task_assignments').dropColumn('overtime_minutes').execute();
}
