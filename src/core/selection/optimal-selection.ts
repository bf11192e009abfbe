// The optimal selection: check the model, refuse logically impossible mandatory sets with the
// constraints at fault, write the MIP, solve it through the injected solver, read the columns back
// to a start per candidate and validate the answer against the model before returning it. When
// the solver proves the programme infeasible, the elastic programme says which budget and capacity
// rows must give, and by how much, for the mandatory projects to fit.
import { forcedConflicts } from './forced-set.ts';
import { writeSelectionLp } from './selection-lp.ts';
import { selectionProblem, type SelectionProblem } from './selection-problem.ts';
import type { ChosenCandidate, ConstraintBreach, MipRequest, MipResult, MipSolver, SelectionFailure, SelectionModel, SolveOptions } from './selection-types.ts';
import { breachesOf } from './selection-validation.ts';
import { chosenOf, OUT, usageOf } from './selection-usage.ts';
import { describeConstraint } from './constraint-names.ts';

export interface OptimalSelection {
  readonly ok: true;
  /** 'optimal': proven within the asked gap; 'stopped': the time limit ended the search. */
  readonly status: 'optimal' | 'stopped';
  readonly value: number;
  /** The solver's bound: no selection is worth more. */
  readonly bound: number;
  /** The MIP gap in percent (0 when proven optimal with the default gap). */
  readonly gapPct: number;
  readonly chosen: ReadonlyArray<ChosenCandidate>;
  readonly excluded: ReadonlyArray<string>;
  readonly spendPerYear: ReadonlyArray<number>;
}

export interface SelectionRequest extends SolveOptions {
  /** Candidates that must be in for this solve (what-if), beside the mandatory ones. */
  readonly force?: ReadonlyArray<string>;
}

/**
 * The selection of greatest total value within every constraint.
 *
 * @example
 * const solver = await loadMipSolver(); // src/io/highs
 * const result = optimalSelection(model, solver);
 * if (result.ok) console.log(result.value, result.chosen); // [{ id: 'PRJ-1', start: 0 }, …]
 * else if (result.error === 'infeasible') console.log(result.conflicts.map((c) => c.message));
 */
export function optimalSelection(model: SelectionModel, solve: MipSolver, request: SelectionRequest = {}): OptimalSelection | SelectionFailure {
  const checked = selectionProblem(model);
  if (!checked.ok) return checked;
  const { problem } = checked;
  const unknown = (request.force ?? []).find((id) => !problem.index.has(id));
  if (unknown !== undefined) return { ok: false, error: 'invalid_input', id: unknown, message: `Cannot force in "${unknown}": it is not a candidate.` };
  return solveSelection(problem, solve, (request.force ?? []).map((id) => problem.index.get(id)!), request);
}

/** `optimalSelection` on a checked problem, with candidates (indices) forced in. */
export function solveSelection(problem: SelectionProblem, solve: MipSolver, forced: ReadonlyArray<number>, options: SolveOptions = {}): OptimalSelection | SelectionFailure {
  const conflicts = forcedConflicts(problem, forced);
  if (conflicts.length > 0) return infeasible(conflicts, forced.length > 0);
  const lp = writeSelectionLp(problem, { forced });
  // Nothing to choose: solvers call an LP without columns empty, or an error.
  const result: MipResult = lp.columns.length === 0 ? { status: 'optimal', objective: 0, bound: 0, gap: 0, columns: new Map() } : solve(mipRequest(lp.lp, options));
  if (result.status === 'failed') return { ok: false, error: 'solver_failed', message: `The solver failed: ${result.message}` };
  if (result.status === 'infeasible') return explainInfeasible(problem, solve, forced, options);

  const starts = new Int32Array(problem.candidates.length).fill(OUT);
  for (const column of lp.columns) {
    if ((result.columns.get(column.name) ?? 0) < 0.5) continue;
    if (starts[column.candidate] !== OUT) return { ok: false, error: 'solver_failed', message: `The solver started "${problem.candidates[column.candidate]!.id}" twice.` };
    starts[column.candidate] = column.start;
  }
  const breaches = breachesOf(problem, starts);
  const missing = forced.filter((i) => starts[i] === OUT);
  if (breaches.length > 0 || missing.length > 0) {
    const words = [...breaches.map((b) => b.message), ...missing.map((i) => `"${problem.candidates[i]!.id}" was forced in but is out.`)];
    return { ok: false, error: 'solver_failed', message: `The solver's selection breaks the model: ${words.slice(0, 3).join('; ')}` };
  }
  const usage = usageOf(problem, starts);
  const gap = Number.isFinite(result.gap) ? Math.max(0, result.gap) : result.status === 'optimal' ? 0 : Infinity;
  return {
    ok: true, status: result.status, value: usage.value, bound: result.bound, gapPct: gap * 100,
    chosen: chosenOf(problem, starts), excluded: problem.candidates.filter((_, i) => starts[i] === OUT).map((c) => c.id), spendPerYear: usage.spend,
  };
}

/** The solver request for an LP under the caller's options (a proven optimum unless a gap is given). */
export const mipRequest = (lp: string, options: SolveOptions): MipRequest => ({ lp, relativeGap: options.relativeGap ?? 0, ...(options.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: options.timeLimitSeconds }) });

function infeasible(conflicts: ReadonlyArray<ConstraintBreach>, forced: boolean): SelectionFailure {
  const who = forced ? 'The mandatory and forced-in projects' : 'The mandatory projects';
  return { ok: false, error: 'infeasible', message: `${who} cannot all be in: ${conflicts.map((c) => c.message).join(' ')}`, conflicts };
}

/** The smallest relative overruns of budget and capacity rows that let the forced set in. */
function explainInfeasible(problem: SelectionProblem, solve: MipSolver, forced: ReadonlyArray<number>, options: SolveOptions): SelectionFailure {
  const lp = writeSelectionLp(problem, { forced, objective: 'elastic' });
  const result: MipResult = solve(mipRequest(lp.lp, options));
  if (result.status !== 'optimal' && result.status !== 'stopped') return { ok: false, error: 'solver_failed', message: 'The selection is infeasible, and the solver could not say which limits stop it.' };
  const conflicts: ConstraintBreach[] = [];
  for (const over of lp.overruns) {
    const amount = result.columns.get(over.name) ?? 0;
    if (amount <= 1e-6) continue;
    const { constraint } = over;
    // A budget's least overrun is whole minor units (spend − budget); the solver's figure is off by its tolerance.
    const figure = constraint.kind === 'budget' ? Math.round(amount) : +amount.toPrecision(6);
    const limit = constraint.kind === 'budget' ? problem.budget[constraint.year]! : constraint.kind === 'capacity' ? problem.capacity[problem.roleIndex.get(constraint.role)!]![constraint.quarter]! : 0;
    conflicts.push({ constraint, row: over.row, over: figure, message: `${capitalise(describeConstraint(constraint))} (${limit}) would need ${figure} more.` });
  }
  return infeasible(conflicts, forced.length > 0);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
