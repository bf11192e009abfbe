// Notifications: what a person should know about, in the app (a bell with the unread count) and,
// per their preference, by e-mail. Orrery raises them when an approval waits for someone, a
// status report is sent back or falls due, an action is assigned, a policy breach appears on a
// project someone manages, someone is mentioned in a comment, or a timesheet is returned. Each leads to the record it is about.
import { z } from 'zod';
import { Id, Timestamp } from './common.schema.ts';

export const NOTIFICATION_KINDS = ['approval_waiting', 'report_due', 'report_sent_back', 'action_assigned', 'breach_raised', 'mention', 'timesheet_returned', 'resource_request_answered', 'request_decided'] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const Notification = z.object({
  id: Id,
  kind: NotificationKind,
  title: z.string().describe('One line, e.g. “Gate review GATE-3 of PRJ-7 waits for your decision”.'),
  body: z.string().describe('More detail, e.g. the PMO’s comment or the text that mentions you.'),
  link: z.string().describe('Where in the web app it leads, e.g. /gate-reviews/<id>.'),
  projectId: Id.nullable(),
  projectCode: z.string().nullable(),
  actorName: z.string().nullable().describe('Who caused it; null when Orrery noticed it itself.'),
  createdAt: Timestamp,
  readAt: Timestamp.nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationPage = z.object({
  items: z.array(Notification),
  unreadCount: z.number().int().describe('All of my unread notifications, not only this page’s.'),
  nextCursor: z.string().nullable(),
});
export type NotificationPage = z.infer<typeof NotificationPage>;

export const NotificationListQuery = z
  .object({
    unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('true: only unread ones.'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional().describe('Opaque cursor from the previous page’s nextCursor.'),
  })
  .strict();
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

export const NotificationsRead = z
  .object({
    ids: z.array(Id).max(500).optional().describe('These notifications of mine.'),
    all: z.literal(true).optional().describe('Every notification of mine.'),
  })
  .strict()
  .refine((b) => (b.ids !== undefined) !== (b.all !== undefined), { message: 'Say which notifications to mark read: ids (a list) or all: true, one of the two.', path: ['ids'] });
export type NotificationsRead = z.infer<typeof NotificationsRead>;
export const NotificationsReadResult = z.object({ marked: z.number().int(), unreadCount: z.number().int() });

export const NotificationPreference = z.object({
  kind: NotificationKind,
  label: z.string(),
  description: z.string(),
  email: z.boolean().describe('Also by e-mail (in the app always).'),
  emailByDefault: z.boolean(),
});
export const NotificationPreferences = z.object({
  mailEnabled: z.boolean().describe('Whether this Orrery sends e-mail at all (SMTP_URL); when false, preferences are kept for when it does.'),
  email: z.string().describe('Where e-mail goes: my account’s address.'),
  kinds: z.array(NotificationPreference),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;
export const NotificationPreferencesQuery = z.object({}).strict();
export const NotificationPreferencesUpdate = z
  .object({ email: z.partialRecord(NotificationKind, z.boolean()).describe('Per kind: true to get it by e-mail too, false for the app only.') })
  .strict();
export type NotificationPreferencesUpdate = z.infer<typeof NotificationPreferencesUpdate>;
