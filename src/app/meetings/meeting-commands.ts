// Use cases of meetings besides the log's own: the list (without the minutes, which can be long)
// and sending the minutes. Sending marks them sent and names the recipients; the e-mails
// themselves will be sent by a job once Orrery has a queue, so the answer says none was queued.
import type { Meeting, MeetingListQuery, MeetingSummary, MinutesSent, SendMinutes } from '../../contracts/meeting.schema.ts';
import { nowIso, type AppContext } from '../context.ts';
import { listLogItems, updateLogItem } from '../raid/raid-log.ts';
import { inTransaction } from '../shared/transaction.ts';
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
    return {
      meeting,
      recipients,
      withoutEmail,
      queued: false,
      message: `E-mail delivery is not available yet: nothing was queued. Send the minutes of ${meeting.code} to the ${recipients.length} recipient(s) yourself; they are marked sent.`,
    };
  });
}
