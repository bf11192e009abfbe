// Use cases of meetings besides the log's own: the list (without the minutes, which can be long)
// and sending the minutes. Sending marks them sent, names the recipients and, when e-mail is
// configured, queues the e-mail in the same transaction (a job: src/app/mail); when it is not,
// the answer says plainly that nothing was queued.
import type { Meeting, MeetingListQuery, MeetingSummary, MinutesSent, SendMinutes } from '../../contracts/meeting.schema.ts';
import { nowIso, type AppContext } from '../context.ts';
import { listLogItems, updateLogItem } from '../raid/raid-log.ts';
import { inTransaction } from '../shared/transaction.ts';
import { queueMinutes } from '../mail/mail-jobs.ts';
import { minutesRecipients } from './meeting-people.ts';
import { meetingKind, type MeetingQuery } from './meetings.ts';

const summaryOf = ({ minutes: _m, captured: _c, minutesProblems: _p, minutesSentTo: _t, ...summary }: Meeting): MeetingSummary => summary;

export async function listMeetings(ctx: AppContext, query: MeetingListQuery): Promise<{ items: MeetingSummary[]; nextCursor: string | null }> {
  const page = await listLogItems(meetingKind, ctx, query as MeetingQuery);
  return { items: page.items.map(summaryOf), nextCursor: page.nextCursor };
}

/** Marks the minutes of a held meeting sent (again, after a correction) and says to whom they go. */
export function sendMeetingMinutes(ctx: AppContext, id: string, version: number, _body: SendMinutes): Promise<MinutesSent> {
  return inTransaction(ctx, async (trx) => {
    const trxCtx = { ...ctx, db: trx };
    const meeting = await updateLogItem(meetingKind, trxCtx, id, version, { send: { at: nowIso(ctx.clock), by: ctx.actor.userId || null } }, 'send_minutes');
    const { recipients, withoutEmail } = await minutesRecipients(trx, meeting.attendees);
    const queued = Boolean(ctx.mailEnabled) && recipients.length > 0;
    if (queued) await queueMinutes(trx, ctx.clock, meeting.id, meeting.version);
    const message = queued
      ? `The minutes of ${meeting.code} are queued for e-mail to ${recipients.length} recipient(s)${withoutEmail.length > 0 ? `; ${withoutEmail.length} attendee(s) have no address and need a copy by hand` : ''}.`
      : ctx.mailEnabled
        ? `Nobody on the attendee list of ${meeting.code} has an e-mail address, so nothing was queued; the minutes are marked sent.`
        : `E-mail is not configured on this server (SMTP_URL, MAIL_FROM), so nothing was queued. Send the minutes of ${meeting.code} to the ${recipients.length} recipient(s) yourself; they are marked sent.`;
    return { meeting, recipients, withoutEmail, queued, message };
  });
}
