// The handlers of the e-mail jobs: meeting minutes to the attendees, reminders to owners of due
// communication-plan items (queued by the scheduler's chore here), accepted status reports to their
// audience, and notifications to those who want them by e-mail. Each reads the record afresh when
// it runs (as Orrery itself), so what goes out is what stands then; a record that no longer needs
// the mail (deleted, done, paused) sends nothing and the job completes.
import type { AppDeps } from '../context.ts';
import { systemActor, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import type { JobHandlers } from '../jobs/job-runner.ts';
import { dueCommunications, getCommunication } from '../communications/communication-commands.ts';
import { getLogItem } from '../raid/raid-log.ts';
import { meetingKind } from '../meetings/meetings.ts';
import { minutesRecipients } from '../meetings/meeting-people.ts';
import { escapeHtml, type Mailer } from './mailer.ts';
import { MAIL_JOBS, queueReminder, type ReminderPayload, type SendMinutesPayload } from './mail-jobs.ts';
import { NOTIFICATION_EMAIL_JOB } from '../notifications/notify.ts';
import { sendNotification } from './notification-mail.ts';
import { deliverReport, REPORT_DELIVERY_JOB, type DeliveryPayload } from './report-delivery.ts';
import { distributeStatusReport } from './status-report-mail.ts';

const asSystem = (deps: AppDeps): AppContext => ({ ...deps, actor: systemActor });

/** Loads a record for a job; null when it is gone (the job then has nothing to do). */
async function found<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}

async function sendMinutes(mailer: Mailer, deps: AppDeps, { meetingId }: SendMinutesPayload): Promise<void> {
  const meeting = await found(getLogItem(meetingKind, asSystem(deps), meetingId));
  if (!meeting) return;
  const { recipients } = await minutesRecipients(deps.db, meeting.attendees);
  if (recipients.length === 0) return;
  const heading = `${meeting.code} ${meeting.title} — ${meeting.projectCode} ${meeting.projectName}`;
  const when = `${meeting.startsAt.replace('T', ' ')} – ${meeting.endsAt.slice(11)}`;
  const present = meeting.attendees.filter((a) => a.attended).map((a) => a.name);
  const text = [`Minutes of ${heading}`, `When: ${when}`, `Present: ${present.join(', ') || 'not recorded'}`, '', meeting.minutes, ''].join('\n');
  const html = `<h2>Minutes of ${escapeHtml(heading)}</h2><p>When: ${escapeHtml(when)}<br>Present: ${escapeHtml(present.join(', ') || 'not recorded')}</p><pre style="font-family:inherit;white-space:pre-wrap">${escapeHtml(meeting.minutes)}</pre>`;
  await mailer.send({ to: recipients.map((r) => r.email), subject: `Minutes: ${heading}`, text, html });
}

async function remind(mailer: Mailer, deps: AppDeps, { communicationId, dueOn }: ReminderPayload): Promise<void> {
  const item = await found(getCommunication(asSystem(deps), communicationId));
  // Done, moved or paused since the reminder was queued: nothing to remind of.
  if (!item || item.status !== 'active' || item.nextDueOn !== dueOn || !item.ownerEmail || item.report) return;
  const today = deps.clock.now().toISOString().slice(0, 10);
  const when = dueOn < today ? `was due on ${dueOn}` : `is due ${dueOn === today ? 'today' : `on ${dueOn}`}`;
  const to = item.recipients.map((r) => (r.email ? `${r.name} <${r.email}>` : `${r.name} (no address)`));
  const text = [
    `${item.ownerName ?? 'Hello'},`,
    '',
    `${item.code} “${item.title}” of ${item.projectCode} ${item.projectName} ${when} (${item.frequency}, by ${item.channel.replace(/_/g, ' ')}).`,
    '',
    `Audience: ${to.join('; ') || 'nobody named yet'}`,
    '',
    `When it has gone out, record it done in Orrery (POST /api/v1/communications/${item.id}/done): that moves the next due date on.`,
    '',
  ].join('\n');
  await mailer.send({ to: [item.ownerEmail], subject: `Reminder: ${item.code} “${item.title}” ${when} (${item.projectCode})`, text });
}

/** A chore of the scheduler: queues a reminder for every item due or overdue today with an owner to remind. */
export async function queueDueReminders(deps: AppDeps): Promise<void> {
  const ctx = asSystem(deps);
  const on = deps.clock.now().toISOString().slice(0, 10);
  let cursor: string | undefined;
  do {
    const page = await dueCommunications(ctx, { on, withinDays: 0, limit: 200, ...(cursor && { cursor }) });
    for (const item of page.items) {
      // An item with a report is sent by Orrery itself (report-delivery.ts), not by its owner.
      if (item.reminder.to && item.nextDueOn && !item.report) await queueReminder(deps.db, deps.clock, { communicationId: item.id, dueOn: item.nextDueOn });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** The handlers of every e-mail job, sending through this mailer. */
export function mailHandlers(mailer: Mailer): JobHandlers {
  return {
    [MAIL_JOBS.sendMinutes]: (job, deps) => sendMinutes(mailer, deps, job.payload as SendMinutesPayload),
    [MAIL_JOBS.communicationReminder]: (job, deps) => remind(mailer, deps, job.payload as ReminderPayload),
    [MAIL_JOBS.statusReportDistribution]: (job, deps) => distributeStatusReport(mailer, asSystem(deps), (job.payload as { reportId: string }).reportId),
    [REPORT_DELIVERY_JOB]: (job, deps) => deliverReport(mailer, deps, job.payload as DeliveryPayload),
    [NOTIFICATION_EMAIL_JOB]: (job, deps) => sendNotification(mailer, deps, (job.payload as { notificationId: string }).notificationId),
  };
}
