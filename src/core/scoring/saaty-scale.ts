// Saaty's fundamental scale and random index. Judgements say how many times more important one
// criterion is than another: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely
// (2, 4, 6, 8 between), and the reciprocals for the other way round. The random index RI(n) is the
// average consistency index of random reciprocal matrices of size n on that scale; a matrix's
// consistency ratio is its CI ÷ RI(n).
// Source of the RI table: T. L. Saaty, Theory and Applications of the Analytic Network Process
// (RWS Publications, 2005), p. 31.

/** RI(n) for n = 1 … 15 (index n − 1). */
export const RANDOM_INDEX: ReadonlyArray<number> = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

/** The largest matrix with a random index, hence a consistency ratio. */
export const MAX_AHP_SIZE = RANDOM_INDEX.length;

/** Saaty's limit: judgements whose CR exceeds it should be revisited. */
export const CONSISTENCY_LIMIT = 0.1;

/** The scale's values, 1/9 … 1/2, 1 … 9, ascending. */
export const SAATY_VALUES: ReadonlyArray<number> = [9, 8, 7, 6, 5, 4, 3, 2].map((v) => 1 / v).concat([1, 2, 3, 4, 5, 6, 7, 8, 9]);

/**
 * The scale value nearest a ratio (nearest by ratio, not difference: 2.9 is nearer 3 than 2 and
 * 0.3 is nearer 1/3 than 1/4), so a judgement can be suggested in the terms people give them.
 * @example nearestSaatyValue(2.6) // 3
 * @example nearestSaatyValue(0.3) // 0.333…
 * @example nearestSaatyValue(20)  // 9
 */
export function nearestSaatyValue(ratio: number): number {
  let best = 1;
  for (const v of SAATY_VALUES) if (Math.abs(Math.log(ratio / v)) < Math.abs(Math.log(ratio / best))) best = v;
  return best;
}

/**
 * A full reciprocal matrix from the judgements above its diagonal: `upper[i]` holds
 * a(i, i+1), a(i, i+2) … a(i, n−1); the diagonal is 1 and a(j, i) = 1 / a(i, j). This is how a UI
 * should keep judgements, so that reciprocals are exact.
 * @example reciprocalMatrix([[3, 5], [2]]) // [[1, 3, 5], [1/3, 1, 2], [1/5, 1/2, 1]]
 */
export function reciprocalMatrix(upper: ReadonlyArray<ReadonlyArray<number>>): number[][] {
  const n = upper.length + (upper.length > 0 && upper[upper.length - 1]!.length === 0 ? 0 : 1);
  const m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : Number.NaN)));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = upper[i]?.[j - i - 1] ?? Number.NaN;
      m[i]![j] = v;
      m[j]![i] = 1 / v;
    }
  }
  return m;
}

/**
 * The consistent matrix of a weight vector, a(i, j) = w(i) / w(j): what judgements would be if
 * they agreed perfectly with those weights.
 * @example consistentMatrix([0.5, 0.25, 0.25]) // [[1, 2, 2], [0.5, 1, 1], [0.5, 1, 1]]
 */
export const consistentMatrix = (weights: ReadonlyArray<number>): number[][] => weights.map((wi) => weights.map((wj) => wi / wj));
