// Discounting: present values and the net present value of signed flows in minor units, flow t
// arriving t periods from now and flow 0 now (undiscounted). The sum is taken unrounded with
// Neumaier's compensated summation, so a long series of months loses no precision, and rounded
// once to minor units, half away from zero, at the end.
import { roundHalfAway } from '../finance/currency.ts';
import { PERIODS_PER_YEAR, type Periodicity, type RateConvention } from './business-case-types.ts';
import { assertFlowsAndRate } from './flow-checks.ts';

/**
 * The rate per period equivalent to an annual rate (see `RateConvention`).
 * @example periodRate(0.08, 'month') // 0.0064340301100034… ((1.08)^(1/12) − 1)
 * @example periodRate(0.08, 'month', 'nominal') // 0.00666…
 */
export function periodRate(annualRate: number, periodicity: Periodicity, convention: RateConvention = 'effective'): number {
  const k = PERIODS_PER_YEAR[periodicity];
  if (k === 1) return annualRate;
  return convention === 'nominal' ? annualRate / k : Math.expm1(Math.log1p(annualRate) / k);
}

/**
 * The annual rate equivalent to a rate per period: the inverse of `periodRate`.
 * @example annualRate(0.01, 'month') // 0.1268250301319698 ((1.01)^12 − 1)
 */
export function annualRate(ratePerPeriod: number, periodicity: Periodicity, convention: RateConvention = 'effective'): number {
  const k = PERIODS_PER_YEAR[periodicity];
  if (k === 1) return ratePerPeriod;
  return convention === 'nominal' ? ratePerPeriod * k : Math.expm1(Math.log1p(ratePerPeriod) * k);
}

/**
 * 1 / (1 + rate)^t: what one unit t periods from now is worth now.
 * @example discountFactor(0.1, 2) // 0.8264462809917354
 */
export const discountFactor = (rate: number, t: number): number => Math.pow(1 + rate, -t);

/** Σ values, compensated (Neumaier): the error stays at one rounding whatever the number of terms. */
export function compensatedSum(values: Iterable<number>): number {
  let sum = 0;
  let compensation = 0;
  for (const v of values) {
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/** Each flow's present value, unrounded (flow 0 as it is). */
export function presentValues(flows: ReadonlyArray<number>, rate: number): number[] {
  return flows.map((f, t) => (t === 0 ? f : f * discountFactor(rate, t)));
}

/**
 * The net present value, unrounded: Σ flow_t / (1 + rate)^t for t = 0 … n − 1. Throws a
 * RangeError on empty flows, amounts that are not whole minor units, or a rate of −100 % or below.
 * @example npvExact([-1000, 1100], 0.1) // 0 (to within floating point)
 */
export function npvExact(flows: ReadonlyArray<number>, rate: number): number {
  assertFlowsAndRate(flows, rate);
  return compensatedSum(presentValues(flows, rate));
}

/**
 * The net present value in minor units, rounded once, half away from zero. Flow 0 is now and is
 * not discounted; Excel's `NPV(rate, v1, …, vn)` equals `npv([0, v1, …, vn], rate)`.
 * @example
 * // Excel's documentation: 10 % a year, −10,000 paid a year from now, then 3,000, 4,200, 6,800.
 * npv([0, -1_000_000, 300_000, 420_000, 680_000], 0.1) // 118_844 (1,188.44)
 */
export function npv(flows: ReadonlyArray<number>, rate: number): number {
  return toMinor(npvExact(flows, rate));
}

/**
 * Rounds a derived amount to whole minor units, half away from zero as finance rounds, never to −0.
 * @example toMinor(-0.4) // 0
 */
export const toMinor = (x: number): number => roundHalfAway(x) + 0;
