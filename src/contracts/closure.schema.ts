// A project's closure report (post-project evaluation): figures computed from the project's data —
// finish against the baseline, actual cost against the current budget, approved scope changes,
// risks that happened — frozen when the manager submits it, and the narrative: what went well, what
// did not, recommendations. The PMO accepts it or sends it back.
import { z } from 'zod';
import { CurrencyCode, Id, Timestamp } from './common.schema.ts';

export const CLOSURE_REPORT_STATUSES = ['draft', 'submitted', 'accepted'] as const;
export const ClosureReportStatus = z.enum(CLOSURE_REPORT_STATUSES).describe('draft: the manager writes it, figures live; submitted: figures frozen, awaiting the PMO; accepted: final.');

const Narrative = z.string().max(20_000);

export const ClosureFigures = z.object({
  asOf: z.string().describe('The day the figures were computed (YYYY-MM-DD): submission day once frozen.'),
  schedule: z.object({
    baselineNumber: z.number().int(),
    baselineStart: z.string().nullable(),
    baselineFinish: z.string().nullable(),
    finish: z.string().nullable().describe('The finish the plan shows (actual when the work is done).'),
    slipDays: z.number().nullable().describe('Working days late against the baselined finish (negative: early); null without a baseline.'),
    baselineDays: z.number().nullable().describe('The baselined duration in working days.'),
    slipPercent: z.number().nullable().describe('The slip as a share of the baselined duration, %.'),
  }),
  cost: z.object({
    currency: CurrencyCode,
    budgetMinor: z.number().int().nullable().describe('The current approved budget.'),
    actualMinor: z.number().int().describe('Actual cost: approved timesheet hours, expenses and invoices.'),
    varianceMinor: z.number().int().nullable().describe('Budget − actual: positive is money left, negative an overrun.'),
    variancePercent: z.number().nullable(),
  }).nullable().describe('Null when some of the money has no exchange rate to the project\'s currency.'),
  scope: z.object({
    approvedChanges: z.number().int(),
    costImpactMinor: z.number().int().describe('The approved changes\' cost impact, summed (in their stated currencies).'),
    changes: z.array(z.object({ code: z.string(), title: z.string(), status: z.string(), costImpactMinor: z.number().int().nullable() })),
  }),
  risks: z.object({
    identified: z.number().int().describe('Risks logged on the project.'),
    happened: z.number().int().describe('Risks an issue was raised from.'),
    items: z.array(z.object({ riskCode: z.string(), riskTitle: z.string(), issueCode: z.string(), issueTitle: z.string() })),
  }),
  benefits: z.object({
    planned: z.number().int().describe('Benefits in the project\'s register.'),
    realised: z.number().int().describe('Benefits whose latest measurement reaches the target.'),
    atRisk: z.number().int(),
    currency: CurrencyCode.describe('The base currency of the money figures.'),
    plannedMinor: z.number().int().describe('Money benefits\' planned improvement.'),
    realisedMinor: z.number().int().describe('Their improvement at the latest measurement so far.'),
    items: z.array(z.object({ code: z.string(), title: z.string(), status: z.string(), realisationPct: z.number().nullable() })),
  }).optional().describe('Benefits so far, from the benefits register (absent on reports frozen before it was counted).'),
});
export type ClosureFigures = z.infer<typeof ClosureFigures>;

const HistoryEntry = z.object({ at: Timestamp, actorId: Id.nullable(), actorName: z.string(), action: z.enum(['create', 'submit', 'accept', 'send_back']), comment: z.string() });

export const ClosureReport = z.object({
  id: Id,
  code: z.string(),
  project: z.object({ id: Id, code: z.string(), name: z.string(), status: z.string() }),
  status: ClosureReportStatus,
  wentWell: Narrative,
  wentBadly: Narrative,
  recommendations: Narrative,
  figures: ClosureFigures,
  frozen: z.boolean().describe('True once submitted: the figures are those of the submission day.'),
  history: z.array(HistoryEntry),
  submittedAt: Timestamp.nullable(),
  reviewedAt: Timestamp.nullable(),
  lessons: z.number().int().describe('Lessons recorded from this report.'),
  canEdit: z.boolean(),
  canReview: z.boolean(),
  version: z.number().int(),
});
export type ClosureReport = z.infer<typeof ClosureReport>;

export const ClosureReportCreate = z.object({
  wentWell: Narrative.default(''),
  wentBadly: Narrative.default(''),
  recommendations: Narrative.default(''),
}).strict();
export type ClosureReportCreate = z.infer<typeof ClosureReportCreate>;

export const ClosureReportUpdate = z.object({ wentWell: Narrative, wentBadly: Narrative, recommendations: Narrative }).partial().strict();
export type ClosureReportUpdate = z.infer<typeof ClosureReportUpdate>;

export const ClosureReportSubmit = z.object({ comment: z.string().max(2000).default('') }).strict();
export type ClosureReportSubmit = z.infer<typeof ClosureReportSubmit>;

export const ClosureReportReview = z.object({
  decision: z.enum(['accept', 'send_back']),
  comment: z.string().max(2000).default('').describe('Required when sending back: what to change.'),
}).strict();
export type ClosureReportReview = z.infer<typeof ClosureReportReview>;
