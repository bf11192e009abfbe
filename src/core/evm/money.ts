// Money stays in integer minor units at every boundary of the engine; where an amount is derived
// (a share of a budget, an estimate at completion) it is rounded once, half away from zero, as
// accountants round. Said once here so every figure rounds the same way.
import type { MinorUnits } from './evm-types.ts';

/**
 * Rounds a derived amount to whole minor units, half away from zero.
 * @example
 * roundMinor(2.5);  // 3
 * roundMinor(-2.5); // -3
 * roundMinor(2.4999999999999996); // 3: what floating point made of an exact half
 */
export function roundMinor(x: number): MinorUnits {
  const magnitude = Math.abs(x);
  // A hair below a half is an exact half that floating point rounded down (1.15 * 100 is 114.99999999999999).
  const rounded = Math.floor(magnitude + 0.5 + magnitude * 4e-16);
  return x < 0 ? -rounded : rounded;
}

/**
 * Whether a value is an amount in minor units: a whole number, exactly representable.
 * @example
 * isMinorUnits(100000); // true
 * isMinorUnits(12.5);   // false
 */
export const isMinorUnits = (x: number): boolean => Number.isSafeInteger(x);

/**
 * `a / b`, or null when `b` is zero (or either is not a number): ratios of EVM never become
 * Infinity or NaN.
 * @example
 * ratio(2500, 2800); // 0.8928571428571429
 * ratio(2500, 0);    // null
 */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  const r = a / b;
  return Number.isFinite(r) ? r : null;
}
