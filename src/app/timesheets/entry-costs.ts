// Pricing approved hours: an entry costs its minutes × the person's rate of its day (overtime at
// the overtime rate), in the rate's currency, stored on the entry when its sheet is approved. When
// the PMO adds, changes or removes a rate, the person's approved entries from that date on are
// priced again, so actual cost always follows the rates as they stand. An entry on a day without a
// rate stays unpriced (NULL) and is reported as such by the cost reads, never counted as free.
import type { Db } from '../../db/database.ts';
import { rateTable } from '../rates/rate-table.ts';

/** Minutes at a rate per hour, in minor units (rounded half away from zero). */
export const costOfMinutes = (minutes: number, perHourMinor: number): number => Math.round((minutes * perHourMinor) / 60);

/** Prices approved entries: these ids, or those of a person from a day on. Returns how many changed. */
export async function priceEntries(trx: Db, which: { ids: readonly string[] } | { userId: string; from: string }): Promise<number> {
  let q = trx.selectFrom('timesheetEntries').select(['id', 'userId', 'date', 'minutes', 'overtime', 'costMinor', 'costCurrency']).where('approvedAt', 'is not', null);
  if ('ids' in which) {
    if (which.ids.length === 0) return 0;
    q = q.where('id', 'in', [...which.ids]);
  } else q = q.where('userId', '=', which.userId).where('date', '>=', which.from);
  const entries = await q.execute();
  const rateOf = await rateTable(trx, [...new Set(entries.map((e) => e.userId))]);
  let changed = 0;
  for (const e of entries) {
    const rate = rateOf(e.userId, e.date);
    const costMinor = rate ? costOfMinutes(e.minutes, e.overtime === 1 ? rate.overtimeMinor : rate.standardMinor) : null;
    const costCurrency = rate ? rate.currency : null;
    if ((e.costMinor === null ? null : Number(e.costMinor)) === costMinor && e.costCurrency === costCurrency) continue;
    await trx.updateTable('timesheetEntries').set({ costMinor, costCurrency }).where('id', '=', e.id).execute();
    changed += 1;
  }
  return changed;
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

/** Approved labour cost of projects up to a day, per task and day (`daily`) or per project; one query over the covering index. */
export async function labourCosts(db: Db, projectIds: readonly string[], upTo: string, detail: 'daily' | 'total'): Promise<LabourCostRow[]> {
  if (projectIds.length === 0) return [];
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
