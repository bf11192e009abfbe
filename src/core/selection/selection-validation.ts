// The check every selection must pass, from the model and the chosen list alone (not from the LP):
// known candidates chosen once at an allowed start, every mandatory one in, at most one per
// exclusive group, prerequisites in (and finished first where ordered), each year's spend within
// its budget (exact, in minor units) and each role's load within its capacity in every quarter.
// A solver answer that fails it is reported as a solver failure, never shown as a selection.
import { describeConstraint, rowName } from './constraint-names.ts';
import { finishOf, type SelectionProblem } from './selection-problem.ts';
import type { ChosenCandidate, ConstraintBreach, ConstraintRef } from './selection-types.ts';
import { OUT, overCapacity, usageOf } from './selection-usage.ts';

/** Every constraint the selection breaks; empty when it is feasible. Unknown ids or starts come back as messages. */
export function selectionViolations(problem: SelectionProblem, chosen: ReadonlyArray<ChosenCandidate>): { breaches: ConstraintBreach[]; problems: string[] } {
  const problems: string[] = [];
  const starts = new Int32Array(problem.candidates.length).fill(OUT);
  for (const { id, start } of chosen) {
    const i = problem.index.get(id);
    if (i === undefined) problems.push(`"${id}" is not a candidate.`);
    else if (starts[i] !== OUT) problems.push(`"${id}" is chosen twice.`);
    else if (!problem.candidates[i]!.starts.includes(start)) problems.push(`"${id}" may not start in quarter ${start} (allowed: ${problem.candidates[i]!.starts.join(', ')}).`);
    else starts[i] = start;
  }
  return { breaches: breachesOf(problem, starts), problems };
}

/** The breaches of a selection in index form (one start per candidate, −1 for out). */
export function breachesOf(problem: SelectionProblem, starts: ArrayLike<number>): ConstraintBreach[] {
  const breaches: ConstraintBreach[] = [];
  const breach = (constraint: ConstraintRef, message: string, over?: number) =>
    breaches.push({ constraint, row: rowName(constraint, problem), message: `${message} (${describeConstraint(constraint)})`, ...(over === undefined ? {} : { over }) });
  const { candidates } = problem;

  candidates.forEach((c, i) => c.mandatory && starts[i] === OUT && breach({ kind: 'mandatory', candidate: c.id }, `Mandatory "${c.id}" is not chosen.`));
  for (const g of problem.groups) {
    const inGroup = g.members.filter((m) => starts[m] !== OUT);
    if (inGroup.length > 1) breach({ kind: 'exclusive', group: g.id }, `${inGroup.map((m) => `"${candidates[m]!.id}"`).join(' and ')} are all chosen, but exclude each other.`);
  }
  for (const p of problem.prerequisites) {
    const sb = starts[p.candidate]!;
    if (sb === OUT) continue;
    const b = candidates[p.candidate]!.id;
    const a = candidates[p.requires]!.id;
    const sa = starts[p.requires]!;
    if (!p.afterFinish) {
      if (sa === OUT) breach({ kind: 'prerequisite', candidate: b, requires: a }, `"${b}" is chosen without "${a}".`);
    } else if (sa === OUT) breach({ kind: 'order', candidate: b, requires: a, quarter: sb }, `"${b}" is chosen without "${a}".`);
    else if (finishOf(problem, p.requires, sa) > sb) breach({ kind: 'order', candidate: b, requires: a, quarter: sb }, `"${b}" starts in quarter ${sb}, before "${a}" finishes (quarter ${finishOf(problem, p.requires, sa)}).`);
  }

  const { spend, load } = usageOf(problem, starts);
  spend.forEach((amount, year) => {
    const limit = problem.budget[year]!;
    if (amount > limit) breach({ kind: 'budget', year }, `Year ${year} spends ${amount}, over its budget ${limit} by ${amount - limit}.`, amount - limit);
  });
  problem.roles.forEach((role, r) => {
    for (let q = 0; q < problem.quarters; q++) {
      const used = load[r * problem.quarters + q]!;
      const limit = problem.capacity[r]![q]!;
      if (overCapacity(used, limit)) breach({ kind: 'capacity', role, quarter: q }, `Role "${role}" is loaded ${used} in quarter ${q}, over its capacity ${limit} by ${used - limit}.`, used - limit);
    }
  });
  return breaches;
}
