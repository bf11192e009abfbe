// The over-allocations levelling is judged by: resource-days where demand (every committed
// project's, plus the levelled projects' at the dates given) exceeds capacity, counted only on days
// the levelled projects have work on that resource, so a clash among other projects is not charged
// to them. Measured by the capacity engine on the schedules' real dates, not on the levelling
// engine's periods, so the figures say what the schedules now ask of people.
import type { LevellingResult } from '../../contracts/levelling.schema.ts';
import { isoDateFromDay } from '../../core/calendar/wall-time.ts';
import type { CapacityWorld, PoolAssignment } from '../resources/capacity-views.ts';
import { worldModel } from '../resources/capacity-views.ts';
import { toWall, type ScheduleState } from '../schedules/schedule-state.ts';

type Overload = LevellingResult['remaining'][number];

/** The levelled projects' assignments on their tasks' dates in `states` (committed, whatever the project's status). */
function dated(own: ReadonlyArray<PoolAssignment>, states: ReadonlyMap<string, ScheduleState>): PoolAssignment[] {
  const dates = new Map<string, { start: number | null; finish: number | null }>();
  for (const state of states.values()) for (const t of state.tasks) dates.set(t.id, { start: toWall(t.start), finish: toWall(t.finish) });
  return own.flatMap((a) => {
    const d = dates.get(a.taskId);
    return d && d.start !== null && d.finish !== null && d.finish >= d.start ? [{ ...a, proposed: false, start: d.start, finish: d.finish }] : [];
  });
}

function overloads(world: CapacityWorld, levelled: ReadonlySet<string>, own: ReadonlyArray<PoolAssignment>, states: ReadonlyMap<string, ScheduleState>): Overload[] {
  const mine = dated(own, states);
  const all = worldModel(world, {}, [...world.assignments.filter((a) => !levelled.has(a.projectId)), ...mine]);
  const theirs = worldModel(world, {}, mine);
  const resources = new Set(own.map((a) => a.resourceId));
  const out: Overload[] = [];
  all.resources.forEach((resource, r) => {
    if (!resources.has(resource.id)) return;
    const base = r * all.days;
    for (let i = 0; i < all.days; i++) {
      const demand = all.demand[base + i]!;
      const capacity = all.capacity[base + i]!;
      if (theirs.demand[base + i]! > 0 && demand > capacity + 0.5) {
        out.push({ resourceId: resource.id, resourceName: world.pool.get(resource.id)?.name ?? resource.id, day: isoDateFromDay(all.firstDay + i), demandHours: Math.round((demand / 60) * 100) / 100, capacityHours: Math.round((capacity / 60) * 100) / 100 });
      }
    }
  });
  return out.sort((a, b) => a.day.localeCompare(b.day) || a.resourceName.localeCompare(b.resourceName));
}

/** Over-allocated resource-days as the schedules stand (`before`) and as levelled (`after`, listed). */
export function overloadsOf(world: CapacityWorld, levelled: ReadonlySet<string>, own: ReadonlyArray<PoolAssignment>, before: ReadonlyMap<string, ScheduleState>, after: ReadonlyMap<string, ScheduleState>): { before: number; after: Overload[] } {
  return { before: overloads(world, levelled, own, before).length, after: overloads(world, levelled, own, after) };
}
