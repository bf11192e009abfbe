// What projects have actually spent, as costs in each project's own currency: approved timesheet
// hours as priced when approved (timesheets/entry-costs.ts), and the expenses and supplier invoices
// recorded on them (finance/expenses.ts). Read for many projects at once in two queries, day by day (a project's S-curve and its tasks) or as one total per project (the
// portfolio roll-up, which needs only the amount as of the status date). Hours nobody could price
// (no rate of the person that day) are counted and reported, never costed at zero.
import type { ActualCost } from '../../core/evm/evm-types.ts';
import { incurredOn } from '../../core/evm/project-evm.ts';
import type { Db } from '../../db/database.ts';
import { currencyConverter } from '../rates/exchange-rates.ts';
import { labourCosts } from '../timesheets/entry-costs.ts';

export interface ProjectActuals {
  readonly costs: ActualCost[];
  /** Approved minutes nobody could price (no rate of the person on the day). */
  readonly unpricedMinutes: number;
}

/**
 * Actual costs of each project up to (and including) `upTo`. `daily`: one cost per task and day,
 * converted at each day's exchange rate; `total`: one cost per project, converted at `upTo`'s.
 */
export async function actualCosts(db: Db, projects: ReadonlyArray<{ id: string; currency: string }>, upTo: string, detail: 'daily' | 'total' = 'daily'): Promise<Map<string, ProjectActuals>> {
  if (projects.length === 0) return new Map();
  const out = new Map(projects.map((p) => [p.id, { costs: [] as ActualCost[], unpricedMinutes: 0 }]));
  const currencyOf = new Map(projects.map((p) => [p.id, p.currency]));
  const daily = detail === 'daily';
  const [rows, recorded, fx] = await Promise.all([
    labourCosts(db, projects.map((p) => p.id), upTo, detail),
    db
      .selectFrom('expenses')
      .select((eb) => ['projectId', 'currency', eb.fn.sum<number>('amountMinor').as('cost')])
      .$if(daily, (q) => q.select(['taskId', 'incurredOn']).groupBy(['taskId', 'incurredOn']))
      .where('projectId', 'in', projects.map((p) => p.id))
      .where('incurredOn', '<=', upTo)
      .groupBy(['projectId', 'currency'])
      .execute(),
    currencyConverter(db),
  ]);
  const first = incurredOn('1970-01-01');
  for (const r of rows) {
    const project = out.get(r.projectId)!;
    if (r.currency === null) {
      project.unpricedMinutes += r.minutes;
      continue;
    }
    const day = r.date ?? upTo;
    const amount = fx.convert(r.costMinor, r.currency, currencyOf.get(r.projectId)!, day);
    const taskId = r.taskId ?? null;
    project.costs.push({ at: daily ? incurredOn(day) : first, amount, ...(taskId && { itemId: taskId }) });
  }
  for (const r of recorded) {
    const day = daily ? (r as { incurredOn: string }).incurredOn : upTo;
    const amount = fx.convert(Number(r.cost), r.currency, currencyOf.get(r.projectId)!, day);
    const taskId = daily ? (r as { taskId: string | null }).taskId : null;
    out.get(r.projectId)!.costs.push({ at: daily ? incurredOn(day) : first, amount, ...(taskId && { itemId: taskId }) });
  }
  return out;
}
