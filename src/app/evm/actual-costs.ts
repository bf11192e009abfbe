// What projects have actually spent, as costs in each project's own currency: approved timesheet
// hours as priced when approved (timesheets/entry-costs.ts), and the expenses and supplier invoices
// recorded on them (finance/expenses.ts). Read for many projects at once, day by day (a project's
// S-curve and its tasks) or as one total per project (the portfolio roll-up, which needs only the
// amount as of the status date). Money in another currency than the project's (labour priced at a
// rate in another currency) is converted at the rate of the day it was incurred, whichever way it
// is read, so a project's page and the roll-up agree: the totals read the day and month sums, and
// only the foreign part is read day by day. Hours nobody could price (no rate of the person that
// day) are counted and reported, never costed at zero; a project whose foreign money has no
// exchange rate on its day is reported as not converted, and the other projects still count.
import type { ActualCost } from '../../core/evm/evm-types.ts';
import { incurredOn } from '../../core/evm/project-evm.ts';
import type { Db } from '../../db/database.ts';
import { currencyConverter, MissingExchangeRate } from '../rates/exchange-rates.ts';
import { labourCosts } from '../timesheets/entry-costs.ts';

export interface ProjectActuals {
  /** Empty when `notConverted` says why. */
  readonly costs: ActualCost[];
  /** Approved minutes nobody could price (no rate of the person on the day). */
  readonly unpricedMinutes: number;
  /** Money in `currency` that could not be converted to the project's for want of a rate; null when all was. */
  readonly notConverted: { readonly currency: string; readonly reason: string } | null;
}

/** A sum of costs of a project in one currency: per task and day, or (`date` absent) over everything up to the day asked. */
interface CostRow {
  readonly projectId: string;
  readonly currency: string;
  readonly amount: number;
  readonly taskId?: string | null;
  readonly date?: string;
}

type Project = { id: string; currency: string };

async function expenseCosts(db: Db, ids: readonly string[], upTo: string, daily: boolean): Promise<CostRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('expenses')
    .select((eb) => ['projectId', 'currency', eb.fn.sum<number>('amountMinor').as('cost')])
    .$if(daily, (q) => q.select(['taskId', 'incurredOn']).groupBy(['taskId', 'incurredOn']))
    .where('projectId', 'in', [...ids])
    .where('incurredOn', '<=', upTo)
    .groupBy(['projectId', 'currency'])
    .execute();
  return rows.map((r) => {
    const day = r as { taskId?: string | null; incurredOn?: string };
    return { projectId: r.projectId, currency: r.currency, amount: Number(r.cost), ...(daily && { taskId: day.taskId ?? null, date: day.incurredOn! }) };
  });
}

/**
 * Rows of totals where the project's own currency, and day by day (`byDay`) where another: a
 * conversion needs the day's rate, and reading only the foreign part by day keeps the roll-up fast.
 */
async function foreignByDay(totals: CostRow[], currencyOf: ReadonlyMap<string, string>, byDay: (ids: string[]) => Promise<CostRow[]>): Promise<CostRow[]> {
  const foreign = (r: CostRow) => r.currency !== currencyOf.get(r.projectId);
  const ids = [...new Set(totals.filter(foreign).map((r) => r.projectId))];
  if (ids.length === 0) return totals;
  return [...totals.filter((r) => !foreign(r)), ...(await byDay(ids)).filter(foreign)];
}

/**
 * Actual costs of each project up to (and including) `upTo`, each converted to the project's
 * currency at the rate of its day. `daily`: one cost per task and day; `total`: one cost per
 * project and currency, plus one per task and day of money in another currency.
 */
export async function actualCosts(db: Db, projects: ReadonlyArray<Project>, upTo: string, detail: 'daily' | 'total' = 'daily'): Promise<Map<string, ProjectActuals>> {
  if (projects.length === 0) return new Map();
  const ids = projects.map((p) => p.id);
  const currencyOf = new Map(projects.map((p) => [p.id, p.currency]));
  const daily = detail === 'daily';
  const [labour, recorded, fx] = await Promise.all([labourCosts(db, ids, upTo, detail), expenseCosts(db, ids, upTo, daily), currencyConverter(db)]);
  const unpriced = new Map<string, number>();
  const priced: CostRow[] = [];
  for (const r of labour) {
    if (r.currency === null) unpriced.set(r.projectId, (unpriced.get(r.projectId) ?? 0) + r.minutes);
    else priced.push({ projectId: r.projectId, currency: r.currency, amount: r.costMinor, ...(r.date !== undefined && { taskId: r.taskId ?? null, date: r.date }) });
  }
  const labourByDay = async (few: string[]) => (await labourCosts(db, few, upTo, 'daily')).flatMap((r) => (r.currency === null ? [] : [{ projectId: r.projectId, currency: r.currency, amount: r.costMinor, taskId: r.taskId ?? null, date: r.date! }]));
  const rows = daily ? [...priced, ...recorded] : [...(await foreignByDay(priced, currencyOf, labourByDay)), ...(await foreignByDay(recorded, currencyOf, (few) => expenseCosts(db, few, upTo, true)))];

  const costsOf = new Map(ids.map((id) => [id, [] as ActualCost[]]));
  const notConverted = new Map<string, ProjectActuals['notConverted']>();
  const first = incurredOn('1970-01-01');
  for (const r of rows) {
    if (notConverted.has(r.projectId)) continue;
    try {
      const amount = fx.convert(r.amount, r.currency, currencyOf.get(r.projectId)!, r.date ?? upTo);
      costsOf.get(r.projectId)!.push({ at: daily && r.date ? incurredOn(r.date) : first, amount, ...(daily && r.taskId && { itemId: r.taskId }) });
    } catch (error) {
      if (!(error instanceof MissingExchangeRate)) throw error;
      notConverted.set(r.projectId, { currency: r.currency, reason: error.message });
    }
  }
  return new Map(ids.map((id) => [id, { costs: notConverted.has(id) ? [] : costsOf.get(id)!, unpricedMinutes: unpriced.get(id) ?? 0, notConverted: notConverted.get(id) ?? null }]));
}

/** The sum of a project's actual costs (all of them: `actualCosts` reads them up to its day). */
export const actualCostTotal = (actuals: ProjectActuals | undefined): number => (actuals?.costs ?? []).reduce((sum, c) => sum + c.amount, 0);
