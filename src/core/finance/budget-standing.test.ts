// On budget or not: a project's forecast against the budget it is judged by, and a group's sums,
// with the projects that make it over, have no forecast or have no budget named.
import { describe, expect, it } from 'vitest';
import { budgetStanding, groupStanding, type BudgetFigures } from './budget-standing.ts';

const figures = (over: Partial<BudgetFigures>): BudgetFigures => ({ approvedMinor: null, currentMinor: null, budgetMinor: null, forecastMinor: null, committedMinor: 0, ...over });

describe('budget standing', () => {
  it('is over when the forecast exceeds the budget, within otherwise, and not assessed without either', () => {
    expect(budgetStanding(figures({ budgetMinor: 400_000, forecastMinor: 448_000 }))).toMatchObject({ varianceMinor: -48_000, standing: 'over' });
    expect(budgetStanding(figures({ budgetMinor: 400_000, forecastMinor: 400_000 }))).toMatchObject({ varianceMinor: 0, standing: 'within' });
    expect(budgetStanding(figures({ budgetMinor: 400_000 }))).toMatchObject({ varianceMinor: null, standing: 'not_assessed' });
    expect(budgetStanding(figures({ forecastMinor: 1 }))).toMatchObject({ varianceMinor: null, standing: 'not_assessed' });
  });

  it('sums a group: budgets of those that have one, forecasts with the budget standing in where there is none yet', () => {
    const group = groupStanding([
      { code: 'A', figures: figures({ approvedMinor: 400_000, currentMinor: 420_000, budgetMinor: 420_000, forecastMinor: 448_000, committedMinor: 5_000 }) },
      { code: 'B', figures: figures({ budgetMinor: 300_000, forecastMinor: 250_000 }) },
      { code: 'C', figures: figures({ budgetMinor: 100_000 }) },
      { code: 'D', figures: figures({ forecastMinor: 90_000, committedMinor: 1_000 }) },
    ]);
    expect(group).toEqual({
      approvedMinor: 400_000,
      currentMinor: 420_000,
      budgetMinor: 820_000,
      forecastMinor: 448_000 + 250_000 + 100_000,
      varianceMinor: 820_000 - 798_000,
      committedMinor: 6_000,
      standing: 'within',
      overBudget: ['A'],
      withoutForecast: ['C'],
      withoutBudget: ['D'],
    });
  });

  it('leaves a group not assessed when no budgeted project has a forecast', () => {
    expect(groupStanding([{ code: 'C', figures: figures({ budgetMinor: 100_000 }) }])).toMatchObject({ budgetMinor: 100_000, forecastMinor: null, standing: 'not_assessed', withoutForecast: ['C'] });
    expect(groupStanding([])).toMatchObject({ approvedMinor: null, budgetMinor: null, committedMinor: 0, standing: 'not_assessed' });
  });
});
