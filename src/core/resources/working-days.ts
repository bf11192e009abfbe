// A resource's working time over the days a capacity view needs, as a running total of working
// minutes at each midnight: the one question capacity planning asks of a calendar ("how much
// working time lies before this instant?") answered by one array read, plus a walk through one
// day's ranges for an instant within a day. WorkCalendar answers it too, but it also builds the
// lookup tables the scheduler's conversions need, over three years; a portfolio has a calendar per
// person (their leave), and building thousands of those dominated the whole view. The days come
// from the same resolution of base calendars, work weeks and exceptions (`dayRangesOf`).
import type { CalendarDefinition, TimeRange } from '../calendar/calendar-types.ts';
import { dayRangesOf, type DaySource } from '../calendar/day-ranges.ts';
import { MINUTES_PER_DAY } from '../calendar/wall-time.ts';

const DAY = MINUTES_PER_DAY;

/** What spreading work needs of a calendar; a `WorkCalendar` has it too. */
export interface WorkingTotals {
  /** Working minutes from a fixed reference point to `instant`: only differences mean anything. */
  workingTotal(instant: number): number;
}

export class WorkingDays implements WorkingTotals {
  private readonly source: DaySource;
  /** The day whose midnight is total 0, so totals never move when the window grows. */
  private readonly anchor: number;
  private first = 0;
  private days = 0;
  /** Per day of the window, plus one: the total at its midnight. */
  private atMidnight = new Float64Array(1);
  private ranges: Array<ReadonlyArray<TimeRange>> = [];

  /** Calendar `id` of `calendars` (which must hold it and its base calendars) over days `firstDay` … `lastDay`, growing on demand. */
  constructor(id: string, calendars: ReadonlyArray<CalendarDefinition>, firstDay: number, lastDay: number) {
    this.source = dayRangesOf(id, calendars).rangesOf;
    this.anchor = firstDay;
    this.build(firstDay, Math.max(1, lastDay - firstDay + 1));
  }

  private build(first: number, days: number): void {
    const ranges: Array<ReadonlyArray<TimeRange>> = new Array(days);
    const atMidnight = new Float64Array(days + 1);
    let total = 0;
    for (let i = 0; i < days; i++) {
      const day = this.source(first + i);
      ranges[i] = day;
      atMidnight[i] = total;
      for (const r of day) total += r.end - r.start;
    }
    atMidnight[days] = total;
    const offset = atMidnight[this.anchor - first]!;
    for (let i = 0; i <= days; i++) atMidnight[i]! -= offset;
    this.first = first;
    this.days = days;
    this.atMidnight = atMidnight;
    this.ranges = ranges;
  }

  /** Grows the window to hold `day`, at least doubling it. */
  private cover(day: number): void {
    const last = this.first + this.days - 1;
    const first = day < this.first ? Math.min(day, this.first - this.days) : this.first;
    const end = day > last ? Math.max(day, last + this.days) : last;
    this.build(first, end - first + 1);
  }

  workingTotal(instant: number): number {
    const day = Math.floor(instant / DAY);
    if (day < this.first || day >= this.first + this.days) this.cover(day);
    const i = day - this.first;
    let total = this.atMidnight[i]!;
    const minute = instant - day * DAY;
    if (minute > 0) {
      for (const r of this.ranges[i]!) {
        if (minute <= r.start) break;
        total += Math.min(minute, r.end) - r.start;
      }
    }
    return total;
  }
}

/**
 * Each calendar with its base calendars, by id: what `WorkingDays` needs, without handing every
 * resource the whole list.
 */
export function calendarChains(calendars: ReadonlyArray<CalendarDefinition>): (id: string) => CalendarDefinition[] {
  const byId = new Map(calendars.map((c) => [c.id, c]));
  return (id) => {
    const chain: CalendarDefinition[] = [];
    for (let c = byId.get(id); c && !chain.includes(c); c = c.baseId === null ? undefined : byId.get(c.baseId)) chain.push(c);
    return chain;
  };
}
