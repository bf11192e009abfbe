// What the portfolio's earned-value roll-up reads, made cheap to read: approved labour cost summed
// per project and day, and per project and month, kept in step with the priced timesheet entries (on
// approval and on re-pricing), so actual cost to a date reads whole months from one small table and
// the days of the last month from the other instead of a million entries (currency '' holds minutes
// nobody could price); and an index holding what earned value needs of each task in outline order,
// so 100,000 tasks are read without touching the table. Frozen in time: never import app code here;
// add a new migration to change it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, period] of [
    ['labour_cost_days', 'date'],
    ['labour_cost_months', 'month'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
      .addColumn(period, 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('amount_minor', 'bigint', (c) => c.notNull())
      .addColumn('minutes', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['project_id', period, 'currency'])
      .execute();
  }
  await db.schema.createIndex('schedule_tasks_progress_idx').on('schedule_tasks').columns(['project_id', 'position', 'id', 'outline_level', 'percent_complete', 'actual_start']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('schedule_tasks_progress_idx').execute();
  await db.schema.dropTable('labour_cost_months').execute();
  await db.schema.dropTable('labour_cost_days').execute();
}
