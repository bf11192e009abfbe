// The life of a meeting and the timing of its agenda. A meeting is planned, then held (or
// cancelled); its minutes are sent once it was held, and may be sent again after a correction.
// Sending is a step of its own (it names the recipients), so no status change reaches
// minutes_sent directly. Agenda items run one after another from the start, each for the minutes
// allotted; an agenda longer than the meeting is flagged. Times are local `YYYY-MM-DDTHH:MM`.

export const MEETING_STATUSES = ['planned', 'held', 'minutes_sent', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

const MOVES: { readonly [S in MeetingStatus]: ReadonlyArray<MeetingStatus> } = {
  planned: ['held', 'cancelled'],
  held: ['planned'],
  minutes_sent: [],
  cancelled: ['planned'],
};

/** Why a status change is refused, or null when it is allowed (staying put always is). */
export function statusMoveProblem(from: MeetingStatus, to: MeetingStatus): string | null {
  if (from === to) return null;
  if (to === 'minutes_sent') return 'minutes are marked sent by sending them (POST …/send-minutes), not by a status change';
  if (MOVES[from].includes(to)) return null;
  const allowed = MOVES[from];
  return `a ${from.replace('_', ' ')} meeting cannot become ${to}${allowed.length ? `; it may become ${allowed.join(' or ')}` : ''}`;
}

/** Whether the minutes of a meeting in this status may be sent. */
export const minutesSendable = (status: MeetingStatus): boolean => status === 'held' || status === 'minutes_sent';

const toMinutes = (local: string): number => Date.UTC(Number(local.slice(0, 4)), Number(local.slice(5, 7)) - 1, Number(local.slice(8, 10)), Number(local.slice(11, 13)), Number(local.slice(14, 16))) / 60_000;
const fromMinutes = (minutes: number): string => new Date(minutes * 60_000).toISOString().slice(0, 16);

/** Minutes from one local date-time to another. */
export const minutesBetween = (from: string, to: string): number => toMinutes(to) - toMinutes(from);

export interface AgendaInput {
  readonly minutes: number | null;
}

/**
 * When each agenda item starts (an item without allotted minutes takes none), how long the agenda
 * runs, and whether it runs past the end of the meeting.
 * @example agendaTimes('2026-12-01T10:00', '2026-12-01T11:00', [{ minutes: 45 }, { minutes: 30 }]).overrunMinutes // 15
 */
export function agendaTimes<T extends AgendaInput>(startsAt: string, endsAt: string, items: ReadonlyArray<T>): { items: Array<T & { startsAt: string }>; totalMinutes: number; overrunMinutes: number } {
  let at = toMinutes(startsAt);
  const timed = items.map((item) => {
    const start = fromMinutes(at);
    at += item.minutes ?? 0;
    return { ...item, startsAt: start };
  });
  const totalMinutes = at - toMinutes(startsAt);
  return { items: timed, totalMinutes, overrunMinutes: Math.max(0, totalMinutes - minutesBetween(startsAt, endsAt)) };
}
