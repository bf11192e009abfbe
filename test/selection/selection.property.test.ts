// Invariants of selection on random small portfolios (fast-check), against brute force: HiGHS's
// selection passes the validator and is worth exactly the best of every possible selection (and
// is infeasible exactly when none is feasible); greedy never beats it and breaks nothing but a
// mandatory it could not place; every excluded candidate worth something has a blocking
// constraint; forcing one in never gains value; the frontier rises with the budget, greedy below it.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { efficientFrontier } from '../../src/core/selection/efficient-frontier.ts';
import { exclusionReasons, priceOfInclusion } from '../../src/core/selection/exclusion-reasons.ts';
import { greedySelection } from '../../src/core/selection/greedy-selection.ts';
import { optimalSelection } from '../../src/core/selection/optimal-selection.ts';
import { budgetYears, type SelectionProblem } from '../../src/core/selection/selection-problem.ts';
import type { MipSolver, SelectionModel } from '../../src/core/selection/selection-types.ts';
import { breachesOf } from '../../src/core/selection/selection-validation.ts';
import { OUT, startsOf } from '../../src/core/selection/selection-usage.ts';
import { loadMipSolver } from '../../src/io/highs/highs-solver.ts';
import { problemOf } from '../../src/core/selection/selection-fixtures.ts';

let solve: MipSolver;
beforeAll(async () => {
  solve = await loadMipSolver();
});

/** Up to five candidates over up to four quarters and two roles, with groups and acyclic prerequisites. */
const portfolio: fc.Arbitrary<SelectionModel> = fc
  .record({ quarters: fc.integer({ min: 1, max: 4 }), offset: fc.integer({ min: 0, max: 3 }), roles: fc.integer({ min: 0, max: 2 }), n: fc.integer({ min: 1, max: 5 }) })
  .chain(({ quarters, offset, roles, n }) =>
    fc.record({
      quarters: fc.constant(quarters),
      firstQuarterOfYear: fc.constant(offset),
      budgetPerYear: fc.array(fc.integer({ min: 0, max: 25 }), { minLength: budgetYears(quarters, offset), maxLength: budgetYears(quarters, offset) }),
      capacity: fc.tuple(...Array.from({ length: roles }, (_, r) => fc.array(fc.integer({ min: 0, max: 6 }), { minLength: quarters, maxLength: quarters }).map((perQuarter) => ({ role: `R${r}`, perQuarter })))),
      candidates: fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.integer({ min: 1, max: Math.min(2, quarters) }).chain((duration) =>
            fc.record({
              id: fc.constant(`C${i}`),
              value: fc.integer({ min: 0, max: 20 }),
              costPerQuarter: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: duration, maxLength: duration }),
              demand: fc.tuple(...Array.from({ length: roles }, (_, r) => fc.array(fc.integer({ min: 0, max: 3 }), { minLength: duration, maxLength: duration }).map((perQuarter) => ({ role: `R${r}`, perQuarter })))),
              starts: fc.subarray(Array.from({ length: quarters - duration + 1 }, (_, s) => s), { minLength: 1, maxLength: Math.min(3, quarters - duration + 1) }),
              mandatory: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
            }),
          ),
        ),
      ),
      exclusiveGroups: n < 2 ? fc.constant([]) : fc.array(fc.subarray(Array.from({ length: n }, (_, i) => `C${i}`), { minLength: 2 }), { maxLength: 2 }).map((groups) => groups.map((members, g) => ({ id: `G${g}`, members }))),
      prerequisites: fc.array(fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), afterFinish: fc.boolean() }), { maxLength: 3 }).map((pairs) => pairs.filter(({ a, b }) => a < b).map(({ a, b, afterFinish }) => ({ candidate: `C${b}`, requires: `C${a}`, afterFinish }))),
    }),
  );


/** The best value over every selection (each candidate out or at one of its starts), or null if none is feasible. */
function bruteForce(problem: SelectionProblem): number | null {
  const n = problem.candidates.length;
  const starts = new Int32Array(n).fill(OUT);
  let best: number | null = null;
  const visit = (i: number, value: number) => {
    if (i === n) {
      if (breachesOf(problem, starts).length === 0 && (best === null || value > best)) best = value;
      return;
    }
    for (const s of [OUT, ...problem.candidates[i]!.starts]) {
      starts[i] = s;
      visit(i + 1, value + (s === OUT ? 0 : problem.candidates[i]!.value));
    }
    starts[i] = OUT;
  };
  visit(0, 0);
  return best;
}

describe('selection properties', () => {
  it('the MIP optimum is valid, equals brute force, and is never below greedy', () => {
    fc.assert(
      fc.property(portfolio, (model) => {
        const problem = problemOf(model);
        const best = bruteForce(problem);
        const result = optimalSelection(model, solve);
        const greedy = greedySelection(problem);
        const greedyBreaches = breachesOf(problem, startsOf(problem, greedy.chosen));
        expect(greedyBreaches.every((b) => b.constraint.kind === 'mandatory')).toBe(true);
        if (best === null) {
          expect(result).toMatchObject({ ok: false, error: 'infeasible' });
          expect(!result.ok && result.error === 'infeasible' && result.conflicts.length).toBeGreaterThan(0);
          return;
        }
        if (!result.ok) throw new Error(`${result.error}: ${result.message}`);
        expect(breachesOf(problem, startsOf(problem, result.chosen))).toEqual([]);
        expect(result.value).toBe(best);
        expect(result.gapPct).toBe(0);
        if (greedy.missingMandatory.length === 0) expect(greedy.value).toBeLessThanOrEqual(result.value);
      }),
      { numRuns: 150, seed: 8 },
    );
  });

  it('every excluded candidate worth something is blocked by a named constraint, and forcing it in loses value', () => {
    fc.assert(
      fc.property(portfolio, (model) => {
        const result = optimalSelection(model, solve);
        if (!result.ok) return;
        const reasons = exclusionReasons(model, result.chosen);
        if (!Array.isArray(reasons)) throw new Error(reasons.message);
        expect(reasons.map((r) => r.id)).toEqual(result.excluded);
        for (const reason of reasons) if (reason.value > 0) expect(reason.blocking.length).toBeGreaterThan(0);
        const first = reasons[0];
        if (!first) return;
        const price = priceOfInclusion(model, solve, result, first.id);
        if (!price.ok) {
          expect(price.error).toBe('infeasible');
          return;
        }
        expect(price.valueLost).toBeGreaterThanOrEqual(0);
        expect(price.chosen.map((c) => c.id)).toContain(first.id);
        expect(breachesOf(problemOf(model), startsOf(problemOf(model), price.chosen))).toEqual([]);
      }),
      { numRuns: 80, seed: 9 },
    );
  });

  it('the frontier rises with the budget to the optimum without a budget limit, greedy never above it', () => {
    fc.assert(
      fc.property(portfolio, (model) => {
        const frontier = efficientFrontier(model, solve, { points: 4 });
        if (!frontier.ok) {
          expect(frontier.error).not.toBe('solver_failed');
          return;
        }
        const { points } = frontier;
        const unlimited = optimalSelection({ ...model, budgetPerYear: model.budgetPerYear.map((b) => (b > 0 ? Number.MAX_SAFE_INTEGER : 0)) }, solve);
        expect(unlimited.ok && unlimited.value).toBe(frontier.unconstrainedValue);
        expect(points.find((p) => p.value === frontier.unconstrainedValue)!.totalBudget).toBe(frontier.saturationBudget);
        points.forEach((p, k) => {
          expect(p.greedyValue <= p.value || !p.greedyFeasible).toBe(true);
          if (k > 0) {
            expect(p.totalBudget).toBeGreaterThanOrEqual(points[k - 1]!.totalBudget);
            expect(p.value).toBeGreaterThanOrEqual(points[k - 1]!.value);
          }
        });
      }),
      { numRuns: 60, seed: 10 },
    );
  });
});
