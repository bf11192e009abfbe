// Why a project was left out and the value against budget, on the textbook knapsack (weights 10,
// 20, 30; values 60, 100, 120; budget 50), where every figure can be checked by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { efficientFrontier } from '../../src/core/selection/efficient-frontier.ts';
import { exclusionReasons, priceOfInclusion } from '../../src/core/selection/exclusion-reasons.ts';
import { optimalSelection } from '../../src/core/selection/optimal-selection.ts';
import type { MipSolver, SelectionModel } from '../../src/core/selection/selection-types.ts';
import { loadMipSolver } from '../../src/io/highs/highs-solver.ts';
import { KNAPSACK } from '../../src/core/selection/selection-fixtures.ts';

let solve: MipSolver;
beforeAll(async () => {
  solve = await loadMipSolver();
});

/** The textbook knapsack: weights 10, 20, 30, values 60, 100, 120, capacity 50. */
const knapsack = KNAPSACK;

describe('why a project was left out', () => {
  it('names the budget that binds, and what forcing it in would cost and displace', () => {
    const optimum = optimalSelection(knapsack, solve);
    if (!optimum.ok) throw new Error(optimum.message);
    expect(exclusionReasons(knapsack, optimum.chosen)).toEqual([
      { id: 'A', value: 60, start: 0, blocking: [{ constraint: { kind: 'budget', year: 0 }, row: 'budget_y0', over: 10, message: 'Year 0 has 0 left; "A" needs 10. (the budget of year 0)' }] },
    ]);
    // With A in, the best is A + C (180): 40 lost, B leaves.
    expect(priceOfInclusion(knapsack, solve, optimum, 'A')).toMatchObject({ ok: true, value: 180, valueLost: 40, leaves: ['B'], joins: [] });
  });

  it('says when forcing a project in is impossible, and why', () => {
    const model: SelectionModel = { ...knapsack, candidates: knapsack.candidates.map((c) => ({ ...c, mandatory: c.id === 'C' })), exclusiveGroups: [{ id: 'A or C', members: ['A', 'C'] }] };
    const optimum = optimalSelection(model, solve);
    if (!optimum.ok) throw new Error(optimum.message);
    const price = priceOfInclusion(model, solve, optimum, 'A');
    expect(price).toMatchObject({ ok: false, error: 'infeasible', conflicts: [{ row: 'excl_A_or_C' }] });
    expect(!price.ok && price.message).toBe('The mandatory and forced-in projects cannot all be in: "A" is forced in and "C" is mandatory, but they exclude each other. (at most one of exclusive group "A or C")');
  });
});

describe('efficient frontier', () => {
  it('sweeps from the mandatory minimum to the unconstrained total, greedy beside it', () => {
    const model: SelectionModel = { ...knapsack, candidates: knapsack.candidates.map((c) => ({ ...c, mandatory: c.id === 'A' })) };
    const frontier = efficientFrontier(model, solve, { points: 3 });
    if (!frontier.ok) throw new Error(frontier.message);
    // A alone needs 10 of the 50 (level 0.2); all three need 60 (level 1.2).
    expect(frontier).toMatchObject({ minimumLevel: 0.2, maximumLevel: 1.2, unconstrainedValue: 280, saturationBudget: 60 });
    expect(frontier.points.map((p) => [p.totalBudget, p.value, p.greedyValue])).toEqual([
      [10, 60, 60],
      [35, 160, 160],
      [60, 280, 280],
    ]);
  });

  it('shows where greedy falls short of the optimum', () => {
    const frontier = efficientFrontier(knapsack, solve, { points: 7 });
    if (!frontier.ok) throw new Error(frontier.message);
    // From 0 to 60 in steps of 10: at 50 the optimum is B + C (220), greedy A + B (160).
    expect(frontier.points.map((p) => [p.totalBudget, p.value, p.greedyValue])).toEqual([
      [0, 0, 0],
      [10, 60, 60],
      [20, 100, 60],
      [30, 160, 160],
      [40, 180, 160],
      [50, 220, 160],
      [60, 280, 280],
    ]);
  });

  it('shows where capacity stops more money buying more', () => {
    // C needs the one architect the whole quarter, so it never fits: the value tops out at A + B (160) from a budget of 30.
    const model: SelectionModel = {
      ...knapsack,
      capacity: [{ role: 'Architect', perQuarter: [1] }],
      candidates: knapsack.candidates.map((c) => (c.id === 'C' ? { ...c, demand: [{ role: 'Architect', perQuarter: [2] }] } : c)),
    };
    const frontier = efficientFrontier(model, solve, { points: 7 });
    expect(frontier).toMatchObject({ ok: true, unconstrainedValue: 160, saturationBudget: 30 });
  });

  it('refuses a model with no budget to scale', () => {
    expect(efficientFrontier({ ...knapsack, budgetPerYear: [0] }, solve)).toMatchObject({ ok: false, error: 'invalid_input', message: 'The frontier scales the budget per year: give at least one year a budget above 0.' });
  });
});
