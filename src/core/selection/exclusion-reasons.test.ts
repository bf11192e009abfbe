// Why a candidate is out, without a solver: what adding it to the chosen selection would break, at
// the start that breaks least; and the validator that every selection must pass.
import { describe, expect, it } from 'vitest';
import { exclusionReasons } from './exclusion-reasons.ts';
import { selectionProblem } from './selection-problem.ts';
import type { SelectionModel } from './selection-types.ts';
import { selectionViolations } from './selection-validation.ts';

const model: SelectionModel = {
  quarters: 4,
  budgetPerYear: [100],
  capacity: [{ role: 'Architect', perQuarter: [2, 2, 2, 2] }],
  candidates: [
    { id: 'core', value: 50, costPerQuarter: [30, 30], demand: [{ role: 'Architect', perQuarter: [2, 1] }] },
    { id: 'rival', value: 10, costPerQuarter: [5] },
    { id: 'pricey', value: 20, costPerQuarter: [50] },
    { id: 'architecty', value: 20, costPerQuarter: [10], demand: [{ role: 'Architect', perQuarter: [2] }], starts: [0, 1, 3] },
    { id: 'follower', value: 20, costPerQuarter: [1], starts: [1, 2, 3] },
    { id: 'orphan', value: 20, costPerQuarter: [1] },
    { id: 'fits', value: 0, costPerQuarter: [1] },
  ],
  exclusiveGroups: [{ id: 'Core or rival', members: ['core', 'rival'] }],
  prerequisites: [{ candidate: 'follower', requires: 'core', afterFinish: true }, { candidate: 'orphan', requires: 'pricey' }],
};
const chosen = [{ id: 'core', start: 0 }, { id: 'architecty', start: 3 }, { id: 'follower', start: 2 }];

describe('exclusion reasons', () => {
  it('names the constraints adding each excluded candidate would break, with the room left and the need', () => {
    const reasons = exclusionReasons(model, chosen);
    if (!Array.isArray(reasons)) throw new Error(reasons.message);
    const byId = Object.fromEntries(reasons.map((r) => [r.id, r]));
    expect(Object.keys(byId)).toEqual(['rival', 'pricey', 'orphan', 'fits']);
    expect(byId.rival!.blocking.map((b) => [b.row, b.message])).toEqual([['excl_Core_or_rival', '"core" is chosen and excludes "rival". (at most one of exclusive group "Core or rival")']]);
    expect(byId.pricey!.blocking).toEqual([
      { constraint: { kind: 'budget', year: 0 }, row: 'budget_y0', over: 21, message: 'Year 0 has 29 left; "pricey" needs 50. (the budget of year 0)' },
    ]);
    expect(byId.orphan!.blocking.map((b) => b.message)).toEqual(['"orphan" requires "pricey", which is not chosen. ("orphan" requires "pricey")']);
    expect(byId.fits!.blocking).toEqual([]);
  });

  it('tries every allowed start and reports the one that breaks least', () => {
    // Without architecty, where would it go? Quarter 0 is full (core takes 2), quarter 1 has 1 left, quarter 3 is free.
    const reasons = exclusionReasons({ ...model, budgetPerYear: [70] }, [{ id: 'core', start: 0 }, { id: 'follower', start: 2 }]);
    if (!Array.isArray(reasons)) throw new Error(reasons.message);
    const architecty = reasons.find((r) => r.id === 'architecty')!;
    expect(architecty.start).toBe(3);
    expect(architecty.blocking.map((b) => b.row)).toEqual(['budget_y0']);
  });
});

describe('selection validation', () => {
  const checked = selectionProblem(model);
  if (!checked.ok) throw new Error(checked.message);
  const { problem } = checked;

  it('passes a feasible selection', () => {
    expect(selectionViolations(problem, chosen)).toEqual({ breaches: [], problems: [] });
  });

  it('names every constraint a selection breaks', () => {
    const bad = [{ id: 'core', start: 0 }, { id: 'rival', start: 0 }, { id: 'architecty', start: 0 }, { id: 'follower', start: 1 }, { id: 'orphan', start: 0 }, { id: 'pricey', start: 0 }];
    expect(selectionViolations(problem, bad).breaches.map((b) => [b.row, b.over])).toEqual([
      ['excl_Core_or_rival', undefined],
      ['order_follower_core_q1', undefined],
      ['budget_y0', 27],
      ['cap_Architect_q0', 2],
    ]);
    expect(selectionViolations(problem, [{ id: 'nope', start: 0 }, { id: 'follower', start: 0 }, { id: 'core', start: 0 }, { id: 'core', start: 1 }]).problems).toEqual([
      '"nope" is not a candidate.',
      '"follower" may not start in quarter 0 (allowed: 1, 2, 3).',
      '"core" is chosen twice.',
    ]);
  });
});
