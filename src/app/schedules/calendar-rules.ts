// The rules a project calendar must keep before the engine meets it: working time ranges in order
// within the day, dated periods that end after they start, a base calendar of the same project
// without loops, and some working time in the week (a calendar without any cannot place work).
import type { FieldProblem } from '../errors.ts';
import { AppError } from '../errors.ts';
import type { StoredCalendar } from './schedule-state.ts';

type Ranges = ReadonlyArray<{ start: number; end: number }>;
type Week = StoredCalendar['definition']['week'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function checkCalendar(calendars: ReadonlyArray<StoredCalendar>, calendar: StoredCalendar): void {
  const errors: FieldProblem[] = [];
  const { week, workWeeks, exceptions } = calendar.definition;
  week.forEach((day, i) => checkRanges(day, `definition.week.${i}`, errors));
  workWeeks.forEach((w, i) => {
    if (w.end < w.start) errors.push({ path: `definition.workWeeks.${i}.end`, message: 'must be on or after start' });
    w.week.forEach((day, d) => checkRanges(day, `definition.workWeeks.${i}.week.${d}`, errors));
  });
  exceptions.forEach((e, i) => {
    if (e.end < e.start) errors.push({ path: `definition.exceptions.${i}.end`, message: 'must be on or after start' });
    checkRanges(e.ranges, `definition.exceptions.${i}.ranges`, errors);
  });
  const byId = new Map(calendars.map((c) => [c.id, c]));
  byId.set(calendar.id, calendar);
  if (calendar.baseCalendarId === null) {
    week.forEach((day, i) => {
      if (day === null) errors.push({ path: `definition.week.${i}`, message: `${DAY_NAMES[i]} needs its working times ([] for a day off): there is no base calendar to take them from` });
    });
  } else if (!byId.has(calendar.baseCalendarId)) {
    errors.push({ path: 'baseCalendarId', message: 'no calendar of this project has this id' });
  } else if (baseChain(byId, calendar).includes(calendar.id)) {
    errors.push({ path: 'baseCalendarId', message: `"${byId.get(calendar.baseCalendarId)!.name}" already derives from this calendar; a calendar cannot be its own base` });
  }
  if (errors.length === 0 && !hasWorkingTime(byId, calendar)) {
    errors.push({ path: 'definition.week', message: 'the week has no working time at all; give at least one day working hours' });
  }
  if (errors.length > 0) {
    throw new AppError('validation_failed', `Calendar "${calendar.name}" is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`, { errors });
  }
}

/** A day's ranges: each within 00:00–24:00, ending after it starts, in order and not overlapping. */
function checkRanges(ranges: Ranges | null, path: string, errors: FieldProblem[]): void {
  if (ranges === null) return;
  let previousEnd = 0;
  ranges.forEach((r, i) => {
    if (r.end <= r.start) errors.push({ path: `${path}.${i}`, message: 'a working time must end after it starts' });
    else if (r.start < previousEnd) errors.push({ path: `${path}.${i}`, message: 'working times must be in order and must not overlap' });
    previousEnd = Math.max(previousEnd, r.end);
  });
}

/** The ids of the calendars `calendar` derives from, nearest first (stopping at a loop). */
function baseChain(byId: ReadonlyMap<string, StoredCalendar>, calendar: StoredCalendar): string[] {
  const chain: string[] = [];
  let base = calendar.baseCalendarId === null ? undefined : byId.get(calendar.baseCalendarId);
  while (base !== undefined && !chain.includes(base.id)) {
    chain.push(base.id);
    base = base.baseCalendarId === null ? undefined : byId.get(base.baseCalendarId);
  }
  return chain;
}

/** Whether the calendar's default week, with days taken from its bases where it leaves them open, has working time. */
function hasWorkingTime(byId: ReadonlyMap<string, StoredCalendar>, calendar: StoredCalendar): boolean {
  const layers: Week[] = [calendar.definition.week, ...baseChain(byId, calendar).map((id) => byId.get(id)!.definition.week)];
  return DAY_NAMES.some((_, day) => {
    const ranges = layers.map((week) => week[day]).find((d) => d !== null && d !== undefined);
    return ranges !== undefined && ranges !== null && ranges.length > 0;
  });
}
