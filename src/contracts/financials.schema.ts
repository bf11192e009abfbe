// Project money, part three: the financial summary of a project on a day. Budget approved and
// current, the planned cost on its tasks, the actual cost to date (expenses and invoices; labour from
// approved timesheets comes later and has its place here), open commitments, and the bottom-up
// forecast: actual cost plus the manager's estimate to complete (the project's, else the tasks'
// summed) or, without one, what the planned costs still need, against the current budget — the same
// bottom-up figure earned value shows. The earned-value formulas (CPI, SPI, EAC) are a separate engine's.
import { z } from 'zod';
import { CurrencyCode, Id, IsoDate, Money } from './common.schema.ts';
import { CostCategory, Month } from './finance.schema.ts';

const Minor = z.number().int();

export const FinancialsQuery = z.object({ asOf: IsoDate.optional().describe('The day actual costs count up to (default: today).') }).strict();
export type FinancialsQuery = z.infer<typeof FinancialsQuery>;

export const Financials = z.object({
  projectId: Id,
  currency: CurrencyCode.nullable().describe('Every figure is in minor units of this currency; null when the project has no money yet.'),
  asOf: IsoDate,
  budget: z.object({
    headline: Money.nullable().describe('The budget in the project register.'),
    approvedMinor: Minor.nullable(),
    currentMinor: Minor.nullable(),
    pendingMinor: Minor.describe('Drafts waiting for approval.'),
  }),
  planned: z.object({
    totalMinor: Minor,
    taskCostsMinor: Minor.describe('Fixed and material costs on tasks.'),
    labourFromAssignmentsMinor: Minor.nullable().describe('Assignments of the resource pool: work × standard rate of each day, material quantity × cost per unit, cost resources’ amounts, per-use costs; null when the project has no assignments.'),
    unpricedAssignmentMinutes: Minor.describe('Assigned work on days without a standard rate: left out of planned cost, never counted as free.'),
    unpricedAssignments: z.number().int().describe('Assignments with work or quantity nobody could price (GET …/assignments says which and why).'),
  }),
  actual: z.object({
    totalMinor: Minor.describe('Actual cost to date.'),
    expensesMinor: Minor,
    invoicesMinor: Minor,
    labourFromTimesheetsMinor: Minor.nullable().describe('Labour from approved timesheet hours at each person’s rate of the day (hours without a rate are left out).'),
  }),
  committed: z.object({ openMinor: Minor.describe('Open purchase orders not yet invoiced.'), openOrders: z.number().int() }),
  forecast: z.object({
    method: z.literal('bottom_up'),
    source: z
      .enum(['project-estimate', 'task-estimates', 'planned-costs'])
      .nullable()
      .describe('Where the estimate to complete comes from: the manager’s estimate for the whole project; else the tasks’ estimates summed (once every unfinished costed task has one; finished tasks count 0); else the planned costs not yet earned by the tasks’ percent complete. null: no forecast.'),
    estimateAsOf: IsoDate.nullable().describe('With a project estimate: when it was made.'),
    estimateNote: z.string().nullable().describe('With a project estimate: what it rests on.'),
    remainingMinor: Minor.nullable().describe('Estimate to complete, from its source.'),
    atCompletionMinor: Minor.nullable().describe('Estimate at completion: actual cost + remaining.'),
    varianceAtCompletionMinor: Minor.nullable().describe('Current budget − estimate at completion; negative is an overrun.'),
    reason: z.string().nullable().describe('Why there is no forecast, when there is none.'),
  }),
  categories: z.array(
    z.object({ category: CostCategory, approvedBudgetMinor: Minor, currentBudgetMinor: Minor, plannedMinor: Minor, actualMinor: Minor, committedMinor: Minor }),
  ),
  months: z.array(z.object({ month: Month, currentBudgetMinor: Minor, actualMinor: Minor })).describe('Budget and actual cost by month, in order.'),
});
export type Financials = z.infer<typeof Financials>;
