// Invariants of AHP on random matrices (fast-check): judgements that agree perfectly with a
// weight vector give it back with λmax = n and CR 0; one judgement pushed off such a matrix is the
// one named to revisit; relabelling the items only relabels the weights; and the eigenvector found
// is an eigenvector (A·w = λmax·w) with λmax ≥ n.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ahpWeights, type AhpWeights } from './ahp.ts';
import { consistentMatrix, SAATY_VALUES } from './saaty-scale.ts';

const weigh = (matrix: number[][]): AhpWeights => {
  const r = ahpWeights(matrix);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};

/** Weights whose ratios stay on Saaty's scale (every pair within 9×). */
const weightVector = (minLength: number) =>
  fc.array(fc.double({ min: 1, max: 3, noNaN: true }), { minLength, maxLength: 15 }).map((ws) => {
    const sum = ws.reduce((s, w) => s + w, 0);
    return ws.map((w) => w / sum);
  });

/** A positive reciprocal matrix of Saaty-scale judgements. */
const judgements = fc.integer({ min: 1, max: 15 }).chain((n) =>
  fc.array(fc.constantFrom(...SAATY_VALUES), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => {
    const m: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
    let k = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) [m[i]![j], m[j]![i]] = [upper[k]!, 1 / upper[k++]!];
    return m;
  }),
);

describe('AHP invariants', () => {
  it('gives back the weights a consistent matrix was built from, with λmax = n and CR 0', () => {
    fc.assert(
      fc.property(weightVector(1), (w) => {
        const r = weigh(consistentMatrix(w));
        r.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i]!, 10));
        expect(r.lambdaMax).toBeCloseTo(w.length, 9);
        expect(r.consistencyRatio).toBeLessThan(1e-9);
        expect(r.consistent).toBe(true);
        expect(r.mostInconsistent).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('names the one judgement pushed off a consistent matrix of 4 or more items as the one to revisit', () => {
    fc.assert(
      fc.property(
        weightVector(4).chain((w) => fc.tuple(fc.constant(w), fc.nat(w.length - 1), fc.nat(w.length - 2), fc.double({ min: 2, max: 3, noNaN: true }), fc.boolean())),
        ([w, i, jAmong, factor, up]) => {
          const j = jAmong >= i ? jAmong + 1 : jAmong;
          const m = consistentMatrix(w);
          const f = up ? factor : 1 / factor;
          m[i]![j]! *= f;
          m[j]![i]! /= f;
          const r = weigh(m);
          const pair = [r.mostInconsistent!.row, r.mostInconsistent!.col].sort();
          expect(pair).toEqual([i, j].sort());
          expect(r.mostInconsistent!.deviation).toBeGreaterThan(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds the principal eigenvector of any Saaty-scale matrix: A·w = λmax·w, λmax ≥ n, weights positive and summing to 1, relabelling only relabels', () => {
    fc.assert(
      fc.property(judgements, fc.nat(), (m, seed) => {
        const n = m.length;
        const r = weigh(m);
        expect(r.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        for (const x of r.weights) expect(x).toBeGreaterThan(0);
        expect(r.lambdaMax).toBeGreaterThanOrEqual(n - 1e-9);
        m.forEach((row, i) => expect(row.reduce((s, a, j) => s + a * r.weights[j]!, 0)).toBeCloseTo(r.lambdaMax * r.weights[i]!, 9));
        expect(r.consistent).toBe(r.consistencyRatio <= 0.1);
        // Rotate the items: the weights rotate with them.
        const k = seed % n;
        const p = (i: number): number => (i + k) % n;
        const rotated = m.map((_, i) => m.map((__, j) => m[p(i)]![p(j)]!));
        const rr = weigh(rotated);
        rr.weights.forEach((x, i) => expect(x).toBeCloseTo(r.weights[p(i)]!, 9));
        expect(rr.lambdaMax).toBeCloseTo(r.lambdaMax, 9);
      }),
      { numRuns: 200 },
    );
  });
});
