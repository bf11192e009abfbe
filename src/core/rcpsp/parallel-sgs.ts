// The parallel schedule generation scheme (Kelley 1963; Kolisch 1996): time moves from one
// decision point to the next (the next finish of a running activity); at each, the activities
// whose predecessors have all finished are started in key order while resources last. It builds
// non-delay schedules, which priority-rule sampling on large instances favours; the serial scheme
// reaches every active schedule, which searches need, so both are here.
import { EligibleHeap } from './eligible-heap.ts';
import { predecessorsOf, type RcpspInstance } from './rcpsp-types.ts';

/**
 * Starts of every activity, scheduled by the parallel scheme in key order (smallest first).
 * @returns the makespan
 */
export function parallelSgs(instance: RcpspInstance, keys: ArrayLike<number>, start: Int32Array): number {
  const { activityCount: n, resourceCount: k, duration, demand, capacity, successors } = instance;
  const waiting = Int32Array.from(predecessorsOf(instance), (p) => p.length);
  const ready = new Int32Array(n); // when all predecessors have finished
  const free = Int32Array.from(capacity);
  const heap = new EligibleHeap(n);
  heap.reset(keys);
  const running: number[] = [];
  const deferred: number[] = [];
  for (let a = 0; a < n; a++) if (waiting[a] === 0) heap.push(a);
  let now = 0;
  let scheduled = 0;
  let makespan = 0;
  while (scheduled < n) {
    // Start what fits now, in key order; the rest waits for the next decision point.
    deferred.length = 0;
    while (heap.length > 0) {
      const a = heap.pop();
      let fits = ready[a]! <= now;
      // Zero-duration activities (milestones, PSPLIB's dummies) occupy nothing.
      for (let r = 0; fits && duration[a]! > 0 && r < k; r++) if (demand[a * k + r]! > free[r]!) fits = false;
      if (!fits) {
        deferred.push(a);
        continue;
      }
      start[a] = now;
      scheduled++;
      if (duration[a] === 0) finish(a);
      else {
        for (let r = 0; r < k; r++) free[r]! -= demand[a * k + r]!;
        running.push(a);
      }
    }
    for (const a of deferred) heap.push(a);
    if (scheduled === n) break;
    // Advance to the next finish and release what ends there.
    let next = Number.POSITIVE_INFINITY;
    for (const a of running) next = Math.min(next, start[a]! + duration[a]!);
    now = next;
    for (let i = running.length - 1; i >= 0; i--) {
      const a = running[i]!;
      if (start[a]! + duration[a]! !== now) continue;
      running.splice(i, 1);
      for (let r = 0; r < k; r++) free[r]! += demand[a * k + r]!;
      finish(a);
    }
  }
  for (const a of running) makespan = Math.max(makespan, start[a]! + duration[a]!);
  return makespan;

  function finish(a: number): void {
    const end = start[a]! + duration[a]!;
    makespan = Math.max(makespan, end);
    for (const s of successors[a]!) {
      if (ready[s]! < end) ready[s] = end;
      if (--waiting[s]! === 0) heap.push(s);
    }
  }
}
