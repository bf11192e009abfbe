// The greedy baseline a PMO would draw up by hand, to compare with the optimum in the same view.
//
// The rule: rank candidates by value ÷ total cost (money over the whole profile; a candidate that
// costs nothing ranks first; ties by higher value, then model order). Take the mandatory ones
// first in that order, then go once down the ranking. A candidate is added, with any prerequisites
// not yet chosen (prerequisites first), when each of them fits: no chosen member of its exclusive
// groups, an ordered prerequisite finished, and at the earliest allowed start where every year's
// spend stays within budget and every role's load within capacity; if any of them does not fit,
// none is added and the ranking moves on. Capacity does not enter the ranking, as in the usual
// "fund down the list until the money runs out".
import { costPerYear, finishOf, type SelectionProblem } from './selection-problem.ts';
import type { ChosenCandidate } from './selection-types.ts';
import { addUse, chosenOf, OUT, overCapacity } from './selection-usage.ts';

export interface GreedySelection {
  readonly value: number;
  readonly chosen: ReadonlyArray<ChosenCandidate>;
  readonly excluded: ReadonlyArray<string>;
  readonly spendPerYear: ReadonlyArray<number>;
  /** Mandatory candidates the rule could not place: the greedy selection is then not feasible. */
  readonly missingMandatory: ReadonlyArray<string>;
  /** Candidate ids in ranking order. */
  readonly ranking: ReadonlyArray<string>;
}

/** Candidate indices by value ÷ total cost, best first. */
export function greedyRanking(problem: SelectionProblem): number[] {
  const ratio = problem.candidates.map((c) => {
    const cost = c.cost.reduce((sum, x) => sum + x, 0);
    return cost === 0 ? Infinity : c.value / cost;
  });
  return problem.candidates.map((_, i) => i).sort((a, b) => ratio[b]! - ratio[a]! || problem.candidates[b]!.value - problem.candidates[a]!.value || a - b);
}

/** The greedy selection under the rule above. */
export function greedySelection(problem: SelectionProblem): GreedySelection {
  const { candidates, quarters } = problem;
  const starts = new Int32Array(candidates.length).fill(OUT);
  const spend = new Array<number>(problem.years).fill(0);
  const load = new Float64Array(problem.roles.length * quarters);
  const place = (c: number, start: number, sign: 1 | -1) => {
    starts[c] = sign === 1 ? start : OUT;
    addUse(problem, c, start, spend, load, sign);
  };
  const fits = (c: number, start: number): boolean => {
    if (costPerYear(problem, c, start).some((amount, y) => amount > 0 && spend[y]! + amount > problem.budget[y]!)) return false;
    return candidates[c]!.demand.every((d) => d.perQuarter.every((x, k) => x === 0 || !overCapacity(load[d.role * quarters + start + k]! + x, problem.capacity[d.role]![start + k]!)));
  };
  /** Unchosen prerequisites (transitively) then c, prerequisites first. */
  const bundle = (c: number, into: number[], seen: Set<number>): number[] => {
    if (seen.has(c) || starts[c] !== OUT) return into;
    seen.add(c);
    for (const p of problem.requiresOf[c]!) bundle(problem.prerequisites[p]!.requires, into, seen);
    into.push(c);
    return into;
  };
  const tryAdd = (c: number): boolean => {
    const placed: number[] = [];
    for (const m of bundle(c, [], new Set())) {
      const excluded = problem.groupsOf[m]!.some((g) => problem.groups[g]!.members.some((other) => starts[other] !== OUT));
      let from = 0;
      for (const p of problem.requiresOf[m]!) {
        const { requires, afterFinish } = problem.prerequisites[p]!;
        if (afterFinish) from = Math.max(from, finishOf(problem, requires, starts[requires]!));
      }
      const start = excluded ? undefined : candidates[m]!.starts.find((s) => s >= from && fits(m, s));
      if (start === undefined) {
        for (const done of placed.reverse()) place(done, starts[done]!, -1);
        return false;
      }
      place(m, start, 1);
      placed.push(m);
    }
    return true;
  };

  const ranking = greedyRanking(problem);
  const missingMandatory = ranking.filter((c) => candidates[c]!.mandatory && starts[c] === OUT && !tryAdd(c)).map((c) => candidates[c]!.id);
  for (const c of ranking) if (starts[c] === OUT) tryAdd(c);
  const value = candidates.reduce((sum, c, i) => sum + (starts[i] === OUT ? 0 : c.value), 0);
  return {
    value, chosen: chosenOf(problem, starts), excluded: candidates.filter((_, i) => starts[i] === OUT).map((c) => c.id), spendPerYear: spend,
    missingMandatory, ranking: ranking.map((c) => candidates[c]!.id),
  };
}
