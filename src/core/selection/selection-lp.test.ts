// The LP text: readable, LP-safe names, the rows the module comment promises, and the elastic and
// budget-level variants.
import { describe, expect, it } from 'vitest';
import { writeSelectionLp } from './selection-lp.ts';
import { withBudget } from './selection-problem.ts';
import type { SelectionModel } from './selection-types.ts';
import { problemOf } from './selection-fixtures.ts';


const model: SelectionModel = {
  quarters: 4,
  budgetPerYear: [100],
  capacity: [{ role: 'Business analyst', perQuarter: [2, 2, 2, 2] }],
  candidates: [
    { id: 'PRJ-1', value: 5, costPerQuarter: [30, 30], mandatory: true },
    { id: 'PRJ_1', value: 4, costPerQuarter: [20], demand: [{ role: 'Business analyst', perQuarter: [1.5] }], starts: [1, 2, 3] },
  ],
  exclusiveGroups: [{ id: 'CRM options', members: ['PRJ-1', 'PRJ_1'] }],
  prerequisites: [{ candidate: 'PRJ_1', requires: 'PRJ-1', afterFinish: true }],
};

describe('selection LP', () => {
  it('writes every row with a name that says what it is', () => {
    const lp = writeSelectionLp(problemOf(model));
    expect(lp.columns.map((c) => c.name)).toEqual(['x_PRJ_1_s0', 'x_PRJ_1_2_s1', 'x_PRJ_1_2_s2', 'x_PRJ_1_2_s3']);
    expect(lp.lp).toBe(
      [
        'Maximize',
        ' obj: 5 x_PRJ_1_s0 + 4 x_PRJ_1_2_s1 + 4 x_PRJ_1_2_s2 + 4 x_PRJ_1_2_s3',
        'Subject To',
        ' budget_y0: 60 x_PRJ_1_s0 + 20 x_PRJ_1_2_s1 + 20 x_PRJ_1_2_s2 + 20 x_PRJ_1_2_s3 <= 100',
        ' cap_Business_analyst_q1: 1.5 x_PRJ_1_2_s1 <= 2',
        ' cap_Business_analyst_q2: 1.5 x_PRJ_1_2_s2 <= 2',
        ' cap_Business_analyst_q3: 1.5 x_PRJ_1_2_s3 <= 2',
        ' must_PRJ_1: 1 x_PRJ_1_s0 = 1',
        ' one_start_PRJ_1_2: 1 x_PRJ_1_2_s1 + 1 x_PRJ_1_2_s2 + 1 x_PRJ_1_2_s3 <= 1',
        ' excl_CRM_options: 1 x_PRJ_1_s0 + 1 x_PRJ_1_2_s1 + 1 x_PRJ_1_2_s2 + 1 x_PRJ_1_2_s3 <= 1',
        // PRJ_1 started by quarter t needs PRJ-1 (two quarters from 0) finished by t.
        ' order_PRJ_1_2_PRJ_1_q1: 1 x_PRJ_1_2_s1 <= 0',
        ' order_PRJ_1_2_PRJ_1_q2: 1 x_PRJ_1_2_s1 + 1 x_PRJ_1_2_s2 - 1 x_PRJ_1_s0 <= 0',
        ' order_PRJ_1_2_PRJ_1_q3: 1 x_PRJ_1_2_s1 + 1 x_PRJ_1_2_s2 + 1 x_PRJ_1_2_s3 - 1 x_PRJ_1_s0 <= 0',
        'Binary',
        ' x_PRJ_1_s0 x_PRJ_1_2_s1 x_PRJ_1_2_s2 x_PRJ_1_2_s3',
        'End',
        '',
      ].join('\n'),
    );
    expect(lp.rows.find((r) => r.name === 'order_PRJ_1_2_PRJ_1_q2')?.constraint).toEqual({ kind: 'order', candidate: 'PRJ_1', requires: 'PRJ-1', quarter: 2 });
  });

  it('writes "b only if a" for an unordered prerequisite, and a forced candidate as force_', () => {
    const lp = writeSelectionLp(problemOf({ ...model, prerequisites: [{ candidate: 'PRJ_1', requires: 'PRJ-1' }], exclusiveGroups: [] }), { forced: [1] });
    expect(lp.lp).toContain(' force_PRJ_1_2: 1 x_PRJ_1_2_s1 + 1 x_PRJ_1_2_s2 + 1 x_PRJ_1_2_s3 = 1');
    expect(lp.lp).toContain(' req_PRJ_1_2_PRJ_1: 1 x_PRJ_1_2_s1 + 1 x_PRJ_1_2_s2 + 1 x_PRJ_1_2_s3 - 1 x_PRJ_1_s0 <= 0');
  });

  it('leaves out the budget row of an unlimited year', () => {
    expect(writeSelectionLp(withBudget(problemOf(model), [Infinity])).lp).not.toContain('budget_y0');
  });

  it('lets budget and capacity rows overrun in the elastic programme, priced as shares of their limits', () => {
    const lp = writeSelectionLp(problemOf(model), { objective: 'elastic' });
    expect(lp.lp).toMatch(/^Minimize\n obj: 0\.01 over_budget_y0 \+ 0\.5 over_cap_Business_analyst_q1/);
    expect(lp.lp).toContain(' budget_y0: 60 x_PRJ_1_s0 + 20 x_PRJ_1_2_s1 + 20 x_PRJ_1_2_s2 + 20 x_PRJ_1_2_s3 - 1 over_budget_y0 <= 100');
    expect(lp.overruns.map((o) => o.row)).toEqual(['budget_y0', 'cap_Business_analyst_q1', 'cap_Business_analyst_q2', 'cap_Business_analyst_q3']);
  });

  it('minimises the budget level, budget rows as shares of the year\'s budget', () => {
    const lp = writeSelectionLp(problemOf(model), { objective: 'budget-level' });
    expect(lp.lp).toContain(' obj: 1 budget_level');
    expect(lp.lp).toContain(' budget_y0: 0.6 x_PRJ_1_s0 + 0.2 x_PRJ_1_2_s1 + 0.2 x_PRJ_1_2_s2 + 0.2 x_PRJ_1_2_s3 - 1 budget_level <= 0');
  });
});
