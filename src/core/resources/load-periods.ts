// The periods of a capacity view over its days: calendar days, ISO weeks (Monday to Sunday) or
// calendar months, clipped to the first and last day looked at. Day numbers and typed arrays, so
// folding a year of days into weeks is one pass.
import { isoDateFromDay, weekdayOf } from '../calendar/wall-time.ts';
import type { LoadPeriod, PeriodUnit } from './resource-types.ts';

export interface PeriodGrid {
  readonly unit: PeriodUnit;
  readonly count: number;
  /** Per day of the range (0 = the first day): its period. */
  readonly periodOfDay: Int32Array;
  /** Per period: its first and last day number (clipped to the range). */
  readonly firstDays: Int32Array;
  readonly lastDays: Int32Array;
}

/** The first day (number) of the period holding `day`. */
export function periodStartDay(day: number, unit: PeriodUnit): number {
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((weekdayOf(day) + 6) % 7);
  const date = new Date(day * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 86_400_000;
}

/**
 * The periods of `unit` over `days` days from `firstDay`.
 * @example
 * periodGrid(dayFromIsoDate('2026-03-04'), 10, 'week'); // 2 periods: 4–8 March (clipped) and 9–13 March
 */
export function periodGrid(firstDay: number, days: number, unit: PeriodUnit): PeriodGrid {
  const periodOfDay = new Int32Array(days);
  const firsts: number[] = [];
  const lasts: number[] = [];
  let current = Number.NaN;
  for (let i = 0; i < days; i++) {
    const start = periodStartDay(firstDay + i, unit);
    if (start !== current) {
      current = start;
      firsts.push(firstDay + i);
      lasts.push(firstDay + i);
    }
    lasts[lasts.length - 1] = firstDay + i;
    periodOfDay[i] = firsts.length - 1;
  }
  return { unit, count: firsts.length, periodOfDay, firstDays: Int32Array.from(firsts), lastDays: Int32Array.from(lasts) };
}

/** The periods as the reports show them. */
export const loadPeriods = (grid: PeriodGrid): LoadPeriod[] => Array.from({ length: grid.count }, (_, index) => ({ index, firstDay: isoDateFromDay(grid.firstDays[index]!), lastDay: isoDateFromDay(grid.lastDays[index]!) }));

/** Sums `days` values from `values[offset]` into `out[outOffset + period]`, period by period. */
export function foldDays(grid: PeriodGrid, values: Float64Array, offset: number, out: Float64Array, outOffset: number): void {
  const periodOfDay = grid.periodOfDay;
  const days = periodOfDay.length;
  for (let i = 0; i < days; i++) out[outOffset + periodOfDay[i]!]! += values[offset + i]!;
}
