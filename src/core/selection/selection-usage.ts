// What a selection uses: its value, the money it spends in each budget year and the load it puts on
// each role in each quarter. A selection in index form is one start per candidate, −1 for out.
import type { SelectionProblem } from './selection-problem.ts';
import type { ChosenCandidate } from './selection-types.ts';

export const OUT = -1;

export interface SelectionUsage {
  readonly value: number;
  /** Minor units per budget year. */
  readonly spend: number[];
  /** Demand per role and quarter, at role × quarters + quarter. */
  readonly load: Float64Array;
}

/** Demand sums of fractional units (FTE) may exceed an equal capacity by rounding: allow a billionth. */
export const overCapacity = (load: number, capacity: number): boolean => load > capacity + 1e-9 * Math.max(1, capacity);

export function usageOf(problem: SelectionProblem, starts: ArrayLike<number>): SelectionUsage {
  const spend = new Array<number>(problem.years).fill(0);
  const load = new Float64Array(problem.roles.length * problem.quarters);
  let value = 0;
  problem.candidates.forEach((c, i) => {
    const start = starts[i]!;
    if (start === OUT) return;
    value += c.value;
    addUse(problem, i, start, spend, load, 1);
  });
  return { value, spend, load };
}

/** Adds (sign 1) or removes (sign −1) one candidate's use at a start. */
export function addUse(problem: SelectionProblem, candidate: number, start: number, spend: number[], load: Float64Array, sign: 1 | -1): void {
  const c = problem.candidates[candidate]!;
  c.cost.forEach((amount, k) => (spend[problem.yearOf[start + k]!]! += sign * amount));
  for (const d of c.demand) d.perQuarter.forEach((x, k) => (load[d.role * problem.quarters + start + k]! += sign * x));
}

/** Index form of a list of chosen candidates (ids and starts assumed checked). */
export function startsOf(problem: SelectionProblem, chosen: ReadonlyArray<ChosenCandidate>): Int32Array {
  const starts = new Int32Array(problem.candidates.length).fill(OUT);
  for (const { id, start } of chosen) starts[problem.index.get(id)!] = start;
  return starts;
}

/** The chosen candidates of an index form, in model order. */
export function chosenOf(problem: SelectionProblem, starts: ArrayLike<number>): ChosenCandidate[] {
  const chosen: ChosenCandidate[] = [];
  problem.candidates.forEach((c, i) => starts[i] !== OUT && chosen.push({ id: c.id, start: starts[i]! }));
  return chosen;
}
