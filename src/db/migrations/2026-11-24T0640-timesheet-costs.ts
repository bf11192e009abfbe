// Approved hours are priced when they are approved: each entry keeps its cost (minutes × the
// person's rate of that day, overtime at the overtime rate) in the rate's currency, so actual cost
// is a sum over an index, not a rate lookup per row. A rate added or changed later re-prices the
// person's approved entries from its date on. NULL: approved but not priced (no rate that day).
// Frozen in time: never import app code here; add a new migration to change it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('timesheet_entries').addColumn('cost_minor', 'bigint').execute();
  await db.schema.alterTable('timesheet_entries').addColumn('cost_currency', 'text').execute();
  // Covers the actual-cost read: per project up to a date, with the task and currency. The plain
  // (project, date) index goes: every read by project and date is of approved rows, which this index
  // answers without touching the table, and with both present SQLite picked the one that does.
  await db.schema.dropIndex('timesheet_entries_project_date_idx').execute();
  await db.schema
    .createIndex('timesheet_entries_costs_idx')
    .on('timesheet_entries')
    .columns(['project_id', 'date', 'task_id', 'cost_currency', 'cost_minor', 'minutes'])
    .where(sql.ref('approved_at'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('timesheet_entries_costs_idx').execute();
  await db.schema.createIndex('timesheet_entries_project_date_idx').on('timesheet_entries').columns(['project_id', 'date']).execute();
  await db.schema.alterTable('timesheet_entries').dropColumn('cost_currency').execute();
  await db.schema.alterTable('timesheet_entries').dropColumn('cost_minor').execute();
}
