// AHP weights against published examples, the consistency check and the judgement it points at,
// and the matrices it refuses.
import { describe, expect, it } from 'vitest';
import { ahpWeights, type AhpWeights } from './ahp.ts';
import { nearestSaatyValue, RANDOM_INDEX, reciprocalMatrix, SAATY_VALUES } from './saaty-scale.ts';

const weigh = (matrix: number[][], labels?: string[]): AhpWeights => {
  const r = ahpWeights(matrix, labels ? { labels } : {});
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};
const rounded = (xs: ReadonlyArray<number>, digits = 3): number[] => xs.map((x) => +x.toFixed(digits));

describe('AHP: published examples', () => {
  it('reproduces Wikipedia’s "Analytic hierarchy process – leader example": criteria .547/.127/.270/.056 and Dick .493, Tom .358, Harry .149', () => {
    // Criteria: experience, education, charisma, age.
    const criteria = weigh(reciprocalMatrix([[4, 3, 7], [1 / 3, 3], [5]]));
    // The article prints experience as .547; the eigenvector's 0.54757 rounds to .548 (the others agree to the digit).
    criteria.weights.forEach((w, i) => expect(Math.abs(w - [0.547, 0.127, 0.27, 0.056][i]!)).toBeLessThan(0.0006));
    expect(rounded(criteria.weights.slice(1))).toEqual([0.127, 0.27, 0.056]);
    expect(criteria.consistent).toBe(true);
    // Tom, Dick, Harry on each criterion.
    const byCriterion = [
      reciprocalMatrix([[1 / 4, 4], [9]]), // experience
      reciprocalMatrix([[3, 1 / 5], [1 / 7]]), // education
      reciprocalMatrix([[5, 9], [4]]), // charisma
      reciprocalMatrix([[1 / 3, 5], [9]]), // age
    ].map((m) => weigh(m).weights);
    const overall = [0, 1, 2].map((c) => byCriterion.reduce((s, local, k) => s + criteria.weights[k]! * local[c]!, 0));
    expect(rounded(overall)).toEqual([0.358, 0.493, 0.149]);
  });

  it('reproduces Saaty’s drink consumption example (Int. J. Services Sciences 1(1), 2008): priorities .177 … .327 and CR .022', () => {
    // Coffee, wine, tea, beer, sodas, milk, water: which is drunk more in the US, and how many times more?
    const drinks = weigh(reciprocalMatrix([[9, 5, 2, 1, 1, 1 / 2], [1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9], [1 / 3, 1 / 4, 1 / 3, 1 / 9], [1 / 2, 1, 1 / 3], [2, 1 / 2], [1 / 3]]));
    expect(rounded(drinks.weights)).toEqual([0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327]);
    expect(drinks.consistencyRatio).toBeCloseTo(0.022, 3);
    expect(drinks.randomIndex).toBe(1.32);
    expect(drinks.consistencyIndex).toBeCloseTo((drinks.lambdaMax - 7) / 6, 15);
    expect(drinks.consistent).toBe(true);
  });

  it('agrees with AHPy (PhilipGriffith/AHPy’s test suite) on Saaty’s choice of a city to live in, judgements like 2.5 included: .229/.275/.385/.111', () => {
    // Saaty, Theory and Applications of the Analytic Network Process (2005). Criteria: culture,
    // family, housing, jobs, transportation; cities: Bethesda, Boston, Pittsburgh, Santa Fe.
    const criteria = weigh(reciprocalMatrix([[1 / 5, 3, 1 / 2, 5], [7, 1, 7], [1 / 4, 3], [7]]));
    const local = [
      [[1 / 2, 1, 1 / 2], [2.5, 1], [1 / 2.5]],
      [[2, 1 / 3, 4], [1 / 8, 2], [9]],
      [[5, 1 / 2, 2.5], [1 / 9, 1 / 4], [7]],
      [[1 / 2, 3, 4], [6, 8], [1]],
      [[1.5, 1 / 2, 4], [1 / 3.5, 2.5], [9]],
    ].map((upper) => weigh(reciprocalMatrix(upper)).weights);
    const overall = [0, 1, 2, 3].map((c) => local.reduce((s, w, k) => s + criteria.weights[k]! * w[c]!, 0));
    expect(rounded(overall, 4)).toEqual([0.2291, 0.2748, 0.3852, 0.111]);
  });
});

describe('AHP: consistency', () => {
  it('uses Saaty’s random index for n up to 15, and gives CR 0 for one or two items', () => {
    expect(RANDOM_INDEX).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]);
    expect(weigh([[1]])).toMatchObject({ weights: [1], lambdaMax: 1, consistencyRatio: 0, consistent: true, mostInconsistent: null });
    const two = weigh(reciprocalMatrix([[3]]));
    expect(two.weights).toEqual([0.75, 0.25]);
    expect(two).toMatchObject({ lambdaMax: 2, consistencyIndex: 0, consistencyRatio: 0, consistent: true, mostInconsistent: null });
  });

  it('flags judgements with CR above 0.10 and names the one to revisit, with the value the others imply', () => {
    // The leader example's criteria with "experience over age" turned round from 7 to 1/7.
    const r = weigh(reciprocalMatrix([[4, 3, 1 / 7], [1 / 3, 3], [5]]), ['Experience', 'Education', 'Charisma', 'Age']);
    expect(r.consistencyRatio).toBeGreaterThan(0.1);
    expect(r.consistent).toBe(false);
    expect(r.mostInconsistent).toMatchObject({ row: 3, col: 0, given: 7 });
    const j = r.mostInconsistent!;
    expect(j.implied).toBeCloseTo(1.156, 3);
    expect(j.deviation).toBeCloseTo(j.given / j.implied, 12);
    expect(j.suggested).toBe(1);
    expect(j.message).toBe('"Age" over "Experience" is judged 7, but the other judgements put it at 1.16: revisit it (1 would agree with the rest).');
    // Taking each suggestion in turn, as a PMO would, brings the judgement back to 1/6 (the original was 1/7) in three revisions.
    let m = reciprocalMatrix([[4, 3, 1 / 7], [1 / 3, 3], [5]]);
    const revised: string[] = [];
    for (let step = weigh(m); !step.consistent; step = weigh(m)) {
      const { row, col, suggested } = step.mostInconsistent!;
      revised.push(`${row}/${col}→${+suggested.toFixed(3)}`);
      m = m.map((line) => [...line]);
      m[row]![col] = suggested;
      m[col]![row] = 1 / suggested;
    }
    expect(revised).toEqual(['3/0→1', '3/0→0.333', '3/0→0.167']);
    expect(weigh(m).consistencyRatio).toBeCloseTo(0.0545, 4);
  });

  it('reports nothing to revisit for a perfectly consistent matrix', () => {
    const r = weigh(reciprocalMatrix([[2, 4, 8], [2, 4], [2]]));
    expect(r.weights.map((w) => w * 15)).toEqual([expect.closeTo(8, 12), expect.closeTo(4, 12), expect.closeTo(2, 12), expect.closeTo(1, 12)]);
    expect(r.lambdaMax).toBeCloseTo(4, 12);
    expect(r.consistencyRatio).toBeCloseTo(0, 12);
    expect(r.mostInconsistent).toBeNull();
  });
});

describe('AHP: matrices it refuses', () => {
  it('refuses an empty, ragged or oversized matrix', () => {
    expect(ahpWeights([])).toEqual({ ok: false, error: 'invalid_matrix', problems: [{ path: 'matrix', message: 'The matrix is empty: compare at least one item.' }] });
    expect(ahpWeights([[1, 2], [0.5]])).toMatchObject({ problems: [{ path: 'matrix[1]', message: 'Row 2 has 1 entries; a 2×2 matrix needs 2 in every row.' }] });
    const big = Array.from({ length: 16 }, () => new Array<number>(16).fill(1));
    expect(ahpWeights(big)).toMatchObject({ problems: [{ path: 'matrix', message: "Compare at most 15 items at once (there are 16): Saaty's random index, hence the consistency ratio, stops at 15; group the rest under sub-criteria." }] });
    expect(ahpWeights([[1]], { labels: ['a', 'b'] })).toMatchObject({ problems: [{ path: 'labels', message: 'There are 2 labels for 1 rows.' }] });
  });

  it('names each judgement that is not positive, off the diagonal’s 1, off Saaty’s scale or not the reciprocal of its mirror', () => {
    const r = ahpWeights(
      [
        [1, 3, 0, 12],
        [1 / 3, 2, 3, 1],
        [Number.NaN, 2, 1, 1],
        [1 / 12, 1, 1, 1],
      ],
      { labels: ['Cost', 'Risk', 'Value', 'Fit'] },
    );
    expect(r).toEqual({
      ok: false,
      error: 'invalid_matrix',
      problems: [
        { path: 'matrix[0][2]', message: '"Cost" over "Value" is 0: a judgement is a positive number from 1/9 to 9.' },
        { path: 'matrix[0][3]', message: '"Cost" over "Fit" is 12, off Saaty\'s scale: use 1 (equal) to 9 (extremely more important), or 1/9 … 1/2 the other way round.' },
        { path: 'matrix[1][1]', message: '"Risk" over itself is 2: the diagonal is always 1.' },
        { path: 'matrix[2][0]', message: '"Value" over "Cost" is NaN: a judgement is a positive number from 1/9 to 9.' },
        { path: 'matrix[2][1]', message: '"Value" over "Risk" is 2, but "Risk" over "Value" is 3: they must be reciprocals, so it should be 1/3 (0.333333).' },
        { path: 'matrix[3][0]', message: '"Fit" over "Cost" is 0.08333333333333333, off Saaty\'s scale: use 1 (equal) to 9 (extremely more important), or 1/9 … 1/2 the other way round.' },
      ],
    });
  });

  it('tells 0.33 typed for 1/3 apart from 1/3, unless the caller allows for it', () => {
    const typed = [
      [1, 3],
      [0.33, 1],
    ];
    expect(ahpWeights(typed)).toMatchObject({ ok: false, problems: [{ path: 'matrix[1][0]', message: 'item 2 over item 1 is 0.33, but item 1 over item 2 is 3: they must be reciprocals, so it should be 1/3 (0.333333).' }] });
    expect(ahpWeights(typed, { reciprocalTolerance: 0.02 })).toMatchObject({ ok: true });
  });
});

describe('Saaty’s scale', () => {
  it('suggests the nearest scale value by ratio', () => {
    expect(SAATY_VALUES).toHaveLength(17);
    expect([2.6, 2.4, 0.3, 20, 0.01, 1.2].map(nearestSaatyValue)).toEqual([3, 2, 1 / 3, 9, 1 / 9, 1]);
  });

  it('builds a reciprocal matrix from the judgements above the diagonal', () => {
    expect(reciprocalMatrix([[3, 5], [2]])).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ]);
    expect(reciprocalMatrix([[3, 5], [2], []])).toHaveLength(3);
    expect(reciprocalMatrix([])).toEqual([[1]]);
  });
});
