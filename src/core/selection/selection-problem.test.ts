// The model's check: budget years from the horizon and its first quarter, demands merged per role,
// and refusals that say what is wrong and how to fix it.
import { describe, expect, it } from 'vitest';
import { budgetYears, costPerYear, selectionProblem } from './selection-problem.ts';
import type { SelectionModel } from './selection-types.ts';

const base: SelectionModel = {
  quarters: 8,
  budgetPerYear: [100, 100],
  capacity: [{ role: 'Developer', perQuarter: [5, 5, 5, 5, 5, 5, 5, 5] }],
  candidates: [{ id: 'A', value: 1, costPerQuarter: [10, 20, 30], demand: [{ role: 'Developer', perQuarter: [1, 1] }, { role: 'Developer', perQuarter: [2] }], starts: [3, 1] }],
};

describe('selection problem', () => {
  it('counts the budget years a horizon touches from its first quarter', () => {
    expect(budgetYears(8)).toBe(2);
    expect(budgetYears(8, 2)).toBe(3); // Q3 Q4 | Q1–Q4 | Q1 Q2
    expect(budgetYears(1, 3)).toBe(1);
    const checked = selectionProblem({ ...base, firstQuarterOfYear: 2, budgetPerYear: [1, 1, 1] });
    expect(checked.ok && [...checked.problem.yearOf]).toEqual([0, 0, 1, 1, 1, 1, 2, 2]);
  });

  it('pads profiles to the duration, merges demands per role, sorts starts and moves cost with the start', () => {
    const checked = selectionProblem(base);
    if (!checked.ok) throw new Error(checked.message);
    const [a] = checked.problem.candidates;
    expect(a).toMatchObject({ duration: 3, starts: [1, 3], cost: [10, 20, 30], demand: [{ role: 0, perQuarter: [3, 1, 0] }] });
    expect(costPerYear(checked.problem, 0, 1)).toEqual([60, 0]);
    expect(costPerYear(checked.problem, 0, 3)).toEqual([10, 50]);
  });

  it.each([
    [{ budgetPerYear: [100] }, 'A horizon of 8 quarters from Q1 touches 2 budget year(s): give budgetPerYear 2 amount(s), not 1.'],
    [{ budgetPerYear: [100, 1.5] }, 'The budget of year 1 must be a whole, non-negative amount of minor units; it is 1.5.'],
    [{ capacity: [{ role: 'Developer', perQuarter: [1] }] }, 'Role "Developer" has capacity for 1 quarter(s): give one figure per quarter of the horizon (8).'],
    [{ candidates: [{ id: 'A', value: 1, costPerQuarter: [1], demand: [{ role: 'Tester', perQuarter: [1] }] }] }, 'Candidate "A" needs role "Tester", which has no capacity: add a capacity row for it or remove the demand.'],
    [{ candidates: [{ id: 'A', value: 1, costPerQuarter: [1, 1], starts: [7] }] }, 'Candidate "A" cannot start in quarter 7: its 2 quarter(s) must fit in the horizon of 8 (quarters 0–7).'],
    [{ candidates: [{ id: 'A', value: -1, costPerQuarter: [1] }] }, 'Candidate "A" has value -1: the score must be a non-negative number.'],
    [{ candidates: [{ id: 'A', value: 1, costPerQuarter: [0.5] }] }, 'Candidate "A" has a quarterly cost that is not a whole, non-negative amount of minor units.'],
    [{ candidates: [{ id: 'A', value: 1, costPerQuarter: [1] }, { id: 'A', value: 1, costPerQuarter: [1] }] }, 'Candidate "A" appears twice: ids must be unique.'],
    [{ exclusiveGroups: [{ id: 'G', members: ['A', 'B'] }] }, 'Exclusive group "G" names "B", which is not a candidate.'],
  ])('refuses %j', (change, message) => {
    expect(selectionProblem({ ...base, ...change } as SelectionModel)).toMatchObject({ ok: false, error: 'invalid_input', message });
  });

  it('refuses prerequisites that go round in a circle, naming it', () => {
    const candidates = ['A', 'B', 'C'].map((id) => ({ id, value: 1, costPerQuarter: [1] }));
    const prerequisites = [{ candidate: 'A', requires: 'B' }, { candidate: 'B', requires: 'C' }, { candidate: 'C', requires: 'A' }];
    expect(selectionProblem({ ...base, candidates, prerequisites })).toMatchObject({ ok: false, message: 'Prerequisites go round in a circle (A requires B requires C requires A): remove one of them.' });
  });
});
