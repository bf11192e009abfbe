// A project's earned value day by day. Percent complete is kept only as it is now, so the S-curve's
// EV line, the CPI/SPI trend and figures at a past status date read what was recorded: one row per
// project and day, written with the project's EV summary (every schedule change and every save of
// baseline 0; the last change of a day stands), with the BAC it was measured against and its
// currency. Projects measured before this table existed start their history with their summary's
// figures on the day of its last refresh. Frozen in time: never import app code here; add a new
// migration to change it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('project_ev_snapshots')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    // YYYY-MM-DD: the day the figures were recorded on.
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('bac_minor', 'bigint', (c) => c.notNull())
    .addColumn('ev_minor', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_ev_snapshots_pk', ['project_id', 'day'])
    .execute();
  await sql`insert into project_ev_snapshots (project_id, day, currency, bac_minor, ev_minor, updated_at)
    select project_id, substr(updated_at, 1, 10), currency, bac_minor, ev_minor, updated_at from project_evm_summaries where not_assessed is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('project_ev_snapshots').execute();
}
