// Lookup tables for the distinct working days of a calendar (its "day shapes": a working day, a
// half day, a day off …), so that converting between an instant within a day and the working
// minutes before it is one array read instead of a walk through the day's ranges. Each table
// holds exactly what WorkCalendar's walk computes, for every whole minute of the day.
import type { TimeRange } from './calendar-types.ts';
import { MINUTES_PER_DAY } from './wall-time.ts';

/** Entries per day shape in each lookup table: one per minute of the day, 0 … 1440. */
export const TABLE_SIZE = MINUTES_PER_DAY + 1;
const TABLE = TABLE_SIZE;
const DAY = MINUTES_PER_DAY;

/**
 * A calendar's day shapes and their tables, all in three flat arrays (TABLE_SIZE entries per
 * shape). Days whose ranges are not whole minutes within the day get no table (-1) and are walked.
 */
export class DayShapes {
  private readonly byRanges = new Map<ReadonlyArray<TimeRange>, number>();
  private readonly byContent = new Map<string, number>();
  private count = 0;
  /** Working minutes of the day before minute m. */
  within = new Int32Array(0);
  /** Minute of the day at which its working total reaches x, at the start of a period or at the end of one; -1: not in this day. */
  startAt = new Int32Array(0);
  finishAt = new Int32Array(0);
  /** Per table offset / TABLE: whether the minute each total is reached at counts back to that total. */
  private readonly invertible: boolean[] = [];

  /** Offset of the tables of a day with these ranges, or -1. */
  baseOf(ranges: ReadonlyArray<TimeRange>): number {
    let base = this.byRanges.get(ranges);
    if (base === undefined) {
      const whole = ranges.every((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end >= 0 && r.start <= DAY && r.end <= DAY);
      const key = ranges.map((r) => `${r.start}-${r.end}`).join(',');
      base = whole ? (this.byContent.get(key) ?? this.add(ranges, key)) : -1;
      this.byRanges.set(ranges, base);
    }
    return base;
  }

  private add(ranges: ReadonlyArray<TimeRange>, key: string): number {
    const base = this.count * TABLE;
    this.count++;
    const grow = (old: Int32Array) => {
      const next = new Int32Array(this.count * TABLE);
      next.set(old);
      return next;
    };
    this.within = grow(this.within);
    this.startAt = grow(this.startAt);
    this.finishAt = grow(this.finishAt);
    for (let m = 0; m < TABLE; m++) {
      let total = 0;
      for (const r of ranges) {
        if (m <= r.start) break;
        total += Math.min(m, r.end) - r.start;
      }
      this.within[base + m] = total;
      this.startAt[base + m] = minuteReaching(ranges, m, true);
      this.finishAt[base + m] = minuteReaching(ranges, m, false);
    }
    // Ranges in order, apart, none reversed: every total of the day is reached within it.
    let invertible = ranges.every((r, i) => r.start <= r.end && (i === 0 || ranges[i - 1]!.end <= r.start));
    for (let x = 0; x < TABLE; x++) {
      const start = this.startAt[base + x]!;
      const finish = this.finishAt[base + x]!;
      if ((start >= 0 && this.within[base + start] !== x) || (finish >= 0 && this.within[base + finish] !== x)) invertible = false;
    }
    this.invertible.push(invertible);
    this.byContent.set(key, base);
    return base;
  }

  /** Whether a day with the tables at `base` (≥ 0) converts totals to minutes and back without loss. */
  isInvertible(base: number): boolean {
    return this.invertible[base / TABLE]!;
  }
}

/**
 * The walk of WorkCalendar's instantAt through one day: the minute at which `x` working minutes of
 * the day are reached, at the start of the next period (atStart) or the end of the last; or -1.
 */
function minuteReaching(ranges: ReadonlyArray<TimeRange>, x: number, atStart: boolean): number {
  let total = 0;
  for (const r of ranges) {
    const length = r.end - r.start;
    if (atStart ? x < total + length : x <= total + length) return r.start + Math.max(0, x - total);
    total += length;
  }
  return -1;
}
