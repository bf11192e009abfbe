// Meetings of a project: steering committees, project boards, team meetings and reviews, with an
// agenda, attendees (people in Orrery and guests) and minutes typed during the meeting. Lines of
// the minutes written `DECISION: …` or `ACTION @owner due YYYY-MM-DD: …` become entries of the
// project's decision log and action register when the minutes are saved, once each.
import { z } from 'zod';
import { Id, Timestamp, pageOf } from './common.schema.ts';
import { COMMON_SORTS, createFields, itemFields, listFilters, sortOf, statusFilter, updateFields } from './raid.schema.ts';
import { LocalDateTime } from './schedule.schema.ts';
import { ContactEmail } from './stakeholder.schema.ts';

export const MEETING_TYPES = ['steering_committee', 'project_board', 'team', 'review', 'other'] as const;
export const MeetingType = z.enum(MEETING_TYPES);
export const MEETING_STATUSES = ['planned', 'held', 'minutes_sent', 'cancelled'] as const;
export const MeetingStatus = z.enum(MEETING_STATUSES).describe('planned → held (or cancelled) → minutes_sent (by sending them); held → planned and cancelled → planned undo.');

export const MINUTES_SYNTAX =
  'Minutes are Markdown. A line `DECISION: text` becomes a decision (decided at the meeting); `ACTION @owner due YYYY-MM-DD: text` becomes an action (owner: an e-mail, or the part before the @ of an attendee’s; owner and due date optional, in any order). List markers (-, 1.) and bold (**) before the keyword are fine; lines in code blocks, and headings like "Action items:", are not captured. Editing a captured line updates its item (unless the item was changed in its log since); it never makes a second one.';

const AgendaItemBody = z
  .object({ topic: z.string().trim().min(1, 'Give the agenda item a topic.').max(300), presenter: z.string().trim().max(200).default(''), minutes: z.number().int().min(1).max(600).nullable().default(null).describe('Minutes allotted.') })
  .strict();
const AttendeeBody = z
  .object({
    userId: Id.nullable().default(null).describe('A person in Orrery (name and e-mail come from their account).'),
    name: z.string().trim().max(200).optional().describe('A guest’s name (required without userId).'),
    email: ContactEmail.optional().describe('A guest’s e-mail, for the minutes.'),
    attended: z.boolean().nullable().default(null).describe('null until attendance is taken.'),
  })
  .strict();
export type AttendeeBody = z.infer<typeof AttendeeBody>;
const Agenda = z.array(AgendaItemBody).max(50);
const Attendees = z.array(AttendeeBody).max(200);
export const Minutes = z.string().max(200_000).describe(MINUTES_SYNTAX);

export const Attendee = z.object({ userId: Id.nullable(), name: z.string(), email: z.string().nullable(), attended: z.boolean().nullable() });
export type Attendee = z.infer<typeof Attendee>;
export const CapturedItem = z.object({
  kind: z.enum(['decision', 'action']),
  itemId: Id,
  code: z.string().describe('DEC-… or ACT-…'),
  text: z.string().describe('The line’s text at the last save.'),
  inMinutes: z.boolean().describe('false: the line was removed from the minutes (the item stays in its log).'),
  followsMinutes: z.boolean().describe('false: the item was changed in its log, so edits of its line no longer reach it.'),
});
export const MinutesProblem = z.object({ line: z.number().int(), message: z.string() });

const meetingFields = {
  ...itemFields,
  description: z.string().describe('Purpose of the meeting.'),
  ownerId: Id.nullable().describe('The chair.'),
  status: MeetingStatus,
  type: MeetingType,
  startsAt: LocalDateTime,
  endsAt: LocalDateTime,
  durationMinutes: z.number().int(),
  location: z.string().describe('A room or a link.'),
  agenda: z.array(z.object({ topic: z.string(), presenter: z.string(), minutes: z.number().int().nullable(), startsAt: LocalDateTime })),
  agendaMinutes: z.number().int(),
  agendaOverrunMinutes: z.number().int().describe('How far the agenda runs past the end of the meeting.'),
  attendees: z.array(Attendee),
  capturedCount: z.object({ decisions: z.number().int(), actions: z.number().int() }).describe('Items captured from lines still in the minutes.'),
  minutesSentAt: Timestamp.nullable(),
  minutesSentBy: Id.nullable(),
};
export const MeetingSummary = z.object(meetingFields);
export type MeetingSummary = z.infer<typeof MeetingSummary>;
export const Meeting = z.object({
  ...meetingFields,
  minutes: Minutes,
  captured: z.array(CapturedItem).describe('The decisions and actions made from lines of the minutes, in minutes order, then those whose line was removed.'),
  minutesProblems: z.array(MinutesProblem).describe('Lines of the minutes that could not be read as meant, and owners nobody could be found for.'),
  minutesSentTo: z.array(z.object({ userId: Id.nullable(), name: z.string(), email: z.string() })),
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingCreate = z
  .object({ ...createFields, type: MeetingType.default('other'), startsAt: LocalDateTime, endsAt: LocalDateTime, location: z.string().trim().max(500).default(''), agenda: Agenda.default([]), attendees: Attendees.default([]) })
  .strict();
export type MeetingCreate = z.infer<typeof MeetingCreate>;
export const MeetingUpdate = z
  .object({
    ...updateFields,
    type: MeetingType.optional(),
    startsAt: LocalDateTime.optional(),
    endsAt: LocalDateTime.optional(),
    location: z.string().trim().max(500).optional(),
    agenda: Agenda.optional(),
    attendees: Attendees.optional(),
    status: MeetingStatus.optional(),
    minutes: Minutes.optional(),
  })
  .strict();
export type MeetingUpdate = z.infer<typeof MeetingUpdate>;
export const MeetingListQuery = z
  .object({
    ...listFilters,
    status: statusFilter(MEETING_STATUSES),
    type: MeetingType.optional(),
    from: LocalDateTime.optional().describe('Meetings starting at or after.'),
    to: LocalDateTime.optional().describe('Meetings starting before.'),
    sort: sortOf([...COMMON_SORTS, 'startsAt']).default('-startsAt'),
  })
  .strict();
export type MeetingListQuery = z.infer<typeof MeetingListQuery>;
export const MeetingPage = pageOf(MeetingSummary);

export const SendMinutes = z.object({}).strict().describe('No fields: the minutes go to everyone on the attendee list as it stands.');
export type SendMinutes = z.infer<typeof SendMinutes>;
export const MinutesSent = z.object({
  meeting: Meeting,
  recipients: z.array(z.object({ userId: Id.nullable(), name: z.string(), email: z.string() })).describe('Everyone on the attendee list with an address, present or not.'),
  withoutEmail: z.array(z.string()).describe('Attendees the minutes cannot reach: no address known.'),
  queued: z.boolean().describe('Whether the e-mail was queued: true when the server has e-mail configured (SMTP_URL) and someone has an address; false otherwise, and the message says why.'),
  message: z.string(),
});
export type MinutesSent = z.infer<typeof MinutesSent>;
