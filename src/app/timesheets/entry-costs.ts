// Pricing approved hours: an entry costs its minutes × the person's rate of its day (overtime at
// the overtime rate), in the rate's currency, stored on the entry when its sheet is approved. When
// the PMO adds, changes or removes a rate, the person's approved entries from that date on are
// priced again, so actual cost follows the rates as they stand — except in the locked period
// (timesheet-lock.ts), whose actual cost is closed: re-pricing starts the day after the lock, and
// when the PMO moves the lock back the reopened days are priced again at the rates then in force.
// An entry on a day without a rate stays unpriced (NULL) and is reported as such by the cost reads,
// never counted as free.
// The sums per project and day and per project and month (labour_cost_days, labour_cost_months)
// are kept in step here, in the same transaction, for roll-ups that must not read every entry.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { rateTable } from '../rates/rate-table.ts';

/** Minutes at a rate per hour, in minor units (rounded half away from zero). */
export const costOfMinutes = (minutes: number, perHourMinor: number): number => Math.round((minutes * perHourMinor) / 60);

/** Approved entries to price again: a person's (or everyone's) from a day on, through a day or not. */
export interface Reprice {
  readonly userId?: string;
  readonly from: string;
  readonly through?: string;
}

/**
 * Prices approved entries: these ids (newly approved), or those a `Reprice` names. Returns how
 * many were priced (ids) or changed cost (re-pricing). Callers keep re-pricing out of the locked
 * period: `repriceUnlocked` (timesheet-lock.ts).
 */
export async function priceEntries(trx: Db, which: { ids: readonly string[] } | Reprice): Promise<number> {
  let q = trx.selectFrom('timesheetEntries').select(['id', 'userId', 'projectId', 'date', 'minutes', 'overtime', 'costMinor', 'costCurrency']).where('approvedAt', 'is not', null);
  if ('ids' in which) {
    if (which.ids.length === 0) return 0;
    q = q.where('id', 'in', [...which.ids]);
  } else {
    q = q.where('date', '>=', which.from);
    if (which.userId !== undefined) q = q.where('userId', '=', which.userId);
    if (which.through !== undefined) q = q.where('date', '<=', which.through);
  }
  const entries = await q.execute();
  const rateOf = await rateTable(trx, [...new Set(entries.map((e) => e.userId))]);
  // Newly approved entries count in the sums whether priced or not; re-priced ones only if their cost moved.
  const touched = 'ids' in which ? [...entries] : [];
  for (const e of entries) {
    const rate = rateOf(e.userId, e.date);
    const costMinor = rate ? costOfMinutes(e.minutes, e.overtime === 1 ? rate.overtimeMinor : rate.standardMinor) : null;
    const costCurrency = rate ? rate.currency : null;
    if ((e.costMinor === null ? null : Number(e.costMinor)) === costMinor && e.costCurrency === costCurrency) continue;
    await trx.updateTable('timesheetEntries').set({ costMinor, costCurrency }).where('id', '=', e.id).execute();
    if (!('ids' in which)) touched.push(e);
  }
  await refreshLabourRollups(trx, touched);
  return 'ids' in which ? entries.length : touched.length;
}

/** Recomputes the day and month sums of the projects and days these entries fall on, from the entries. */
export async function refreshLabourRollups(trx: Db, entries: ReadonlyArray<{ projectId: string; date: string }>): Promise<void> {
  const datesOf = new Map<string, Set<string>>();
  for (const e of entries) datesOf.set(e.projectId, (datesOf.get(e.projectId) ?? new Set()).add(e.date));
  for (const [projectId, dateSet] of datesOf) {
    const dates = [...dateSet];
    const months = [...new Set(dates.map((d) => d.slice(0, 7)))];
    await trx.deleteFrom('labourCostDays').where('projectId', '=', projectId).where('date', 'in', dates).execute();
    await trx
      .insertInto('labourCostDays')
      .columns(['projectId', 'date', 'currency', 'amountMinor', 'minutes'])
      .expression(
        trx
          .selectFrom('timesheetEntries')
          .select((eb) => ['projectId', 'date', sql<string>`coalesce(cost_currency, '')`.as('currency'), sql<number>`coalesce(sum(cost_minor), 0)`.as('amountMinor'), eb.fn.sum<number>('minutes').as('minutes')])
          .where('approvedAt', 'is not', null)
          .where('projectId', '=', projectId)
          .where('date', 'in', dates)
          .groupBy(['projectId', 'date', sql`coalesce(cost_currency, '')`]),
      )
      .execute();
    await trx.deleteFrom('labourCostMonths').where('projectId', '=', projectId).where('month', 'in', months).execute();
    await trx
      .insertInto('labourCostMonths')
      .columns(['projectId', 'month', 'currency', 'amountMinor', 'minutes'])
      .expression(
        trx
          .selectFrom('labourCostDays')
          .select((eb) => ['projectId', sql<string>`substr(date, 1, 7)`.as('month'), 'currency', eb.fn.sum<number>('amountMinor').as('amountMinor'), eb.fn.sum<number>('minutes').as('minutes')])
          .where('projectId', '=', projectId)
          .where(sql`substr(date, 1, 7)`, 'in', months)
          .groupBy(['projectId', sql`substr(date, 1, 7)`, 'currency']),
      )
      .execute();
  }
}

/** Rebuilds the sums of these projects (all when none are named) from their entries: after a bulk load. */
export async function rebuildLabourRollups(trx: Db, projectIds?: readonly string[]): Promise<void> {
  const scope = projectIds ?? (await trx.selectFrom('timesheetEntries').select('projectId').distinct().execute()).map((r) => r.projectId);
  for (const projectId of scope) {
    const days = await trx.selectFrom('timesheetEntries').select('date').distinct().where('projectId', '=', projectId).where('approvedAt', 'is not', null).execute();
    await refreshLabourRollups(trx, days.map((d) => ({ projectId, date: d.date })));
  }
}

export interface LabourCostRow {
  readonly projectId: string;
  /** With `daily`: the task (null: project-level time) and the day. */
  readonly taskId?: string | null;
  readonly date?: string;
  /** null: minutes nobody could price. */
  readonly currency: string | null;
  readonly costMinor: number;
  readonly minutes: number;
}

/**
 * Approved labour cost of projects up to a day: per task and day (`daily`, from the entries over
 * their covering index) or per project (`total`: whole months from the month sums, the rest of the
 * last month from the day sums).
 */
export async function labourCosts(db: Db, projectIds: readonly string[], upTo: string, detail: 'daily' | 'total'): Promise<LabourCostRow[]> {
  if (projectIds.length === 0) return [];
  if (detail === 'total') return labourTotals(db, projectIds, upTo);
  const rows = await db
    .selectFrom('timesheetEntries')
    .select((eb) => ['projectId', 'costCurrency', eb.fn.sum<number>('costMinor').as('cost'), eb.fn.sum<number>('minutes').as('minutes')])
    .$if(detail === 'daily', (q) => q.select(['taskId', 'date']).groupBy(['taskId', 'date']))
    .where('approvedAt', 'is not', null)
    .where('projectId', 'in', [...projectIds])
    .where('date', '<=', upTo)
    .groupBy(['projectId', 'costCurrency'])
    .execute();
  return rows.map((r) => ({ ...r, currency: r.costCurrency, costMinor: Number(r.cost ?? 0), minutes: Number(r.minutes) }));
}

async function labourTotals(db: Db, projectIds: readonly string[], upTo: string): Promise<LabourCostRow[]> {
  const ids = [...projectIds];
  const month = upTo.slice(0, 7);
  const sums = (table: 'labourCostMonths' | 'labourCostDays') =>
    db
      .selectFrom(table)
      .select((eb) => ['projectId', 'currency', eb.fn.sum<number>('amountMinor').as('cost'), eb.fn.sum<number>('minutes').as('minutes')])
      .where('projectId', 'in', ids)
      .groupBy(['projectId', 'currency']);
  const [months, days] = await Promise.all([sums('labourCostMonths').where('month', '<', month).execute(), sums('labourCostDays').where('date', '>=', `${month}-01`).where('date', '<=', upTo).execute()]);
  return [...months, ...days].map((r) => ({ projectId: r.projectId, currency: r.currency === '' ? null : r.currency, costMinor: Number(r.cost ?? 0), minutes: Number(r.minutes) }));
}
