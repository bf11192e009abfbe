// The optimal selection solved by HiGHS on instances small enough to check by hand: a knapsack
// whose optimum the greedy ratio rule misses, exclusive options, prerequisites with and without
// ordering, start quarters shifted to fit capacity, and mandatory projects that cannot all fit,
// refused with the constraints at fault named as the LP names them.
import { beforeAll, describe, expect, it } from 'vitest';
import { optimalSelection } from '../../src/core/selection/optimal-selection.ts';
import { greedySelection } from '../../src/core/selection/greedy-selection.ts';
import type { MipSolver, SelectionModel } from '../../src/core/selection/selection-types.ts';
import { loadMipSolver } from '../../src/io/highs/highs-solver.ts';
import { KNAPSACK, problemOf } from '../../src/core/selection/selection-fixtures.ts';

let solve: MipSolver;
beforeAll(async () => {
  solve = await loadMipSolver();
});

/** The textbook knapsack: weights 10, 20, 30, values 60, 100, 120, capacity 50. */
const knapsack = KNAPSACK;

describe('optimal selection', () => {
  it('solves the knapsack to its known optimum, 220 (B and C), where greedy by value ÷ cost gets 160', () => {
    const result = optimalSelection(knapsack, solve);
    expect(result).toMatchObject({ ok: true, status: 'optimal', value: 220, gapPct: 0, excluded: ['A'], spendPerYear: [50] });
    expect(result.ok && result.chosen).toEqual([{ id: 'B', start: 0 }, { id: 'C', start: 0 }]);
    const greedy = greedySelection(problemOf(knapsack));
    expect(greedy).toMatchObject({ value: 160, ranking: ['A', 'B', 'C'], excluded: ['C'] });
  });

  it('takes at most one of an exclusive group', () => {
    const model: SelectionModel = { ...knapsack, budgetPerYear: [100], exclusiveGroups: [{ id: 'platform', members: ['B', 'C'] }] };
    expect(optimalSelection(model, solve)).toMatchObject({ ok: true, value: 180, excluded: ['B'] });
  });

  it('takes a project only with its prerequisite', () => {
    // C alone would be best (120 for 30); C requires A, and A + C cost 40, leaving no room for B.
    const model: SelectionModel = { ...knapsack, budgetPerYear: [50], prerequisites: [{ candidate: 'C', requires: 'A' }], candidates: knapsack.candidates.map((c) => (c.id === 'B' ? { ...c, costPerQuarter: [25] } : c)) };
    expect(optimalSelection(model, solve)).toMatchObject({ ok: true, value: 180, excluded: ['B'] });
  });

  it('starts a project after its ordered prerequisite finishes, shifting it as far as needed', () => {
    const model: SelectionModel = {
      quarters: 4,
      budgetPerYear: [1000],
      capacity: [],
      candidates: [
        { id: 'Platform', value: 10, costPerQuarter: [100, 100], starts: [0, 1] },
        { id: 'App', value: 30, costPerQuarter: [50], starts: [0, 1, 2, 3] },
      ],
      prerequisites: [{ candidate: 'App', requires: 'Platform', afterFinish: true }],
    };
    const result = optimalSelection(model, solve);
    expect(result.ok).toBe(true);
    const chosen = result.ok ? Object.fromEntries(result.chosen.map((c) => [c.id, c.start])) : {};
    expect(chosen.App).toBeGreaterThanOrEqual(chosen.Platform! + 2);
  });

  it('shifts start quarters so two projects share a role, and moves their cost into the later year', () => {
    // Each needs the whole team for two quarters; in the same quarters only one fits.
    const model: SelectionModel = {
      quarters: 8,
      budgetPerYear: [300, 300],
      capacity: [{ role: 'Developer', perQuarter: [10, 10, 10, 10, 10, 10, 10, 10] }],
      candidates: [
        { id: 'CRM', value: 50, costPerQuarter: [100, 100], demand: [{ role: 'Developer', perQuarter: [10, 10] }], starts: [0, 2, 4] },
        { id: 'ERP', value: 40, costPerQuarter: [150, 150], demand: [{ role: 'Developer', perQuarter: [10, 10] }], starts: [0, 2, 4] },
      ],
    };
    const result = optimalSelection(model, solve);
    expect(result).toMatchObject({ ok: true, value: 90, excluded: [] });
    // ERP costs 300 and CRM 200: one of them must be in year 1 (quarters 4–7) to keep each year within 300.
    const starts = result.ok ? result.chosen.map((c) => c.start).sort() : [];
    expect(starts).toContain(4);
    expect(result.ok && result.spendPerYear.every((s) => s <= 300)).toBe(true);
  });

  it('refuses mandatory projects that exclude each other, naming the group, without solving', () => {
    const model: SelectionModel = {
      ...knapsack,
      candidates: [{ id: 'PRJ-1', value: 1, costPerQuarter: [1], mandatory: true }, { id: 'PRJ-2', value: 1, costPerQuarter: [1] }, { id: 'PRJ-3', value: 1, costPerQuarter: [1], mandatory: true }],
      exclusiveGroups: [{ id: 'Data centre', members: ['PRJ-2', 'PRJ-3'] }],
      prerequisites: [{ candidate: 'PRJ-1', requires: 'PRJ-2' }],
    };
    const never: MipSolver = () => {
      throw new Error('no solve expected');
    };
    const result = optimalSelection(model, never);
    expect(result).toMatchObject({ ok: false, error: 'infeasible', conflicts: [{ row: 'excl_Data_centre', constraint: { kind: 'exclusive', group: 'Data centre' } }] });
    expect(!result.ok && result.message).toMatch(/"PRJ-2" is required by "PRJ-1" and "PRJ-3" is mandatory, but they exclude each other/);
  });

  it('refuses mandatory projects over budget, naming the year and the shortfall', () => {
    const model: SelectionModel = { ...knapsack, budgetPerYear: [40], candidates: knapsack.candidates.map((c) => ({ ...c, mandatory: c.id !== 'A' })) };
    const result = optimalSelection(model, solve);
    expect(result).toMatchObject({ ok: false, error: 'infeasible', conflicts: [{ row: 'budget_y0', over: 10 }] });
    expect(!result.ok && result.message).toBe('The mandatory projects cannot all be in: The budget of year 0 (40) would need 10 more.');
  });

  it('counts a large budget\'s shortfall in minor units', () => {
    const model: SelectionModel = { ...knapsack, budgetPerYear: [40_000_000_123], candidates: knapsack.candidates.map((c) => ({ ...c, costPerQuarter: [c.costPerQuarter[0]! * 1_000_000_007], mandatory: c.id !== 'A' })) };
    expect(optimalSelection(model, solve)).toMatchObject({ ok: false, error: 'infeasible', conflicts: [{ row: 'budget_y0', over: 50_000_000_350 - 40_000_000_123 }] });
  });

  it('refuses mandatory projects over a role\'s capacity, naming the role, the quarter and the shortfall', () => {
    // Lake needs 3 then 6 data engineers; BI needs 2 for a quarter, in quarter 0 or 1. Capacity 5 then 8
    // leaves room in quarter 0; capacity 4 then 7 leaves none, and the smallest overrun is 1 of 7 in quarter 1.
    const model = (perQuarter: number[]): SelectionModel => ({
      quarters: 2,
      budgetPerYear: [1000],
      capacity: [{ role: 'Data engineer', perQuarter }],
      candidates: [
        { id: 'Lake', value: 1, costPerQuarter: [10, 10], demand: [{ role: 'Data engineer', perQuarter: [3, 6] }], mandatory: true },
        { id: 'BI', value: 1, costPerQuarter: [10], demand: [{ role: 'Data engineer', perQuarter: [2] }], starts: [0, 1], mandatory: true },
      ],
    });
    expect(optimalSelection(model([5, 8]), solve)).toMatchObject({ ok: true, chosen: [{ id: 'Lake', start: 0 }, { id: 'BI', start: 0 }] });
    const tight = optimalSelection(model([4, 7]), solve);
    expect(tight).toMatchObject({ ok: false, error: 'infeasible', conflicts: [{ row: 'cap_Data_engineer_q1', over: 1, constraint: { kind: 'capacity', role: 'Data engineer', quarter: 1 } }] });
    expect(!tight.ok && tight.message).toBe('The mandatory projects cannot all be in: The capacity of role "Data engineer" in quarter 1 (7) would need 1 more.');
  });

  it('refuses an ordered prerequisite that cannot finish before the last allowed start', () => {
    const model: SelectionModel = {
      quarters: 4, budgetPerYear: [100], capacity: [],
      candidates: [{ id: 'A', value: 1, costPerQuarter: [1, 1, 1], starts: [0, 1] }, { id: 'B', value: 1, costPerQuarter: [1], starts: [0, 1, 2], mandatory: true }],
      prerequisites: [{ candidate: 'B', requires: 'A', afterFinish: true }],
    };
    const result = optimalSelection(model, solve);
    expect(result).toMatchObject({ ok: false, error: 'infeasible', conflicts: [{ row: 'order_B_A_q2' }] });
    expect(!result.ok && result.message).toMatch(/must start after "A" finishes, in quarter 3 at the earliest, but its last allowed start is quarter 2/);
  });

  it('selects nothing from no candidates', () => {
    expect(optimalSelection({ ...knapsack, candidates: [] }, solve)).toMatchObject({ ok: true, value: 0, chosen: [], excluded: [] });
  });

  it('says what is wrong with a bad model before solving', () => {
    const result = optimalSelection({ ...knapsack, candidates: [{ id: 'A', value: 1, costPerQuarter: [1, 1] }] }, solve);
    expect(result).toMatchObject({ ok: false, error: 'invalid_input', id: 'A', message: 'Candidate "A" cannot start in quarter 0: its 2 quarter(s) must fit in the horizon of 1 (quarters 0–0).' });
    expect(optimalSelection(knapsack, solve, { force: ['Z'] })).toMatchObject({ ok: false, error: 'invalid_input', message: 'Cannot force in "Z": it is not a candidate.' });
  });
});
