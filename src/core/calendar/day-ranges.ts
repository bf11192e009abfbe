// Where a calendar's working ranges for a day come from: the calendar with its base calendars
// (exceptions win over work weeks, which win over the default week), or a combination of
// calendars, the working time of a task's resources. WorkCalendar builds its tables from these.
import type { CalendarDefinition, TimeRange, WeekPattern } from './calendar-types.ts';
import { dayFromIsoDate, weekdayOf as weekdayOfDay } from './wall-time.ts';

/** Module-local copy (see work-calendar.ts). */
const weekdayOf = weekdayOfDay;
const EMPTY: ReadonlyArray<TimeRange> = [];

interface ResolvedLayer {
  readonly id: string;
  readonly week: WeekPattern;
  readonly workWeeks: ReadonlyArray<{ startDay: number; endDay: number; week: WeekPattern }>;
  /** day number → ranges */
  readonly exceptions: ReadonlyMap<number, ReadonlyArray<TimeRange>>;
}

/** The calendar and its base calendars, most specific first. */
function layersOf(id: string, byId: ReadonlyMap<string, CalendarDefinition>): ResolvedLayer[] {
  const layers: ResolvedLayer[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    const exceptions = new Map<number, ReadonlyArray<TimeRange>>();
    for (const e of current.exceptions) {
      const last = dayFromIsoDate(e.end);
      for (let day = dayFromIsoDate(e.start); day <= last; day++) if (!exceptions.has(day)) exceptions.set(day, e.ranges);
    }
    layers.push({
      id: current.id,
      week: current.week,
      workWeeks: current.workWeeks.map((w) => ({ startDay: dayFromIsoDate(w.start), endDay: dayFromIsoDate(w.end), week: w.week })),
      exceptions,
    });
    current = current.baseId ? byId.get(current.baseId) : undefined;
  }
  return layers;
}

/** A day's working ranges: exceptions (own, then inherited) win over work weeks, which win over the default week. */
function rangesOfDay(layers: ReadonlyArray<ResolvedLayer>, day: number): ReadonlyArray<TimeRange> {
  for (const layer of layers) {
    const exception = layer.exceptions.get(day);
    if (exception) return exception;
  }
  const weekday = weekdayOf(day);
  for (const layer of layers) {
    for (const w of layer.workWeeks) {
      if (day >= w.startDay && day <= w.endDay) {
        const ranges = w.week[weekday];
        if (ranges) return ranges;
      }
    }
    const ranges = layer.week[weekday];
    if (ranges) return ranges;
  }
  return EMPTY;
}

/**
 * The working time of a task with resources assigned, as MS Project schedules it: whenever any of
 * the resources works (the union of their calendars) and, when the task has a calendar of its
 * own, only while that calendar works too (the intersection with it).
 */
export interface CalendarCombination {
  readonly anyOf: ReadonlyArray<string>;
  readonly within: string | null;
}

/** A day's working ranges, by day number. */
export type DaySource = (day: number) => ReadonlyArray<TimeRange>;

/** Ranges sorted by start, with overlapping or touching ranges merged. */
function mergeRanges(ranges: TimeRange[]): TimeRange[] {
  ranges.sort((a, b) => a.start - b.start);
  const merged: TimeRange[] = [];
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else merged.push(r);
  }
  return merged;
}

/** The parts of `ranges` (sorted, apart) that lie within `bounds` (sorted, apart). */
function intersectRanges(ranges: ReadonlyArray<TimeRange>, bounds: ReadonlyArray<TimeRange>): TimeRange[] {
  const result: TimeRange[] = [];
  for (const r of ranges) {
    for (const b of bounds) {
      const start = Math.max(r.start, b.start);
      const end = Math.min(r.end, b.end);
      if (start < end) result.push({ start, end });
    }
  }
  return result;
}

/** The days of a combination: each distinct result is one shared array, so day shapes stay few. */
function combinedSource(combination: CalendarCombination, byId: ReadonlyMap<string, CalendarDefinition>): DaySource {
  const members = combination.anyOf.map((id) => layersOf(id, byId));
  const within = combination.within === null ? null : layersOf(combination.within, byId);
  const canonical = new Map<string, ReadonlyArray<TimeRange>>();
  return (day) => {
    const union = mergeRanges(members.flatMap((layers) => rangesOfDay(layers, day)));
    const ranges = within === null ? union : intersectRanges(union, mergeRanges([...rangesOfDay(within, day)]));
    const key = ranges.map((r) => `${r.start}-${r.end}`).join(',');
    let shared = canonical.get(key);
    if (!shared) canonical.set(key, (shared = ranges.length === 0 ? EMPTY : ranges));
    return shared;
  };
}

/** A readable id for a combination (for messages): "3+4 within 1". */
function combinationId(combination: CalendarCombination): string {
  const union = combination.anyOf.join('+');
  return combination.within === null ? union : `${union} within ${combination.within}`;
}

/**
 * The day ranges of calendar `calendar` of `calendars`, or of a combination of them, and the id it
 * goes by in messages ("3+4 within 1" for a combination).
 */
export function dayRangesOf(calendar: string | CalendarCombination, calendars: ReadonlyArray<CalendarDefinition>): { id: string; rangesOf: DaySource } {
  const byId = new Map(calendars.map((c) => [c.id, c]));
  if (typeof calendar === 'string') {
    if (!byId.has(calendar)) throw new RangeError(`Unknown calendar ${calendar}`);
    const layers = layersOf(calendar, byId);
    return { id: calendar, rangesOf: (day) => rangesOfDay(layers, day) };
  }
  const unknown = [...calendar.anyOf, ...(calendar.within === null ? [] : [calendar.within])].find((c) => !byId.has(c));
  if (unknown !== undefined || calendar.anyOf.length === 0) throw new RangeError(`Unknown calendar ${unknown ?? '(none to combine)'}`);
  return { id: combinationId(calendar), rangesOf: combinedSource(calendar, byId) };
}
