// What an assignment's work costs: each day's minutes at the hourly rate in force that day, summed
// exactly and rounded once to the minor unit. Planned overtime is part of the work (as in MS
// Project: work = regular + overtime): it is spread over the days in proportion to each day's work,
// in whole minutes that add up exactly, and those minutes cost the overtime rate of their day.
// Days without a rate are not priced at zero: their minutes are counted apart, so the caller can say
// that part of the plan has no price.
import { dayFromIsoDate, isoDateFromDay } from '../calendar/wall-time.ts';

export interface WorkCost {
  /** The priced days' cost, minor units, rounded once (half away from zero). */
  readonly costMinor: number;
  /** Minutes of work on days without an hourly rate. */
  readonly unpricedMinutes: number;
}

/** The planned overtime of an assignment: minutes of its work, and the overtime rate by day. */
export interface PlannedOvertime {
  readonly minutes: number;
  readonly hourlyMinorOn: (day: string) => number | null;
}

/**
 * `overtime` minutes spread over days in proportion to `minutesByDay`, in whole minutes that add up
 * to the overtime (at most all the work): each day gets the floor of its share, and the minutes left
 * go to the days with the largest remainders (the earlier day on a tie).
 * @example
 * overtimeByDay([480, 480, 240], 120); // [48, 48, 24]
 * overtimeByDay([480, 480, 480], 100); // [34, 33, 33]
 */
export function overtimeByDay(minutesByDay: ReadonlyArray<number>, overtime: number): number[] {
  let work = 0;
  for (const m of minutesByDay) work += m;
  const total = Math.max(0, Math.min(Math.trunc(overtime), work));
  if (total === 0) return minutesByDay.map(() => 0);
  if (total === work) return [...minutesByDay];
  const shares = minutesByDay.map((m) => Math.floor((m * total) / work));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = minutesByDay.map((m, i) => ({ i, remainder: (m * total) % work })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    shares[i]!++;
    left--;
  }
  return shares;
}

/**
 * Prices work spread by day (`minutesByDay[i]` on `firstDay` + i) at `hourlyMinorOn(day)`, the
 * planned overtime's share of each day at its overtime rate.
 * @example
 * // 480 minutes on Monday and Tuesday at 60.00/h, no rate on Wednesday:
 * workCost('2026-03-02', [480, 480, 480], (d) => (d < '2026-03-04' ? 6000 : null)); // { costMinor: 96000, unpricedMinutes: 480 }
 * // two days of 8 h at 60.00/h, 4 h of it overtime at 90.00/h: 12 h × 60 + 4 h × 90
 * workCost('2026-03-02', [480, 480], () => 6000, { minutes: 240, hourlyMinorOn: () => 9000 }); // { costMinor: 108000, unpricedMinutes: 0 }
 */
export function workCost(firstDay: string, minutesByDay: ReadonlyArray<number>, hourlyMinorOn: (day: string) => number | null, overtime?: PlannedOvertime): WorkCost {
  const first = dayFromIsoDate(firstDay);
  const extra = overtime && overtime.minutes > 0 ? overtimeByDay(minutesByDay, overtime.minutes) : null;
  let sixtieths = 0;
  let unpricedMinutes = 0;
  const price = (minutes: number, rate: number | null) => {
    if (minutes === 0) return;
    if (rate === null) unpricedMinutes += minutes;
    else sixtieths += minutes * rate;
  };
  for (let i = 0; i < minutesByDay.length; i++) {
    const minutes = minutesByDay[i]!;
    if (minutes === 0) continue;
    const day = isoDateFromDay(first + i);
    const overtimeMinutes = extra?.[i] ?? 0;
    price(minutes - overtimeMinutes, minutes > overtimeMinutes ? hourlyMinorOn(day) : null);
    if (overtimeMinutes > 0) price(overtimeMinutes, overtime!.hourlyMinorOn(day));
  }
  return { costMinor: Math.sign(sixtieths) * Math.round(Math.abs(sixtieths) / 60), unpricedMinutes };
}
