// Earned schedule (Lipke, "Schedule is Different", 2003): the time at which the baseline planned
// to have earned what has been earned. Unlike SV and SPI, which measure schedule in money and
// drift back to 0 and 1 as any late project finishes, ES measures it in time and stays honest to
// the end. Everything here is in periods (days by default) of the cumulative PV curve.
import type { EarnedSchedule } from './evm-types.ts';
import { ratio } from './money.ts';

/** The time figures, without the grid they were counted on. */
export type EarnedScheduleFigures = Omit<EarnedSchedule, 'period' | 'origin'>;

export interface EarnedScheduleInput {
  /** Cumulative planned value at the period boundaries: pv[0] at the origin (0), pv[k] at the end of period k − 1. Non-decreasing. */
  readonly pv: ReadonlyArray<number>;
  readonly ev: number;
  /** Actual time in periods (the status date). For a finished project, the time it finished. */
  readonly at: number;
  /** Planned duration in periods. */
  readonly pd: number;
}

/** The first index whose value is at least `value` (or, `strictly`, above it); `pv.length` when none is. */
function firstReaching(pv: ReadonlyArray<number>, value: number, strictly: boolean): number {
  let lo = 0;
  let hi = pv.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strictly ? pv[mid]! > value : pv[mid]! >= value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * ES = C + I: C whole periods whose cumulative PV is reached by EV, and I the fraction of the next
 * one, (EV − PV(C)) / (PV(C + 1) − PV(C)). Two cases the formula leaves open are settled so that a
 * project exactly on plan has ES = AT:
 * - where EV equals the PV of a flat stretch of the curve (a weekend, a pause, or the end of the
 *   plan once EV = BAC), every time on it earned the same, and ES is the time on it nearest AT;
 * - ES never exceeds PD (periods are whole, PD need not be), so a finished project has ES = PD
 *   however late it finished.
 * Null when nothing was planned (the curve ends at 0).
 * @example
 * earnedScheduleTime([0, 1000, 2000, 3000, 4000], 2500, 3, 4); // 2.5
 */
export function earnedScheduleTime(pv: ReadonlyArray<number>, ev: number, at: number, pd: number): number | null {
  const last = pv.length - 1;
  const total = pv[last] ?? 0;
  if (last < 0 || total <= 0) return null;
  const target = Math.min(Math.max(ev, 0), total);
  const lo = firstReaching(pv, target, false);
  let es: number;
  if (pv[lo]! > target) {
    if (lo === 0) return 0;
    const before = pv[lo - 1]!;
    es = lo - 1 + (target - before) / (pv[lo]! - before);
  } else {
    const hi = firstReaching(pv, target, true) - 1;
    es = Math.min(Math.max(at, lo), hi);
  }
  return Math.min(es, pd);
}

/**
 * The earned-schedule figures at a status date: ES, SV(t) = ES − AT, SPI(t) = ES / AT,
 * IEAC(t) = PD / SPI(t), the plan-rate estimate AT + (PD − ES), TSPI = (PD − ES) / (PD − AT) and
 * TSPI to IEAC(t) = (PD − ES) / (IEAC(t) − AT). Null where a denominator is zero: SPI(t) while AT
 * is 0, IEAC(t) while SPI(t) is null or 0, TSPI when AT equals PD (or IEAC(t)); all are null with ES.
 * @example
 * // The fence: four sides of 1000, one a day; at the end of day 3, 2500 earned.
 * earnedSchedule({ pv: [0, 1000, 2000, 3000, 4000], ev: 2500, at: 3, pd: 4 });
 * // { pd: 4, at: 3, es: 2.5, svT: -0.5, spiT: 0.8333…, ieacT: 4.8, ieacTPlanRate: 4.5, tspi: 1.5, tspiToIeac: 0.833… }
 */
export function earnedSchedule(input: EarnedScheduleInput): EarnedScheduleFigures {
  const { pv, ev, at, pd } = input;
  const es = earnedScheduleTime(pv, ev, at, pd);
  if (es === null) return { pd, at, es, svT: null, spiT: null, ieacT: null, ieacTPlanRate: null, tspi: null, tspiToIeac: null };
  const spiT = ratio(es, at);
  const ieacT = spiT === null ? null : ratio(pd, spiT);
  return {
    pd,
    at,
    es,
    svT: es - at,
    spiT,
    ieacT,
    ieacTPlanRate: at + (pd - es),
    tspi: ratio(pd - es, pd - at),
    tspiToIeac: ieacT === null ? null : ratio(pd - es, ieacT - at),
  };
}
