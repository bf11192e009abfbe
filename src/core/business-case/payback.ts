// Payback: how long until the cumulative flow stops being negative. A period's flow is taken to
// arrive evenly over the period (t − 1, t], so within the period that pays back the moment is
// interpolated linearly: (t − 1) + what was still owed ÷ the period's flow. "Paid back" means for
// good: if a later cost pulls the cumulative below zero again, payback is where it turns
// non-negative for the last time, and a case that ends below zero is never paid back (null).
// Flow 0 is now, so a case whose cumulative is never negative pays back at 0.
import { presentValues } from './discounting.ts';
import { assertFlowsAndRate } from './flow-checks.ts';

/**
 * The payback moment of a series, in periods, or null when it ends owing. `zero` is the size
 * below which a cumulative counts as zero (floating-point dust of discounted sums).
 */
function paybackOf(flows: ReadonlyArray<number>, zero: number): number | null {
  const cumulative: number[] = [];
  let sum = 0;
  for (const f of flows) cumulative.push((sum += f));
  const owes = (c: number): boolean => c < -zero;
  if (owes(cumulative[cumulative.length - 1]!)) return null;
  // The last period that still owed; payback falls in the period after it.
  let last = -1;
  for (let t = cumulative.length - 1; t >= 0; t--) {
    if (owes(cumulative[t]!)) {
      last = t;
      break;
    }
  }
  if (last < 0) return 0;
  const owed = -cumulative[last]!;
  const flow = flows[last + 1]!;
  return Math.min(last + 1, last + owed / flow);
}

/**
 * Simple payback in periods (fractional), or null when the flows never pay back for good.
 * @example paybackPeriods([-1000, 400, 400, 400]) // 2.5
 * @example paybackPeriods([-1000, 400, 400]) // null
 */
export function paybackPeriods(flows: ReadonlyArray<number>): number | null {
  assertFlowsAndRate(flows);
  return paybackOf(flows, 0);
}

/**
 * Discounted payback in periods (fractional): the same on each flow's present value at `rate`
 * per period, or null when the discounted flows never pay back for good.
 * @example
 * // 300 invested, 100 a period for 5 periods, 12.5 %: present values 88.89, 79.01, 70.23, 62.43 …
 * discountedPaybackPeriods([-300, 100, 100, 100, 100, 100], 0.125) // 3.99…
 */
export function discountedPaybackPeriods(flows: ReadonlyArray<number>, rate: number): number | null {
  assertFlowsAndRate(flows, rate);
  const pv = presentValues(flows, rate);
  const scale = pv.reduce((s, v) => s + Math.abs(v), 0);
  return paybackOf(pv, scale * 1e-12);
}
