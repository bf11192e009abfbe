// Earned schedule of a program or portfolio: the projects' daily planned-value curves (in one
// currency, which the caller has converted them to) summed day by day onto one calendar, and
// Lipke's figures read off the sum at the group's EV. Each project's curve holds its PV at the end
// of every day from its own origin to its planned finish and stays at its BAC after it, so the sum
// is the group's PV at the end of every day; ES, SV(t), SPI(t) and IEAC(t) are then in calendar
// days from the earliest origin (a group has no one working calendar).
import type { EarnedSchedule } from './evm-types.ts';
import { earnedSchedule } from './earned-schedule.ts';

const DAY = 1440;

/** A daily cumulative PV curve: `pvCurve[k]` is PV at the end of day k counted from `origin` (a midnight, wall minutes). */
export interface DailyCurve {
  readonly origin: number;
  readonly pvCurve: ReadonlyArray<number>;
}

/**
 * The day-by-day sum of curves: from the earliest origin to the latest end, each curve counting 0
 * before its origin and its last value after its end. Empty curves add nothing.
 * @example
 * sumDailyCurves([{ origin: 0, pvCurve: [10, 20] }, { origin: 1440, pvCurve: [5] }]);
 * // { origin: 0, pvCurve: [10, 25, 25] }
 */
export function sumDailyCurves(curves: ReadonlyArray<DailyCurve>): DailyCurve {
  const parts = curves.filter((c) => c.pvCurve.length > 0);
  if (parts.length === 0) return { origin: 0, pvCurve: [] };
  const origin = Math.min(...parts.map((c) => c.origin));
  const length = Math.max(...parts.map((c) => Math.round((c.origin - origin) / DAY) + c.pvCurve.length));
  const sum = new Float64Array(length);
  // What every curve that has ended adds from the day after its end on, accumulated in one pass.
  const after = new Float64Array(length + 1);
  for (const c of parts) {
    const offset = Math.round((c.origin - origin) / DAY);
    for (let k = 0; k < c.pvCurve.length; k++) sum[offset + k]! += c.pvCurve[k]!;
    after[offset + c.pvCurve.length]! += c.pvCurve[c.pvCurve.length - 1]!;
  }
  let ended = 0;
  for (let k = 0; k < length; k++) {
    ended += after[k]!;
    sum[k]! += ended;
  }
  return { origin, pvCurve: Array.from(sum) };
}

/**
 * Earned schedule in days of a summed curve at a status date (wall minutes, the end of a status
 * day) for the group's EV; null when nothing is planned.
 * @example
 * // Two one-day projects of 1000 on consecutive days; at the end of day 2, 1500 earned:
 * dailyEarnedSchedule({ origin: 0, pvCurve: [1000, 2000] }, 1500, 2 * 1440);
 * // { period: 'day', origin: 0, pd: 2, at: 2, es: 1.5, svT: -0.5, spiT: 0.75, ieacT: 2.666…, … }
 */
export function dailyEarnedSchedule(curve: DailyCurve, ev: number, statusDate: number): EarnedSchedule | null {
  if (curve.pvCurve.length === 0 || curve.pvCurve[curve.pvCurve.length - 1]! <= 0) return null;
  const pv = [0, ...curve.pvCurve];
  const at = Math.max(0, (statusDate - curve.origin) / DAY);
  return { period: 'day', origin: curve.origin, ...earnedSchedule({ pv, ev, at, pd: curve.pvCurve.length }) };
}
