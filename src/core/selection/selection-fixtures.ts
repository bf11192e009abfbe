// Small models for tests and benchmarks (as `plan-builder.ts` is for schedules): the textbook
// knapsack, and the checked problem of a model that is known to be valid.
import { selectionProblem, type SelectionProblem } from './selection-problem.ts';
import type { SelectionModel } from './selection-types.ts';

/** Weights (costs) 10, 20, 30 and values 60, 100, 120 within 50: the optimum is B + C (220), greedy by value ÷ cost takes A + B (160). */
export const KNAPSACK: SelectionModel = {
  quarters: 1,
  budgetPerYear: [50],
  capacity: [],
  candidates: [
    { id: 'A', value: 60, costPerQuarter: [10] },
    { id: 'B', value: 100, costPerQuarter: [20] },
    { id: 'C', value: 120, costPerQuarter: [30] },
  ],
};

/** The checked problem of a model the caller knows to be valid; throws with the refusal otherwise. */
export function problemOf(model: SelectionModel): SelectionProblem {
  const checked = selectionProblem(model);
  if (!checked.ok) throw new Error(checked.message);
  return checked.problem;
}
