// Whole minor units for a column of unrounded amounts that must add up to a total rounded once:
// the largest-remainder method (Hamilton's). Each amount is rounded down, and the minor units
// still missing go one each to the amounts that lost most in rounding, earlier rows first on a
// tie. A table of present values then adds up to the NPV printed under it.

/**
 * Integers, one per value, each within one unit of it, that add up to `total` (which must lie
 * within the number of values of the values' sum, as a rounded sum does).
 * @example apportion([0.6, 0.6, 0.6], 2) // [1, 1, 0]
 * @example apportion([-100, 90.9090909, 82.6446281], 74) // [-100, 91, 83]
 */
export function apportion(values: ReadonlyArray<number>, total: number): number[] {
  const floors = values.map((v) => Math.floor(v));
  let missing = total - floors.reduce((s, f) => s + f, 0);
  if (missing < 0 || missing > values.length) throw new RangeError(`Cannot apportion ${total} over values adding up to ${values.reduce((s, v) => s + v, 0)}.`);
  const order = values.map((v, i) => ({ i, remainder: v - floors[i]! })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (missing === 0) break;
    floors[i]! += 1;
    missing--;
  }
  return floors.map((f) => f + 0);
}
