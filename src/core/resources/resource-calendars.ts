// A resource's working time: the organisation's base calendars (MS Project's three to start with:
// Standard, 24 Hours, Night Shift), the resource's own calendar derived from one of them (part-time
// work weeks, holidays, leave), and what a day holds once its maximum units apply. The calendars are
// the engine's CalendarDefinition, so a resource's calendar drops into a schedule unchanged.
import type { CalendarDefinition, CalendarException, TimeRange } from '../calendar/calendar-types.ts';
import { dayRangesOf } from '../calendar/day-ranges.ts';
import { STANDARD_DAY, standardCalendar } from '../calendar/standard-calendar.ts';
import { dayFromIsoDate, isoDateFromDay } from '../calendar/wall-time.ts';
import { maxUnitsOn } from './capacity.ts';
import type { FieldIssue } from './resource-kinds.ts';
import type { MaxUnitsRow } from './resource-types.ts';

/** The base calendar of every resource that has no calendar of its own. */
export const DEFAULT_BASE_CALENDAR_ID = 'standard';

const ALL_DAY: ReadonlyArray<TimeRange> = [{ start: 0, end: 1440 }];
const NIGHT_START: ReadonlyArray<TimeRange> = [{ start: 23 * 60, end: 1440 }];
const NIGHT: ReadonlyArray<TimeRange> = [{ start: 0, end: 3 * 60 }, { start: 4 * 60, end: 8 * 60 }, { start: 23 * 60, end: 1440 }];
const NIGHT_END: ReadonlyArray<TimeRange> = [{ start: 0, end: 3 * 60 }, { start: 4 * 60, end: 8 * 60 }];

/** MS Project's base calendars, the organisation's until the PMO changes them. */
export const DEFAULT_BASE_CALENDARS: ReadonlyArray<CalendarDefinition> = [
  standardCalendar(DEFAULT_BASE_CALENDAR_ID, 'Standard'),
  { id: '24-hours', name: '24 Hours', baseId: null, week: Array.from({ length: 7 }, () => ALL_DAY), workWeeks: [], exceptions: [] },
  { id: 'night-shift', name: 'Night Shift', baseId: null, week: [[], NIGHT_START, NIGHT, NIGHT, NIGHT, NIGHT, NIGHT_END], workWeeks: [], exceptions: [] },
];

/** A standard working day (08:00–12:00, 13:00–17:00), for building part-time weeks. */
export const STANDARD_WORKING_DAY = STANDARD_DAY;

/** A period of leave: not working from `from` to `to` (inclusive). */
export interface Leave {
  readonly from: string;
  readonly to: string;
  readonly name: string;
}

/**
 * The exceptions with the leave added as a non-working exception, in date order; or the problems
 * (it ends before it starts, or it overlaps an exception already there, which would win over it).
 * @example addLeave([], { from: '2027-08-02', to: '2027-08-13', name: 'Summer leave' })
 * // { exceptions: [{ start: '2027-08-02', end: '2027-08-13', ranges: [], name: 'Summer leave' }] }
 */
export function addLeave(exceptions: ReadonlyArray<CalendarException>, leave: Leave): { exceptions: CalendarException[] } | { problems: FieldIssue[] } {
  if (leave.to < leave.from) return { problems: [{ path: 'to', message: `must be on or after from (${leave.from})` }] };
  const clash = exceptions.find((e) => e.start <= leave.to && e.end >= leave.from);
  if (clash) {
    const label = clash.name ? `"${clash.name}"` : 'an exception';
    return { problems: [{ path: 'from', message: `overlaps ${label} from ${clash.start} to ${clash.end}; change or remove that one in the calendar first` }] };
  }
  const added: CalendarException = { start: leave.from, end: leave.to, ranges: [], name: leave.name };
  return { exceptions: [...exceptions, added].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)) };
}

/** What one day gives: its working minutes on the calendar, the maximum units then, and the two together. */
export interface DayAvailability {
  readonly date: string;
  readonly workingMinutes: number;
  readonly maxUnits: number;
  /** Working minutes × maximum units / 100, rounded: the minutes of work the resource can take that day. */
  readonly capacityMinutes: number;
}

/**
 * Day by day from `from` to `to` (inclusive): working time of calendar `calendarId` of `calendars`
 * and the maximum units in force.
 * @example availability({ calendars: DEFAULT_BASE_CALENDARS, calendarId: 'standard', maxUnits: [{ from: '2027-01-01', units: 50 }], fallback: 100 }, '2027-01-04', '2027-01-04')
 * // [{ date: '2027-01-04', workingMinutes: 480, maxUnits: 50, capacityMinutes: 240 }]
 */
export function availability(
  source: { calendars: ReadonlyArray<CalendarDefinition>; calendarId: string; maxUnits: ReadonlyArray<MaxUnitsRow>; fallback: number },
  from: string,
  to: string,
): DayAvailability[] {
  const { rangesOf } = dayRangesOf(source.calendarId, source.calendars);
  const days: DayAvailability[] = [];
  for (let day = dayFromIsoDate(from), last = dayFromIsoDate(to); day <= last; day++) {
    const date = isoDateFromDay(day);
    const workingMinutes = rangesOf(day).reduce((sum, r) => sum + (r.end - r.start), 0);
    const maxUnits = maxUnitsOn(source.maxUnits, date, source.fallback);
    days.push({ date, workingMinutes, maxUnits, capacityMinutes: Math.round((workingMinutes * maxUnits) / 100) });
  }
  return days;
}
