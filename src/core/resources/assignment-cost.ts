// What an assignment's work costs: each day's minutes at the hourly rate in force that day, summed
// exactly and rounded once to the minor unit. Days without a rate are not priced at zero: their
// minutes are counted apart, so the caller can say that part of the plan has no price.
import { dayFromIsoDate, isoDateFromDay } from '../calendar/wall-time.ts';

export interface WorkCost {
  /** The priced days' cost, minor units, rounded once (half away from zero). */
  readonly costMinor: number;
  /** Minutes of work on days without an hourly rate. */
  readonly unpricedMinutes: number;
}

/**
 * Prices work spread by day (`minutesByDay[i]` on `firstDay` + i) at `hourlyMinorOn(day)`.
 * @example
 * // 480 minutes on Monday and Tuesday at 60.00/h, no rate on Wednesday:
 * workCost('2026-03-02', [480, 480, 480], (d) => (d < '2026-03-04' ? 6000 : null)); // { costMinor: 96000, unpricedMinutes: 480 }
 */
export function workCost(firstDay: string, minutesByDay: ReadonlyArray<number>, hourlyMinorOn: (day: string) => number | null): WorkCost {
  const first = dayFromIsoDate(firstDay);
  let sixtieths = 0;
  let unpricedMinutes = 0;
  for (let i = 0; i < minutesByDay.length; i++) {
    const minutes = minutesByDay[i]!;
    if (minutes === 0) continue;
    const rate = hourlyMinorOn(isoDateFromDay(first + i));
    if (rate === null) unpricedMinutes += minutes;
    else sixtieths += minutes * rate;
  }
  return { costMinor: Math.sign(sixtieths) * Math.round(Math.abs(sixtieths) / 60), unpricedMinutes };
}
