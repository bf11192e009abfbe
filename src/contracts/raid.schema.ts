// RAID logs of a project: risks, issues (things that went wrong), assumptions, decisions,
// actions and dependencies on other projects. Each item has a code (RSK-12), a title, an owner and
// a status; each kind adds its own fields. The risk matrix the risks are scored on is the PMO's.
import { z } from 'zod';
import { Description, Id, IsoDate, ListQueryBase, Timestamp, Version, pageOf } from './common.schema.ts';
import { Code } from './register.schema.ts';

export const RAID_KINDS = ['risks', 'issues', 'assumptions', 'decisions', 'actions', 'dependencies'] as const;
export const RaidKind = z.enum(RAID_KINDS);
export type RaidKind = z.infer<typeof RaidKind>;

export const Title = z.string().trim().min(1, 'Give it a title.').max(300);
const Text = Description;

/** The fields every project log item shows (RAID logs, change requests). */
export const itemFields = {
  id: Id,
  code: z.string(),
  projectId: Id,
  projectCode: z.string(),
  projectName: z.string(),
  title: z.string(),
  description: z.string(),
  ownerId: Id.nullable(),
  ownerName: z.string().nullable(),
  createdBy: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
};
export const createFields = { code: Code.optional(), title: Title, description: Text.default(''), ownerId: Id.nullable().default(null) };
export const updateFields = { title: Title.optional(), description: Text.optional(), ownerId: Id.nullable().optional() };

/** `status=open,in_progress`: one or more of a kind's statuses. */
export const statusFilter = <T extends readonly [string, ...string[]]>(statuses: T) =>
  z
    .string()
    .max(200)
    .transform((v, ctx) => {
      const values = v.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = values.filter((s) => !(statuses as readonly string[]).includes(s));
      if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `Unknown status ${unknown.join(', ')}: use ${statuses.join(', ')} (comma-separated for several).` });
      return values as Array<T[number]>;
    })
    .optional()
    .describe(`One or more of ${statuses.join(', ')}, comma-separated.`);

export const listFilters = {
  ...ListQueryBase,
  projectId: Id.optional(),
  portfolioId: Id.optional(),
  programId: Id.optional(),
  ownerId: Id.optional(),
};
export const sortOf = <T extends string>(fields: readonly T[]) => z.enum(fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]]);
export const COMMON_SORTS = ['code', 'title', 'status', 'createdAt', 'updatedAt'] as const;

// ---------------------------------------------------------------------------------------------
// Risks

export const RISK_STATUSES = ['open', 'occurred', 'closed'] as const;
export const RiskStatus = z.enum(RISK_STATUSES);
export const RISK_STRATEGIES = ['avoid', 'transfer', 'mitigate', 'accept', 'escalate', 'exploit', 'enhance', 'share'] as const;
export const RiskStrategy = z.enum(RISK_STRATEGIES).describe('Threats: avoid, transfer, mitigate, accept, escalate. Opportunities: exploit, enhance, share (and accept, escalate).');
const Rating = z.number().int().min(1).max(10).describe('A level of the PMO’s risk matrix, 1 = lowest.');
const Category = z.string().trim().min(1, 'Give a category, such as technical or supplier.').max(60);

export const Risk = z.object({
  ...itemFields,
  description: z.string().describe('The event: what may happen.'),
  status: RiskStatus,
  category: z.string(),
  cause: z.string(),
  effect: z.string(),
  probability: z.number().int(),
  impact: z.number().int(),
  score: z.number().int().describe('Exposure before the response: probability × impact.'),
  band: z.string().describe('The matrix band the score falls in, e.g. high.'),
  residualProbability: z.number().int().nullable(),
  residualImpact: z.number().int().nullable(),
  residualScore: z.number().int().nullable().describe('Exposure expected after the response.'),
  residualBand: z.string().nullable(),
  strategy: RiskStrategy.nullable(),
  response: z.string(),
  triggers: z.string(),
  reviewDate: IsoDate.nullable(),
  reviewOverdue: z.boolean().describe('Still open and its review date has passed.'),
  taskIds: z.array(Id).describe('Tasks of the project’s schedule the risk threatens.'),
  closedAt: Timestamp.nullable(),
});
export type Risk = z.infer<typeof Risk>;
const riskOwn = {
  category: Category.default('general'),
  cause: Text.default(''),
  effect: Text.default(''),
  residualProbability: Rating.nullable().default(null),
  residualImpact: Rating.nullable().default(null),
  strategy: RiskStrategy.nullable().default(null),
  response: Text.default(''),
  triggers: Text.default(''),
  reviewDate: IsoDate.nullable().default(null),
  taskIds: z.array(Id).max(200).default([]),
};
export const RiskCreate = z.object({ ...createFields, ...riskOwn, probability: Rating, impact: Rating, status: RiskStatus.default('open') }).strict();
export type RiskCreate = z.infer<typeof RiskCreate>;
export const RiskUpdate = z
  .object({
    ...updateFields,
    status: RiskStatus.optional(),
    probability: Rating.optional(),
    impact: Rating.optional(),
    category: Category.optional(),
    cause: Text.optional(),
    effect: Text.optional(),
    residualProbability: Rating.nullable().optional(),
    residualImpact: Rating.nullable().optional(),
    strategy: RiskStrategy.nullable().optional(),
    response: Text.optional(),
    triggers: Text.optional(),
    reviewDate: IsoDate.nullable().optional(),
    taskIds: z.array(Id).max(200).optional(),
  })
  .strict();
export type RiskUpdate = z.infer<typeof RiskUpdate>;
export const RiskListQuery = z
  .object({
    ...listFilters,
    status: statusFilter(RISK_STATUSES),
    category: z.string().trim().max(60).optional(),
    band: z.string().trim().max(40).optional().describe('Only risks whose score falls in this band (e.g. critical).'),
    probability: z.coerce.number().int().min(1).max(10).optional(),
    impact: z.coerce.number().int().min(1).max(10).optional(),
    rating: z.enum(['inherent', 'residual']).default('inherent').describe('Which rating band/probability/impact filter on: before the response or after it.'),
    sort: sortOf([...COMMON_SORTS, 'score', 'residualScore', 'reviewDate']).default('-score'),
  })
  .strict();
export type RiskListQuery = z.infer<typeof RiskListQuery>;
export const RiskPage = pageOf(Risk);

export const RiskScoreChange = z.object({
  at: Timestamp,
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  status: RiskStatus,
  probability: z.number().int(),
  impact: z.number().int(),
  score: z.number().int(),
  residualProbability: z.number().int().nullable(),
  residualImpact: z.number().int().nullable(),
  residualScore: z.number().int().nullable(),
});
export const RiskHistory = z.object({ items: z.array(RiskScoreChange) });

// ---------------------------------------------------------------------------------------------
// Issues

export const ISSUE_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export const IssueStatus = z.enum(ISSUE_STATUSES);
export const ISSUE_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export const IssuePriority = z.enum(ISSUE_PRIORITIES);
export const ISSUE_SEVERITIES = ['minor', 'moderate', 'major', 'critical'] as const;
export const IssueSeverity = z.enum(ISSUE_SEVERITIES);
export const ESCALATION_LEVELS = ['project', 'program', 'pmo', 'executive'] as const;
export const EscalationLevel = z.enum(ESCALATION_LEVELS).describe('Who must act on it: the project, its program, the PMO or the executives.');

export const Issue = z.object({
  ...itemFields,
  status: IssueStatus,
  priority: IssuePriority,
  severity: IssueSeverity,
  dueDate: IsoDate.nullable(),
  overdue: z.boolean().describe('Not resolved and its due date has passed.'),
  escalationLevel: EscalationLevel,
  resolution: z.string(),
  riskId: Id.nullable().describe('The risk that happened, when the issue was raised from one.'),
  riskCode: z.string().nullable(),
  resolvedAt: Timestamp.nullable(),
});
export type Issue = z.infer<typeof Issue>;
export const IssueCreate = z
  .object({
    ...createFields,
    status: IssueStatus.default('open'),
    priority: IssuePriority.default('medium'),
    severity: IssueSeverity.default('moderate'),
    dueDate: IsoDate.nullable().default(null),
    escalationLevel: EscalationLevel.default('project'),
    resolution: Text.default(''),
  })
  .strict();
export type IssueCreate = z.infer<typeof IssueCreate>;
export const IssueUpdate = z
  .object({
    ...updateFields,
    status: IssueStatus.optional(),
    priority: IssuePriority.optional(),
    severity: IssueSeverity.optional(),
    dueDate: IsoDate.nullable().optional(),
    escalationLevel: EscalationLevel.optional(),
    resolution: Text.optional(),
  })
  .strict();
export type IssueUpdate = z.infer<typeof IssueUpdate>;
export const IssueListQuery = z
  .object({
    ...listFilters,
    status: statusFilter(ISSUE_STATUSES),
    priority: IssuePriority.optional(),
    escalationLevel: EscalationLevel.optional(),
    sort: sortOf([...COMMON_SORTS, 'priority', 'dueDate']).default('code'),
  })
  .strict();
export type IssueListQuery = z.infer<typeof IssueListQuery>;
export const IssuePage = pageOf(Issue);

/** Raising an issue from a risk that happened: the issue's own fields (title defaults to the risk's). */
export const RiskOccurred = z
  .object({
    title: Title.optional(),
    description: Text.optional(),
    ownerId: Id.nullable().optional(),
    priority: IssuePriority.default('high'),
    severity: IssueSeverity.optional(),
    dueDate: IsoDate.nullable().default(null),
    escalationLevel: EscalationLevel.default('project'),
  })
  .strict();
export type RiskOccurred = z.infer<typeof RiskOccurred>;
export const RiskOccurrence = z.object({ risk: Risk, issue: Issue });

// ---------------------------------------------------------------------------------------------
// Assumptions

export const ASSUMPTION_STATUSES = ['unvalidated', 'valid', 'invalid'] as const;
export const AssumptionStatus = z.enum(ASSUMPTION_STATUSES);
export const Assumption = z.object({
  ...itemFields,
  status: AssumptionStatus,
  validateBy: IsoDate.nullable().describe('When the assumption must be checked.'),
  validationOverdue: z.boolean(),
  validationNotes: z.string(),
});
export type Assumption = z.infer<typeof Assumption>;
export const AssumptionCreate = z
  .object({ ...createFields, status: AssumptionStatus.default('unvalidated'), validateBy: IsoDate.nullable().default(null), validationNotes: Text.default('') })
  .strict();
export type AssumptionCreate = z.infer<typeof AssumptionCreate>;
export const AssumptionUpdate = z
  .object({ ...updateFields, status: AssumptionStatus.optional(), validateBy: IsoDate.nullable().optional(), validationNotes: Text.optional() })
  .strict();
export type AssumptionUpdate = z.infer<typeof AssumptionUpdate>;
export const AssumptionListQuery = z.object({ ...listFilters, status: statusFilter(ASSUMPTION_STATUSES), sort: sortOf([...COMMON_SORTS, 'validateBy']).default('code') }).strict();
export const AssumptionPage = pageOf(Assumption);

// ---------------------------------------------------------------------------------------------
// Decisions

export const DECISION_STATUSES = ['proposed', 'decided', 'superseded', 'withdrawn'] as const;
export const DecisionStatus = z.enum(DECISION_STATUSES);
export const Decision = z.object({
  ...itemFields,
  description: z.string().describe('The question and its context.'),
  status: DecisionStatus,
  outcome: z.string().describe('What was decided.'),
  rationale: z.string(),
  decidedBy: Id.nullable(),
  decidedByName: z.string().nullable(),
  decidedOn: IsoDate.nullable(),
});
export type Decision = z.infer<typeof Decision>;
export const DecisionCreate = z
  .object({ ...createFields, status: DecisionStatus.default('proposed'), outcome: Text.default(''), rationale: Text.default(''), decidedBy: Id.nullable().default(null), decidedOn: IsoDate.nullable().default(null) })
  .strict();
export type DecisionCreate = z.infer<typeof DecisionCreate>;
export const DecisionUpdate = z
  .object({ ...updateFields, status: DecisionStatus.optional(), outcome: Text.optional(), rationale: Text.optional(), decidedBy: Id.nullable().optional(), decidedOn: IsoDate.nullable().optional() })
  .strict();
export type DecisionUpdate = z.infer<typeof DecisionUpdate>;
export const DecisionListQuery = z.object({ ...listFilters, status: statusFilter(DECISION_STATUSES), sort: sortOf([...COMMON_SORTS, 'decidedOn']).default('-decidedOn') }).strict();
export const DecisionPage = pageOf(Decision);

// ---------------------------------------------------------------------------------------------
// Actions

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);
export const ACTION_SOURCES = ['risk', 'issue', 'gate', 'meeting', 'review', 'change', 'maturity'] as const;
export const ActionSource = z.enum(ACTION_SOURCES);
export const Action = z.object({
  ...itemFields,
  status: ActionStatus,
  dueDate: IsoDate.nullable(),
  overdue: z.boolean().describe('Open and its due date has passed.'),
  sourceType: ActionSource.nullable().describe('Where the action comes from: a risk response, an issue, a gate condition, a quality review’s finding (review: sourceId is the finding), a meeting, a PMO maturity assessment’s improvement step (maturity: sourceId is the assessment) …'),
  sourceId: Id.nullable(),
  sourceCode: z.string().nullable().describe('The source’s code, e.g. RSK-4 or GATE-2.'),
  completedAt: Timestamp.nullable(),
});
export type Action = z.infer<typeof Action>;
export const ActionCreate = z
  .object({ ...createFields, status: ActionStatus.default('open'), dueDate: IsoDate.nullable().default(null), sourceType: ActionSource.nullable().default(null), sourceId: Id.nullable().default(null) })
  .strict();
export type ActionCreate = z.infer<typeof ActionCreate>;
export const ActionUpdate = z.object({ ...updateFields, status: ActionStatus.optional(), dueDate: IsoDate.nullable().optional() }).strict();
export type ActionUpdate = z.infer<typeof ActionUpdate>;
export const ActionListQuery = z
  .object({
    ...listFilters,
    status: statusFilter(ACTION_STATUSES),
    sourceType: ActionSource.optional(),
    sourceId: Id.optional(),
    overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('Only actions that are (or are not) overdue.'),
    sort: sortOf([...COMMON_SORTS, 'dueDate']).default('dueDate'),
  })
  .strict();
export const ActionPage = pageOf(Action);

// ---------------------------------------------------------------------------------------------
// Dependencies between projects

export const DEPENDENCY_STATUSES = ['open', 'at_risk', 'delivered', 'cancelled'] as const;
export const DependencyStatus = z.enum(DEPENDENCY_STATUSES);
export const Dependency = z.object({
  ...itemFields,
  projectId: Id.describe('The consumer: the project that needs something.'),
  description: z.string().describe('What is needed.'),
  status: DependencyStatus,
  providerProjectId: Id,
  providerProjectCode: z.string(),
  providerProjectName: z.string(),
  providerTaskId: Id.nullable().describe('The task of the provider’s schedule that delivers it.'),
  providerTaskName: z.string().nullable(),
  neededBy: IsoDate,
  forecastDate: IsoDate.nullable().describe('When the provider’s task is now scheduled to finish.'),
  slipDays: z.number().int().nullable().describe('Calendar days the forecast lies after the need (negative: days to spare).'),
  threatened: z.boolean().describe('Not yet delivered, and the forecast (or today) is past the date it is needed by.'),
});
export type Dependency = z.infer<typeof Dependency>;
export const DependencyCreate = z
  .object({ ...createFields, status: DependencyStatus.default('open'), providerProjectId: Id, providerTaskId: Id.nullable().default(null), neededBy: IsoDate })
  .strict();
export type DependencyCreate = z.infer<typeof DependencyCreate>;
export const DependencyUpdate = z
  .object({ ...updateFields, status: DependencyStatus.optional(), providerProjectId: Id.optional(), providerTaskId: Id.nullable().optional(), neededBy: IsoDate.optional() })
  .strict();
export type DependencyUpdate = z.infer<typeof DependencyUpdate>;
export const DependencyListQuery = z
  .object({
    ...listFilters,
    status: statusFilter(DEPENDENCY_STATUSES),
    providerProjectId: Id.optional().describe('Only what this project provides to others.'),
    involvingProjectId: Id.optional().describe('What this project needs or provides.'),
    sort: sortOf([...COMMON_SORTS, 'neededBy']).default('neededBy'),
  })
  .strict();
export const DependencyPage = pageOf(Dependency);

// ---------------------------------------------------------------------------------------------
// The risk matrix and the heat map

const Level = z.object({ value: z.number().int().min(1).max(10), label: z.string().trim().min(1).max(60), description: z.string().max(300).default('') }).strict();
const Band = z
  .object({ key: z.string().trim().min(1).max(40), label: z.string().trim().min(1).max(60), minScore: z.number().int().min(1).max(100), color: z.string().max(20) })
  .strict();
export const RiskMatrixBody = z.object({ probability: z.array(Level).min(1).max(10), impact: z.array(Level).min(1).max(10), bands: z.array(Band).min(1).max(10) }).strict();
export type RiskMatrixBody = z.infer<typeof RiskMatrixBody>;
export const RiskMatrix = z.object({
  probability: z.array(z.object({ value: z.number().int(), label: z.string(), description: z.string() })),
  impact: z.array(z.object({ value: z.number().int(), label: z.string(), description: z.string() })),
  bands: z.array(z.object({ key: z.string(), label: z.string(), minScore: z.number().int(), color: z.string() })),
  version: z.number().int().min(0).describe('0 while the PMO has not changed the default matrix; send it back in If-Match.'),
});
export type RiskMatrix = z.infer<typeof RiskMatrix>;

export const HeatMapQuery = z
  .object({
    projectId: Id.optional(),
    portfolioId: Id.optional(),
    programId: Id.optional(),
    rating: z.enum(['inherent', 'residual']).default('inherent').describe('Before the response, or after it (risks without a residual rating count at their inherent one).'),
    status: statusFilter(RISK_STATUSES).describe('Default: open.'),
  })
  .strict();
export type HeatMapQuery = z.infer<typeof HeatMapQuery>;
export const HeatMap = z.object({
  matrix: RiskMatrix,
  rating: z.enum(['inherent', 'residual']),
  total: z.number().int(),
  cells: z.array(z.object({ probability: z.number().int(), impact: z.number().int(), score: z.number().int(), band: z.string(), count: z.number().int() })),
});
export type HeatMap = z.infer<typeof HeatMap>;

export const RaidExportQuery = z
  .object({
    projectId: Id.optional(),
    portfolioId: Id.optional(),
    programId: Id.optional(),
    kinds: z
      .string()
      .max(200)
      .default(RAID_KINDS.join(','))
      .transform((v, ctx) => {
        const values = v.split(',').map((s) => s.trim()).filter(Boolean);
        const unknown = values.filter((s) => !(RAID_KINDS as readonly string[]).includes(s));
        if (unknown.length > 0 || values.length === 0) ctx.addIssue({ code: 'custom', message: `Name logs from ${RAID_KINDS.join(', ')}, comma-separated.` });
        return [...new Set(values)] as RaidKind[];
      })
      .describe('The logs to export (default: all six); CSV takes exactly one.'),
    format: z.enum(['csv', 'xlsx']).default('xlsx'),
  })
  .strict();
export type RaidExportQuery = z.infer<typeof RaidExportQuery>;
