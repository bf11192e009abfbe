// What makes an RCPSP instance solvable, checked before any search: sizes agree, numbers are
// non-negative integers, no activity needs more of a resource than exists, and precedences form no
// loop. Each problem names the activity or resource at fault.
import type { RcpspInstance } from './rcpsp-types.ts';

/**
 * The activities in an order where every predecessor comes first, or null when precedences loop.
 * @example
 * topologicalOrder(chainOfThree); // Int32Array [0, 1, 2]
 */
export function topologicalOrder(instance: Pick<RcpspInstance, 'activityCount' | 'successors'>): Int32Array | null {
  const n = instance.activityCount;
  const indegree = new Int32Array(n);
  for (const succ of instance.successors) for (const s of succ) indegree[s]!++;
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let a = 0; a < n; a++) if (indegree[a] === 0) order[tail++] = a;
  while (head < tail) {
    const a = order[head++]!;
    for (const s of instance.successors[a]!) if (--indegree[s]! === 0) order[tail++] = s;
  }
  return tail === n ? order : null;
}

/** Everything wrong with an instance, in words; empty when it can be scheduled. */
export function instanceProblems(instance: RcpspInstance): string[] {
  const { activityCount: n, resourceCount: k, duration, demand, capacity, successors } = instance;
  const problems: string[] = [];
  if (duration.length !== n || successors.length !== n) problems.push(`${n} activities need ${n} durations and successor lists (got ${duration.length} and ${successors.length}).`);
  if (demand.length !== n * k || capacity.length !== k) problems.push(`${n} activities on ${k} resources need ${n * k} demands and ${k} capacities (got ${demand.length} and ${capacity.length}).`);
  if (problems.length > 0) return problems;
  for (let r = 0; r < k; r++) if (capacity[r]! < 0) problems.push(`Resource ${r + 1} has a negative capacity (${capacity[r]}).`);
  for (let a = 0; a < n; a++) {
    if (duration[a]! < 0) problems.push(`Activity ${a + 1} has a negative duration (${duration[a]}).`);
    for (let r = 0; r < k; r++) {
      const q = demand[a * k + r]!;
      if (q < 0) problems.push(`Activity ${a + 1} has a negative demand on resource ${r + 1}.`);
      else if (q > capacity[r]!) problems.push(`Activity ${a + 1} needs ${q} of resource ${r + 1}, which has only ${capacity[r]}: no schedule can run it.`);
    }
    for (const s of successors[a]!) if (s < 0 || s >= n || s === a) problems.push(`Activity ${a + 1} names successor ${s + 1}, which is not another activity.`);
  }
  if (problems.length === 0 && topologicalOrder(instance) === null) problems.push('The precedences form a loop: remove one of its links.');
  return problems;
}

/**
 * Earliest starts ignoring resources; the latest finish is the critical-path lower bound of the
 * makespan (PSPLIB's `MPM-Time`).
 */
export function earliestStarts(instance: RcpspInstance, order: Int32Array): { start: Int32Array; criticalPath: number } {
  const start = new Int32Array(instance.activityCount);
  let criticalPath = 0;
  for (const a of order) {
    const finish = start[a]! + instance.duration[a]!;
    criticalPath = Math.max(criticalPath, finish);
    for (const s of instance.successors[a]!) if (start[s]! < finish) start[s] = finish;
  }
  return { start, criticalPath };
}
