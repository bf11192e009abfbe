// The periods of S-curves and of earned schedule: calendar days, ISO weeks (Monday to Sunday) or
// calendar months, from midnight to midnight of the project's local time. Earned schedule counts
// time in these periods; within a period, time is measured by the share of its working time that
// has passed (so 17:00 on a working day is that day's end, as the evening after it is), or by
// clock time in a period without working time.
import type { PeriodUnit, WorkingTime } from './evm-types.ts';
import { dayOf, MINUTES_PER_DAY, weekdayOf } from '../calendar/wall-time.ts';

/** How long a grid may grow: a hundred years of days. */
const MAX_PERIODS = 36_525;

/**
 * The start of the period holding `instant`.
 * @example
 * periodStartOf(wallFromIso('2026-03-04T10:00'), 'week');  // wallFromIso('2026-03-02T00:00'), a Monday
 * periodStartOf(wallFromIso('2026-03-04T10:00'), 'month'); // wallFromIso('2026-03-01T00:00')
 */
export function periodStartOf(instant: number, unit: PeriodUnit): number {
  const day = dayOf(instant);
  if (unit === 'day') return day * MINUTES_PER_DAY;
  if (unit === 'week') return (day - ((weekdayOf(day) + 6) % 7)) * MINUTES_PER_DAY;
  const date = new Date(day * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 60_000;
}

/**
 * The start of the period after the one starting at `start`.
 * @example
 * nextPeriodStart(wallFromIso('2026-01-01T00:00'), 'month'); // wallFromIso('2026-02-01T00:00')
 */
export function nextPeriodStart(start: number, unit: PeriodUnit): number {
  if (unit === 'day') return start + MINUTES_PER_DAY;
  if (unit === 'week') return start + 7 * MINUTES_PER_DAY;
  const date = new Date(start * 60_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 60_000;
}

/**
 * The boundaries of consecutive periods from `origin` (a period start) until one ends at or after
 * `until`: boundary k is the end of period k − 1, so there are periods + 1 of them. Throws a
 * RangeError past a hundred years of days, which only a corrupt date produces.
 * @example
 * periodBoundaries(wallFromIso('2026-03-02'), wallFromIso('2026-03-04T17:00'), 'day');
 * // [2 March 00:00, 3 March, 4 March, 5 March 00:00] as wall minutes
 */
export function periodBoundaries(origin: number, until: number, unit: PeriodUnit): number[] {
  const boundaries = [origin];
  let at = origin;
  while (at < until) {
    at = nextPeriodStart(at, unit);
    boundaries.push(at);
    if (boundaries.length > MAX_PERIODS) throw new RangeError(`More than ${MAX_PERIODS} periods from ${origin} to ${until}: check the dates.`);
  }
  if (boundaries.length === 1) boundaries.push(nextPeriodStart(origin, unit));
  return boundaries;
}

/**
 * The time from `origin` to `instant` in periods: the whole periods before it, plus the share of
 * its own period's working time already passed (clock time when that period has none). 0 at or
 * before the origin.
 * @example
 * // Monday 2 March 2026 is the origin; Wednesday 17:00 ends the third working day.
 * periodsBetween(wallFromIso('2026-03-02'), wallFromIso('2026-03-04T17:00'), 'day', standardWorkingTime); // 3
 */
export function periodsBetween(origin: number, instant: number, unit: PeriodUnit, calendar: WorkingTime): number {
  if (instant <= origin) return 0;
  let whole = 0;
  let start = origin;
  if (unit === 'day' || unit === 'week') {
    const length = unit === 'day' ? MINUTES_PER_DAY : 7 * MINUTES_PER_DAY;
    whole = Math.floor((instant - origin) / length);
    start = origin + whole * length;
  } else {
    for (let next = nextPeriodStart(start, unit); next <= instant; next = nextPeriodStart(start, unit)) {
      start = next;
      whole++;
    }
  }
  if (start === instant) return whole;
  const end = nextPeriodStart(start, unit);
  const work = calendar.workingBetween(start, end);
  const share = work > 0 ? calendar.workingBetween(start, instant) / work : (instant - start) / (end - start);
  return whole + share;
}
