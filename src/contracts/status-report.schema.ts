// Project status reports: one per project and reporting period, with colours computed from live
// data under the PMO's thresholds (and the manager's justified overrides beside them), a narrative,
// the PMO's review, and the figures frozen when the report is submitted.
import { z } from 'zod';
import { Id, IsoDate, Money, QueryFlag, Timestamp, Version, pageOf } from './common.schema.ts';

export const COLOURS = ['green', 'amber', 'red', 'grey'] as const;
export const Colour = z.enum(COLOURS).describe('grey: not assessed (nothing to judge on), never a judgement.');
export const JudgedColour = z.enum(['green', 'amber', 'red']);
export const DIMENSIONS = ['schedule', 'cost', 'scope', 'risk', 'resources', 'quality'] as const;
export const Dimension = z.enum(DIMENSIONS);
export const CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;
export const Cadence = z.enum(CADENCES).describe('weekly: Monday to Sunday; fortnightly: two such weeks counted from Monday 2024-01-01; monthly: calendar months.');
export const REPORT_STATUSES = ['draft', 'submitted', 'reviewed', 'sent_back'] as const;
export const ReportStatus = z.enum(REPORT_STATUSES).describe('draft and sent_back are open to change and show live figures; submitted and reviewed show the figures frozen at submission.');

// ---------------------------------------------------------------------------------------------
// Thresholds (an organisation setting)

const Measure = z
  .object({ amberAbove: z.number().min(0).max(1000), redAbove: z.number().min(0).max(1000) })
  .strict()
  .describe('Amber when the figure is above amberAbove, red when above redAbove.');
const Count = z
  .object({ amberAtLeast: z.number().int().min(1).max(10_000).nullable(), redAtLeast: z.number().int().min(1).max(10_000).nullable() })
  .strict()
  .describe('Amber from amberAtLeast items, red from redAtLeast; null leaves that colour unused.');
export const StatusThresholdsBody = z
  .object({
    schedule: z
      .object({ baselineNumber: z.number().int().min(0).max(10).describe('The baseline slips are measured against (0: the original plan).'), finishSlipDays: Measure, milestoneSlipDays: Measure })
      .strict()
      .describe('Slips in working days of the project calendar; milestones: the worst one not yet reached.'),
    cost: z.object({ overrunPercent: Measure }).strict().describe('The cost forecast against the budget, in per cent of the budget.'),
    scope: z.object({ awaitingBoard: Count, approvedInPeriod: Count }).strict().describe('Change requests affecting scope (category scope, or a scope impact written).'),
    risk: z.object({ criticalWithoutResponse: Count, highWithoutResponse: Count, overdueActions: Count }).strict().describe('critical: the top band of the risk matrix; high: the band below it.'),
    quality: z.object({ openCriticalFindings: Count, openHighFindings: Count, overdueFindings: Count }).strict(),
  })
  .strict();
export type StatusThresholdsBody = z.infer<typeof StatusThresholdsBody>;
export const StatusThresholds = StatusThresholdsBody.extend({ version: z.number().int().min(0).describe('0 while the defaults apply; send it back in If-Match.') });
export type StatusThresholds = z.infer<typeof StatusThresholds>;

// ---------------------------------------------------------------------------------------------
// Reporting cadence of a project

export const ReportingSettings = z.object({
  projectId: Id,
  cadence: Cadence,
  currentPeriod: z.object({ start: IsoDate, end: IsoDate }),
  version: z.number().int().min(0).describe('0 while the default (monthly) applies; send it back in If-Match.'),
});
export type ReportingSettings = z.infer<typeof ReportingSettings>;
export const ReportingSettingsBody = z.object({ cadence: Cadence }).strict();

// ---------------------------------------------------------------------------------------------
// The figures of a report (live for a draft, frozen once submitted)

const Ref = z.object({ id: Id, code: z.string(), title: z.string() });
export const StatusFigures = z.object({
  asOf: Timestamp.describe('When the figures were read: now for a draft, the submission for a submitted report.'),
  today: IsoDate,
  project: z.object({ code: z.string(), name: z.string(), phase: z.string(), status: z.string(), managerName: z.string().nullable() }),
  thresholds: StatusThresholdsBody.describe('The thresholds the colours were computed with.'),
  schedule: z.object({
    tasks: z.number().int(),
    baselineNumber: z.number().int(),
    baselined: z.boolean(),
    baselineFinish: z.string().nullable(),
    forecastFinish: z.string().nullable(),
    finishSlipDays: z.number().nullable().describe('Working days from the baseline finish to the forecast finish (positive: late).'),
    milestones: z.array(z.object({ taskId: Id, name: z.string(), baselineFinish: z.string().nullable(), forecastFinish: z.string().nullable(), slipDays: z.number().nullable(), done: z.boolean() })),
  }),
  cost: z.object({
    budget: Money.nullable().describe('The current approved budget (the register’s headline while no budget lines are approved).'),
    forecast: Money.nullable().describe('Actual cost + the project manager’s estimate to complete (for the whole project, or on every unfinished costed task) when there is one; else earned value’s EAC (BAC / CPI) once there is a cost baseline and money spent on it; else actual + planned cost of the work left; null: none can be told yet.'),
    forecastBasis: z.enum(['project-estimate', 'task-estimates', 'earned-value', 'planned-costs']).nullable().optional().describe('Which of those the forecast is (absent in reports frozen before it was kept).'),
    cpi: z.number().nullable().optional().describe('Earned value’s cost performance index when the figures were read (absent in reports frozen before it was kept).'),
    spi: z.number().nullable().optional(),
  }),
  scope: z.object({ awaitingBoard: z.array(Ref), approvedInPeriod: z.array(Ref) }),
  risks: z.object({
    open: z.number().int(),
    withoutResponse: z.number().int().describe('Open risks in the top two bands of the risk matrix without a response.'),
    top: z.array(Ref.extend({ score: z.number().int(), band: z.string(), strategy: z.string().nullable(), hasResponse: z.boolean() })).describe('The five open risks scoring highest.'),
  }),
  issues: z.object({
    open: z.number().int(),
    byPriority: z.object({ critical: z.number().int(), high: z.number().int(), medium: z.number().int(), low: z.number().int() }),
    top: z.array(Ref.extend({ priority: z.string(), status: z.string() })).describe('Up to ten open issues, highest priority first.'),
  }),
  actions: z.object({ overdue: z.number().int(), items: z.array(Ref.extend({ dueDate: IsoDate, daysOverdue: z.number().int() })).describe('Up to ten, the longest overdue first.') }),
  quality: z.object({
    reviewsDone: z.number().int(),
    openFindings: z.object({ critical: z.number().int(), high: z.number().int(), medium: z.number().int(), low: z.number().int() }),
    overdueFindings: z.number().int(),
  }),
});
export type StatusFigures = z.infer<typeof StatusFigures>;

const Override = z.object({ colour: JudgedColour, justification: z.string() });
export const RagLine = z.object({
  key: z.enum([...DIMENSIONS, 'overall']),
  computed: Colour,
  reasons: z.array(z.string()).describe('Why the computed colour, with the figures.'),
  override: Override.nullable().describe('The manager’s colour and why; the computed colour is kept beside it.'),
  effective: Colour.describe('The colour the report shows: the override, else the computed colour (overall: the worst shown dimension).'),
});

export const StatusReport = z.object({
  id: Id,
  code: z.string(),
  projectId: Id,
  projectCode: z.string(),
  projectName: z.string(),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  status: ReportStatus,
  live: z.boolean().describe('true: the figures are read now (draft, sent back); false: frozen at submission.'),
  rag: z.object({ overall: RagLine, dimensions: z.array(RagLine) }),
  figures: StatusFigures,
  summary: z.string(),
  accomplishments: z.string().describe('Accomplished this period.'),
  nextPeriod: z.string().describe('Planned for the next period.'),
  blockers: z.string(),
  decisionsNeeded: z.string().describe('Decisions and help needed from management.'),
  history: z.array(z.object({ at: Timestamp, actorId: Id.nullable(), actorName: z.string(), action: z.enum(['create', 'submit', 'accept', 'send_back']), comment: z.string() })),
  submittedAt: Timestamp.nullable(),
  submittedBy: Id.nullable(),
  reviewedAt: Timestamp.nullable(),
  reviewedBy: Id.nullable(),
  reviewComment: z.string().describe('The PMO’s latest review comment.'),
  canEdit: z.boolean().describe('Whether you may change and submit it now.'),
  canReview: z.boolean().describe('Whether you may review it now.'),
  createdBy: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type StatusReport = z.infer<typeof StatusReport>;

const OverrideBody = z
  .object({ colour: JudgedColour, justification: z.string().max(2000).default('').describe('Required: why the colour differs from the computed one.') })
  .strict()
  .nullable()
  .optional()
  .describe('null removes the override.');
const Narrative = z.string().max(10_000);
export const StatusReportCreate = z
  .object({ periodStart: IsoDate.optional().describe('The first day of a period of the project’s cadence; default: the current period.') })
  .strict();
export type StatusReportCreate = z.infer<typeof StatusReportCreate>;
export const StatusReportUpdate = z
  .object({
    summary: Narrative.optional(),
    accomplishments: Narrative.optional(),
    nextPeriod: Narrative.optional(),
    blockers: Narrative.optional(),
    decisionsNeeded: Narrative.optional(),
    overrides: z
      .object({ schedule: OverrideBody, cost: OverrideBody, scope: OverrideBody, risk: OverrideBody, resources: OverrideBody, quality: OverrideBody, overall: OverrideBody })
      .strict()
      .optional()
      .describe('Colours set by hand, each with its justification; the fields given replace those stored.'),
  })
  .strict();
export type StatusReportUpdate = z.infer<typeof StatusReportUpdate>;
export const StatusReportSubmit = z.object({ comment: z.string().max(2000).default('') }).strict();
export const StatusReportReview = z
  .object({ decision: z.enum(['accept', 'send_back']), comment: z.string().max(5000).default('').describe('Required to send a report back: say what to change.') })
  .strict();
export type StatusReportReview = z.infer<typeof StatusReportReview>;

// ---------------------------------------------------------------------------------------------
// Lists and trend

export const StatusReportHeadline = z.object({
  id: Id,
  code: z.string(),
  status: ReportStatus,
  overall: Colour.nullable().describe('The colour shown, frozen at submission; null for a draft (its colours are live: read the report).'),
  dimensions: z.record(Dimension, Colour).nullable(),
  submittedAt: Timestamp.nullable(),
  reviewedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
  version: Version,
});
export const StatusReportListItem = z.object({
  project: z.object({ id: Id, code: z.string(), name: z.string(), portfolioId: Id, cadence: Cadence }),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  report: StatusReportHeadline.nullable().describe('null (only with due=true): no report is started for the period.'),
});
export const StatusReportPage = pageOf(StatusReportListItem);
export const ProjectStatusReportQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor: z.string().max(500).optional() }).strict();
export const StatusReportListQuery = z
  .object({
    projectId: Id.optional(),
    portfolioId: Id.optional(),
    status: ReportStatus.optional(),
    periodEnd: IsoDate.optional().describe('Reports of the periods ending on this date.'),
    due: QueryFlag.optional().describe('Active projects whose report for the current period is not submitted yet (with the draft, if one is started).'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type StatusReportListQuery = z.infer<typeof StatusReportListQuery>;

const ColourPair = z.object({ computed: Colour, effective: Colour });
export const StatusTrend = z.object({
  projectId: Id,
  cadence: Cadence,
  points: z
    .array(
      z.object({
        reportId: Id,
        periodStart: IsoDate,
        periodEnd: IsoDate,
        status: ReportStatus,
        overall: ColourPair,
        dimensions: z.record(Dimension, ColourPair),
        finishSlipDays: z.number().nullable(),
        worstMilestoneSlipDays: z.number().nullable(),
        openRisks: z.number().int(),
        risksWithoutResponse: z.number().int().describe('Open risks in the top two bands without a response.'),
        overdueActions: z.number().int(),
        openIssues: z.number().int(),
        cpi: z.number().nullable().describe('Earned value’s CPI as reported (null: not assessed, or a report frozen before CPI was kept).'),
        spi: z.number().nullable(),
      }),
    )
    .describe('Submitted and reviewed reports, oldest first.'),
});
export type StatusTrend = z.infer<typeof StatusTrend>;
