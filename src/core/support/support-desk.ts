// The PMO support desk: requests to the PMO by category move through a simple queue
// (new → in progress → resolved → closed, a resolved one reopened to in progress), and each is timed
// against the service level of its category: first response (the PMO takes it up or resolves it) and
// resolution, in hours from when it was raised on the PMO's clock: the working hours of one of the
// organisation's calendars in the PMO's time zone (a request raised on Friday evening is not late on
// Saturday), or plain elapsed hours. A target passed without the event is a breach now (overdue);
// an event after its target is a breach on record.
import type { CalendarDefinition } from '../calendar/calendar-types.ts';
import { utcMsAt, wallMinutesAt } from '../calendar/time-zones.ts';
import { WorkCalendar } from '../calendar/work-calendar.ts';

export const SUPPORT_CATEGORIES = ['reporting', 'scheduling_support', 'assurance', 'training', 'tool_help', 'consulting'] as const;
export type SupportCategory = (typeof SUPPORT_CATEGORIES)[number];
export const SUPPORT_STATUSES = ['new', 'in_progress', 'resolved', 'closed'] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

export interface ServiceLevel {
  readonly firstResponseHours: number;
  readonly resolutionHours: number;
}
export type ServiceLevels = Readonly<Record<SupportCategory, ServiceLevel>>;

const HOUR_MS = 3_600_000;

/** What ships until the PMO sets its own, in working hours: quick help within a working day, consulting within two weeks. */
export const DEFAULT_SERVICE_LEVELS: ServiceLevels = {
  reporting: { firstResponseHours: 8, resolutionHours: 40 },
  scheduling_support: { firstResponseHours: 8, resolutionHours: 40 },
  assurance: { firstResponseHours: 16, resolutionHours: 120 },
  training: { firstResponseHours: 16, resolutionHours: 80 },
  tool_help: { firstResponseHours: 4, resolutionHours: 16 },
  consulting: { firstResponseHours: 24, resolutionHours: 80 },
};

/** How service-level hours count: working hours of a calendar in a time zone, or elapsed hours. */
export interface SlaClockSetting {
  readonly basis: 'working' | 'elapsed';
  /** A base calendar of the organisation (its working time and holidays), for working hours. */
  readonly calendarId: string;
  /** The IANA time zone the PMO works in, for working hours. */
  readonly timeZone: string;
}

export const DEFAULT_SLA_CLOCK: SlaClockSetting = { basis: 'working', calendarId: 'standard', timeZone: 'UTC' };

/** Counts service-level time between UTC instants (milliseconds). */
export interface SlaClock {
  /** The instant `hours` of the clock's time after `fromMs`. */
  due(fromMs: number, hours: number): number;
  /** The clock's minutes from `fromMs` to `toMs`. */
  minutes(fromMs: number, toMs: number): number;
}

export const ELAPSED_CLOCK: SlaClock = {
  due: (fromMs, hours) => fromMs + hours * HOUR_MS,
  minutes: (fromMs, toMs) => Math.max(0, Math.round((toMs - fromMs) / 60_000)),
};

/** Working hours of calendar `calendarId` of `calendars`, read in `timeZone`. */
export function workingClock(calendarId: string, calendars: ReadonlyArray<CalendarDefinition>, timeZone: string, aroundMs: number): SlaClock {
  const calendar = new WorkCalendar(calendarId, calendars, wallMinutesAt(aroundMs, timeZone));
  const wall = (ms: number) => wallMinutesAt(ms, timeZone);
  return {
    due: (fromMs, hours) => utcMsAt(calendar.addWorking(calendar.nextWorkingMinute(wall(fromMs)), hours * 60), timeZone),
    minutes: (fromMs, toMs) => Math.max(0, calendar.workingBetween(wall(fromMs), wall(toMs))),
  };
}

/** The clock a setting describes (`calendars`: the organisation's base calendars). */
export function slaClockOf(setting: SlaClockSetting, calendars: ReadonlyArray<CalendarDefinition>, aroundMs: number): SlaClock {
  return setting.basis === 'elapsed' ? ELAPSED_CLOCK : workingClock(setting.calendarId, calendars, setting.timeZone, aroundMs);
}

const NEXT: Readonly<Record<SupportStatus, ReadonlyArray<SupportStatus>>> = {
  new: ['in_progress', 'resolved'],
  in_progress: ['resolved'],
  resolved: ['in_progress', 'closed'],
  closed: [],
};

/** Whether a request may move from one status to another; a message saying what to do when not. */
export function transitionProblem(from: SupportStatus, to: SupportStatus): string | null {
  if (from === to || NEXT[from].includes(to)) return null;
  const allowed = NEXT[from];
  const words = (s: string) => s.replace('_', ' ');
  return allowed.length === 0 ? `A ${from} request is final; raise a new one.` : `From ${words(from)} a request moves to ${allowed.map(words).join(' or ')}, not ${words(to)}.`;
}

export interface RequestTimes {
  readonly category: SupportCategory;
  /** ISO-8601 instants. */
  readonly raisedAt: string;
  readonly firstResponseAt: string | null;
  readonly resolvedAt: string | null;
}

export interface TargetState {
  readonly dueAt: string;
  /** Minutes on the service level's clock from raising to the event, or to now while it has not happened. */
  readonly minutes: number;
  readonly met: boolean | null;
  readonly breached: boolean;
}

export interface RequestSla {
  readonly firstResponse: TargetState;
  readonly resolution: TargetState;
  readonly breached: boolean;
}

function target(clock: SlaClock, raisedMs: number, hours: number, at: string | null, nowMs: number): TargetState {
  const dueMs = clock.due(raisedMs, hours);
  const endMs = at !== null ? Date.parse(at) : nowMs;
  const breached = endMs > dueMs;
  return { dueAt: new Date(dueMs).toISOString(), minutes: clock.minutes(raisedMs, endMs), met: at === null ? null : !breached, breached };
}

/**
 * A request's first-response and resolution times against its category's service level, at `now`.
 * @example
 * requestSla({ category: 'tool_help', raisedAt: '2026-05-04T09:00:00Z', firstResponseAt: null, resolvedAt: null }, DEFAULT_SERVICE_LEVELS, '2026-05-04T14:00:00Z', ELAPSED_CLOCK)
 * // firstResponse: { breached: true, met: null, minutes: 300 … }
 */
export function requestSla(request: RequestTimes, levels: ServiceLevels, now: string, clock: SlaClock = ELAPSED_CLOCK): RequestSla {
  const level = levels[request.category];
  const raisedMs = Date.parse(request.raisedAt);
  const nowMs = Date.parse(now);
  const firstResponse = target(clock, raisedMs, level.firstResponseHours, request.firstResponseAt, nowMs);
  const resolution = target(clock, raisedMs, level.resolutionHours, request.resolvedAt, nowMs);
  return { firstResponse, resolution, breached: firstResponse.breached || resolution.breached };
}

/** Checks service levels: positive hours, resolution no sooner than first response. */
export function serviceLevelProblems(levels: ServiceLevels): { path: string; message: string }[] {
  return SUPPORT_CATEGORIES.flatMap((c) => {
    const l = levels[c];
    if (!l) return [{ path: c, message: 'give this category a service level' }];
    return l.resolutionHours < l.firstResponseHours ? [{ path: `${c}.resolutionHours`, message: `resolution (${l.resolutionHours} h) must not come before first response (${l.firstResponseHours} h)` }] : [];
  });
}
