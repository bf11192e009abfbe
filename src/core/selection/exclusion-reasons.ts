// Why a candidate was left out, in two answers a PMO can check by hand.
//
// 1. What blocks it (pure, exact, no solver): add it to the chosen selection as it stands, at each
//    allowed start, and list the constraints that addition breaks: a chosen rival in an exclusive
//    group, a prerequisite not chosen or not finished in time, and each budget year and role-quarter
//    it would overrun, with the amount. The start reported is the one breaking the fewest (then the
//    smallest total overrun as shares of the limits, then the earliest). These are the binding
//    constraints at the optimum as far as this candidate is concerned; with none, it fits and was
//    left out only because it adds no value or the search stopped within its gap.
// 2. What taking it would cost (one more solve): the optimum with it forced in. The value lost is
//    the optimum's value minus that; the candidates that leave and join show the trade the
//    constraints force. If even that is infeasible, the answer names the constraints at fault.
// LP duals are not used: a MIP has none at its optimum, and those of its relaxation describe a
// fractional portfolio nobody would fund.
import { describeConstraint, rowName } from './constraint-names.ts';
import { solveSelection, type OptimalSelection } from './optimal-selection.ts';
import { costPerYear, finishOf, selectionProblem, type SelectionProblem } from './selection-problem.ts';
import type { ChosenCandidate, ConstraintBreach, ConstraintRef, MipSolver, SelectionFailure, SelectionModel, SolveOptions } from './selection-types.ts';
import { OUT, overCapacity, startsOf, usageOf } from './selection-usage.ts';

export interface ExclusionReason {
  readonly id: string;
  readonly value: number;
  /** The allowed start tried (see the module comment). */
  readonly start: number;
  /** What adding it there to the chosen selection would break; empty when it fits. */
  readonly blocking: ReadonlyArray<ConstraintBreach>;
}

export interface PriceOfInclusion {
  readonly ok: true;
  readonly id: string;
  /** The best value with it in. */
  readonly value: number;
  /** The optimum's value minus that, ≥ 0 up to the solver's gap. */
  readonly valueLost: number;
  readonly leaves: ReadonlyArray<string>;
  readonly joins: ReadonlyArray<string>;
  readonly chosen: ReadonlyArray<ChosenCandidate>;
}

/** Why each candidate outside `chosen` is out, in model order. */
export function exclusionReasons(model: SelectionModel, chosen: ReadonlyArray<ChosenCandidate>): ExclusionReason[] | SelectionFailure {
  const checked = selectionProblem(model);
  if (!checked.ok) return checked;
  return blockingReasons(checked.problem, startsOf(checked.problem, chosen));
}

export function blockingReasons(problem: SelectionProblem, starts: Int32Array): ExclusionReason[] {
  const { spend, load } = usageOf(problem, starts);
  const reasons: ExclusionReason[] = [];
  problem.candidates.forEach((c, i) => {
    if (starts[i] !== OUT) return;
    let best: { start: number; blocking: ConstraintBreach[]; overrun: number } | undefined;
    for (const start of c.starts) {
      const tried = blockersAt(problem, starts, spend, load, i, start);
      if (!best || tried.blocking.length < best.blocking.length || (tried.blocking.length === best.blocking.length && tried.overrun < best.overrun - 1e-12)) best = { start, ...tried };
    }
    reasons.push({ id: c.id, value: c.value, start: best!.start, blocking: best!.blocking });
  });
  return reasons;
}

function blockersAt(problem: SelectionProblem, starts: Int32Array, spend: number[], load: Float64Array, e: number, start: number) {
  const blocking: ConstraintBreach[] = [];
  let overrun = 0;
  const block = (constraint: ConstraintRef, message: string, over?: number, limit?: number) => {
    blocking.push({ constraint, row: rowName(constraint, problem), message: `${message} (${describeConstraint(constraint)})`, ...(over === undefined ? {} : { over }) });
    if (over !== undefined) overrun += over / Math.max(limit!, over);
  };
  const { candidates } = problem;
  const id = candidates[e]!.id;
  for (const g of problem.groupsOf[e]!) {
    const rival = problem.groups[g]!.members.find((m) => starts[m] !== OUT);
    if (rival !== undefined) block({ kind: 'exclusive', group: problem.groups[g]!.id }, `"${candidates[rival]!.id}" is chosen and excludes "${id}".`);
  }
  for (const p of problem.requiresOf[e]!) {
    const { requires, afterFinish } = problem.prerequisites[p]!;
    const a = candidates[requires]!.id;
    const ref: ConstraintRef = afterFinish ? { kind: 'order', candidate: id, requires: a, quarter: start } : { kind: 'prerequisite', candidate: id, requires: a };
    if (starts[requires] === OUT) block(ref, `"${id}" requires "${a}", which is not chosen.`);
    else if (afterFinish && finishOf(problem, requires, starts[requires]!) > start) block(ref, `"${a}" finishes in quarter ${finishOf(problem, requires, starts[requires]!)}, after "${id}" would start.`);
  }
  costPerYear(problem, e, start).forEach((amount, year) => {
    const limit = problem.budget[year]!;
    if (amount > 0 && spend[year]! + amount > limit) block({ kind: 'budget', year }, `Year ${year} has ${Math.max(0, limit - spend[year]!)} left; "${id}" needs ${amount}.`, spend[year]! + amount - limit, limit);
  });
  for (const d of candidates[e]!.demand) {
    d.perQuarter.forEach((x, k) => {
      const q = start + k;
      const used = load[d.role * problem.quarters + q]!;
      const limit = problem.capacity[d.role]![q]!;
      if (x > 0 && overCapacity(used + x, limit)) block({ kind: 'capacity', role: problem.roles[d.role]!, quarter: q }, `Role "${problem.roles[d.role]}" has ${Math.max(0, limit - used)} left in quarter ${q}; "${id}" needs ${x}.`, used + x - limit, limit);
    });
  }
  return { blocking, overrun };
}

/** The best selection with `id` forced in, against the optimum: the value lost and who leaves and joins. */
export function priceOfInclusion(model: SelectionModel, solve: MipSolver, optimum: OptimalSelection, id: string, options: SolveOptions = {}): PriceOfInclusion | SelectionFailure {
  const checked = selectionProblem(model);
  if (!checked.ok) return checked;
  const { problem } = checked;
  const e = problem.index.get(id);
  if (e === undefined) return { ok: false, error: 'invalid_input', id, message: `"${id}" is not a candidate.` };
  const forced = solveSelection(problem, solve, [e], options);
  if (!forced.ok) return forced;
  const before = new Set(optimum.chosen.map((c) => c.id));
  const after = new Set(forced.chosen.map((c) => c.id));
  return {
    ok: true, id, value: forced.value, valueLost: optimum.value - forced.value,
    leaves: [...before].filter((x) => !after.has(x)), joins: [...after].filter((x) => !before.has(x) && x !== id), chosen: forced.chosen,
  };
}
