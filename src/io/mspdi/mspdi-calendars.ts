// MSPDI <Calendars> to the engine's calendar definitions: the working week (DayType 1–7 = Sunday…
// Saturday), dated exceptions (Project 2007+'s <Exceptions>, recurring ones expanded; else the
// older DayType 0 days), and work weeks. Base, derived and resource calendars are all kept.
import type { CalendarDefinition, CalendarException, TimeRange, WeekPattern, WorkWeek } from '../../core/calendar/calendar-types.ts';
import { expandRecurrence, joinConsecutiveDays, type RecurrenceRule } from '../shared/recurrence.ts';
import { parseDay } from '../shared/wall-time.ts';
import type { XmlElement } from './xml-element.ts';

/** MS Project's default working day, used where a day is marked working but lists no times. */
const DEFAULT_DAY: ReadonlyArray<TimeRange> = [
  { start: 480, end: 720 },
  { start: 780, end: 1020 },
];

export function readMspdiCalendars(project: XmlElement, warnings: string[]): CalendarDefinition[] {
  const read = (project.child('Calendars')?.children('Calendar') ?? []).map((calendar) => readCalendar(calendar, warnings));
  const ids = new Set(read.map((c) => c.id));
  return read.map(({ baseUid, isBase, ...calendar }) => {
    if (isBase || baseUid === null || baseUid < 0) return { ...calendar, baseId: null };
    const baseId = String(baseUid);
    if (ids.has(baseId) && baseId !== calendar.id) return { ...calendar, baseId };
    warnings.push(`Calendar ${calendar.id} (${calendar.name}) derives from calendar ${baseUid}, which is not in the file; read as having no base.`);
    return { ...calendar, baseId: null };
  });
}

type ReadCalendar = Omit<CalendarDefinition, 'baseId'> & { readonly baseUid: number | null; readonly isBase: boolean };

function readCalendar(calendar: XmlElement, warnings: string[]): ReadCalendar {
  const uid = calendar.int('UID');
  if (uid === null) throw calendar.bad('UID', 'a calendar has no UID');
  const id = String(uid);
  const name = calendar.text('Name') ?? `Calendar ${uid}`;
  const baseUid = calendar.int('BaseCalendarUID');
  const isBase = calendar.bool('IsBaseCalendar') ?? (baseUid === null || baseUid < 0);

  const week: Array<ReadonlyArray<TimeRange> | undefined> = new Array<ReadonlyArray<TimeRange> | undefined>(7).fill(undefined);
  const legacyExceptions: CalendarException[] = [];
  for (const day of calendar.child('WeekDays')?.children('WeekDay') ?? []) {
    const type = day.int('DayType');
    if (type === 0) legacyExceptions.push(...readDatedDay(day, warnings, `calendar ${id}`));
    else if (type !== null && type >= 1 && type <= 7) week[type - 1] = readDayTimes(day, warnings, `calendar ${id}`);
    else if (type !== null) throw day.bad('DayType', `${type} is not a day type (0 for a dated exception, 1–7 for Sunday…Saturday)`);
  }

  const exceptionElements = calendar.child('Exceptions')?.children('Exception') ?? [];
  // Project 2007+ writes both forms; the <Exceptions> list is the real one (the DayType 0 days are its expansion).
  const exceptions = exceptionElements.length > 0 ? exceptionElements.flatMap((e) => readException(e, warnings, `calendar ${id}`)) : legacyExceptions;

  const workWeeks: WorkWeek[] = (calendar.child('WorkWeeks')?.children('WorkWeek') ?? []).flatMap((w) => readWorkWeek(w, warnings, `calendar ${id}`));

  return { id, name, week, exceptions: sortByStart(exceptions), workWeeks, baseUid, isBase };
}

/** A weekday's or an exception's working times: [] when not working, undefined when not said. */
function readDayTimes(day: XmlElement, warnings: string[], where: string): ReadonlyArray<TimeRange> {
  const ranges = readRanges(day);
  const working = day.bool('DayWorking') ?? ranges.length > 0;
  if (!working) return [];
  if (ranges.length === 0) {
    warnings.push(`${day.path} in ${where} is working but lists no working times; MS Project's default 08:00–12:00, 13:00–17:00 assumed.`);
    return DEFAULT_DAY;
  }
  return ranges;
}

function readRanges(day: XmlElement): TimeRange[] {
  const ranges: TimeRange[] = [];
  for (const time of day.child('WorkingTimes')?.children('WorkingTime') ?? []) {
    const start = time.time('FromTime', false);
    const end = time.time('ToTime', true);
    if (start === null || end === null) continue;
    if (end <= start) throw time.bad('ToTime', `the working time ends at or before it starts`);
    ranges.push({ start, end });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** The pre-2007 form: <WeekDay> with DayType 0 and a <TimePeriod> of dates. */
function readDatedDay(day: XmlElement, warnings: string[], where: string): CalendarException[] {
  const span = readSpan(day);
  if (span === null) return [];
  return [{ ...span, ranges: readDayTimes(day, warnings, where) }];
}

function readSpan(element: XmlElement): { start: string; end: string } | null {
  const period = element.child('TimePeriod');
  if (period === null) return null;
  const from = period.text('FromDate');
  const to = period.text('ToDate');
  if (from === null && to === null) return null;
  const start = from === null ? null : parseDay(from);
  const end = to === null ? start : parseDay(to);
  if (start === null) throw period.bad('FromDate', `"${from ?? ''}" is not a date`);
  if (end === null) throw period.bad('ToDate', `"${to ?? ''}" is not a date`);
  if (end < start) throw period.bad('ToDate', `the period ends (${end}) before it starts (${start})`);
  return { start, end };
}

/**
 * One <Exception>. Type: 1 daily (every Period days, default 1), 2 yearly on a date, 3 yearly "nth weekday of month", 4 monthly
 * on a day, 5 monthly "nth weekday", 6 weekly (DaysOfWeek bits: 1 Sunday … 64 Saturday), 7 every
 * Period days. MonthItem 3–9 = Sunday…Saturday; MonthPosition 0–3 = first…fourth, 4 = last;
 * Month 0–11. The TimePeriod bounds the recurrence (its ToDate is the last occurrence).
 */
function readException(exception: XmlElement, warnings: string[], where: string): CalendarException[] {
  const span = readSpan(exception);
  if (span === null) return [];
  const name = exception.text('Name') ?? undefined;
  const ranges = readDayTimes(exception, warnings, where);
  const type = exception.int('Type');
  const period = exception.int('Period') ?? 1;
  if (type === null || type === 0 || ((type === 1 || type === 7) && period <= 1)) return [withName({ ...span, ranges }, name)];

  const rule = recurrenceOf(exception, type, span);
  if (typeof rule === 'string') {
    warnings.push(`${exception.path} (${name ?? 'unnamed'}) in ${where}: ${rule}; exception left out.`);
    return [];
  }
  const expanded = expandRecurrence(rule);
  if ('problem' in expanded) {
    warnings.push(`${exception.path} (${name ?? 'unnamed'}) in ${where}: ${expanded.problem}; exception left out.`);
    return [];
  }
  return joinConsecutiveDays(expanded.days).map((days) => withName({ ...days, ranges }, name));
}

function recurrenceOf(exception: XmlElement, type: number, span: { start: string; end: string }): RecurrenceRule | string {
  const base = {
    start: span.start,
    finish: span.end,
    occurrences: exception.int('Occurrences'),
    frequency: exception.int('Period') ?? 1,
    relative: type === 3 || type === 5,
    dayNumber: null,
    month: null,
    weekdays: [],
  };
  const monthItem = exception.int('MonthItem');
  const position = exception.int('MonthPosition');
  const relativeParts = (): Pick<RecurrenceRule, 'weekdays' | 'dayNumber'> | string => {
    if (monthItem === null || monthItem < 3 || monthItem > 9) return `MonthItem ${monthItem ?? 'missing'} is not a weekday (3–9); "day", "weekday" and "weekend day" items are not supported`;
    if (position === null || position < 0 || position > 4) return `MonthPosition ${position ?? 'missing'} is not 0–4`;
    return { weekdays: [monthItem - 3], dayNumber: position + 1 };
  };
  const month = exception.int('Month');
  switch (type) {
    case 2:
    case 3: {
      if (month === null || month < 0 || month > 11) return `yearly recurrence with Month ${month ?? 'missing'} (expected 0–11)`;
      const day = type === 3 ? relativeParts() : { weekdays: [], dayNumber: exception.int('MonthDay') };
      return typeof day === 'string' ? day : { ...base, kind: 'yearly', month: month + 1, ...day };
    }
    case 4:
      return { ...base, kind: 'monthly', dayNumber: exception.int('MonthDay') };
    case 5: {
      const day = relativeParts();
      return typeof day === 'string' ? day : { ...base, kind: 'monthly', ...day };
    }
    case 6: {
      const bits = exception.int('DaysOfWeek') ?? 0;
      const weekdays = [0, 1, 2, 3, 4, 5, 6].filter((d) => (bits & (1 << d)) !== 0);
      return { ...base, kind: 'weekly', weekdays };
    }
    case 1:
    case 7:
      return { ...base, kind: 'daily' };
    default:
      return `recurrence Type ${type} is not one MS Project writes (0–7)`;
  }
}

function readWorkWeek(workWeek: XmlElement, warnings: string[], where: string): WorkWeek[] {
  const span = readSpan(workWeek);
  if (span === null) return [];
  const week: Array<ReadonlyArray<TimeRange> | undefined> = new Array<ReadonlyArray<TimeRange> | undefined>(7).fill(undefined);
  for (const day of workWeek.child('WeekDays')?.children('WeekDay') ?? []) {
    const type = day.int('DayType');
    if (type !== null && type >= 1 && type <= 7) week[type - 1] = readDayTimes(day, warnings, where);
  }
  const name = workWeek.text('Name') ?? undefined;
  const result: WorkWeek = { ...span, week: week as WeekPattern };
  return [name === undefined ? result : { ...result, name }];
}

function withName(exception: CalendarException, name: string | undefined): CalendarException {
  return name === undefined ? exception : { ...exception, name };
}

function sortByStart(exceptions: CalendarException[]): CalendarException[] {
  return exceptions.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
