// Change requests of a project: what changes and why, its impact on scope, cost and risk, and the
// edits it proposes to the schedule; the change board's decision; the what-if that shows where the
// plan would finish; and, once applied, the baseline it was saved as and what moved.
import { z } from 'zod';
import { CurrencyCode, Description, Id, Timestamp, pageOf } from './common.schema.ts';
import { COMMON_SORTS, createFields, itemFields, listFilters, sortOf, statusFilter, updateFields } from './raid.schema.ts';
import { ConstraintType, DurationMinutes, LocalDateTime, Moved, ScheduleLinkCreate } from './schedule.schema.ts';

export const CHANGE_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'deferred', 'applied', 'withdrawn'] as const;
export const ChangeStatus = z.enum(CHANGE_STATUSES);
export const CHANGE_CATEGORIES = ['scope', 'schedule', 'cost', 'quality', 'other'] as const;
export const ChangeCategory = z.enum(CHANGE_CATEGORIES);
export const CHANGE_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export const ChangePriority = z.enum(CHANGE_PRIORITIES);
export const CHANGE_DECISIONS = ['approved', 'rejected', 'deferred'] as const;
export const ChangeDecision = z.enum(CHANGE_DECISIONS);

/** Money that may be negative (a change may save money): integer minor units and a currency. */
export const SignedMoney = z
  .object({ amountMinor: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).describe('Minor units, e.g. cents; negative: a saving.'), currency: CurrencyCode })
  .strict();

const TaskId = Id.describe('A task of the project’s schedule.');
export const ScheduleEdit = z
  .discriminatedUnion('op', [
    z.object({ op: z.literal('set_duration'), taskId: TaskId, durationMinutes: DurationMinutes }).strict(),
    z
      .object({
        op: z.literal('add_task'),
        name: z.string().trim().min(1, 'Give the task a name.').max(400),
        durationMinutes: DurationMinutes.default(480),
        milestone: z.boolean().default(false),
        afterTaskId: TaskId.nullable().default(null).describe('The new task follows this one (finish-to-start).'),
        beforeTaskId: TaskId.nullable().default(null).describe('This task follows the new one (finish-to-start).'),
      })
      .strict(),
    z.object({ op: z.literal('add_link'), predecessorId: TaskId, successorId: TaskId, type: ScheduleLinkCreate.shape.type, lagMinutes: ScheduleLinkCreate.shape.lagMinutes }).strict(),
    z.object({ op: z.literal('remove_link'), linkId: Id.describe('A link of the project’s schedule.') }).strict(),
    z.object({ op: z.literal('set_constraint'), taskId: TaskId, type: ConstraintType, date: LocalDateTime.nullable().default(null).describe('Required except for ASAP and ALAP.') }).strict(),
  ])
  .describe('One edit of the schedule: change a duration or a constraint, add a task (appended to the plan, linked after/before given tasks), add or remove a link.');
export type ScheduleEdit = z.infer<typeof ScheduleEdit>;
const Edits = z.array(ScheduleEdit).max(100);

export const ChangeHistoryEntry = z.object({
  at: Timestamp,
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  action: z.enum(['create', 'submit', 'approve', 'reject', 'defer', 'apply', 'withdraw']),
  from: ChangeStatus.nullable(),
  to: ChangeStatus,
  comment: z.string(),
});
export type ChangeHistoryEntry = z.infer<typeof ChangeHistoryEntry>;

export const ChangeRequest = z.object({
  ...itemFields,
  description: z.string().describe('What changes.'),
  status: ChangeStatus,
  category: ChangeCategory,
  priority: ChangePriority,
  reason: z.string().describe('Why the change is needed.'),
  requestedBy: z.string().describe('Who asked for it (a person or a party, possibly outside Orrery).'),
  scopeImpact: z.string(),
  costImpact: SignedMoney.nullable(),
  riskImpact: z.string(),
  scheduleEdits: z.array(ScheduleEdit),
  canDecide: z.boolean().describe('The reader sits on the change board for it and it awaits a decision.'),
  decision: ChangeDecision.nullable().describe('The board’s latest decision.'),
  decisionComment: z.string(),
  decidedBy: Id.nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
  decisionId: Id.nullable().describe('The entry in the project’s decision log.'),
  applied: z
    .object({
      at: Timestamp,
      by: Id.nullable(),
      baselineNumber: z.number().int(),
      baselineName: z.string(),
      finishBefore: LocalDateTime.nullable(),
      finishAfter: LocalDateTime.nullable(),
      moved: z.array(Moved).describe('Tasks that were in the plan and moved.'),
      addedTaskIds: z.array(Id).describe('Tasks the change added.'),
    })
    .nullable()
    .describe('When the change was applied to the plan, the baseline saved, and what moved.'),
  history: z.array(ChangeHistoryEntry).describe('Every step, oldest first.'),
});
export type ChangeRequest = z.infer<typeof ChangeRequest>;

const ownFields = {
  category: ChangeCategory.default('scope'),
  priority: ChangePriority.default('medium'),
  reason: Description.default(''),
  requestedBy: z.string().trim().max(200).default(''),
  scopeImpact: Description.default(''),
  costImpact: SignedMoney.nullable().default(null),
  riskImpact: Description.default(''),
  scheduleEdits: Edits.default([]),
};
export const ChangeRequestCreate = z.object({ ...createFields, ...ownFields }).strict();
export type ChangeRequestCreate = z.infer<typeof ChangeRequestCreate>;
export const ChangeRequestUpdate = z
  .object({
    ...updateFields,
    category: ChangeCategory.optional(),
    priority: ChangePriority.optional(),
    reason: Description.optional(),
    requestedBy: z.string().trim().max(200).optional(),
    scopeImpact: Description.optional(),
    costImpact: SignedMoney.nullable().optional(),
    riskImpact: Description.optional(),
    scheduleEdits: Edits.optional(),
  })
  .strict();
export type ChangeRequestUpdate = z.infer<typeof ChangeRequestUpdate>;

const projectListFields = {
  ...listFilters,
  status: statusFilter(CHANGE_STATUSES),
  category: ChangeCategory.optional(),
  awaitingMe: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('Only submitted requests I may decide: my change board queue.'),
  sort: sortOf([...COMMON_SORTS, 'priority']).default('-createdAt'),
};
export const ChangeRequestListQuery = z.object(projectListFields).strict();
export type ChangeRequestListQuery = z.infer<typeof ChangeRequestListQuery>;
export const ProjectChangeRequestListQuery = ChangeRequestListQuery.omit({ projectId: true, portfolioId: true, programId: true });
export type ProjectChangeRequestListQuery = z.infer<typeof ProjectChangeRequestListQuery>;
export const ChangeRequestPage = pageOf(ChangeRequest);
export const ChangeRequestExportQuery = z.object(projectListFields).omit({ limit: true, cursor: true, sort: true, awaitingMe: true }).extend({ format: z.enum(['csv', 'xlsx']).default('xlsx').describe('xlsx (default) or csv.') }).strict();
export type ChangeRequestExportQuery = z.infer<typeof ChangeRequestExportQuery>;

const Comment = z.string().max(5000).default('');
export const ChangeSubmit = z.object({ comment: Comment }).strict();
export type ChangeSubmit = z.infer<typeof ChangeSubmit>;
export const ChangeDecisionBody = z.object({ decision: ChangeDecision, comment: Comment.describe('Why; required to reject or defer.') }).strict();
export type ChangeDecisionBody = z.infer<typeof ChangeDecisionBody>;
export const ChangeApply = z
  .object({ comment: Comment, baselineNumber: z.number().int().min(1).max(10).optional().describe('Overwrite this baseline; default: the first of 1–10 not yet saved.') })
  .strict();
export type ChangeApply = z.infer<typeof ChangeApply>;

const TaskRef = z.object({ taskId: Id.nullable().describe('Null for a task the change would add.'), name: z.string() });
export const ChangeImpact = z.object({
  changeRequestId: Id,
  code: z.string(),
  projectFinishBefore: LocalDateTime.nullable(),
  projectFinishAfter: LocalDateTime.nullable(),
  finishDeltaWorkingDays: z.number().describe('Working days of the project calendar the finish moves (negative: earlier).'),
  moved: z.array(Moved).describe('Existing tasks whose start or finish would change.'),
  addedTasks: z.array(z.object({ name: z.string(), start: LocalDateTime.nullable(), finish: LocalDateTime.nullable(), critical: z.boolean() })),
  criticalPath: z.object({ before: z.array(TaskRef), after: z.array(TaskRef), joined: z.array(TaskRef), left: z.array(TaskRef) }),
  warnings: z.array(z.object({ taskId: Id.nullable(), name: z.string(), message: z.string() })).describe('Tasks that would newly miss a constraint or deadline.'),
  costImpact: SignedMoney.nullable(),
});
export type ChangeImpact = z.infer<typeof ChangeImpact>;
