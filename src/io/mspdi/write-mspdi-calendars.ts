// The engine's calendars as MSPDI <Calendars>: the working week (DayType 1–7), every dated
// exception both as Project 2007+'s <Exception> and as the older DayType 0 day (as MS Project and
// MPXJ write both), and work weeks. Recurrences were expanded on import, so each is a dated span.
import type { CalendarDefinition, CalendarException, TimeRange, WeekPattern, WorkWeek } from '../../core/calendar/calendar-types.ts';
import { dayNumber } from '../shared/wall-time.ts';
import { dayEnd, dayStart, flag, timeOfDay, xmlText, type XmlOut } from './write-mspdi-values.ts';

/** Exception <Type> 1 is "daily"; with no <Period> (every day) it covers each day of its <TimePeriod>, as MS Project writes a one-off exception. */
const DAILY = '1';

export function calendarsXml(calendars: ReadonlyArray<CalendarDefinition>, uidOf: (id: string) => number): XmlOut {
  return { Calendar: calendars.map((calendar) => calendarXml(calendar, uidOf)) };
}

function calendarXml(calendar: CalendarDefinition, uidOf: (id: string) => number): XmlOut {
  const weekDays = [...weekDaysXml(calendar.week), ...calendar.exceptions.map(legacyExceptionXml)];
  return {
    UID: String(uidOf(calendar.id)),
    Name: xmlText(calendar.name),
    IsBaseCalendar: flag(calendar.baseId === null),
    IsBaselineCalendar: '0',
    BaseCalendarUID: String(calendar.baseId === null ? -1 : uidOf(calendar.baseId)),
    WeekDays: weekDays.length > 0 ? { WeekDay: weekDays } : undefined,
    Exceptions: calendar.exceptions.length > 0 ? { Exception: calendar.exceptions.map(exceptionXml) } : undefined,
    WorkWeeks: calendar.workWeeks.length > 0 ? { WorkWeek: calendar.workWeeks.map(workWeekXml) } : undefined,
  };
}

/** Days the calendar leaves `undefined` ("as the base calendar") are not written. */
function weekDaysXml(week: WeekPattern): XmlOut[] {
  const days: XmlOut[] = [];
  week.forEach((ranges, weekday) => {
    if (ranges !== undefined) days.push({ DayType: String(weekday + 1), ...workingXml(ranges) });
  });
  return days;
}

function workingXml(ranges: ReadonlyArray<TimeRange>): XmlOut {
  return {
    DayWorking: flag(ranges.length > 0),
    WorkingTimes: ranges.length > 0 ? { WorkingTime: ranges.map((r) => ({ FromTime: timeOfDay(r.start), ToTime: timeOfDay(r.end) })) } : undefined,
  };
}

function periodXml(span: { readonly start: string; readonly end: string }): XmlOut {
  return { FromDate: dayStart(span.start), ToDate: dayEnd(span.end) };
}

function legacyExceptionXml(exception: CalendarException): XmlOut {
  const { DayWorking, WorkingTimes } = workingXml(exception.ranges);
  return { DayType: '0', DayWorking, TimePeriod: periodXml(exception), WorkingTimes };
}

function exceptionXml(exception: CalendarException): XmlOut {
  const name = exception.name === undefined ? '' : xmlText(exception.name).trim();
  return {
    EnteredByOccurrences: '0',
    TimePeriod: periodXml(exception),
    Occurrences: String(dayNumber(exception.end) - dayNumber(exception.start) + 1),
    Name: name === '' ? undefined : name,
    Type: DAILY,
    ...workingXml(exception.ranges),
  };
}

function workWeekXml(workWeek: WorkWeek): XmlOut {
  const days = weekDaysXml(workWeek.week);
  const name = workWeek.name === undefined ? '' : xmlText(workWeek.name).trim();
  return {
    TimePeriod: periodXml(workWeek),
    Name: name === '' ? undefined : name,
    WeekDays: days.length > 0 ? { WeekDay: days } : undefined,
  };
}
