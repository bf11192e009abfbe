// A project's communication plan: what goes out (a status report, the steering committee pack, a
// newsletter), to whom (stakeholders of the project, people in Orrery, named groups), how often,
// through which channel, who sends it, and when it is next due. Recording it done moves the next
// due date on by the frequency. The due list across projects is what reminder jobs send to owners.
import { z } from 'zod';
import { Id, IsoDate, ListQueryBase, pageOf } from './common.schema.ts';
import { COMMON_SORTS, createFields, itemFields, listFilters, sortOf, statusFilter, updateFields } from './raid.schema.ts';

export const COMMUNICATION_TYPES = ['status_report', 'steering_pack', 'newsletter', 'briefing', 'presentation', 'other'] as const;
export const CommunicationType = z.enum(COMMUNICATION_TYPES).describe('What goes out; reports are distributed to the audience of the plan’s item of their type.');
export const FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'quarterly', 'per_milestone', 'ad_hoc'] as const;
export const Frequency = z.enum(FREQUENCIES).describe('Periodic items are next due one period after they were last done; per_milestone and ad_hoc ones when their owner says (nextDueOn).');
export const CHANNELS = ['email', 'meeting', 'intranet', 'report', 'phone', 'chat', 'workshop', 'other'] as const;
export const Channel = z.enum(CHANNELS);
export const COMMUNICATION_STATUSES = ['active', 'paused'] as const;
export const CommunicationStatus = z.enum(COMMUNICATION_STATUSES).describe('paused: kept in the plan, never due.');
export const DUE_STATES = ['overdue', 'due', 'upcoming', 'later', 'unscheduled', 'paused'] as const;
export const DueState = z.enum(DUE_STATES);

const Group = z.string().trim().min(1, 'Name the group.').max(120);
export const AudienceBody = z
  .object({
    stakeholderIds: z.array(Id).max(200).default([]).describe('Stakeholders of the same project.'),
    userIds: z.array(Id).max(200).default([]).describe('People in Orrery.'),
    groups: z.array(Group).max(50).default([]).describe('Free-text groups, e.g. All staff on site B.'),
  })
  .strict();
export type AudienceBody = z.infer<typeof AudienceBody>;

export const Recipient = z.object({
  via: z.enum(['stakeholder', 'person', 'group']),
  id: Id.nullable().describe('The stakeholder’s or person’s id; null for a group.'),
  code: z.string().nullable().describe('The stakeholder’s code.'),
  name: z.string(),
  email: z.string().nullable().describe('null: no address known (a group, or a stakeholder without one).'),
});
export type Recipient = z.infer<typeof Recipient>;

export const DELIVERED_REPORTS = ['project_status', 'portfolio'] as const;
export const DeliveredReport = z
  .object({
    kind: z.enum(DELIVERED_REPORTS).describe('project_status: this project’s status report (PDF or PowerPoint); portfolio: the executive report of the project’s portfolio.'),
    format: z.enum(['pdf', 'pptx', 'xlsx']).default('pdf'),
  })
  .strict()
  .refine((r) => !(r.kind === 'project_status' && r.format === 'xlsx'), { message: 'A project’s status report comes as pdf or pptx; xlsx is for the portfolio report.', path: ['format'] })
  .describe('Orrery sends this report, attached to an e-mail, to the audience when the item falls due, as its owner would see it, and records the item done. Needs the email channel and an owner.');
export type DeliveredReport = z.infer<typeof DeliveredReport>;

export const Communication = z.object({
  ...itemFields,
  title: z.string().describe('What goes out, e.g. Monthly status report to the board.'),
  description: z.string().describe('Content and purpose.'),
  ownerId: Id.nullable().describe('Who sends it (and is reminded when it is due).'),
  ownerEmail: z.string().nullable(),
  status: CommunicationStatus,
  type: CommunicationType,
  frequency: Frequency,
  channel: Channel,
  audience: z.object({ stakeholderIds: z.array(Id), userIds: z.array(Id), groups: z.array(z.string()) }),
  recipients: z.array(Recipient).describe('The audience resolved to names and addresses, one per address.'),
  nextDueOn: IsoDate.nullable(),
  lastDoneOn: IsoDate.nullable(),
  lastDoneBy: Id.nullable(),
  report: z.object({ kind: z.enum(DELIVERED_REPORTS), format: z.enum(['pdf', 'pptx', 'xlsx']) }).nullable().describe('The report Orrery sends when the item is due; null: its owner sends it and is reminded.'),
  dueState: DueState.describe('How it stands today.'),
  daysOverdue: z.number().int().nullable(),
});
export type Communication = z.infer<typeof Communication>;

export const CommunicationCreate = z
  .object({
    ...createFields,
    type: CommunicationType.default('other'),
    frequency: Frequency,
    channel: Channel,
    audience: AudienceBody.default({ stakeholderIds: [], userIds: [], groups: [] }),
    nextDueOn: IsoDate.nullable().optional().describe('When it is first due; default: today for periodic items, none for the others.'),
    status: CommunicationStatus.default('active'),
    report: DeliveredReport.nullable().default(null),
  })
  .strict();
export type CommunicationCreate = z.infer<typeof CommunicationCreate>;
export const CommunicationUpdate = z
  .object({ ...updateFields, type: CommunicationType.optional(), frequency: Frequency.optional(), channel: Channel.optional(), audience: AudienceBody.optional(), nextDueOn: IsoDate.nullable().optional(), status: CommunicationStatus.optional(), report: DeliveredReport.nullable().optional() })
  .strict();
export type CommunicationUpdate = z.infer<typeof CommunicationUpdate>;
export const CommunicationDone = z.object({ on: IsoDate.optional().describe('When it went out; default today. Not in the future.') }).strict();
export type CommunicationDone = z.infer<typeof CommunicationDone>;

export const CommunicationListQuery = z
  .object({
    ...listFilters,
    status: statusFilter(COMMUNICATION_STATUSES),
    type: CommunicationType.optional(),
    channel: Channel.optional(),
    sort: sortOf([...COMMON_SORTS, 'nextDueOn']).default('nextDueOn'),
  })
  .strict();
export type CommunicationListQuery = z.infer<typeof CommunicationListQuery>;
export const CommunicationExportQuery = CommunicationListQuery.omit({ limit: true, cursor: true, sort: true })
  .extend({ format: z.enum(['csv', 'xlsx']).default('xlsx').describe('xlsx (default) or csv.') })
  .strict();
export type CommunicationExportQuery = z.infer<typeof CommunicationExportQuery>;
export const CommunicationPage = pageOf(Communication);

export const DueCommunicationQuery = z
  .object({
    on: IsoDate.optional().describe('The day to look from; default today.'),
    withinDays: z.coerce.number().int().min(0).max(90).default(0).describe('Also list items due within this many days after `on`.'),
    projectId: Id.optional(),
    portfolioId: Id.optional(),
    programId: Id.optional(),
    ownerId: Id.optional(),
    limit: ListQueryBase.limit,
    cursor: ListQueryBase.cursor,
  })
  .strict();
export type DueCommunicationQuery = z.infer<typeof DueCommunicationQuery>;
export const DueCommunication = Communication.extend({
  reminder: z.object({
    state: z.enum(['overdue', 'due', 'upcoming']).describe('On the day asked about.'),
    daysOverdue: z.number().int().nullable(),
    to: z.object({ id: Id, name: z.string(), email: z.string() }).nullable().describe('Who to remind: the owner (null when nobody owns it).'),
  }),
});
export const DueCommunicationPage = z.object({ on: IsoDate, withinDays: z.number().int(), items: z.array(DueCommunication), nextCursor: z.string().nullable() });
export type DueCommunicationPage = z.infer<typeof DueCommunicationPage>;

export const CommunicationPlan = z.object({
  projectId: Id,
  projectCode: z.string(),
  projectName: z.string(),
  asOf: IsoDate,
  counts: z.object({ overdue: z.number().int(), due: z.number().int(), active: z.number().int(), paused: z.number().int() }),
  items: z.array(Communication).describe('Overdue first, then by next due date; paused items last.'),
});
export type CommunicationPlan = z.infer<typeof CommunicationPlan>;
