// The portfolio dashboard and the program view: what the PMO and executives look at first. Every
// count comes with the rows behind it (project ids and codes, or the items themselves) so a
// chart's "numbers behind" are one click away, and a figure Orrery cannot compute yet is null
// with a `notAssessed` reason instead of a guess.
import { z } from 'zod';
import { Id, IsoDate, Money, Timestamp } from './common.schema.ts';
import { ComplianceState, Severity } from './policy.schema.ts';
import { ESCALATION_LEVELS, ISSUE_PRIORITIES, ISSUE_SEVERITIES } from './raid.schema.ts';

export const RAG_COLOURS = ['green', 'amber', 'red'] as const;
export const Rag = z.enum(RAG_COLOURS);
const Count = z.number().int().min(0);
export const NotAssessed = z.string().nullable().describe('Why these figures cannot be computed yet; null when they can.');
export const ProjectRef = z.object({ id: Id, code: z.string() }).describe('A project behind a figure.');
/** A schedule's local date-time as read back from it (checked where it is written, not again on the way out). */
const LocalTime = z.string().describe('A local date-time of the project, YYYY-MM-DDTHH:MM.');
const refs = (what: string) => z.array(ProjectRef).describe(`The projects ${what}, by code.`);

export const DashboardQuery = z
  .object({
    portfolioId: Id.optional(),
    programId: Id.optional(),
    sponsorId: Id.optional(),
    managerId: Id.optional(),
    tag: z.string().trim().max(40).optional().describe('Projects with this tag (any case).'),
    objectiveId: Id.optional().describe('Projects serving this strategic objective.'),
  })
  .strict()
  .describe('Without a filter: every project you can see (not archived).');
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export const PhaseRef = z.object({ key: z.string(), name: z.string().describe('As the project’s methodology names it; the key when the methodology no longer has the phase.') });

export const MilestoneRef = z.object({
  taskId: Id,
  name: z.string(),
  projectId: Id,
  projectCode: z.string(),
  projectName: z.string(),
  forecastFinish: LocalTime.nullable().describe('The current schedule’s finish (the actual finish once reached).'),
  baselineFinish: LocalTime.nullable().describe('Baseline 0’s finish; null without a baseline.'),
  actualFinish: LocalTime.nullable(),
  varianceDays: z.number().int().nullable().describe('Calendar days from the baseline to the forecast (positive: late).'),
  lateness: z.enum(['forecast_after_baseline', 'baseline_passed']).nullable().describe('Why it counts as slipped; null when on time or not baselined.'),
});

export const DashboardProject = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  portfolioId: Id,
  programId: Id.nullable(),
  managerId: Id.nullable(),
  managerName: z.string().nullable(),
  sponsorId: Id.nullable(),
  methodologyKey: z.string(),
  phase: PhaseRef,
  status: z.string(),
  priority: z.string(),
  rag: Rag.nullable().describe('The overall RAG of its latest submitted status report; null: none.'),
  lastReport: z.object({ periodEnd: IsoDate, submittedAt: Timestamp, dimensions: z.record(z.string(), Rag) }).nullable(),
  notReported: z.boolean().describe('It owes a status report past its due date, or must report and never has.'),
  nextMilestone: MilestoneRef.pick({ taskId: true, name: true, forecastFinish: true, baselineFinish: true, varianceDays: true, lateness: true }).nullable().describe('The milestone not yet reached that is forecast first.'),
  openRisks: Count,
  openCriticalRisks: Count.describe('Open risks scored in the top band of the PMO’s matrix.'),
  overdueActions: Count,
  budget: Money.nullable(),
  cpi: z.number().nullable().describe('Earned value’s cost performance index today (EV / AC); null without a cost baseline or before money is spent.'),
  spi: z.number().nullable().describe('Earned value’s schedule performance index today (EV / PV); null without a cost baseline or before anything was planned.'),
  compliance: ComplianceState,
});
export type DashboardProject = z.infer<typeof DashboardProject>;

const PhaseBucket = z.object({ methodologyKey: z.string(), methodologyName: z.string(), phaseKey: z.string(), phaseName: z.string(), position: z.number().int().describe('The phase’s place in its methodology (0 first); -1 for a phase it no longer has.'), count: Count, projects: refs('in the phase') });
const StatusBucket = z.object({ status: z.string(), count: Count, projects: refs('with the status') });
const RagBucket = z.object({ rag: z.enum([...RAG_COLOURS, 'not_reported']), count: Count, projects: refs('with the colour') });

/** A log item (risk, issue, action …) with the project it belongs to. */
export const itemInProject = { id: Id, code: z.string(), title: z.string(), projectId: Id, projectCode: z.string(), projectName: z.string() };

export const TopRisk = z.object({
  ...itemInProject,
  probability: z.number().int(),
  impact: z.number().int(),
  score: z.number().int(),
  band: z.string(),
  ownerId: Id.nullable(),
  ownerName: z.string().nullable(),
  reviewDate: IsoDate.nullable(),
});

export const EscalatedIssue = z.object({
  ...itemInProject,
  escalationLevel: z.enum(ESCALATION_LEVELS),
  priority: z.enum(ISSUE_PRIORITIES),
  severity: z.enum(ISSUE_SEVERITIES),
  status: z.string(),
  dueDate: IsoDate.nullable(),
  ownerId: Id.nullable(),
  ownerName: z.string().nullable(),
});

const BudgetTotal = z.object({
  currency: z.string(),
  budgetMinor: z.number().int().describe('The sum of the projects’ budgets in minor units.'),
  forecastMinor: z.number().int().nullable().describe('The sum of the projects’ forecasts at completion: earned value’s EAC, or the budget for a project without one yet (see forecastNotAssessed).'),
  projects: z.array(z.object({ id: Id, code: z.string(), budgetMinor: z.number().int(), forecastMinor: z.number().int().nullable().describe('Earned value’s EAC; null: none yet.') })),
});

export const PortfolioDashboard = z.object({
  asOf: IsoDate,
  projectCount: Count,
  projects: z.array(DashboardProject).describe('Every project in scope, by code: the rows behind every figure below.'),
  byPhase: z.array(PhaseBucket).describe('By methodology, then phase order; only phases with projects.'),
  byStatus: z.array(StatusBucket).describe('Every status, with zero counts.'),
  byRag: z.object({ notAssessed: NotAssessed, buckets: z.array(RagBucket) }),
  milestones: z.object({
    dueFrom: IsoDate,
    dueTo: IsoDate,
    slippedFrom: IsoDate,
    slippedTo: IsoDate,
    due: z.array(MilestoneRef).describe('Not reached and forecast within [dueFrom, dueTo], by forecast.'),
    slipped: z.array(MilestoneRef).describe('Baseline 0 within [slippedFrom, slippedTo] and late: forecast on a later day, or the baseline day passed unreached.'),
  }),
  topRisks: z.object({ openRisks: Count, items: z.array(TopRisk).describe('The ten open risks with the highest score (ties by project and code).') }),
  escalatedIssues: z.object({ count: Count, items: z.array(EscalatedIssue).describe('Open issues escalated beyond the project, executive level first.') }),
  budget: z.object({
    totals: z.array(BudgetTotal).describe('Per currency (never converted), with the projects behind each sum.'),
    base: z
      .object({
        currency: z.string().describe('The organisation’s base currency.'),
        budgetMinor: z.number().int().describe('Every budget converted at today’s exchange rate and added (those in notConverted left out).'),
        forecastMinor: z.number().int().describe('Every forecast at completion (the budget where there is none yet) converted and added.'),
        projects: z.array(ProjectRef).describe('The projects in these sums.'),
        notConverted: z.array(z.object({ id: Id, code: z.string(), currency: z.string(), reason: z.string() })).describe('Budgeted projects left out for want of an exchange rate, and what to do.'),
      })
      .describe('All budgets in the base currency, beside the sums per currency.'),
    withoutBudget: refs('with no budget'),
    forecastNotAssessed: NotAssessed,
  }),
  notReported: z.object({ notAssessed: NotAssessed, count: Count, projects: refs('that have not reported') }),
  objectives: z.array(z.object({ id: Id, code: z.string(), name: z.string(), status: z.string(), targetDate: IsoDate.nullable(), count: Count, projects: refs('in scope serving it') })).describe('Objectives not archived (with none in scope too: a gap to see), by code.'),
  compliance: z.object({
    projects: Count,
    byState: z.array(z.object({ state: ComplianceState, count: Count, projects: refs('in the state') })),
    byPolicy: z.array(z.object({ policyKey: z.string(), policyName: z.string(), severity: Severity, count: Count, items: Count, projects: refs('breaching it') })),
  }),
});
export type PortfolioDashboard = z.infer<typeof PortfolioDashboard>;

export const ProgramDashboard = PortfolioDashboard.extend({
  program: z.object({ id: Id, code: z.string(), name: z.string(), portfolioId: Id, managerId: Id.nullable(), archivedAt: Timestamp.nullable() }),
});
export type ProgramDashboard = z.infer<typeof ProgramDashboard>;
