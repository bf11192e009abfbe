// The internal rate of return: the rate per period at which the flows' NPV is zero. Spreadsheets
// find it by Newton's method from a guess and fail, or find a far root, when the guess is poor;
// here every rate from −99.9999999 % to 10^11 % a period is scanned for sign changes of the NPV on
// a grid that is fine near 0 %, and each bracket is closed with Brent's method. By Descartes' rule
// of signs, flows that change sign once have exactly one IRR above −100 %; flows that change sign
// more often may have several (or none), and then every root found is reported, the one nearest
// 0 % is returned and a warning says the IRR may not be unique. A double root (the NPV touching
// zero without crossing) is not a sign change and is not found, unless it falls on the grid.
import type { IrrResult } from './business-case-types.ts';
import { brentRoot } from './brent.ts';
import { compensatedSum } from './discounting.ts';
import { assertFlowsAndRate } from './flow-checks.ts';

/** Sign changes of the flows, zeros skipped: Descartes' bound on the number of IRRs. */
export function signChanges(flows: ReadonlyArray<number>): number {
  let changes = 0;
  let last = 0;
  for (const f of flows) {
    if (f === 0) continue;
    if (last !== 0 && Math.sign(f) !== last) changes++;
    last = Math.sign(f);
  }
  return changes;
}

/**
 * Functions with the NPV's sign and roots at every rate above −100 %, finite everywhere: for
 * rates ≥ 0 the NPV itself (every factor ≤ 1); below 0 the NPV times (1 + r)^n, whose factors
 * (1 + r)^(n − t) are ≤ 1 too (a month-by-month case of 30 years would otherwise overflow near
 * −100 %). `fast` takes the powers as running products (error under n ulps), for the scan of
 * thousands of rates; `precise` takes each power afresh and sums with compensation, to polish a root.
 */
function npvSign(flows: ReadonlyArray<number>): { fast: (rate: number) => number; precise: (rate: number) => number } {
  const n = flows.length - 1;
  const fast = (rate: number): number => {
    const below = rate < 0;
    const factor = below ? 1 + rate : 1 / (1 + rate);
    let power = 1;
    let sum = 0;
    let compensation = 0;
    for (let i = 0; i <= n; i++) {
      const v = flows[below ? n - i : i]! * power;
      const t = sum + v;
      compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
      sum = t;
      power *= factor;
    }
    return sum + compensation;
  };
  const precise = (rate: number): number => {
    const q = 1 + rate;
    return compensatedSum(flows.map((f, t) => f * Math.pow(q, rate >= 0 ? -t : n - t)));
  };
  return { fast, precise };
}

/**
 * The root of `precise` next to `rough` (a root of `fast`, which differs from `precise` by a few
 * hundred ulps at most): Brent's method again on the narrowest bracket around it that `precise`
 * confirms; `rough` itself when none does within a millionth.
 */
function polish(precise: (rate: number) => number, rough: number): number {
  for (let h = Math.max(Math.abs(rough), 1e-3) * 1e-13; h < 1e-6 * Math.max(Math.abs(rough), 1e-3); h *= 16) {
    const lo = Math.max(rough - h, (rough - 1) / 2);
    const hi = rough + h;
    const fl = precise(lo);
    const fh = precise(hi);
    if (fl === 0) return lo;
    if (fh === 0) return hi;
    if (Math.sign(fl) !== Math.sign(fh)) return brentRoot(precise, lo, hi);
  }
  return rough;
}

/** Rates to look for sign changes at, ascending: ln(1 + r) in steps of 0.002 within ±2, then 0.02 out to ±21 (−99.9999999 % to 1.3·10^11 %). */
const GRID: readonly number[] = (() => {
  const logs: number[] = [];
  for (let k = -1050; k < -100; k++) logs.push(k * 0.02);
  for (let k = -1000; k <= 1000; k++) logs.push(k * 0.002);
  for (let k = 101; k <= 1050; k++) logs.push(k * 0.02);
  return logs.map((u) => (u === 0 ? 0 : Math.expm1(u)));
})();

const SEARCHED = '−99.9999999 % to 10^11 % a period';

/**
 * Every rate on the grid or inside a bracket of it where the NPV is zero, ascending. With
 * `firstOnly` the scan stops at the first root found from 0 % outwards.
 */
function roots(flows: ReadonlyArray<number>, firstOnly: boolean): number[] {
  const { fast: f, precise } = npvSign(flows);
  const zero = GRID.indexOf(0);
  const found: number[] = [];
  // Scan outwards from 0 %, upwards then downwards, so a unique root near 0 % is found in a few steps.
  for (const step of [1, -1]) {
    let prevRate = GRID[zero]!;
    let prev = f(prevRate);
    if (step === 1 && prev === 0) {
      found.push(0);
      if (firstOnly) return found;
    }
    for (let i = zero + step; i >= 0 && i < GRID.length; i += step) {
      const rate = GRID[i]!;
      const value = f(rate);
      if (value === 0) found.push(rate);
      else if (prev !== 0 && Math.sign(value) !== Math.sign(prev)) found.push(polish(precise, brentRoot(f, Math.min(prevRate, rate), Math.max(prevRate, rate))));
      if (firstOnly && found.length > 0) return found;
      prevRate = rate;
      prev = value;
    }
  }
  return found.sort((a, b) => a - b);
}

/**
 * The IRR per period of signed flows in minor units (flow 0 now). Throws a RangeError on empty
 * flows or amounts that are not whole minor units.
 * @example
 * // Excel's documentation: −70,000 then 12,000, 15,000, 18,000, 21,000, 26,000.
 * irr([-70_000, 12_000, 15_000, 18_000, 21_000, 26_000]).rate // 0.0866309480365…  (Excel: 8.7 %)
 * irr([-1_600, 10_000, -10_000]) // { rate: 0.25, unique: false, roots: [0.25, 4], … } (Lorie & Savage's pump)
 * irr([-100, -50]) // { rate: null, reason: 'no_sign_change', … }
 */
export function irr(flows: ReadonlyArray<number>): IrrResult {
  assertFlowsAndRate(flows);
  const changes = signChanges(flows);
  if (changes === 0) {
    const message = flows.every((f) => f === 0)
      ? 'Every flow is zero: there is no rate of return to speak of.'
      : `Every flow is ${flows.some((f) => f > 0) ? 'a benefit' : 'a cost'}: the NPV never reaches zero, so there is no IRR.`;
    return { rate: null, reason: 'no_sign_change', signChanges: 0, message };
  }
  const found = roots(flows, changes === 1);
  if (found.length === 0) {
    const message =
      changes === 1
        ? `The IRR lies beyond the rates searched (${SEARCHED}), so it is not given: check the amounts.`
        : `The flows change sign ${changes} times but no rate from ${SEARCHED} makes the NPV zero (it keeps one sign), so there is no IRR: judge the case by its NPV.`;
    return { rate: null, reason: 'no_root', signChanges: changes, message };
  }
  let nearest = found[0]!;
  for (const r of found) if (Math.abs(r) < Math.abs(nearest)) nearest = r;
  const unique = changes === 1;
  const listed = found.map((r) => `${+(r * 100).toPrecision(6)} %`).join(', ');
  const warning = unique
    ? null
    : `The flows change sign ${changes} times, so the IRR may not be unique: ${found.length === 1 ? `the rate found is ${listed}` : `rates of ${listed} all make the NPV zero; the one nearest 0 % is given`}. Judge the case by its NPV.`;
  return { rate: nearest, unique, roots: found, signChanges: changes, warning };
}
