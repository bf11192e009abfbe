// The PMO support desk: requests to the PMO (reporting, scheduling support, assurance, training, tool
// help, consulting) in a queue new → in progress → resolved → closed, with an assignee, and their
// first-response and resolution times against the PMO's service level for the category.
import { z } from 'zod';
import { Id, Timestamp } from './common.schema.ts';

export const SUPPORT_CATEGORIES = ['reporting', 'scheduling_support', 'assurance', 'training', 'tool_help', 'consulting'] as const;
export const SupportCategory = z.enum(SUPPORT_CATEGORIES);
export const SUPPORT_STATUSES = ['new', 'in_progress', 'resolved', 'closed'] as const;
export const SupportStatus = z.enum(SUPPORT_STATUSES);

const Hours = z.number().int().min(1).max(10_000);
const Level = z.object({ firstResponseHours: Hours, resolutionHours: Hours }).strict();
export const SlaClock = z.object({
  basis: z.enum(['working', 'elapsed']).describe('working: hours of the calendar in the time zone (evenings, weekends and holidays do not count); elapsed: every hour counts.'),
  calendarId: z.string().min(1).describe('One of the organisation\'s base calendars (GET /api/v1/settings/base-calendars), for working hours.'),
  timeZone: z.string().min(1).describe('The IANA time zone the PMO works in, such as Europe/Berlin, for working hours.'),
}).strict();
export type SlaClock = z.infer<typeof SlaClock>;
export const ServiceLevelsBody = z.object({
  ...(Object.fromEntries(SUPPORT_CATEGORIES.map((c) => [c, Level])) as Record<(typeof SUPPORT_CATEGORIES)[number], typeof Level>),
  clock: SlaClock.optional().describe('How the hours count; left out, as before (working hours of the Standard calendar in UTC until set).'),
}).strict()
  .describe('Hours from a request being raised to the PMO\'s first response and to its resolution, per category, on the PMO\'s clock.');
export type ServiceLevelsBody = z.infer<typeof ServiceLevelsBody>;
export const ServiceLevels = ServiceLevelsBody.extend({ clock: SlaClock, version: z.number().int().min(0) });
export type ServiceLevels = z.infer<typeof ServiceLevels>;

export const SupportRequestCreate = z.object({
  title: z.string().trim().min(1, 'Say in a few words what you need.').max(200),
  description: z.string().max(10_000).default(''),
  category: SupportCategory,
}).strict();
export type SupportRequestCreate = z.infer<typeof SupportRequestCreate>;

export const SupportRequestUpdate = z.object({
  status: SupportStatus.optional(),
  assigneeId: Id.nullable().optional(),
  category: SupportCategory.optional(),
  resolution: z.string().max(10_000).optional().describe('What the PMO did; needed to resolve.'),
}).strict();
export type SupportRequestUpdate = z.infer<typeof SupportRequestUpdate>;

const Target = z.object({
  dueAt: Timestamp,
  minutes: z.number().int().describe('Minutes on the service levels\' clock to the event, or so far while waiting.'),
  met: z.boolean().nullable().describe('null while waiting.'),
  breached: z.boolean().describe('Past its target: overdue while waiting, or late on record.'),
});
const PersonRef = z.object({ id: Id, name: z.string() });

export const SupportRequest = z.object({
  id: Id, code: z.string(), title: z.string(), description: z.string(), category: SupportCategory, status: SupportStatus,
  requester: PersonRef.nullable(), assignee: PersonRef.nullable(), resolution: z.string(),
  raisedAt: Timestamp, firstResponseAt: Timestamp.nullable(), resolvedAt: Timestamp.nullable(), closedAt: Timestamp.nullable(),
  firstResponse: Target, resolutionTime: Target, breached: z.boolean(),
  canManage: z.boolean(), version: z.number().int(),
});
export type SupportRequest = z.infer<typeof SupportRequest>;

export const SupportQueueQuery = z.object({
  status: SupportStatus.optional(),
  category: SupportCategory.optional(),
  breached: z.enum(['true', 'false']).optional(),
  mine: z.enum(['true', 'false']).optional().describe('Only the requests you raised.'),
}).strict();
export type SupportQueueQuery = z.infer<typeof SupportQueueQuery>;
export const SupportQueue = z.object({
  items: z.array(SupportRequest).describe('Oldest raised first: the queue\'s order.'),
  open: z.number().int(), breached: z.number().int().describe('Open requests past a target.'),
});
export type SupportQueue = z.infer<typeof SupportQueue>;
