// Working-time arithmetic on one calendar: where the next working minute is, what instant lies N
// working minutes after another, and how much working time lies between two instants.
//
// A calendar is resolved into working ranges per day, and a running total of working minutes at
// the start of each day over a window of days that grows on demand. Every conversion is then a
// binary search over that total plus a walk through one day's ranges: O(log days), no loops over
// the days of a long task.
import type { CalendarDefinition, TimeRange, WeekPattern } from './calendar-types.ts';
import { MINUTES_PER_DAY, dayFromIsoDate, dayOf, weekdayOf } from './wall-time.ts';

const EMPTY: ReadonlyArray<TimeRange> = [];
/** How many days a calendar's window may span before it is declared to have no working time. */
const SEARCH_LIMIT_DAYS = 366 * 400;

export class CalendarHasNoWorkingTime extends Error {
  constructor(readonly calendarId: string) {
    super(`Calendar ${calendarId} has no working time`);
  }
}

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

export class WorkCalendar {
  readonly id: string;
  private readonly layers: ReadonlyArray<ResolvedLayer>;
  /** The day whose midnight is working-minute 0; totals before it are negative. Never moves. */
  private readonly anchorDay: number;
  /** First day of the window. */
  private firstDay = 0;
  /** Per day of the window: its working ranges. */
  private dayRanges: Array<ReadonlyArray<TimeRange>> = [];
  /** Per day of the window, plus one: working minutes from the anchor's midnight to that day's midnight. */
  private cumulativeAtDay: Float64Array = new Float64Array(1);

  constructor(id: string, calendars: ReadonlyArray<CalendarDefinition>, aroundInstant: number) {
    const byId = new Map(calendars.map((c) => [c.id, c]));
    if (!byId.has(id)) throw new RangeError(`Unknown calendar ${id}`);
    this.id = id;
    this.layers = layersOf(id, byId);
    this.anchorDay = dayOf(aroundInstant);
    this.build(this.anchorDay - 366, 366 * 3);
  }

  private build(firstDay: number, days: number): void {
    if (days > SEARCH_LIMIT_DAYS) throw new CalendarHasNoWorkingTime(this.id);
    this.firstDay = firstDay;
    this.dayRanges = new Array(days);
    this.cumulativeAtDay = new Float64Array(days + 1);
    let total = 0;
    for (let i = 0; i < days; i++) {
      const ranges = rangesOfDay(this.layers, firstDay + i);
      this.dayRanges[i] = ranges;
      this.cumulativeAtDay[i] = total;
      for (const r of ranges) total += r.end - r.start;
    }
    this.cumulativeAtDay[days] = total;
    const atAnchor = this.cumulativeAtDay[this.anchorDay - firstDay]!;
    for (let i = 0; i <= days; i++) this.cumulativeAtDay[i]! -= atAnchor;
  }

  /** Grows the window to include `day`, at least doubling it so growth stays rare. */
  private cover(day: number): void {
    const days = this.dayRanges.length;
    if (day >= this.firstDay && day < this.firstDay + days) return;
    if (day < this.firstDay) this.build(Math.min(day - 366, this.firstDay - days), this.firstDay + days - Math.min(day - 366, this.firstDay - days));
    else this.build(this.firstDay, Math.max(day + 366, this.firstDay + 2 * days) - this.firstDay);
  }

  /** Working ranges of a day (by day number). */
  rangesOn(day: number): ReadonlyArray<TimeRange> {
    this.cover(day);
    return this.dayRanges[day - this.firstDay]!;
  }

  /** Working minutes from the anchor's midnight to `instant`. */
  private cumulative(instant: number): number {
    const day = dayOf(instant);
    this.cover(day);
    const index = day - this.firstDay;
    const minute = instant - day * MINUTES_PER_DAY;
    let total = this.cumulativeAtDay[index]!;
    for (const r of this.dayRanges[index]!) {
      if (minute <= r.start) break;
      total += Math.min(minute, r.end) - r.start;
    }
    return total;
  }

  /**
   * The instant at which the working total reaches `target`. Between two working periods the total
   * stands still; `edge` picks the end of the earlier period ('finish') or the start of the later
   * one ('start').
   */
  private instantAt(target: number, edge: 'start' | 'finish'): number {
    for (;;) {
      const days = this.dayRanges.length;
      const first = this.cumulativeAtDay[0]!;
      const last = this.cumulativeAtDay[days]!;
      const belowWindow = edge === 'start' ? target < first : target <= first;
      const aboveWindow = edge === 'start' ? target >= last : target > last;
      if (belowWindow) {
        this.cover(this.firstDay - 1);
        continue;
      }
      if (aboveWindow) {
        this.cover(this.firstDay + days);
        continue;
      }
      // The last day whose midnight total is below the target (≤ for 'start'), then walk forward.
      let lo = 0;
      let hi = days - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        const atMid = this.cumulativeAtDay[mid]!;
        if (edge === 'start' ? atMid <= target : atMid < target) lo = mid;
        else hi = mid - 1;
      }
      for (let index = lo; index < days; index++) {
        let total = this.cumulativeAtDay[index]!;
        const dayStart = (this.firstDay + index) * MINUTES_PER_DAY;
        for (const r of this.dayRanges[index]!) {
          const length = r.end - r.start;
          if (edge === 'start' ? target < total + length : target <= total + length) return dayStart + r.start + Math.max(0, target - total);
          total += length;
        }
      }
      throw new Error('unreachable: target inside the window but not found');
    }
  }

  /** The first working minute at or after `instant` (where a task starting then really starts). */
  nextWorkingMinute(instant: number): number {
    return this.instantAt(this.cumulative(instant), 'start');
  }

  /** The end of the last working period at or before `instant` (where a task finishing then really finishes). */
  previousWorkingEnd(instant: number): number {
    return this.instantAt(this.cumulative(instant), 'finish');
  }

  /** The finish of `minutes` of work starting at `start`; zero minutes finish where they start. */
  addWorking(start: number, minutes: number): number {
    if (minutes === 0) return start;
    if (minutes < 0) return this.subtractWorking(start, -minutes);
    return this.instantAt(this.cumulative(start) + minutes, 'finish');
  }

  /** The start of `minutes` of work that finishes at `finish`. */
  subtractWorking(finish: number, minutes: number): number {
    if (minutes === 0) return finish;
    if (minutes < 0) return this.addWorking(finish, -minutes);
    return this.instantAt(this.cumulative(finish) - minutes, 'start');
  }

  /** Working minutes from `from` to `to` (negative when `to` is earlier). */
  workingBetween(from: number, to: number): number {
    return this.cumulative(to) - this.cumulative(from);
  }
}
