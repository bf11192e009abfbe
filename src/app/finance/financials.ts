// A project's financial summary on a day: budget approved and current, planned cost on its tasks,
// actual cost to date (approved timesheet hours at people's rates, expenses and invoices up to that
// day), open commitments, and the bottom-up forecast at completion — actual cost plus the manager's
// estimate to complete (the project's, else the tasks' summed, as earned value's bottom-up EAC) or,
// without one, the planned cost not yet earned — with its variance against the current budget, in
// total, by category and (budget and actual) by month. Planned cost includes the resource pool's
// assignments (work × rates by day; equipment, material and cost resources under their own
// categories), with the work nobody could price counted apart, never as free.
import { sql } from 'kysely';
import { COST_CATEGORIES, type CostCategory } from '../../contracts/finance.schema.ts';
import type { Financials, FinancialsQuery } from '../../contracts/financials.schema.ts';
import { totalsBy } from '../../core/finance/budget-cells.ts';
import { bottomUpForecast, varianceAtCompletion } from '../../core/finance/cost-forecast.ts';
import { sumMinor } from '../../core/finance/money.ts';
import type { AppContext } from '../context.ts';
import { nowIso } from '../context.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { budgetCellsOf, loadRevisions, totalOf } from './budget-store.ts';
import { projectCurrency } from './finance-rules.ts';
import { openCommitment } from './purchase-orders.ts';
import { currencyConverter } from '../rates/exchange-rates.ts';
import { labourCosts } from '../timesheets/entry-costs.ts';
import { CATEGORY_OF_KIND, projectAssignmentPlans } from '../resources/assignment-plan.ts';
import { managerEstimate } from '../evm/project-estimate.ts';

export async function projectFinancials(ctx: AppContext, projectId: string, query: FinancialsQuery): Promise<Financials> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const asOf = query.asOf ?? nowIso(ctx.clock).slice(0, 10);
  const db = ctx.db;
  const currency = await projectCurrency(db, project);
  const [revisions, taskPlanned, actuals, orders, invoiced, labour, fx, assigned] = await Promise.all([
    loadRevisions(db, project.id),
    db.selectFrom('taskCosts as c').innerJoin('scheduleTasks as t', 't.id', 'c.taskId').select(['c.category', 'c.amountMinor', 't.percentComplete']).where('c.projectId', '=', project.id).execute(),
    db
      .selectFrom('expenses')
      .select(['kind', 'category', sql<string>`substr(incurred_on, 1, 7)`.as('month'), sql<number>`sum(amount_minor)`.as('amountMinor')])
      .where('projectId', '=', project.id)
      .where('incurredOn', '<=', asOf)
      .groupBy(['kind', 'category', sql`substr(incurred_on, 1, 7)`])
      .execute(),
    db.selectFrom('purchaseOrders').select(['id', 'category', 'status', 'amountMinor']).where('projectId', '=', project.id).execute(),
    db.selectFrom('expenses').select(['purchaseOrderId', sql<number>`sum(amount_minor)`.as('amountMinor')]).where('projectId', '=', project.id).where('purchaseOrderId', 'is not', null).groupBy('purchaseOrderId').execute(),
    labourCosts(db, [project.id], asOf, 'daily'),
    currencyConverter(db),
    projectAssignmentPlans(db, project.id, currency),
  ]);
  const estimate = await managerEstimate(db, project, currency ?? fx.baseCurrency);
  const taskCostsMinor = sumMinor(taskPlanned.map((p) => Number(p.amountMinor)));
  const percentOf = new Map((await db.selectFrom('scheduleTasks').select(['id', 'percentComplete']).where('projectId', '=', project.id).execute()).map((t) => [t.id, t.percentComplete]));
  const fromAssignments = assigned.items.flatMap((a) => (a.costMinor === null ? [] : [{ category: CATEGORY_OF_KIND[a.kind], amountMinor: a.costMinor, percentComplete: percentOf.get(a.row.taskId) ?? 0 }]));
  const planned = [...taskPlanned, ...fromAssignments];
  // Approved hours as labour actuals, in the project's currency (converted on their day when a rate is in another).
  const labourCurrency = currency ?? fx.baseCurrency;
  const labourByMonth = new Map<string, number>();
  for (const l of labour) {
    if (l.currency === null) continue;
    const amount = fx.convert(l.costMinor, l.currency, labourCurrency, l.date!);
    labourByMonth.set(l.date!.slice(0, 7), (labourByMonth.get(l.date!.slice(0, 7)) ?? 0) + amount);
  }
  const labourMinor = sumMinor(labourByMonth.values());

  const { approved, current, pendingMinor } = budgetCellsOf(revisions);
  const approvedBy = totalsBy(approved?.values() ?? [], (c) => c.category);
  const currentBy = totalsBy(current?.values() ?? [], (c) => c.category);
  const plannedBy = new Map<string, number>();
  for (const p of planned) plannedBy.set(p.category, (plannedBy.get(p.category) ?? 0) + Number(p.amountMinor));
  const actualBy = new Map<string, number>();
  const actualByMonth = new Map<string, number>();
  for (const a of actuals) {
    actualBy.set(a.category, (actualBy.get(a.category) ?? 0) + Number(a.amountMinor));
    actualByMonth.set(a.month, (actualByMonth.get(a.month) ?? 0) + Number(a.amountMinor));
  }
  if (labourMinor !== 0) actualBy.set('labour', (actualBy.get('labour') ?? 0) + labourMinor);
  for (const [month, amount] of labourByMonth) actualByMonth.set(month, (actualByMonth.get(month) ?? 0) + amount);
  const invoicedOf = new Map(invoiced.map((i) => [i.purchaseOrderId!, Number(i.amountMinor)]));
  const committedBy = new Map<string, number>();
  let openOrders = 0;
  for (const o of orders) {
    const open = openCommitment(o.status, Number(o.amountMinor), invoicedOf.get(o.id) ?? 0);
    if (open > 0) openOrders++;
    committedBy.set(o.category, (committedBy.get(o.category) ?? 0) + open);
  }

  const kindTotal = (kind: string) => sumMinor(actuals.filter((a) => a.kind === kind).map((a) => Number(a.amountMinor)));
  const expensesMinor = kindTotal('expense');
  const invoicesMinor = kindTotal('invoice');
  const actualMinor = sumMinor([expensesMinor, invoicesMinor, labourMinor]);
  const plannedMinor = sumMinor(planned.map((p) => Number(p.amountMinor)));
  const assignmentsMinor = assigned.items.length === 0 ? null : sumMinor(fromAssignments.map((a) => a.amountMinor));
  const forecast = estimate
    ? { remainingMinor: estimate.etcMinor, atCompletionMinor: sumMinor([actualMinor, estimate.etcMinor]) }
    : bottomUpForecast(actualMinor, planned.map((p) => ({ amountMinor: Number(p.amountMinor), percentComplete: p.percentComplete })));
  const currentMinor = totalOf(current);
  const currentByMonth = totalsBy(current?.values() ?? [], (c) => c.month);
  const months = [...new Set([...currentByMonth.keys(), ...actualByMonth.keys()])].sort();

  return {
    projectId: project.id,
    currency,
    asOf,
    budget: {
      headline: project.budgetAmountMinor === null || project.budgetCurrency === null ? null : { amountMinor: Number(project.budgetAmountMinor), currency: project.budgetCurrency },
      approvedMinor: totalOf(approved),
      currentMinor,
      pendingMinor,
    },
    planned: {
      totalMinor: plannedMinor,
      taskCostsMinor,
      labourFromAssignmentsMinor: assignmentsMinor,
      unpricedAssignmentMinutes: sumMinor(assigned.items.map((a) => a.unpricedMinutes)),
      unpricedAssignments: assigned.items.filter((a) => a.unpriced !== null).length,
    },
    actual: { totalMinor: actualMinor, expensesMinor, invoicesMinor, labourFromTimesheetsMinor: labourMinor },
    committed: { openMinor: sumMinor(committedBy.values()), openOrders },
    forecast: {
      method: 'bottom_up',
      source: estimate?.source ?? (forecast ? 'planned-costs' : null),
      estimateAsOf: estimate?.asOf ?? null,
      estimateNote: estimate?.note ?? null,
      remainingMinor: forecast?.remainingMinor ?? null,
      atCompletionMinor: forecast?.atCompletionMinor ?? null,
      varianceAtCompletionMinor: varianceAtCompletion(currentMinor, forecast?.atCompletionMinor ?? null),
      reason: forecast ? null : 'No estimate to complete and no planned costs on the project’s tasks yet: give the project’s estimate to complete (on its Earned value page), or plan costs on tasks (or assign priced resources to them), for a bottom-up forecast.',
    },
    categories: COST_CATEGORIES.map((category: CostCategory) => ({
      category,
      approvedBudgetMinor: approvedBy.get(category) ?? 0,
      currentBudgetMinor: currentBy.get(category) ?? 0,
      plannedMinor: plannedBy.get(category) ?? 0,
      actualMinor: actualBy.get(category) ?? 0,
      committedMinor: committedBy.get(category) ?? 0,
    })),
    months: months.map((month) => ({ month, currentBudgetMinor: currentByMonth.get(month) ?? 0, actualMinor: actualByMonth.get(month) ?? 0 })),
  };
}
