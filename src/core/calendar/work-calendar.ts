// Working-time arithmetic on one calendar: where the next working minute is, what instant lies N
// working minutes after another, and how much working time lies between two instants.
//
// A calendar is resolved into working ranges per day, and a running total of working minutes at
// the start of each day over a window of days that grows on demand. Every conversion is then a
// search over that total plus a walk through one day's ranges: no loops over the days of a long
// task. The scheduler makes millions of these conversions, so for the calendars every real plan
// has (whole minutes, ranges in order) both steps are array reads: each distinct working day
// gets lookup tables holding, for every minute, exactly what the walk computes, and an index from
// totals to days replaces the search. Anything else takes the straightforward algorithm, so every
// answer is the one it gives. The scheduler may also work in totals directly (`roundTrips`).
import type { CalendarDefinition, TimeRange } from './calendar-types.ts';
import { MINUTES_PER_DAY } from './wall-time.ts';
import { dayRangesOf, type CalendarCombination, type DaySource } from './day-ranges.ts';
import { DayShapes, TABLE_SIZE } from './day-shapes.ts';

/** Module-local copies: the hot paths read them without going through import bindings (which some loaders, tsx among them, turn into getter calls). */
const DAY = MINUTES_PER_DAY;
const TABLE = TABLE_SIZE;
/** How many days a calendar's window may span before it is declared to have no working time. */
const SEARCH_LIMIT_DAYS = 366 * 400;

export class CalendarHasNoWorkingTime extends Error {
  constructor(readonly calendarId: string) {
    super(`Calendar ${calendarId} has no working time`);
  }
}


/**
 * `x`, or the whole number it misses only by floating-point error. Fractions of a minute come from
 * stored seconds (09:08:24 is minute 548.4 of its day, which binary floating point cannot hold
 * exactly); without this, a total that should land on a day's boundary lands a hair before it and
 * picks the wrong side (17:00 of the day before instead of 08:00).
 */
function nearlyWhole(x: number): number {
  const whole = Math.round(x);
  return Math.abs(x - whole) < 1e-6 ? whole : x;
}

const START = true;
const FINISH = false;

export class WorkCalendar {
  readonly id: string;
  private readonly daySource: DaySource;
  private readonly shapes = new DayShapes();
  /** The day whose midnight is working-minute 0; totals before it are negative. Never moves. */
  private readonly anchorDay: number;
  /** First day of the window, and its length in days. */
  private firstDay = 0;
  private days = 0;
  /** Per day of the window: its working ranges, and the offset of its lookup tables (-1: none). */
  private dayRanges: Array<ReadonlyArray<TimeRange>> = [];
  private dayTable: Int32Array = new Int32Array(0);
  /** Per day of the window, plus one: working minutes from the anchor's midnight to that day's midnight. */
  private cumulativeAtDay: Float64Array = new Float64Array(1);
  /** Whether the running total never decreases (true for every real calendar). */
  private monotone = true;
  /** Whether every day of the window has lookup tables (so every running total is a whole number). */
  private tabled = true;
  /** Whether, besides, every total inside the window converts to an instant and back without loss. */
  private invertible = true;
  /**
   * When monotone and tabled, an index from totals to days: dayOfBucket[b] is the last day whose
   * midnight total is at most cumulativeAtDay[0] + b * bucketSize (about a day's work per bucket).
   */
  private bucketSize = 1;
  private dayOfBucket: Int32Array = new Int32Array(0);

  /** The calendar `id` of `calendars`, or the working time of a combination of them. */
  constructor(id: string | CalendarCombination, calendars: ReadonlyArray<CalendarDefinition>, aroundInstant: number) {
    const source = dayRangesOf(id, calendars);
    this.id = source.id;
    this.daySource = source.rangesOf;
    this.anchorDay = Math.floor(aroundInstant / DAY);
    this.build(this.anchorDay - 366, 366 * 3);
  }

  private build(firstDay: number, days: number): void {
    if (days > SEARCH_LIMIT_DAYS) throw new CalendarHasNoWorkingTime(this.id);
    const dayRanges: Array<ReadonlyArray<TimeRange>> = new Array(days);
    const dayTable = new Int32Array(days);
    const cumulativeAtDay = new Float64Array(days + 1);
    let total = 0;
    let tabled = true;
    let invertible = true;
    for (let i = 0; i < days; i++) {
      const ranges = this.daySource(firstDay + i);
      dayRanges[i] = ranges;
      dayTable[i] = this.shapes.baseOf(ranges);
      if (dayTable[i]! < 0) tabled = false;
      else if (!this.shapes.isInvertible(dayTable[i]!)) invertible = false;
      cumulativeAtDay[i] = total;
      for (const r of ranges) total += r.end - r.start;
    }
    cumulativeAtDay[days] = total;
    const atAnchor = cumulativeAtDay[this.anchorDay - firstDay]!;
    let monotone = true;
    for (let i = 0; i <= days; i++) {
      cumulativeAtDay[i]! -= atAnchor;
      if (i > 0 && !(cumulativeAtDay[i - 1]! <= cumulativeAtDay[i]!)) monotone = false;
    }
    this.firstDay = firstDay;
    this.days = days;
    this.dayRanges = dayRanges;
    this.dayTable = dayTable;
    this.cumulativeAtDay = cumulativeAtDay;
    this.monotone = monotone;
    this.tabled = tabled;
    this.invertible = tabled && invertible && monotone;
    if (tabled && monotone) this.indexDays();
  }

  /** Builds `dayOfBucket` over the window. */
  private indexDays(): void {
    const cumulative = this.cumulativeAtDay;
    const days = this.days;
    const first = cumulative[0]!;
    const span = cumulative[days]! - first;
    this.bucketSize = Math.max(1, Math.ceil(span / days));
    const buckets = Math.floor(span / this.bucketSize) + 1;
    const dayOfBucket = new Int32Array(buckets);
    let i = 0;
    for (let b = 0; b < buckets; b++) {
      const bound = first + b * this.bucketSize;
      while (i + 1 < days && cumulative[i + 1]! <= bound) i++;
      dayOfBucket[b] = i;
    }
    this.dayOfBucket = dayOfBucket;
  }

  /** Grows the window to include `day`, at least doubling it so growth stays rare. */
  private cover(day: number): void {
    const days = this.days;
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
    // Fast path: a whole, non-negative minute inside the window of a whole-minute calendar, in
    // integer arithmetic (the sums are exact, so they equal the walk's): one table read.
    const whole = instant | 0;
    if (whole === instant && whole >= 0 && this.tabled) {
      const day = (whole / DAY) | 0;
      const index = day - this.firstDay;
      if (index >= 0 && index < this.days) {
        return this.cumulativeAtDay[index]! + this.shapes.within[this.dayTable[index]! + whole - day * DAY]!;
      }
    }
    return this.cumulativeAnywhere(instant);
  }

  /** `cumulative` for any instant: grows the window to it, and walks the day's ranges. */
  private cumulativeAnywhere(instant: number): number {
    const day = Math.floor(instant / DAY);
    if (!(day >= this.firstDay && day < this.firstDay + this.days)) this.cover(day);
    const index = day - this.firstDay;
    const minute = nearlyWhole(instant - day * DAY);
    if (this.tabled && minute >>> 0 === minute && minute < TABLE) return this.cumulativeAtDay[index]! + this.shapes.within[this.dayTable[index]! + minute]!;
    let total = this.cumulativeAtDay[index]!;
    for (const r of this.dayRanges[index]!) {
      if (minute <= r.start) break;
      total += Math.min(minute, r.end) - r.start;
    }
    return total;
  }

  /**
   * The instant at which the working total reaches `target`. Between two working periods the total
   * stands still; `edge` picks the end of the earlier period (FINISH) or the start of the later
   * one (START).
   */
  private instantAt(total: number, edge: boolean): number {
    const target = (total | 0) === total ? total : nearlyWhole(total);
    const cumulative = this.cumulativeAtDay;
    const days = this.days;
    const inside = edge === START ? target >= cumulative[0]! && target < cumulative[days]! : target > cumulative[0]! && target <= cumulative[days]!;
    if (inside && this.monotone && this.tabled) {
      const lo = this.dayIndexOf(target, edge);
      const x = target - cumulative[lo]!;
      if ((x | 0) === x && x >= 0 && x < TABLE) {
        const minute = (edge === START ? this.shapes.startAt : this.shapes.finishAt)[this.dayTable[lo]! + x]!;
        if (minute >= 0) return (this.firstDay + lo) * DAY + minute;
      }
    }
    return this.instantAtAnywhere(target, edge);
  }

  /** `instantAt` for any target and calendar: grows the window until it holds the target. */
  private instantAtAnywhere(target: number, edge: boolean): number {
    for (;;) {
      const days = this.days;
      const first = this.cumulativeAtDay[0]!;
      const last = this.cumulativeAtDay[days]!;
      const belowWindow = edge === START ? target < first : target <= first;
      const aboveWindow = edge === START ? target >= last : target > last;
      if (belowWindow) {
        this.cover(this.firstDay - 1);
        continue;
      }
      if (aboveWindow) {
        this.cover(this.firstDay + days);
        continue;
      }
      const lo = this.bisect(target, edge);
      const x = target - this.cumulativeAtDay[lo]!;
      if (this.tabled && x >>> 0 === x && x < TABLE) {
        const minute = (edge === START ? this.shapes.startAt : this.shapes.finishAt)[this.dayTable[lo]! + x]!;
        if (minute >= 0) return (this.firstDay + lo) * DAY + minute;
      }
      return this.walk(lo, target, edge);
    }
  }

  /** From day `lo` on, the walk through the ranges that finds the instant of `target`. */
  private walk(lo: number, target: number, edge: boolean): number {
    for (let index = lo; index < this.days; index++) {
      let total = this.cumulativeAtDay[index]!;
      const dayStart = (this.firstDay + index) * DAY;
      for (const r of this.dayRanges[index]!) {
        const length = r.end - r.start;
        if (edge === START ? target < total + length : target <= total + length) return dayStart + r.start + Math.max(0, target - total);
        total += length;
      }
    }
    throw new Error('unreachable: target inside the window but not found');
  }

  /** The last day of the window whose midnight total is below the target (≤ for START); 0 if none. */
  private bisect(target: number, edge: boolean): number {
    return this.bisectBetween(target, edge, 0, this.days - 1);
  }

  /** `bisect` within days lo … hi. */
  private bisectBetween(target: number, edge: boolean, from: number, to: number): number {
    const cumulative = this.cumulativeAtDay;
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const atMid = cumulative[mid]!;
      if (edge === START ? atMid <= target : atMid < target) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * As `bisect`, on a never-decreasing total of whole minutes, through the bucket index: the last
   * day whose total is at most the target (START), or below it (FINISH), which for whole totals
   * is at most the target rounded up, less one.
   */
  private dayIndexOf(target: number, edge: boolean): number {
    const cumulative = this.cumulativeAtDay;
    const bound = edge === START ? Math.floor(target) : Math.ceil(target) - 1;
    let i = this.dayOfBucket[Math.floor((bound - cumulative[0]!) / this.bucketSize)]!;
    const lastIndex = this.days - 1;
    while (i < lastIndex && cumulative[i + 1]! <= bound) i++;
    return i;
  }

  /** The first working minute at or after `instant` (where a task starting then really starts). */
  nextWorkingMinute(instant: number): number {
    return this.instantAt(this.cumulative(instant), START);
  }

  /** The end of the last working period at or before `instant` (where a task finishing then really finishes). */
  previousWorkingEnd(instant: number): number {
    return this.instantAt(this.cumulative(instant), FINISH);
  }

  /** The finish of `minutes` of work starting at `start`; zero minutes finish where they start. */
  addWorking(start: number, minutes: number): number {
    if (minutes === 0) return start;
    if (minutes < 0) return this.subtractWorking(start, -minutes);
    return this.instantAt(this.cumulative(start) + minutes, FINISH);
  }

  /** The start of `minutes` of work that finishes at `finish`. */
  subtractWorking(finish: number, minutes: number): number {
    if (minutes === 0) return finish;
    if (minutes < 0) return this.addWorking(finish, -minutes);
    return this.instantAt(this.cumulative(finish) - minutes, START);
  }

  /** Working minutes from `from` to `to` (negative when `to` is earlier). */
  workingBetween(from: number, to: number): number {
    return this.cumulative(to) - this.cumulative(from);
  }

  /**
   * Working minutes from the calendar's reference point to `instant`: only differences between
   * totals mean anything. `workingBetween(a, b)` is `workingTotal(b) - workingTotal(a)`.
   */
  workingTotal(instant: number): number {
    return this.cumulative(instant);
  }

  /**
   * Whether totals are exact here: whole minutes, and each total converts to an instant and back
   * unchanged. Once false, it stays false (the calendar only ever resolves more days).
   */
  get exactTotals(): boolean {
    return this.invertible;
  }

  /**
   * `workingTotal(instant)` when the calendar has exact totals and has already resolved the
   * instant's day (so the answer never changes and asking changes nothing); NaN otherwise.
   */
  resolvedTotal(instant: number): number {
    if (!this.invertible) return NaN;
    const day = Math.floor(instant / DAY);
    return day >= this.firstDay && day < this.firstDay + this.days ? this.cumulative(instant) : NaN;
  }

  /**
   * Whether `total` round-trips: the calendar has exact totals, and the instant at which the
   * working total reaches `total` (at either edge) lies among the days already resolved. Then
   * `workingTotal(instantAtTotal(total, edge))` is `total`, and neither conversion changes the
   * calendar, so a caller may keep the total instead of converting back and forth. For example
   * `workingTotal(addWorking(a, m))` is `workingTotal(a) + m` when that sum round-trips.
   */
  roundTrips(total: number): boolean {
    return this.invertible && (total | 0) === total && total > this.cumulativeAtDay[0]! && total < this.cumulativeAtDay[this.days]!;
  }

  /**
   * The instant at which the working total reaches `total`: at the start of the next working
   * period ('start') or the end of the last one ('finish') when it falls between two.
   * `addWorking(a, m)` is `instantAtTotal(workingTotal(a) + m, 'finish')` for m > 0.
   */
  instantAtTotal(total: number, edge: 'start' | 'finish'): number {
    return this.instantAt(total, edge === 'start');
  }
}
