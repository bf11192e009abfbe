// What a pairwise comparison matrix must be before weights are derived from it: square, of 1 to
// 15 criteria (Saaty's random index stops at 15), every judgement a positive number on Saaty's
// scale (1/9 … 9), 1 on the diagonal, and each judgement the reciprocal of its mirror (if cost is
// 3 times as important as risk, risk is 1/3 as important as cost). Each problem names the cell.
import type { FieldProblem } from './scoring-types.ts';
import { MAX_AHP_SIZE } from './saaty-scale.ts';

/** How far a(i, j) × a(j, i) may be from 1 by default: room for rounding, not for 0.33 typed for 1/3. */
export const RECIPROCAL_TOLERANCE = 1e-6;

const EDGE = 1e-9;

export interface MatrixCheckOptions {
  /** Names of the compared items, for the messages; default "item 1", "item 2" … */
  readonly labels?: ReadonlyArray<string>;
  readonly reciprocalTolerance?: number;
}

/**
 * What is wrong with a pairwise comparison matrix (empty: nothing).
 * @example
 * matrixProblems([[1, 3], [0.5, 1]], { labels: ['Cost', 'Risk'] })
 * // [{ path: 'matrix[1][0]', message: '"Risk" over "Cost" is 0.5, but "Cost" over "Risk" is 3: they must be reciprocals, so it should be 1/3 (0.333333).' }]
 */
export function matrixProblems(matrix: ReadonlyArray<ReadonlyArray<number>>, options: MatrixCheckOptions = {}): FieldProblem[] {
  const n = matrix.length;
  if (n === 0) return [{ path: 'matrix', message: 'The matrix is empty: compare at least one item.' }];
  if (n > MAX_AHP_SIZE) return [{ path: 'matrix', message: `Compare at most ${MAX_AHP_SIZE} items at once (there are ${n}): Saaty's random index, hence the consistency ratio, stops at ${MAX_AHP_SIZE}; group the rest under sub-criteria.` }];
  const labels = options.labels;
  if (labels && labels.length !== n) return [{ path: 'labels', message: `There are ${labels.length} labels for ${n} rows.` }];
  const name = (i: number): string => (labels ? `"${labels[i]}"` : `item ${i + 1}`);
  const problems: FieldProblem[] = [];
  matrix.forEach((row, i) => {
    if (row.length !== n) problems.push({ path: `matrix[${i}]`, message: `Row ${i + 1} has ${row.length} entries; a ${n}×${n} matrix needs ${n} in every row.` });
  });
  if (problems.length > 0) return problems;
  const tolerance = options.reciprocalTolerance ?? RECIPROCAL_TOLERANCE;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const a = matrix[i]![j]!;
      const at = `matrix[${i}][${j}]`;
      if (!(Number.isFinite(a) && a > 0)) problems.push({ path: at, message: `${name(i)} over ${name(j)} is ${a}: a judgement is a positive number from 1/9 to 9.` });
      else if (i === j && Math.abs(a - 1) > EDGE) problems.push({ path: at, message: `${name(i)} over itself is ${a}: the diagonal is always 1.` });
      else if (a < (1 / 9) * (1 - EDGE) || a > 9 * (1 + EDGE)) problems.push({ path: at, message: `${name(i)} over ${name(j)} is ${a}, off Saaty's scale: use 1 (equal) to 9 (extremely more important), or 1/9 … 1/2 the other way round.` });
      else if (j < i) {
        const mirror = matrix[j]![i]!;
        if (Number.isFinite(mirror) && mirror > 0 && Math.abs(a * mirror - 1) > tolerance) {
          problems.push({ path: at, message: `${name(i)} over ${name(j)} is ${a}, but ${name(j)} over ${name(i)} is ${mirror}: they must be reciprocals, so it should be 1/${+mirror.toPrecision(6)} (${+(1 / mirror).toPrecision(6)}).` });
        }
      }
    }
  }
  return problems;
}
