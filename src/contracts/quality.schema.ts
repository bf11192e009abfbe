// Quality assurance reviews (project health checks, schedule quality checks, audits): the PMO's
// library of review types, reviews of a project with their checklist, score and RAG, and findings
// followed up until a reviewer closes them. Corrective actions are RAID actions whose source is a
// finding (sourceType "review").
import { z } from 'zod';
import { Id, IsoDate, Timestamp, Version, pageOf } from './common.schema.ts';
import { COMMON_SORTS, Title, createFields, itemFields, listFilters, sortOf, statusFilter, updateFields } from './raid.schema.ts';

const Key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Keys are lower-case words joined by _, such as plan_baselined.');
const Label = z.string().trim().min(1).max(200);
const Text = z.string().max(2000);

// ---------------------------------------------------------------------------------------------
// Review types

export const ReviewTypeKey = Key.describe('The review type’s key, e.g. project_health_check.');
export const ReviewTypeParams = z.object({ key: ReviewTypeKey }).strict();
const Question = z.object({ key: Key, area: z.string().trim().min(1).max(80), text: z.string().trim().min(1).max(500), guidance: Text.default('') }).strict();
export const ReviewTypeBody = z.object({ name: Label, description: Text.default(''), questions: z.array(Question).min(1).max(100) }).strict();
export type ReviewTypeBody = z.infer<typeof ReviewTypeBody>;
export const ReviewType = ReviewTypeBody.extend({
  key: z.string(),
  builtIn: z.boolean().describe('Shipped with Orrery (the PMO may still edit it).'),
  version: z.number().int().min(0).describe('0 for a built-in type never edited; send it back in If-Match.'),
});
export type ReviewType = z.infer<typeof ReviewType>;
export const ReviewTypeList = z.object({ items: z.array(ReviewType) });

// ---------------------------------------------------------------------------------------------
// Reviews

export const QUALITY_REVIEW_STATUSES = ['planned', 'in_progress', 'completed', 'closed', 'cancelled'] as const;
export const QualityReviewStatus = z
  .enum(QUALITY_REVIEW_STATUSES)
  .describe('planned → in_progress → completed (every question answered) → closed (by itself when the last finding closes); planned or in_progress → cancelled; completed → in_progress to correct answers.');
export const ANSWER_OUTCOMES = ['compliant', 'partially', 'non_compliant', 'not_applicable'] as const;
export const AnswerOutcome = z.enum(ANSWER_OUTCOMES);
export const Rag = z.enum(['green', 'amber', 'red']).describe('green: score ≥ 80; amber: ≥ 60; red: below.');

const AnswerBody = z.object({ questionKey: Key, outcome: AnswerOutcome.nullable().describe('null clears the answer.'), comment: Text.default('') }).strict();
const Tally = z.object({ compliant: z.number().int(), partially: z.number().int(), nonCompliant: z.number().int(), notApplicable: z.number().int(), unanswered: z.number().int() });

export const QualityReview = z.object({
  id: Id,
  code: z.string(),
  projectId: Id,
  projectCode: z.string(),
  projectName: z.string(),
  typeKey: z.string(),
  typeName: z.string(),
  title: z.string(),
  scope: z.string().describe('What the review looks at.'),
  summary: z.string().describe('The reviewers’ conclusion.'),
  status: QualityReviewStatus,
  plannedDate: IsoDate,
  reviewers: z.array(z.object({ id: Id, name: z.string() })),
  canEdit: z.boolean().describe('Whether you may answer, change and add findings to this review (its reviewers, PMO, admin).'),
  questions: z.array(z.object({ key: z.string(), area: z.string(), text: z.string(), guidance: z.string(), outcome: AnswerOutcome.nullable(), comment: z.string() })),
  score: z.number().min(0).max(100).nullable().describe('Share of applicable questions answered compliant, partially counting half (one decimal); null until one is answered.'),
  rag: Rag.nullable(),
  tally: Tally,
  areas: z.array(z.object({ area: z.string(), score: z.number().nullable(), rag: Rag.nullable() })),
  unanswered: z.array(z.string()).describe('Keys of the questions not answered yet.'),
  findings: z.object({ total: z.number().int(), notClosed: z.number().int(), overdue: z.number().int() }),
  startedAt: Timestamp.nullable(),
  completedAt: Timestamp.nullable(),
  completedBy: Id.nullable(),
  closedAt: Timestamp.nullable(),
  createdBy: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type QualityReview = z.infer<typeof QualityReview>;
export const QualityReviewCreate = z
  .object({
    typeKey: ReviewTypeKey,
    title: Title.optional().describe('Default: the review type’s name.'),
    scope: Text.default(''),
    plannedDate: IsoDate,
    reviewerIds: z.array(Id).max(10).default([]).describe('Any people (a PMO member, an outside assessor); default: you.'),
  })
  .strict();
export type QualityReviewCreate = z.infer<typeof QualityReviewCreate>;
export const QualityReviewUpdate = z
  .object({
    title: Title.optional(),
    scope: Text.optional(),
    summary: Text.optional(),
    plannedDate: IsoDate.optional(),
    reviewerIds: z.array(Id).min(1).max(10).optional(),
    answers: z.array(AnswerBody).max(100).optional().describe('Answers to merge into the checklist, by question key.'),
    status: QualityReviewStatus.optional(),
  })
  .strict();
export type QualityReviewUpdate = z.infer<typeof QualityReviewUpdate>;
export const QualityReviewListQuery = z
  .object({
    projectId: Id.optional(),
    status: QualityReviewStatus.optional(),
    type: ReviewTypeKey.optional(),
    reviewerId: Id.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type QualityReviewListQuery = z.infer<typeof QualityReviewListQuery>;
export const QualityReviewPage = pageOf(QualityReview);
export const QualityReviewExportQuery = QualityReviewListQuery.omit({ limit: true, cursor: true }).extend({ format: z.enum(['csv', 'xlsx']).default('xlsx').describe('xlsx (default) or csv.') }).strict();
export type QualityReviewExportQuery = z.infer<typeof QualityReviewExportQuery>;

// ---------------------------------------------------------------------------------------------
// Findings

export const FINDING_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export const FindingStatus = z.enum(FINDING_STATUSES).describe('open → in_progress → resolved (its owner) → closed (a reviewer or the PMO, after verifying).');
export const FINDING_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const FindingSeverity = z.enum(FINDING_SEVERITIES);

export const FindingBase = z.object({
  ...itemFields,
  status: FindingStatus,
  reviewId: Id,
  reviewCode: z.string(),
  questionKey: z.string().nullable().describe('The checklist question the finding answers to, if any.'),
  severity: FindingSeverity,
  dueDate: IsoDate.nullable(),
  overdue: z.boolean().describe('Not resolved yet and its due date has passed.'),
  awaitingVerification: z.boolean().describe('Resolved, waiting for a reviewer to verify and close it.'),
  resolution: z.string().describe('What was done about it.'),
  resolvedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  verifiedBy: Id.nullable(),
  verifiedByName: z.string().nullable(),
});
export type FindingBase = z.infer<typeof FindingBase>;
export const Finding = FindingBase.extend({
  actions: z
    .array(z.object({ id: Id, code: z.string(), title: z.string(), status: z.string(), ownerId: Id.nullable(), dueDate: IsoDate.nullable(), overdue: z.boolean() }))
    .describe('Its corrective actions (RAID actions with sourceType review and this finding as source).'),
});
export type Finding = z.infer<typeof Finding>;
export const FindingCreate = z
  .object({ ...createFields, questionKey: Key.nullable().default(null), severity: FindingSeverity.default('medium'), dueDate: IsoDate.nullable().default(null) })
  .strict();
export type FindingCreate = z.infer<typeof FindingCreate>;
export const FindingUpdate = z
  .object({ ...updateFields, questionKey: Key.nullable().optional(), severity: FindingSeverity.optional(), dueDate: IsoDate.nullable().optional(), status: FindingStatus.optional(), resolution: Text.optional() })
  .strict();
export type FindingUpdate = z.infer<typeof FindingUpdate>;
export const FindingListQuery = z
  .object({
    ...listFilters,
    reviewId: Id.optional(),
    status: statusFilter(FINDING_STATUSES).describe('One or more of open, in_progress, resolved, closed, comma-separated. Default: all but closed (the follow-up list).'),
    severity: FindingSeverity.optional(),
    overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('Only findings that are (or are not) overdue.'),
    sort: sortOf([...COMMON_SORTS, 'dueDate', 'severity']).default('dueDate'),
  })
  .strict();
export type FindingListQuery = z.infer<typeof FindingListQuery>;
export const FindingPage = pageOf(Finding);
export const FindingExportQuery = FindingListQuery.omit({ limit: true, cursor: true, sort: true }).extend({ format: z.enum(['csv', 'xlsx']).default('xlsx').describe('xlsx (default) or csv.') }).strict();
export type FindingExportQuery = z.infer<typeof FindingExportQuery>;
