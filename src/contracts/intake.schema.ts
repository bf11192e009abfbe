// Project requests (intake): the request form with the PMO's own fields, the triage steps from
// draft to a decision with their comments, the business case, and approval into a project from a
// template. The steps themselves are the core's (core/intake/request-workflow.ts).
import { z } from 'zod';
import { Description, Id, IsoDate, Money, Name, Timestamp, Version, pageOf } from './common.schema.ts';
import { BusinessCase } from './business-case.schema.ts';
import { TemplateKey } from './template.schema.ts';
import { Code } from './register.schema.ts';

export const REQUEST_STATUSES = ['draft', 'submitted', 'screening', 'business_case', 'approved', 'rejected', 'deferred', 'withdrawn'] as const;
export const RequestStatus = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatus>;
export const REQUEST_STEPS = ['submit', 'screen', 'build_case', 'reject', 'defer', 'reopen', 'withdraw'] as const;
export const RequestStepAction = z.enum(REQUEST_STEPS).describe('submit and withdraw: the requester; the rest: the PMO. Approving is its own operation.');
export const RequestAction = z.enum([...REQUEST_STEPS, 'approve']);

// The PMO's fields on the form
export const IntakeField = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Keys are lower-case letters, digits and _, starting with a letter, such as regulatory_deadline.'),
    label: z.string().trim().min(1, 'Give the field a label.').max(120),
    type: z.enum(['text', 'number', 'date', 'choice']),
    required: z.boolean().default(false).describe('Must be filled in to submit the request.'),
    options: z.array(z.string().trim().min(1).max(120)).max(50).default([]).describe('The choices of a choice field.'),
    help: z.string().max(500).default(''),
  })
  .strict();
export type IntakeField = z.infer<typeof IntakeField>;
export const IntakeFieldsBody = z.object({ fields: z.array(IntakeField).max(40) }).strict();
export type IntakeFieldsBody = z.infer<typeof IntakeFieldsBody>;
export const IntakeFields = z.object({ fields: z.array(IntakeField), version: z.number().int().min(0).describe('0 until the PMO saves them; send it back in If-Match.') });
export type IntakeFields = z.infer<typeof IntakeFields>;

export const IntakeValue = z.union([z.string().max(5000), z.number()]);
const FieldValues = z.record(z.string().max(40), IntakeValue).describe('Values of the PMO’s intake fields, by key.');

export const RequestHistoryEntry = z.object({
  at: Timestamp,
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  action: z.enum(['create', 'comment', ...REQUEST_STEPS, 'approve']),
  from: RequestStatus.nullable(),
  to: RequestStatus,
  comment: z.string(),
});
export type RequestHistoryEntry = z.infer<typeof RequestHistoryEntry>;

const PersonRef = z.object({ id: Id, name: z.string() });

export const ProjectRequest = z.object({
  id: Id,
  code: z.string(),
  title: z.string(),
  problem: z.string(),
  objectives: z.string(),
  objectiveIds: z.array(Id).describe('The strategic objectives (the register’s) the request serves.'),
  expectedBenefits: z.string(),
  costEstimate: Money.nullable(),
  durationEstimateMonths: z.number().int().nullable(),
  desiredStart: IsoDate.nullable(),
  keyRisks: z.string(),
  sponsorId: Id.nullable(),
  portfolioId: Id.nullable(),
  programId: Id.nullable(),
  requester: PersonRef.nullable(),
  status: RequestStatus,
  reviewers: z.array(PersonRef).describe('People the PMO named to review the request; they read and comment.'),
  fields: FieldValues,
  businessCase: BusinessCase.nullable(),
  project: z.object({ id: Id, code: z.string(), name: z.string() }).nullable().describe('The project an approved request became.'),
  decidedBy: Id.nullable(),
  decidedAt: Timestamp.nullable(),
  history: z.array(RequestHistoryEntry).describe('Every step and comment, oldest first.'),
  canEdit: z.boolean().describe('The reader may change the request’s content now.'),
  actions: z.array(RequestAction).describe('The steps the reader may take now.'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type ProjectRequest = z.infer<typeof ProjectRequest>;

const Text = Description.default('');
export const ProjectRequestCreate = z
  .object({
    title: Name,
    problem: Text.describe('The problem or opportunity.'),
    objectives: Text.describe('What the project should achieve.'),
    objectiveIds: z.array(Id).max(50).default([]),
    expectedBenefits: Text,
    costEstimate: Money.nullable().default(null),
    durationEstimateMonths: z.number().int().min(1).max(240).nullable().default(null),
    desiredStart: IsoDate.nullable().default(null),
    keyRisks: Text,
    sponsorId: Id.nullable().default(null),
    portfolioId: Id.nullable().default(null).describe('The target portfolio; required to submit.'),
    programId: Id.nullable().default(null),
    fields: FieldValues.default({}),
  })
  .strict();
export type ProjectRequestCreate = z.infer<typeof ProjectRequestCreate>;

export const ProjectRequestUpdate = z
  .object({
    title: Name.optional(),
    problem: Description.optional(),
    objectives: Description.optional(),
    objectiveIds: z.array(Id).max(50).optional(),
    expectedBenefits: Description.optional(),
    costEstimate: Money.nullable().optional(),
    durationEstimateMonths: z.number().int().min(1).max(240).nullable().optional(),
    desiredStart: IsoDate.nullable().optional(),
    keyRisks: Description.optional(),
    sponsorId: Id.nullable().optional(),
    portfolioId: Id.nullable().optional(),
    programId: Id.nullable().optional(),
    fields: FieldValues.optional().describe('Replaces every value of the PMO’s fields.'),
    reviewerIds: z.array(Id).max(20).optional().describe('The PMO names the reviewers.'),
  })
  .strict();
export type ProjectRequestUpdate = z.infer<typeof ProjectRequestUpdate>;

export const ProjectRequestListQuery = z
  .object({
    q: z.string().trim().max(200).optional().describe('Search in title and code.'),
    status: RequestStatus.optional(),
    portfolioId: Id.optional(),
    projectId: Id.optional().describe('The request a project came from.'),
    limit: z.coerce.number().int().min(1).max(200).default(100),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type ProjectRequestListQuery = z.infer<typeof ProjectRequestListQuery>;
export const ProjectRequestPage = pageOf(ProjectRequest);

const Comment = z.string().max(5000).default('');
export const RequestStepBody = z.object({ action: RequestStepAction, comment: Comment.describe('Why; required to reject or defer.') }).strict();
export type RequestStepBody = z.infer<typeof RequestStepBody>;
export const RequestCommentBody = z.object({ comment: z.string().trim().min(1, 'Write the comment.').max(5000) }).strict();
export type RequestCommentBody = z.infer<typeof RequestCommentBody>;

export const RequestApproveBody = z
  .object({
    templateKey: TemplateKey,
    comment: Comment,
    code: Code.optional().describe('The new project’s code; default: the next PRJ code.'),
    name: Name.optional().describe('Default: the request’s title.'),
    managerId: Id.nullable().default(null),
    plannedStart: IsoDate.nullable().default(null).describe('Default: the request’s desired start.'),
  })
  .strict();
export type RequestApproveBody = z.infer<typeof RequestApproveBody>;
