// Earned value of a project at a status date, and its roll-up to programs and portfolios: planned
// value from the cost baseline (baseline 0's task costs, spread over each task's baseline working
// time), earned value from percent complete, actual cost from approved timesheets at people's rates
// and recorded expenses and invoices; the PMBOK indices and estimates, and earned schedule (Lipke);
// and the portfolio's money: each project, program and portfolio against its budget.
import { z } from 'zod';
import { CurrencyCode, Id, IsoDate, Money, Timestamp } from './common.schema.ts';
import { BottomUpSource } from './evm-estimate.schema.ts';

export const EAC_METHODS = ['cpi', 'budget-rate', 'cpi-spi', 'bottom-up'] as const;
export const EacMethod = z.enum(EAC_METHODS).describe('cpi: BAC/CPI (default); budget-rate: AC + (BAC − EV); cpi-spi: AC + (BAC − EV)/(CPI × SPI); bottom-up: AC + the manager’s estimate to complete (the project’s when given, else its tasks’).');
export const PeriodUnit = z.enum(['day', 'week', 'month']);
export const EARNING_METHODS = ['percent-complete', '0/100', '50/50', 'milestones'] as const;
export const EarningMethod = z
  .enum(EARNING_METHODS)
  .describe('How a task earns its budget: percent-complete (default): percent complete × BAC; 0/100: nothing until 100 % complete; 50/50: half once started, the rest at 100 %; milestones: the weights of the milestones done.');

export const EvmQuery = z
  .object({
    statusDate: IsoDate.optional().describe('Figures as of the end of this day; default the schedule’s status date (its day), else today.'),
    period: PeriodUnit.default('week').describe('Periods of the S-curve and of earned schedule.'),
    eac: EacMethod.default('cpi'),
  })
  .strict();
export type EvmQuery = z.infer<typeof EvmQuery>;

const Minor = z.number().int().describe('Integer minor units of the currency.');
const Ratio = z.number().nullable().describe('null where the denominator is zero (e.g. no cost yet).');

export const EvmAmounts = z.object({ bac: Minor, pv: Minor, ev: Minor, ac: Minor, etcBottomUp: Minor.nullable().describe('The bottom-up estimate to complete. A project’s: its manager’s estimate for the whole project when given, else its tasks’ summed (null while an unfinished costed task has none). A task’s: its manager’s estimate, 0 once finished.') });
export const EvmIndices = z.object({
  cv: Minor,
  sv: Minor,
  cpi: Ratio,
  spi: Ratio,
  eacMethod: EacMethod,
  eac: Minor.nullable(),
  etc: Minor.nullable(),
  vac: Minor.nullable(),
  tcpiToBac: Ratio,
  tcpiToEac: Ratio,
  eacs: z.object({ cpi: Minor.nullable(), 'budget-rate': Minor.nullable(), 'cpi-spi': Minor.nullable(), 'bottom-up': Minor.nullable() }),
});
export const EarnedSchedule = z.object({
  period: PeriodUnit,
  pd: z.number().describe('Planned duration in periods.'),
  at: z.number().describe('Actual time in periods.'),
  es: z.number().nullable().describe('Earned schedule in periods.'),
  svT: z.number().nullable(),
  spiT: Ratio,
  ieacT: z.number().nullable().describe('Estimated duration: PD / SPI(t), in periods.'),
  tspi: Ratio,
  forecastFinish: IsoDate.nullable().describe('The baseline start plus IEAC(t), as a date.'),
});

export const ProjectEvm = z.object({
  projectId: Id,
  projectCode: z.string(),
  projectName: z.string(),
  currency: CurrencyCode,
  statusDate: IsoDate,
  statusDateSource: z
    .enum(['query', 'schedule', 'today'])
    .describe('Where the status date came from: asked for (query), the schedule’s status date (settings.statusDate, the day it falls in), or today when the schedule has none.'),
  notAssessed: z.string().nullable().describe('Why there are no figures (no baseline, no costed tasks …); null when there are.'),
  amounts: EvmAmounts.describe('At a status date before today, EV (and all that is computed from it) is the project’s EV as recorded on that day or the last day before it with a change (0 when none was); the tasks show what was recorded with it (see tasks[].progressAsOf). At the schedule’s status date, progress is as recorded for it: EV is progress now.'),
  indices: EvmIndices,
  schedule: EarnedSchedule.nullable(),
  unassignedAc: Minor.describe('Actual cost booked to the project but to no task of the baseline.'),
  unpricedMinutes: z.number().int().describe('Approved timesheet minutes left out of actual cost: their people had no cost rate on the day (the PMO sets rates).'),
  bottomUp: BottomUpSource.describe('Where the bottom-up estimate to complete (amounts.etcBottomUp, and so the bottom-up EAC) comes from.'),
  tasks: z.array(
    z.object({
      taskId: Id,
      name: z.string(),
      percentComplete: z.number().describe('As of progressAsOf.'),
      progressAsOf: IsoDate.describe(
        'The day whose percent complete and EV the row shows: today for a status date of today or later; at a past status date the day of the project’s EV record used (evRecordedOn), so the tasks’ EV adds up to the project’s — or today when that record predates per-task records (the row then shows progress now), or the status date when nothing was recorded by then (nothing earned).',
      ),
      earningMethod: EarningMethod,
      etcAsOf: IsoDate.nullable().describe('When the manager’s estimate to complete (amounts.etcBottomUp) was made; null without one.'),
      amounts: EvmAmounts.describe('etcBottomUp is the task manager’s estimate to complete (0 once the task is finished: 100 % or an actual finish), null without one.'),
      indices: EvmIndices.describe('The task’s own variances, indices, estimates (by the asked EAC method) and to-complete indices, from its amounts.'),
      cpi: Ratio.describe('indices.cpi, kept for older clients.'),
      spi: Ratio.describe('indices.spi, kept for older clients.'),
    }),
  ),
  curve: z
    .array(
      z.object({
        periodEnd: IsoDate,
        pv: Minor,
        ac: Minor.nullable(),
        ev: Minor.nullable().describe('EV as last recorded by the period’s end (recorded at each schedule change, the last of a day standing); the status date’s EV in the period holding it; null before the first record and after the status date.'),
        forecast: Minor.nullable().describe('The forecast line: AC at the status date (in its period) growing evenly to EAC at the forecast finish (earned schedule’s, else the planned finish), EAC after it; null before the status date or without an EAC.'),
        cpi: Ratio.describe('EV / AC at the period’s end, where both are known.'),
        spi: Ratio.describe('EV / PV at the period’s end, where EV and AC are known.'),
      }),
    )
    .describe('Cumulative amounts at the end of each period, from the start of the cost baseline to the later of its finish and the status date, running on to the forecast finish (at most one planned duration further).'),
  evRecordedOn: IsoDate.nullable().describe('At a status date before today: the day whose recorded EV the figures use (null when none was recorded by then). Null for today or later and for the schedule’s status date, which use progress now.'),
});
export type ProjectEvm = z.infer<typeof ProjectEvm>;

export const PortfolioEvmQuery = z
  .object({
    statusDate: IsoDate.optional(),
    portfolioId: Id.optional(),
    programId: Id.optional(),
    eac: EacMethod.default('cpi'),
  })
  .strict();
export type PortfolioEvmQuery = z.infer<typeof PortfolioEvmQuery>;

export const BUDGET_STANDINGS = ['within', 'over', 'not_assessed'] as const;
export const BudgetStanding = z.object({
  approvedMinor: Minor.nullable().describe('The approved original budget (its budget revision); null until one is approved.'),
  currentMinor: Minor.nullable().describe('The approved original plus every approved change; null until the original is approved.'),
  budgetMinor: Minor.nullable().describe('What the forecast is judged against: the current budget, else the register’s budget (before any budget lines are approved); null: no budget.'),
  forecastMinor: Minor.nullable().describe('The estimate at completion by the asked method (indices.eac); null: none yet.'),
  varianceMinor: Minor.nullable().describe('budgetMinor − forecastMinor (the variance at completion against the budget): negative is an overrun; null when either is missing.'),
  committedMinor: Minor.describe('Open purchase orders not yet invoiced.'),
  standing: z.enum(BUDGET_STANDINGS).describe('within: the forecast is within the budget; over: above it; not_assessed: no budget or no forecast yet (never an invented “within”).'),
});
export const GroupBudget = BudgetStanding.extend({
  approvedMinor: Minor.nullable().describe('The sum of its projects’ approved budgets; null when none has one.'),
  currentMinor: Minor.nullable().describe('The sum of its projects’ current budgets; null when none has one.'),
  budgetMinor: Minor.nullable().describe('The sum of the budgets its projects are judged against; null when none has a budget.'),
  forecastMinor: Minor.nullable().describe('The sum of its budgeted projects’ estimates at completion, a project without one yet counting at its budget (see withoutForecast); null when none has one. Not indices.eac, which is the EAC of the summed amounts.'),
  overBudget: z.array(z.string()).describe('Codes of its projects whose forecast exceeds their budget.'),
  withoutForecast: z.array(z.string()).describe('Codes of its budgeted projects with no forecast yet (counted at their budget).'),
  withoutBudget: z.array(z.string()).describe('Codes of its projects with no budget (left out of the budget and forecast sums).'),
});
const GroupSchedule = EarnedSchedule.describe('Earned schedule of the summed daily PV curves (in the base currency), in days from the earliest baseline start of its projects; null when nothing is planned.');
export const EvmGroup = z.object({
  level: z.enum(['portfolio', 'program']),
  id: Id.nullable().describe('The portfolio or program; null for the projects of a portfolio that are in no program.'),
  code: z.string().nullable(),
  name: z.string(),
  portfolioId: Id,
  projectCodes: z.array(z.string()).describe('Its projects in this answer, by code.'),
  notConverted: z.array(z.string()).describe('Codes of its projects left out of its sums for want of an exchange rate (see notConverted).'),
  amounts: EvmAmounts,
  indices: EvmIndices.describe('Computed from its summed amounts, never averaged.'),
  schedule: GroupSchedule.nullable(),
  budget: GroupBudget,
});

export const PortfolioEvm = z.object({
  statusDate: IsoDate,
  baseCurrency: CurrencyCode.describe('What the totals, programs and portfolios are in: each project converted at the exchange rate of the status date.'),
  total: z.object({ amounts: EvmAmounts, indices: EvmIndices, schedule: GroupSchedule.nullable(), budget: GroupBudget }),
  portfolios: z.array(EvmGroup).describe('A subtotal per portfolio with projects in this answer, by code.'),
  programs: z.array(EvmGroup).describe('A subtotal per program with projects in this answer, and one per portfolio for its projects in no program (after its programs); by portfolio code, then program code.'),
  projects: z.array(
    z.object({
      projectId: Id,
      projectCode: z.string(),
      projectName: z.string(),
      portfolioId: Id,
      programId: Id.nullable(),
      currency: CurrencyCode,
      amounts: EvmAmounts.describe('In the project’s currency. At a status date before today, EV is the project’s as recorded by then (0 when none was).'),
      indices: EvmIndices,
      budget: BudgetStanding.describe('In the project’s currency. Budgets and commitments as they stand now; the status date moves earned value and actual cost.'),
      notAssessed: z.string().nullable(),
      unpricedMinutes: z.number().int(),
    }),
  ),
  notConverted: z.array(z.object({ projectCode: z.string(), currency: CurrencyCode, reason: z.string() })).describe('Projects left out of the total for want of an exchange rate.'),
});
export type PortfolioEvm = z.infer<typeof PortfolioEvm>;

export const EarningMilestone = z
  .object({
    name: z.string().trim().min(1).max(200),
    weight: z.number().describe('Its share of the task’s budget is weight / the sum of the weights; ≥ 0.'),
    done: z.boolean(),
  })
  .strict();

export const TaskEarningBody = z
  .object({
    method: EarningMethod,
    milestones: z.array(EarningMilestone).max(100).default([]).describe('Only with method milestones: at least one with a weight above 0.'),
    etc: Money.nullable().default(null).describe('The manager’s bottom-up estimate to complete the task, in the project’s currency; null for none.'),
    etcAsOf: IsoDate.nullable().optional().describe('When the estimate was made; default today when an estimate is given.'),
  })
  .strict();
export type TaskEarningBody = z.infer<typeof TaskEarningBody>;

export const TaskEarning = z.object({
  projectId: Id,
  taskId: Id,
  taskName: z.string(),
  method: EarningMethod,
  milestones: z.array(EarningMilestone.strip()),
  etc: Money.nullable(),
  etcAsOf: IsoDate.nullable(),
  updatedAt: Timestamp.nullable().describe('null while the defaults apply (percent complete, no estimate).'),
  version: z.number().int().min(0).describe('0 while the defaults apply; send it back in If-Match.'),
});
export type TaskEarning = z.infer<typeof TaskEarning>;
