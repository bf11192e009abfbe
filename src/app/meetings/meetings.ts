// Meetings as a project log (raid-log.ts gives codes MTG-001…, team edits under If-Match, audit,
// and lists across the projects a reader may see). What is their own: type, times and place, the
// agenda with each item's start, the attendees (meeting-people.ts), the status moves of
// src/core/meetings/meeting-plan.ts, and the minutes, whose decision and action lines are
// captured into the logs when saved (meeting-capture.ts) — often, as the scribe types, so the
// audit keeps their length while they are drafted and their text once they are sent.
import { sql, type Selectable } from 'kysely';
import type { Meeting, MeetingCreate, MeetingListQuery, MeetingUpdate } from '../../contracts/meeting.schema.ts';
import { agendaTimes, minutesBetween, minutesSendable, statusMoveProblem, type MeetingStatus } from '../../core/meetings/meeting-plan.ts';
import type { MeetingsTable } from '../../db/tables.ts';
import { AppError } from '../errors.ts';
import { commonSorts, itemApi, type LogEnv, type LogKind, type LogListQuery } from '../raid/raid-log.ts';
import { patchedFields } from '../shared/versioning.ts';
import { captureMinutes, captureStateOf } from './meeting-capture.ts';
import { attendeesOf, checkedAttendees, minutesRecipients } from './meeting-people.ts';

type Row = Selectable<MeetingsTable>;
type AgendaItem = { topic: string; presenter: string; minutes: number | null };
/** A change, or sending the minutes (`send`, from POST …/send-minutes). */
export type MeetingPatch = MeetingUpdate & { send?: { at: string; by: string | null } };
export interface MeetingQuery extends LogListQuery, Pick<MeetingListQuery, 'type' | 'from' | 'to'> {}

const invalid = (path: string, message: string, detail: string) => new AppError('validation_failed', detail, { errors: [{ path, message }] });

function checkTimes(startsAt: string, endsAt: string): void {
  if (minutesBetween(startsAt, endsAt) <= 0) throw invalid('endsAt', 'not after startsAt', `The meeting ends (${endsAt}) before it starts (${startsAt}): give an end after the start.`);
}

/** Sending: only minutes of a meeting held, and only when there are some; records who gets them. */
async function sendColumns(env: LogEnv, before: Row, minutes: string, send: NonNullable<MeetingPatch['send']>): Promise<Partial<Row>> {
  if (!minutesSendable(before.status as MeetingStatus)) throw invalid('status', `meeting is ${before.status}`, `Meeting ${before.code} is ${before.status}: mark it held (PATCH status held) before sending its minutes.`);
  if (minutes.trim() === '') throw invalid('minutes', 'empty', `Meeting ${before.code} has no minutes yet: write them (PATCH minutes) before sending.`);
  const { recipients } = await minutesRecipients(env.trx, attendeesOf(before.attendeesJson));
  return { status: 'minutes_sent', minutesSentAt: send.at, minutesSentBy: send.by, minutesSentToJson: JSON.stringify(recipients) };
}

export const meetingKind: LogKind<Row, Meeting, MeetingCreate, MeetingPatch, MeetingQuery> = {
  table: 'meetings',
  prefix: 'MTG',
  label: 'Meeting',
  auditType: 'meeting',
  async createColumns(env, _project, input) {
    checkTimes(input.startsAt, input.endsAt);
    return {
      status: 'planned',
      type: input.type,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      location: input.location,
      agendaJson: JSON.stringify(input.agenda),
      attendeesJson: await checkedAttendees(env.trx, input.attendees),
      minutes: '',
      capturesJson: JSON.stringify({ captures: [], problems: [] }),
      minutesSentAt: null,
      minutesSentBy: null,
      minutesSentToJson: '[]',
    };
  },
  async updateColumns(env, before, patch) {
    const { agenda, attendees, minutes, send, ...rest } = patch;
    const columns = patchedFields(rest) as Partial<Row>;
    if (rest.status) {
      const problem = statusMoveProblem(before.status as MeetingStatus, rest.status);
      if (problem) throw invalid('status', problem, `Meeting ${before.code}: ${problem}.`);
    }
    if (rest.startsAt !== undefined || rest.endsAt !== undefined) checkTimes(rest.startsAt ?? before.startsAt, rest.endsAt ?? before.endsAt);
    if (agenda !== undefined) columns.agendaJson = JSON.stringify(agenda);
    if (attendees !== undefined) columns.attendeesJson = await checkedAttendees(env.trx, attendees);
    const now = { ...before, ...columns };
    if (minutes !== undefined && minutes !== before.minutes) {
      if (now.status === 'cancelled') throw invalid('minutes', 'meeting cancelled', `Meeting ${before.code} is cancelled, so it has no minutes: set its status back to planned first if it takes place.`);
      columns.minutes = minutes;
      columns.capturesJson = await captureMinutes(env, now, minutes);
    }
    if (send) Object.assign(columns, await sendColumns(env, before, columns.minutes ?? before.minutes, send));
    return columns;
  },
  toApi: (r) => {
    const agenda = agendaTimes(r.startsAt, r.endsAt, JSON.parse(r.agendaJson) as AgendaItem[]);
    const state = captureStateOf(r.capturesJson);
    const present = state.captures.filter((c) => c.present);
    return {
      ...itemApi(r),
      status: r.status as Meeting['status'],
      type: r.type as Meeting['type'],
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      durationMinutes: minutesBetween(r.startsAt, r.endsAt),
      location: r.location,
      agenda: agenda.items,
      agendaMinutes: agenda.totalMinutes,
      agendaOverrunMinutes: agenda.overrunMinutes,
      attendees: attendeesOf(r.attendeesJson),
      capturedCount: { decisions: present.filter((c) => c.kind === 'decision').length, actions: present.filter((c) => c.kind === 'action').length },
      minutesSentAt: r.minutesSentAt,
      minutesSentBy: r.minutesSentBy,
      minutes: r.minutes,
      captured: state.captures.map((c) => ({ kind: c.kind, itemId: c.key, code: c.code, text: c.text, inMinutes: c.present, followsMinutes: c.followsMinutes })),
      minutesProblems: state.problems,
      minutesSentTo: JSON.parse(r.minutesSentToJson) as Meeting['minutesSentTo'],
    };
  },
  auditView: ({ minutes, ...rest }) => (rest.status === 'minutes_sent' ? { ...rest, minutes } : { ...rest, minutesLength: minutes.length }),
  filter(q, query) {
    if (query.type) q = q.where('i.type', '=', query.type);
    if (query.from) q = q.where('i.startsAt', '>=', query.from);
    if (query.to) q = q.where('i.startsAt', '<', query.to);
    return q;
  },
  sorts: { ...commonSorts<Row>(), startsAt: { expr: sql`i.starts_at`, value: (r) => r.startsAt } },
};
