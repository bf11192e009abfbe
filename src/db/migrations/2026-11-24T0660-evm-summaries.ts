// Each project's earned-value inputs, kept in step with its schedule (every schedule change and
// every save of baseline 0 refreshes them in the same transaction): its budget at completion, its
// earned value, and its planned value at the end of every day of the cost baseline. The portfolio
// roll-up reads one row per project instead of every task and every baseline. Frozen in time:
// never import app code here; add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('project_evm_summaries')
    .addColumn('project_id', 'text', (c) => c.primaryKey().references('projects.id'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('bac_minor', 'bigint', (c) => c.notNull())
    .addColumn('ev_minor', 'bigint', (c) => c.notNull())
    // Wall minutes of the midnight the curve starts at; pv_curve_json[k] is the PV k days later.
    .addColumn('origin', 'bigint', (c) => c.notNull())
    .addColumn('pv_curve_json', 'text', (c) => c.notNull())
    .addColumn('not_assessed', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('project_evm_summaries').execute();
}
