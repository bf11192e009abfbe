// Weights from pairwise comparisons by Saaty's Analytic Hierarchy Process: the principal
// eigenvector of the comparison matrix, found by power iteration until no weight moves by 1e-12,
// its eigenvalue λmax, the consistency index CI = (λmax − n) / (n − 1) and ratio CR = CI / RI(n).
// A CR above 0.10 means the judgements contradict each other too much to trust the weights; the
// judgement that contradicts the rest most is the one with the largest a(i, j) · w(j) / w(i)
// (Saaty, "Decision-making with the AHP: Why is the principal eigenvector necessary", EJOR 145,
// 2003), reported with the ratio the other judgements imply and the nearest scale value to it,
// so the UI can say which judgement to revisit and what to consider instead.
import type { FieldProblem } from './scoring-types.ts';
import { matrixProblems, type MatrixCheckOptions } from './ahp-validation.ts';
import { CONSISTENCY_LIMIT, nearestSaatyValue, RANDOM_INDEX } from './saaty-scale.ts';

/** A judgement that disagrees with the weights the whole matrix gives. */
export interface Judgement {
  /** 0-based: the judgement is how much more important `row` is than `col`. */
  readonly row: number;
  readonly col: number;
  /** a(row, col) as given. */
  readonly given: number;
  /** w(row) / w(col): what the other judgements, through the weights, say it should be. */
  readonly implied: number;
  /** given ÷ implied (≥ 1): how many times too strong the judgement is. */
  readonly deviation: number;
  /** The scale value nearest `implied`, to suggest. */
  readonly suggested: number;
  /** In words, for the UI. */
  readonly message: string;
}

export interface AhpWeights {
  readonly ok: true;
  /** The principal eigenvector, summing to 1, in the matrix's order. */
  readonly weights: ReadonlyArray<number>;
  readonly lambdaMax: number;
  readonly consistencyIndex: number;
  readonly randomIndex: number;
  /** CI / RI; 0 for n ≤ 2, whose matrices are always consistent. */
  readonly consistencyRatio: number;
  /** CR ≤ 0.10. */
  readonly consistent: boolean;
  /** The judgement to revisit first; null when n ≤ 2 or the matrix is consistent to rounding. */
  readonly mostInconsistent: Judgement | null;
  readonly iterations: number;
}

export interface AhpError {
  readonly ok: false;
  readonly error: 'invalid_matrix';
  readonly problems: ReadonlyArray<FieldProblem>;
}

const TOLERANCE = 1e-12;
const MAX_ITERATIONS = 1_000_000;

/** A · w. */
const times = (a: ReadonlyArray<ReadonlyArray<number>>, w: ReadonlyArray<number>): number[] => a.map((row) => row.reduce((s, x, j) => s + x * w[j]!, 0));

/** The principal eigenvector (summing to 1) of a positive matrix by power iteration, with the iterations taken. */
function principalEigenvector(a: ReadonlyArray<ReadonlyArray<number>>): { w: number[]; iterations: number } {
  const n = a.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let k = 1; k <= MAX_ITERATIONS; k++) {
    const next = times(a, w);
    const sum = next.reduce((s, x) => s + x, 0);
    for (let i = 0; i < n; i++) next[i]! /= sum;
    const moved = next.reduce((m, x, i) => Math.max(m, Math.abs(x - w[i]!)), 0);
    w = next;
    if (moved < TOLERANCE) return { w, iterations: k };
  }
  return { w, iterations: MAX_ITERATIONS };
}

/** The judgement with the largest a(i, j) · w(j) / w(i), or null when none exceeds 1 beyond rounding. */
function mostInconsistent(a: ReadonlyArray<ReadonlyArray<number>>, w: ReadonlyArray<number>, name: (i: number) => string): Judgement | null {
  let best: { row: number; col: number; deviation: number } | null = null;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < a.length; j++) {
      const deviation = (a[i]![j]! * w[j]!) / w[i]!;
      if (i !== j && (best === null || deviation > best.deviation)) best = { row: i, col: j, deviation };
    }
  }
  if (best === null || best.deviation <= 1 + 1e-9) return null;
  const { row, col, deviation } = best;
  const given = a[row]![col]!;
  const implied = w[row]! / w[col]!;
  const suggested = nearestSaatyValue(implied);
  const show = (x: number): string => (x >= 1 ? `${+x.toFixed(2)}` : `1/${+(1 / x).toFixed(2)}`);
  const message = `${name(row)} over ${name(col)} is judged ${show(given)}, but the other judgements put it at ${show(implied)}: revisit it (${show(suggested)} would agree with the rest).`;
  return { row, col, given, implied, deviation, suggested, message };
}

/**
 * AHP weights of a pairwise comparison matrix (a(i, j): how many times more important i is than
 * j), with λmax, CI, RI, CR, whether the judgements are consistent enough (CR ≤ 0.10) and the one
 * judgement to revisit first; or every problem of the matrix.
 * @example
 * // Wikipedia's "leader" example: experience, education, charisma, age.
 * const r = ahpWeights(reciprocalMatrix([[4, 3, 7], [1 / 3, 3], [5]]));
 * r.ok && r.weights // [0.547…, 0.127…, 0.270…, 0.056…]
 */
export function ahpWeights(matrix: ReadonlyArray<ReadonlyArray<number>>, options: MatrixCheckOptions = {}): AhpWeights | AhpError {
  const problems = matrixProblems(matrix, options);
  if (problems.length > 0) return { ok: false, error: 'invalid_matrix', problems };
  const n = matrix.length;
  const { w, iterations } = principalEigenvector(matrix);
  const lambdaMax = times(matrix, w).reduce((s, x) => s + x, 0);
  const consistencyIndex = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const randomIndex = RANDOM_INDEX[n - 1]!;
  const consistencyRatio = n <= 2 ? 0 : consistencyIndex / randomIndex;
  const name = (i: number): string => (options.labels ? `"${options.labels[i]}"` : `Item ${i + 1}`);
  return {
    ok: true,
    weights: w,
    lambdaMax,
    consistencyIndex,
    randomIndex,
    consistencyRatio,
    consistent: consistencyRatio <= CONSISTENCY_LIMIT,
    mostInconsistent: n <= 2 ? null : mostInconsistent(matrix, w, name),
    iterations,
  };
}
