// Builds schedule inputs tersely, for tests and benchmarks: `task(1, 'Design', '2d')`.
import { standardCalendar } from '../calendar/standard-calendar.ts';
import { wallFromIso } from '../calendar/wall-time.ts';
import type { LinkInput, LinkType, ScheduleInput, TaskInput } from './schedule-types.ts';

const UNIT: Record<string, number> = { m: 1, h: 60, d: 480, w: 2400 };

/** '2d' → 960 working minutes on an 8-hour day; '3h' → 180; '0d' → 0. */
export function minutes(text: string): number {
  const match = /^(-?\d+(?:\.\d+)?)([mhdw])$/.exec(text);
  if (!match) throw new RangeError(`Not a duration: ${text}`);
  return Math.round(Number(match[1]) * UNIT[match[2]!]!);
}

export function task(uid: number, name: string, duration: string, extra: Partial<TaskInput> = {}): TaskInput {
  const d = minutes(duration);
  return {
    uid, id: uid, name, outlineLevel: 1, summary: false, milestone: d === 0, manual: false, estimated: false, duration: d, elapsed: false, calendarId: null,
    constraintType: 'ASAP', constraintDate: null, deadline: null, actualStart: null, actualFinish: null, percentComplete: 0,
    remainingDuration: null, start: null, finish: null, active: true, ...extra,
  };
}

export function link(predecessorUid: number, successorUid: number, type: LinkType = 'FS', lag = '0d', extra: Partial<LinkInput> = {}): LinkInput {
  return { predecessorUid, successorUid, type, lag: minutes(lag), lagElapsed: false, lagPercent: null, ...extra };
}

export function plan(tasks: TaskInput[], links: LinkInput[] = [], extra: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    scheduleFromStart: true, projectStart: wallFromIso('2026-03-02T08:00'), projectFinish: null, statusDate: null,
    calendars: [standardCalendar()], projectCalendarId: 'standard', minutesPerDay: 480, minutesPerWeek: 2400, daysPerMonth: 20,
    tasks, links, ...extra,
  };
}
