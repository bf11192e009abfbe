// The efficient frontier: the best value the portfolio can reach at each budget, with the greedy
// rule's value beside it. The budget moves as a multiple ("level") of the model's profile per
// year, so the shape of the years is kept (a year with no budget keeps none) and only the amount
// changes; each year's budget at a level is ⌈level × budget⌉ minor units.
//
// The sweep runs from the mandatory minimum, the least level at which the mandatory projects (and
// what they require) fit, found exactly by minimising the level in a MIP, to the unconstrained
// total, the least level at which every candidate could be paid for at its dearest start, beyond
// which money no longer constrains. Where the value stops rising before that, capacity and the
// other constraints bind: `saturationBudget` is the first budget swept that reaches the top value.
// Each point is one solve under the caller's options: with a time limit or gap a point may be
// within its gap of the optimum, which it reports.
import { forcedConflicts } from './forced-set.ts';
import { greedySelection } from './greedy-selection.ts';
import { mipRequest, solveSelection } from './optimal-selection.ts';
import { writeSelectionLp } from './selection-lp.ts';
import { costPerYear, selectionProblem, withBudget, type SelectionProblem } from './selection-problem.ts';
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
  readonly maximumLevel: number;
  /** The value at the unconstrained total (the last point). */
  readonly unconstrainedValue: number;
  /** The least total budget swept that reaches that value (within its gap, when it is not proven). */
  readonly saturationBudget: number;
  /** Evenly spaced levels from the minimum to the maximum, both included. */
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
  if (forcedConflicts(problem).length > 0) return solveSelection(problem, solve, [], options) as SelectionFailure;

  const minimum = leastLevel(problem, solve, options);
  // Mandatory projects that fit no budget: capacity (or a year without budget) stops them; say which.
  if (minimum === 'infeasible') return solveSelection(withBudget(problem, problem.budget.map((b) => (b > 0 ? Infinity : 0))), solve, [], options) as SelectionFailure;
  if (minimum === null) return { ok: false, error: 'solver_failed', message: 'The solver could not find the least budget the mandatory projects need.' };
  const maximum = Math.max(minimum, everythingLevel(problem));

  const points: FrontierPoint[] = [];
  const levels = maximum > minimum ? Array.from({ length: count }, (_, k) => minimum + ((maximum - minimum) * k) / (count - 1)) : [minimum];
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
  const last = points.at(-1)!;
  // Within the last point's gap when it is not proven: its value may still rise by that much.
  const reach = last.value * (1 - (Number.isFinite(last.gapPct) ? last.gapPct : 0) / 100);
  return { ok: true, minimumLevel: minimum, maximumLevel: maximum, unconstrainedValue: last.value, saturationBudget: points.find((p) => p.value >= reach - 1e-9)!.totalBudget, points };
}

/** The least multiple of the budget profile at which the mandatory projects fit; null if the solver fails. */
function leastLevel(problem: SelectionProblem, solve: MipSolver, options: SolveOptions): number | 'infeasible' | null {
  if (!problem.candidates.some((c) => c.mandatory)) return 0;
  const lp = writeSelectionLp(problem, { objective: 'budget-level' });
  const result = solve(mipRequest(lp.lp, options));
  if (result.status === 'infeasible') return 'infeasible';
  if (result.status !== 'optimal' && result.status !== 'stopped') return null;
  // The level the chosen selection needs, recomputed exactly from its spend.
  const starts = new Int32Array(problem.candidates.length).fill(OUT);
  for (const column of lp.columns) if ((result.columns.get(column.name) ?? 0) >= 0.5) starts[column.candidate] = column.start;
  const { spend } = usageOf(problem, starts);
  return Math.max(0, ...spend.map((amount, y) => (problem.budget[y]! > 0 ? amount / problem.budget[y]! : 0)));
}

/** The least multiple at which every candidate fits the budget at its dearest start in every year. */
function everythingLevel(problem: SelectionProblem): number {
  const most = new Array<number>(problem.years).fill(0);
  problem.candidates.forEach((c, i) => {
    const dearest = new Array<number>(problem.years).fill(0);
    for (const start of c.starts) costPerYear(problem, i, start).forEach((amount, y) => (dearest[y] = Math.max(dearest[y]!, amount)));
    dearest.forEach((amount, y) => (most[y]! += amount));
  });
  return Math.max(0, ...most.map((amount, y) => (problem.budget[y]! > 0 ? amount / problem.budget[y]! : 0)));
}
