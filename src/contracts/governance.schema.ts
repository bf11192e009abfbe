// Governance: the methodology library (lifecycles of phases, each ended by a gate with its
// checklist and required deliverables), the PMO's operating model, a project's deliverables, and
// gate reviews from request to decision.
import { z } from 'zod';
import { Description, Id, IsoDate, Timestamp, Version, pageOf } from './common.schema.ts';

export const MethodologyKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Keys are lower-case words joined by _, such as predictive or plan_phase.')
  .describe('The methodology’s key, e.g. predictive, agile, hybrid.');
const Key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Keys are lower-case words joined by _, such as business_case.');
const Label = z.string().trim().min(1).max(200);
const Text = z.string().max(2000);

export const OPERATING_MODELS = ['supportive', 'controlling', 'directive'] as const;
export const OperatingModel = z
  .enum(OPERATING_MODELS)
  .describe('supportive: a missing deliverable or failed criterion only warns; controlling: it needs a recorded waiver; directive: it blocks the gate.');
export const APPROVER_ROLES = ['sponsor', 'pmo', 'project_manager', 'steering_committee'] as const;
export const LIFECYCLES = ['predictive', 'agile', 'hybrid'] as const;

const Criterion = z.object({ key: Key, text: Label, mandatory: z.boolean() }).strict();
const Requirement = z.object({ key: Key, name: Label, description: Text.default(''), mandatory: z.boolean() }).strict();
const Gate = z
  .object({
    key: Key,
    name: Label,
    purpose: Text.default(''),
    approverRoles: z.array(z.enum(APPROVER_ROLES)).min(1).max(4),
    criteria: z.array(Criterion).max(50),
    deliverables: z.array(Requirement).max(50),
  })
  .strict();
const Phase = z.object({ key: Key, name: Label, description: Text.default(''), gate: Gate.nullable() }).strict();

export const MethodologyBody = z
  .object({ name: Label, description: Text.default(''), lifecycle: z.enum(LIFECYCLES), phases: z.array(Phase).min(1).max(20) })
  .strict();
export type MethodologyBody = z.infer<typeof MethodologyBody>;
export const Methodology = MethodologyBody.extend({
  key: z.string(),
  builtIn: z.boolean().describe('Shipped with Orrery (the PMO may still edit it).'),
  version: z.number().int().min(0).describe('0 for a built-in methodology never edited; send it back in If-Match.'),
});
export type Methodology = z.infer<typeof Methodology>;
export const MethodologyList = z.object({ items: z.array(Methodology) });
export const MethodologyParams = z.object({ key: MethodologyKey }).strict();

export const GovernanceSettings = z.object({ operatingModel: OperatingModel, version: z.number().int().min(0) });
export type GovernanceSettings = z.infer<typeof GovernanceSettings>;
export const GovernanceSettingsBody = z.object({ operatingModel: OperatingModel }).strict();

// ---------------------------------------------------------------------------------------------
// Deliverables

export const DELIVERABLE_STATUSES = ['draft', 'final', 'approved'] as const;
export const DeliverableStatus = z.enum(DELIVERABLE_STATUSES).describe('Only final or approved deliverables count for a gate.');
export const Deliverable = z.object({
  id: Id,
  projectId: Id,
  requirementKey: z.string().describe('The requirement it meets, e.g. business_case.'),
  title: z.string(),
  status: DeliverableStatus,
  url: z.string().nullable(),
  body: z.string().describe('Markdown.'),
  createdBy: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Deliverable = z.infer<typeof Deliverable>;
const Url = z.url({ protocol: /^https?$/ }).max(2000);
export const DeliverableCreate = z
  .object({ requirementKey: Key, title: Label, status: DeliverableStatus.default('draft'), url: Url.nullable().default(null), body: Description.default('') })
  .strict();
export type DeliverableCreate = z.infer<typeof DeliverableCreate>;
export const DeliverableUpdate = z
  .object({ requirementKey: Key.optional(), title: Label.optional(), status: DeliverableStatus.optional(), url: Url.nullable().optional(), body: Description.optional() })
  .strict();
export type DeliverableUpdate = z.infer<typeof DeliverableUpdate>;
export const DeliverableList = z.object({ items: z.array(Deliverable) });

// ---------------------------------------------------------------------------------------------
// Gate reviews

export const GATE_DECISIONS = ['go', 'go_with_conditions', 'hold', 'recycle', 'stop'] as const;
export const GateDecision = z
  .enum(GATE_DECISIONS)
  .describe('go: on to the next phase; go_with_conditions: on, with conditions tracked as actions; hold: stay and come back; recycle: rework this phase; stop: the project stops.');
export const GATE_REVIEW_STATUSES = ['requested', 'decided', 'withdrawn'] as const;
export const CRITERION_OUTCOMES = ['met', 'not_met', 'not_applicable'] as const;

const ChecklistAnswer = z.object({ criterionKey: Key, outcome: z.enum(CRITERION_OUTCOMES).nullable(), comment: z.string().max(2000).default('') }).strict();
const Waiver = z.object({ itemKey: Key, reason: z.string().trim().min(1, 'Say why the item is waived.').max(2000) }).strict();
const Condition = z.object({ text: z.string().trim().max(500), dueDate: IsoDate.nullable().default(null), ownerId: Id.nullable().default(null) }).strict();

export const ReadinessItem = z.object({
  kind: z.enum(['criterion', 'deliverable', 'policy']),
  key: z.string(),
  text: z.string(),
  state: z.enum(['ok', 'warning', 'needs_waiver', 'waived', 'blocking']),
  reason: z.string(),
});
export const Readiness = z.object({
  operatingModel: OperatingModel,
  items: z.array(ReadinessItem),
  blocking: z.number().int(),
  warnings: z.number().int(),
  needsWaiver: z.number().int(),
  canGo: z.boolean().describe('No item blocks and none waits for a waiver.'),
});
export type Readiness = z.infer<typeof Readiness>;

export const GateReview = z.object({
  id: Id,
  code: z.string(),
  projectId: Id,
  projectCode: z.string(),
  projectName: z.string(),
  methodologyKey: z.string(),
  phaseKey: z.string(),
  phaseName: z.string(),
  gate: Gate,
  status: z.enum(GATE_REVIEW_STATUSES),
  note: z.string(),
  approverIds: z.array(Id).describe('People named as approvers besides the gate’s roles.'),
  approverRoles: z.array(z.enum(APPROVER_ROLES)),
  canDecide: z.boolean().describe('Whether you may decide this review.'),
  checklist: z.array(z.object({ criterionKey: z.string(), outcome: z.enum(CRITERION_OUTCOMES).nullable(), comment: z.string() })),
  waivers: z.array(z.object({ itemKey: z.string(), reason: z.string(), by: Id.nullable(), at: Timestamp })),
  deliverables: z.array(z.object({ requirementKey: z.string(), name: z.string(), mandatory: z.boolean(), present: z.boolean(), deliverableIds: z.array(Id) })),
  readiness: Readiness.describe('Live while requested; the evidence decided on once decided.'),
  requestedBy: Id.nullable(),
  requestedByName: z.string().nullable(),
  decision: GateDecision.nullable(),
  decisionComment: z.string(),
  conditions: z.array(z.object({ text: z.string(), dueDate: IsoDate.nullable(), ownerId: Id.nullable(), actionId: Id.nullable() })),
  decidedBy: Id.nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
  decisionId: Id.nullable().describe('The entry in the project’s decision log.'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type GateReview = z.infer<typeof GateReview>;
export const GateReviewRequest = z
  .object({ note: z.string().max(5000).default(''), approverIds: z.array(Id).max(20).default([]) })
  .strict();
export type GateReviewRequest = z.infer<typeof GateReviewRequest>;
export const GateReviewUpdate = z
  .object({ checklist: z.array(ChecklistAnswer).max(50).optional(), waivers: z.array(Waiver).max(50).optional(), note: z.string().max(5000).optional(), approverIds: z.array(Id).max(20).optional() })
  .strict();
export type GateReviewUpdate = z.infer<typeof GateReviewUpdate>;
export const GateDecisionBody = z
  .object({ decision: GateDecision, comment: z.string().max(5000).default(''), conditions: z.array(Condition).max(20).default([]) })
  .strict();
export type GateDecisionBody = z.infer<typeof GateDecisionBody>;
export const GateReviewListQuery = z
  .object({
    projectId: Id.optional(),
    status: z.enum(GATE_REVIEW_STATUSES).optional(),
    awaitingMe: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('Only reviews waiting for a decision I may take (my approval queue).'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type GateReviewListQuery = z.infer<typeof GateReviewListQuery>;
export const GateReviewPage = pageOf(GateReview);
export const GateReviewExportQuery = z
  .object({ projectId: Id.optional(), status: z.enum(GATE_REVIEW_STATUSES).optional(), format: z.enum(['csv', 'xlsx']).default('xlsx') })
  .strict();
export type GateReviewExportQuery = z.infer<typeof GateReviewExportQuery>;

// ---------------------------------------------------------------------------------------------
// A project's governance at a glance

export const ProjectGovernance = z.object({
  projectId: Id,
  methodology: Methodology,
  phaseKey: z.string(),
  phases: z.array(z.object({ key: z.string(), name: z.string(), state: z.enum(['done', 'current', 'next']), gateName: z.string().nullable() })),
  currentGate: Gate.nullable().describe('The gate that ends the current phase.'),
  readiness: Readiness.nullable().describe('How ready the current gate is now (checklist unanswered until a review is requested).'),
  openReviewId: Id.nullable(),
  deliverables: z.array(Deliverable),
});
export type ProjectGovernance = z.infer<typeof ProjectGovernance>;
