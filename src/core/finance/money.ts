// Money arithmetic on integer minor units (cents), pure. Amounts stay integers from the API to
// the database and back; the few products and shares (quantity × unit cost, the unfinished part
// of a task's cost) are computed in BigInt and rounded once, half away from zero, so no float
// ever touches a total and large amounts stay exact.

/** Thousandths of a unit: quantities are kept to three decimals (2.5 m³ is 2500). */
export const QUANTITY_SCALE = 1000;

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

function toSafeNumber(value: bigint): number {
  if (value > MAX || value < -MAX) throw new RangeError('The amount is beyond the largest amount Orrery keeps exactly (2^53 minor units).');
  return Number(value);
}

/** `numerator / denominator` rounded half away from zero (denominator > 0). */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const sign = numerator < 0n ? -1n : 1n;
  const magnitude = numerator * sign;
  return sign * ((magnitude * 2n + denominator) / (denominator * 2n));
}

/**
 * The sum of amounts in minor units; throws RangeError past 2^53 rather than lose a cent.
 *
 * @example sumMinor([1050, 250, -300]) // 1000
 */
export function sumMinor(amounts: Iterable<number>): number {
  let total = 0n;
  for (const a of amounts) total += BigInt(a);
  return toSafeNumber(total);
}

/**
 * A quantity as whole thousandths, or null when it is not a positive number with at most three
 * decimals (what a person can type: 2.5, 0.125, 40).
 *
 * @example quantityToMilli(2.5) // 2500
 * @example quantityToMilli(0.0001) // null
 */
export function quantityToMilli(quantity: number): number | null {
  if (!Number.isFinite(quantity) || quantity <= 0) return null;
  const milli = Math.round(quantity * QUANTITY_SCALE);
  if (milli <= 0 || Math.abs(milli - quantity * QUANTITY_SCALE) > 1e-6 * Math.max(1, Math.abs(quantity * QUANTITY_SCALE))) return null;
  return Number.isSafeInteger(milli) ? milli : null;
}

export const milliToQuantity = (milli: number): number => milli / QUANTITY_SCALE;

/**
 * Quantity × unit cost in minor units, rounded half away from zero to the minor unit.
 *
 * @example extendedCost(2500, 1999) // 2.5 × 19.99 = 49.975 → 4998 (49.98)
 */
export function extendedCost(quantityMilli: number, unitCostMinor: number): number {
  return toSafeNumber(divideRounded(BigInt(quantityMilli) * BigInt(unitCostMinor), BigInt(QUANTITY_SCALE)));
}

/**
 * The part of an amount not yet earned at a percent complete (0–100, whole percent).
 *
 * @example remainingShare(10_001, 50) // 5001 (half of 100.01, rounded)
 */
export function remainingShare(amountMinor: number, percentComplete: number): number {
  const pc = Math.min(100, Math.max(0, Math.round(percentComplete)));
  return toSafeNumber(divideRounded(BigInt(amountMinor) * BigInt(100 - pc), 100n));
}
