// The audit trail: who changed what, when, from what to what.
import { z } from 'zod';
import { Id, Timestamp, pageOf } from './common.schema.ts';

export const AUDIT_ENTITY_TYPES = ['user', 'api_token', 'objective', 'portfolio', 'program', 'project', 'project_member', 'session', 'schedule', 'schedule_task', 'schedule_link', 'schedule_calendar', 'schedule_baseline', 'setting', 'risk', 'issue', 'assumption', 'decision', 'action', 'dependency', 'methodology', 'deliverable', 'gate_review', 'review_type', 'quality_review', 'quality_finding', 'policy', 'project_template', 'change_request', 'status_report', 'project_reporting', 'stakeholder', 'communication', 'meeting', 'notification_preferences', 'comment', 'person_rate', 'exchange_rate', 'timesheet', 'budget_revision', 'task_cost', 'expense', 'purchase_order', 'task_earning', 'project_estimate', 'resource', 'resource_calendar', 'resource_rate', 'task_assignment', 'resource_request', 'maturity_assessment', 'project_request', 'closure_report', 'lesson', 'scoring_model', 'score', 'selection_settings', 'benefit', 'benefit_measurement', 'scenario', 'knowledge_article', 'training_course', 'training_record', 'certification', 'competency_assessment', 'support_request'] as const;
export const AuditEntityType = z.enum(AUDIT_ENTITY_TYPES);
export type AuditEntityType = z.infer<typeof AuditEntityType>;

export const AuditEvent = z.object({
  id: Id,
  at: Timestamp,
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  entityType: AuditEntityType,
  entityId: z.string(),
  action: z.string().describe('create, update, archive, restore, delete, login, …'),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditListQuery = z
  .object({
    entityType: AuditEntityType.optional(),
    entityId: z.string().max(100).optional(),
    actorId: Id.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export const AuditPage = pageOf(AuditEvent);
