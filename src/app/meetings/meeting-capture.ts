// Saving the minutes turns their decision and action lines into entries of the project's decision
// log and action register, through those logs' own use cases, in the saving transaction. Which
// line is which item is worked out by src/core/meetings/captures.ts against what the last save
// captured (kept with the meeting), so a line is made into an item once: finishing a half-typed
// line, editing, moving it, or deleting and restoring it updates or finds its item again. An edit
// reaches the item only while nobody has changed it in its log since the minutes last wrote it.
// Cost: nothing beyond the meeting's own row when no captured line changed; a lookup of owners
// and one of item versions when some did; then each new or edited item's own writes.
import type { Action, Decision } from '../../contracts/raid.schema.ts';
import { capturesAfter, reconcileCaptures, type Assignment, type Capture } from '../../core/meetings/captures.ts';
import { parseMinutes, type MinutesItem, type MinutesProblem } from '../../core/meetings/minutes.ts';
import type { MeetingsTable } from '../../db/tables.ts';
import { actionKind } from '../raid/actions.ts';
import { decisionKind } from '../raid/decisions.ts';
import { createLogItem, updateLogItem, type LogEnv } from '../raid/raid-log.ts';
import { attendeeByHandle, attendeesOf } from './meeting-people.ts';

/** A captured line as kept with the meeting: the core's capture plus the item's code, owner and version. */
export interface StoredCapture extends Capture {
  code: string;
  ownerId: string | null;
  /** The item's version the minutes last wrote or read; a newer one means it was edited in its log. */
  version: number;
  followsMinutes: boolean;
}
export interface CaptureState {
  captures: StoredCapture[];
  problems: MinutesProblem[];
}

export const captureStateOf = (json: string): CaptureState => JSON.parse(json) as CaptureState;

const TITLE_MAX = 300;
const titleOf = (text: string): string => (Array.from(text).length > TITLE_MAX ? `${Array.from(text).slice(0, TITLE_MAX - 1).join('')}…` : text);

type Meeting = Pick<MeetingsTable, 'id' | 'projectId' | 'code' | 'title' | 'startsAt' | 'ownerId' | 'attendeesJson' | 'capturesJson'>;

/** Owners named by the lines that will write an item: e-mail addresses in one query, short handles among the attendees. */
async function ownersOf(env: LogEnv, meeting: Meeting, lines: MinutesItem[]): Promise<Map<string, string>> {
  const handles = [...new Set(lines.flatMap((l) => (l.owner ? [l.owner] : [])))];
  const emails = handles.filter((h) => h.includes('@'));
  const found = emails.length === 0 ? [] : await env.trx.selectFrom('users').select(['id', 'email']).where('email', 'in', emails).execute();
  const owners = new Map(found.map((u) => [u.email, u.id]));
  const attendees = attendeesOf(meeting.attendeesJson);
  for (const h of handles.filter((h) => !h.includes('@'))) {
    const id = attendeeByHandle(attendees, h);
    if (id) owners.set(h, id);
  }
  return owners;
}

/** The current versions of the items whose lines changed (one query per kind at most). */
async function versionsOf(env: LogEnv, changed: StoredCapture[]): Promise<Map<string, number>> {
  const ids = (kind: 'decision' | 'action') => changed.filter((c) => c.kind === kind).map((c) => c.key);
  const rows = [
    ...(ids('decision').length ? await env.trx.selectFrom('decisions').select(['id', 'version']).where('id', 'in', ids('decision')).execute() : []),
    ...(ids('action').length ? await env.trx.selectFrom('actions').select(['id', 'version']).where('id', 'in', ids('action')).execute() : []),
  ];
  return new Map(rows.map((r) => [r.id, r.version]));
}

/** Captures the minutes as saved now; returns what to keep with the meeting. */
export async function captureMinutes(env: LogEnv, meeting: Meeting, minutes: string): Promise<string> {
  const parsed = parseMinutes(minutes);
  const previous = captureStateOf(meeting.capturesJson).captures;
  const byKey = new Map(previous.map((c) => [c.key, c]));
  const assignments = reconcileCaptures(previous, parsed.items);
  const writing = assignments.filter((a) => a.key === null || (a.changed && byKey.get(a.key)!.followsMinutes));
  const owners = await ownersOf(env, meeting, writing.map((a) => a.line));
  const versions = await versionsOf(env, writing.flatMap((a) => (a.key ? [byKey.get(a.key)!] : [])));
  const ctx = { ...env.ctx, db: env.trx };
  const on = meeting.startsAt.slice(0, 10);
  const origin = `From the minutes of meeting ${meeting.code} “${meeting.title}” on ${on}.`;
  const made = new Map<Assignment, StoredCapture>();
  for (const a of writing) {
    const { kind, text } = a.line;
    const ownerId = a.line.owner ? (owners.get(a.line.owner) ?? null) : null;
    const full = titleOf(text) === text ? origin : `${text}\n\n${origin}`;
    const prior = a.key ? byKey.get(a.key)! : null;
    if (prior && versions.get(prior.key) !== prior.version) {
      made.set(a, { ...prior, followsMinutes: false });
      continue;
    }
    const item: Decision | Action =
      kind === 'decision'
        ? prior
          ? await updateLogItem(decisionKind, ctx, prior.key, prior.version, { title: titleOf(text), outcome: text }, 'update', undefined, { authorised: true })
          : await createLogItem(decisionKind, ctx, meeting.projectId, { title: titleOf(text), description: origin, ownerId: null, status: 'decided', outcome: text, rationale: '', decidedBy: meeting.ownerId ?? (env.ctx.actor.userId || null), decidedOn: on }, { authorised: true })
        : prior
          ? await updateLogItem(actionKind, ctx, prior.key, prior.version, { title: titleOf(text), ownerId, dueDate: a.line.dueDate }, 'update', undefined, { authorised: true })
          : await createLogItem(actionKind, ctx, meeting.projectId, { title: titleOf(text), description: full, ownerId, status: 'open', dueDate: a.line.dueDate, sourceType: 'meeting', sourceId: meeting.id }, { authorised: true });
    made.set(a, { key: item.id, kind, text, owner: a.line.owner, dueDate: a.line.dueDate, present: true, code: item.code, ownerId: kind === 'action' ? ownerId : null, version: item.version, followsMinutes: true });
  }
  const fresh = assignments.filter((a) => a.key === null).map((a) => made.get(a)!.key);
  const written = new Map([...made.values()].map((m) => [m.key, m]));
  const captures = capturesAfter(previous, assignments, fresh).map((c) => ({ ...(written.get(c.key) ?? byKey.get(c.key)!), ...c }));
  const unowned = assignments.flatMap((a) => {
    const c = captures.find((x) => x.key === (a.key ?? made.get(a)?.key));
    return c && c.kind === 'action' && c.owner && !c.ownerId ? [{ line: a.line.line, message: `@${c.owner} is nobody in Orrery (write their e-mail, or the part before the @ of an attendee’s); ${c.code} has no owner` }] : [];
  });
  return JSON.stringify({ captures, problems: [...parsed.problems, ...unowned].sort((x, y) => x.line - y.line) });
}
