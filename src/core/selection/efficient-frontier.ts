// The efficient frontier: the best value the portfolio can reach at each budget, with the greedy
// rule's value beside it. The budget moves as a multiple ("level") of the model's profile per
// year, so the shape of the years is kept (a year with no budget keeps none) and only the amount
// changes; each year's budget at a level is ⌈level × budget⌉ minor units.
//
// The sweep runs from the mandatory minimum, the least level at which the mandatory projects (and
// what they require) fit, to the saturation level, the least level at which the optimum without
// any budget limit can be bought; both are exact, found by minimising the level in a MIP. Beyond
// saturation more money buys nothing: capacity and the other constraints bind.
import { forcedConflicts } from './forced-set.ts';
import { greedySelection } from './greedy-selection.ts';
import { solveSelection } from './optimal-selection.ts';
import { writeSelectionLp } from './selection-lp.ts';
import { selectionProblem, withBudget, type SelectionProblem } from './selection-problem.ts';
import type { ChosenCandidate, MipSolver, SelectionFailure, SelectionModel, SolveOptions } from './selection-types.ts';
import { OUT, usageOf } from './selection-usage.ts';

export interface FrontierPoint {
  /** Multiple of the model's budget profile. */
  readonly level: number;
  readonly budgetPerYear: ReadonlyArray<number>;
  readonly totalBudget: number;
  readonly value: number;
  readonly gapPct: number;
  readonly chosen: ReadonlyArray<ChosenCandidate>;
  readonly greedyValue: number;
  /** False when the greedy rule could not place every mandatory candidate at this budget. */
  readonly greedyFeasible: boolean;
}

export interface EfficientFrontier {
  readonly ok: true;
  readonly minimumLevel: number;
  readonly saturationLevel: number;
  /** The optimum with no budget limit (years with no budget still have none). */
  readonly unconstrainedValue: number;
  /** Evenly spaced levels from the minimum to saturation, both included. */
  readonly points: ReadonlyArray<FrontierPoint>;
}

export interface FrontierOptions extends SolveOptions {
  /** Points on the sweep (default 10, at least 2). */
  readonly points?: number;
}

/**
 * The optimum value against budget, from the mandatory minimum to saturation.
 *
 * @example
 * const frontier = efficientFrontier(model, solver, { points: 10 });
 * if (frontier.ok) for (const p of frontier.points) console.log(p.totalBudget, p.value, p.greedyValue);
 */
export function efficientFrontier(model: SelectionModel, solve: MipSolver, options: FrontierOptions = {}): EfficientFrontier | SelectionFailure {
  const checked = selectionProblem(model);
  if (!checked.ok) return checked;
  const { problem } = checked;
  const count = Math.max(2, Math.floor(options.points ?? 10));
  if (!problem.budget.some((b) => b > 0)) return { ok: false, error: 'invalid_input', message: 'The frontier scales the budget per year: give at least one year a budget above 0.' };
  const conflicts = forcedConflicts(problem);
  if (conflicts.length > 0) return solveSelection(problem, solve, [], options) as SelectionFailure;

  const unlimited = withBudget(problem, problem.budget.map((b) => (b > 0 ? Infinity : 0)));
  const top = solveSelection(unlimited, solve, [], options);
  if (!top.ok) return top;
  const minimum = leastLevel(problem, solve, undefined, options);
  if (minimum === null) return { ok: false, error: 'solver_failed', message: 'The solver could not find the least budget the mandatory projects need.' };
  const saturation = leastLevel(problem, solve, top.value - 1e-6 * Math.max(1, Math.abs(top.value)), options);
  if (saturation === null) return { ok: false, error: 'solver_failed', message: 'The solver could not find the least budget that buys the unconstrained optimum.' };

  const points: FrontierPoint[] = [];
  const levels = saturation > minimum ? Array.from({ length: count }, (_, k) => minimum + ((saturation - minimum) * k) / (count - 1)) : [minimum];
  for (const level of levels) {
    const budget = problem.budget.map((b) => (b > 0 ? Math.ceil(level * b - 1e-7) : 0));
    const scaled = withBudget(problem, budget);
    const best = solveSelection(scaled, solve, [], options);
    if (!best.ok) return best;
    const greedy = greedySelection(scaled);
    points.push({
      level, budgetPerYear: budget, totalBudget: budget.reduce((sum, b) => sum + b, 0), value: best.value, gapPct: best.gapPct, chosen: best.chosen,
      greedyValue: greedy.value, greedyFeasible: greedy.missingMandatory.length === 0,
    });
  }
  return { ok: true, minimumLevel: minimum, saturationLevel: saturation, unconstrainedValue: top.value, points };
}

/** The least multiple of the budget profile at which the mandatory projects fit with at least `valueFloor` of value; null if the solver fails. */
function leastLevel(problem: SelectionProblem, solve: MipSolver, valueFloor: number | undefined, options: SolveOptions): number | null {
  const lp = writeSelectionLp(problem, { objective: 'budget-level', ...(valueFloor === undefined ? {} : { valueFloor }) });
  const result = solve({ lp: lp.lp, relativeGap: options.relativeGap ?? 0, ...(options.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: options.timeLimitSeconds }) });
  if (result.status !== 'optimal' && result.status !== 'stopped') return null;
  // The level the chosen selection needs, recomputed exactly from its spend.
  const starts = new Int32Array(problem.candidates.length).fill(OUT);
  for (const column of lp.columns) if ((result.columns.get(column.name) ?? 0) >= 0.5) starts[column.candidate] = column.start;
  const { spend } = usageOf(problem, starts);
  return Math.max(0, ...spend.map((amount, y) => (problem.budget[y]! > 0 ? amount / problem.budget[y]! : 0)));
}
