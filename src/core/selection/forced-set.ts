// What must be in whatever the money and people: the mandatory candidates, any forced in, and
// everything they require. Its logical conflicts are found exactly without a solver: two of it in
// one exclusive group, or an ordered prerequisite that cannot finish before the last allowed start
// of what needs it (earliest starts propagated along the prerequisites, which is exact when only
// the allowed starts restrict time). What remains infeasible after that is money or capacity.
import { describeConstraint, rowName } from './constraint-names.ts';
import { finishOf, type SelectionProblem } from './selection-problem.ts';
import type { ConstraintBreach, ConstraintRef } from './selection-types.ts';

/** Why each candidate of the forced set is in it (index → words), in the order found. */
export function forcedSet(problem: SelectionProblem, forced: ReadonlyArray<number> = []): Map<number, string> {
  const why = new Map<number, string>();
  const queue: number[] = [];
  const add = (c: number, reason: string) => {
    if (why.has(c)) return;
    why.set(c, reason);
    queue.push(c);
  };
  problem.candidates.forEach((c, i) => c.mandatory && add(i, 'is mandatory'));
  for (const i of forced) add(i, 'is forced in');
  while (queue.length > 0) {
    const b = queue.shift()!;
    for (const p of problem.requiresOf[b]!) add(problem.prerequisites[p]!.requires, `is required by "${problem.candidates[b]!.id}"`);
  }
  return why;
}

/** The logical conflicts of the forced set; empty when only money or capacity can stop it. */
export function forcedConflicts(problem: SelectionProblem, forced: ReadonlyArray<number> = []): ConstraintBreach[] {
  const why = forcedSet(problem, forced);
  const { candidates } = problem;
  const name = (i: number) => `"${candidates[i]!.id}" ${why.get(i)}`;
  const conflicts: ConstraintBreach[] = [];
  const conflict = (constraint: ConstraintRef, message: string) => conflicts.push({ constraint, row: rowName(constraint, problem), message: `${message} (${describeConstraint(constraint)})` });

  for (const g of problem.groups) {
    const inGroup = g.members.filter((m) => why.has(m));
    if (inGroup.length > 1) conflict({ kind: 'exclusive', group: g.id }, `${inGroup.map(name).join(' and ')}, but they exclude each other.`);
  }

  // Earliest starts in prerequisite order (the graph is acyclic: the model check refuses circles).
  const earliest = new Map<number, number | null>();
  const earliestStart = (c: number): number | null => {
    if (earliest.has(c)) return earliest.get(c)!;
    let from = 0;
    let after = -1;
    for (const p of problem.requiresOf[c]!) {
      const { requires, afterFinish } = problem.prerequisites[p]!;
      const start = earliestStart(requires);
      if (start === null) {
        earliest.set(c, null);
        return null;
      }
      if (afterFinish && finishOf(problem, requires, start) > from) [from, after] = [finishOf(problem, requires, start), requires];
    }
    const start = candidates[c]!.starts.find((s) => s >= from) ?? null;
    if (start === null) {
      const last = candidates[c]!.starts.at(-1)!;
      conflict({ kind: 'order', candidate: candidates[c]!.id, requires: candidates[after]!.id, quarter: last }, `${name(c)} and must start after "${candidates[after]!.id}" finishes, in quarter ${from} at the earliest, but its last allowed start is quarter ${last}.`);
    }
    earliest.set(c, start);
    return start;
  };
  for (const c of why.keys()) earliestStart(c);
  return conflicts;
}
