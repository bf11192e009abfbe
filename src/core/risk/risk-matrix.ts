// The risk scoring matrix: probability and impact levels, the score of a rating (probability ×
// impact, the "exposure" PMOs set policies on), and the bands (low … critical) a score falls in.
// The PMO configures its own matrix; the default is the common 5×5. Heat maps count risks per cell.
// Pure: ratings come in, counts and bands go out.

export interface RiskLevel {
  /** 1 … n, in order: 1 is the least likely (or least severe). */
  readonly value: number;
  readonly label: string;
  /** What the level means, e.g. "10–30 % chance" or "delay under a week". */
  readonly description: string;
}

export interface RiskBand {
  readonly key: string;
  readonly label: string;
  /** The lowest score in the band; a band runs up to the next band's minimum. */
  readonly minScore: number;
  /** A CSS colour for heat maps, e.g. #2f9e44. */
  readonly color: string;
}

export interface RiskMatrix {
  readonly probability: ReadonlyArray<RiskLevel>;
  readonly impact: ReadonlyArray<RiskLevel>;
  /** Ascending by minScore; the first starts at 1. */
  readonly bands: ReadonlyArray<RiskBand>;
}

export interface RiskRating {
  readonly probability: number;
  readonly impact: number;
}

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

const level = (value: number, label: string, description: string): RiskLevel => ({ value, label, description });

/** The common 5×5 matrix; exposure 15 and above is critical. */
export const DEFAULT_RISK_MATRIX: RiskMatrix = {
  probability: [
    level(1, 'Rare', 'Under 10 % chance'),
    level(2, 'Unlikely', '10–30 % chance'),
    level(3, 'Possible', '30–50 % chance'),
    level(4, 'Likely', '50–70 % chance'),
    level(5, 'Almost certain', 'Over 70 % chance'),
  ],
  impact: [
    level(1, 'Negligible', 'Under 1 % of budget or a few days of delay; no effect on objectives'),
    level(2, 'Minor', '1–5 % of budget or up to 2 weeks of delay'),
    level(3, 'Moderate', '5–10 % of budget or up to a month of delay; an objective at risk'),
    level(4, 'Major', '10–20 % of budget or up to a quarter of delay; an objective missed'),
    level(5, 'Severe', 'Over 20 % of budget or more than a quarter of delay; the project fails'),
  ],
  bands: [
    { key: 'low', label: 'Low', minScore: 1, color: '#2f9e44' },
    { key: 'medium', label: 'Medium', minScore: 5, color: '#f59f00' },
    { key: 'high', label: 'High', minScore: 10, color: '#f76707' },
    { key: 'critical', label: 'Critical', minScore: 15, color: '#e03131' },
  ],
};

/** The score (exposure) of a rating: probability × impact. */
export const riskScore = (rating: RiskRating): number => rating.probability * rating.impact;

/**
 * The band a score falls in.
 * @example
 * bandOf(DEFAULT_RISK_MATRIX, 12).key // 'high'
 */
export function bandOf(matrix: RiskMatrix, score: number): RiskBand {
  let band = matrix.bands[0]!;
  for (const b of matrix.bands) if (score >= b.minScore) band = b;
  return band;
}

/** What is wrong with a rating on this matrix (empty: nothing). `path` prefixes the field names. */
export function ratingProblems(matrix: RiskMatrix, rating: RiskRating, path: { probability: string; impact: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = (value: number, levels: ReadonlyArray<RiskLevel>, field: string, noun: string) => {
    if (!Number.isInteger(value) || value < 1 || value > levels.length) {
      problems.push({ path: field, message: `${noun} is rated 1 (${levels[0]!.label}) to ${levels.length} (${levels[levels.length - 1]!.label}) on the PMO's matrix; ${value} is outside it.` });
    }
  };
  check(rating.probability, matrix.probability, path.probability, 'Probability');
  check(rating.impact, matrix.impact, path.impact, 'Impact');
  return problems;
}

const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;

/** What is wrong with a matrix a PMO wants to use (empty: nothing), each problem saying how to fix it. */
export function matrixProblems(matrix: RiskMatrix): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const axis of ['probability', 'impact'] as const) {
    const levels = matrix[axis];
    if (levels.length < 2 || levels.length > 10) problems.push({ path: axis, message: `Give ${axis} 2 to 10 levels (it has ${levels.length}).` });
    levels.forEach((l, i) => {
      if (l.value !== i + 1) problems.push({ path: `${axis}[${i}].value`, message: `Levels are numbered 1, 2, 3 … in order: this one should be ${i + 1}.` });
      if (!l.label.trim()) problems.push({ path: `${axis}[${i}].label`, message: 'Give the level a label, such as "Likely".' });
    });
  }
  const maxScore = matrix.probability.length * matrix.impact.length;
  if (matrix.bands.length === 0) problems.push({ path: 'bands', message: 'Give at least one band, starting at score 1.' });
  const keys = new Set<string>();
  matrix.bands.forEach((b, i) => {
    const at = `bands[${i}]`;
    if (!KEY.test(b.key)) problems.push({ path: `${at}.key`, message: 'Band keys are short lower-case words, such as "high".' });
    else if (keys.has(b.key)) problems.push({ path: `${at}.key`, message: `"${b.key}" is used twice; give each band its own key.` });
    keys.add(b.key);
    if (!b.label.trim()) problems.push({ path: `${at}.label`, message: 'Give the band a label, such as "High".' });
    if (!COLOR.test(b.color)) problems.push({ path: `${at}.color`, message: 'Colours are written #rrggbb, such as #e03131.' });
    if (i === 0 && b.minScore !== 1) problems.push({ path: `${at}.minScore`, message: 'The first band starts at score 1, so every risk falls in a band.' });
    if (i > 0 && b.minScore <= matrix.bands[i - 1]!.minScore) problems.push({ path: `${at}.minScore`, message: `Bands go up: this one must start above ${matrix.bands[i - 1]!.minScore}.` });
    if (b.minScore > maxScore) problems.push({ path: `${at}.minScore`, message: `No risk can score ${b.minScore} on a ${matrix.probability.length}×${matrix.impact.length} matrix (the most is ${maxScore}).` });
  });
  return problems;
}

export interface HeatMapCell {
  readonly probability: number;
  readonly impact: number;
  readonly score: number;
  readonly band: string;
  readonly count: number;
}

/**
 * Risks counted per probability × impact cell, every cell present (empty ones count 0), from the
 * most likely row down and the least severe column up, as heat maps are drawn. Ratings outside
 * the matrix are left out.
 * @example
 * heatMap(DEFAULT_RISK_MATRIX, [{ probability: 4, impact: 5 }]).find((c) => c.count > 0) // { probability: 4, impact: 5, score: 20, band: 'critical', count: 1 }
 */
export function heatMap(matrix: RiskMatrix, ratings: Iterable<RiskRating>): HeatMapCell[] {
  const rows = matrix.probability.length;
  const columns = matrix.impact.length;
  const counts = new Int32Array(rows * columns);
  for (const r of ratings) {
    if (ratingProblems(matrix, r, { probability: '', impact: '' }).length === 0) counts[(r.probability - 1) * columns + r.impact - 1]!++;
  }
  const cells: HeatMapCell[] = [];
  for (let p = rows; p >= 1; p--) {
    for (let i = 1; i <= columns; i++) {
      const score = p * i;
      cells.push({ probability: p, impact: i, score, band: bandOf(matrix, score).key, count: counts[(p - 1) * columns + i - 1]! });
    }
  }
  return cells;
}
