// The check every produced schedule must pass: starts are non-negative integers, each activity
// starts at or after its predecessors finish, and in every period no resource is used beyond its
// capacity. A search that returns a schedule failing it is broken, not merely poor.
import type { RcpspInstance, RcpspSchedule } from './rcpsp-types.ts';

/** The first violation in words, or null when the schedule is feasible and its makespan right. */
export function scheduleViolation(instance: RcpspInstance, schedule: RcpspSchedule): string | null {
  const { activityCount: n, resourceCount: k, duration, demand, capacity, successors } = instance;
  const { start } = schedule;
  if (start.length !== n) return `The schedule has ${start.length} start times for ${n} activities.`;
  let makespan = 0;
  for (let a = 0; a < n; a++) {
    if (!Number.isInteger(start[a]) || start[a]! < 0) return `Activity ${a + 1} starts at ${start[a]}, not a period ≥ 0.`;
    const finish = start[a]! + duration[a]!;
    makespan = Math.max(makespan, finish);
    for (const s of successors[a]!) if (start[s]! < finish) return `Activity ${s + 1} starts at ${start[s]}, before its predecessor ${a + 1} finishes at ${finish}.`;
  }
  if (makespan !== schedule.makespan) return `The schedule claims makespan ${schedule.makespan}, but its last activity finishes at ${makespan}.`;
  const usage = new Int32Array(makespan * k);
  for (let a = 0; a < n; a++) {
    for (let t = start[a]!; t < start[a]! + duration[a]!; t++) {
      for (let r = 0; r < k; r++) {
        const used = (usage[t * k + r]! += demand[a * k + r]!);
        if (used > capacity[r]!) return `Resource ${r + 1} is used ${used} in period ${t}, above its capacity ${capacity[r]}.`;
      }
    }
  }
  return null;
}
