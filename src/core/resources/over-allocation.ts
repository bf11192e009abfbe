// Over-allocations: the periods in which a resource's demand exceeds its capacity, and for any
// stretch of days the assignments (task, project) whose work makes up the demand: the drill-down
// from a red cell of the heat map to what is behind it.
import { dayFromIsoDate } from '../calendar/wall-time.ts';
import { planAssignment, spreadOnto } from './assignment-work.ts';
import { isIsoDate } from './capacity.ts';
import { resourcePeriods } from './capacity-report.ts';
import { loadPeriods } from './load-periods.ts';
import type { LoadModel } from './load-model.ts';
import type { CapacityError, LoadPeriod, PeriodUnit } from './resource-types.ts';

export interface OverAllocation {
  readonly resourceId: string;
  readonly period: LoadPeriod;
  /** Minutes. */
  readonly demand: number;
  readonly capacity: number;
  readonly excess: number;
}

/**
 * Every period of `unit` in which a resource's demand exceeds its capacity, resource by resource
 * in the model's order, periods in time order. A week is over-allocated when its total is, so a
 * busy Monday a quiet Friday makes up for does not count at 'week' (ask 'day' for that).
 * @example
 * overAllocations(model, 'week'); // [{ resourceId: 'ana', period: { firstDay: '2026-03-02', … }, demand: 3360, capacity: 2400, excess: 960 }]
 */
export function overAllocations(model: LoadModel, unit: PeriodUnit): OverAllocation[] {
  const folded = resourcePeriods(model, unit);
  const periods = loadPeriods(folded.grid);
  const count = folded.grid.count;
  const result: OverAllocation[] = [];
  model.resources.forEach((resource, r) => {
    for (let p = 0; p < count; p++) {
      const demand = folded.demand[r * count + p]!;
      const capacity = folded.capacity[r * count + p]!;
      if (demand > capacity) result.push({ resourceId: resource.id, period: periods[p]!, demand, capacity, excess: demand - capacity });
    }
  });
  return result;
}

/** One assignment's share of a resource's demand over some days. */
export interface Contribution {
  readonly assignmentId: string;
  readonly taskId: string;
  readonly projectId: string;
  readonly minutes: number;
  readonly proposed: boolean;
  readonly scenarioId: string | null;
}

export interface LoadDetail {
  readonly ok: true;
  readonly resourceId: string;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly demand: number;
  readonly capacity: number;
  /** Largest first; only assignments with work in the days asked about. They add up to `demand`. */
  readonly contributions: ReadonlyArray<Contribution>;
}

/**
 * What makes up a resource's demand from `firstDay` to `lastDay` (inclusive, within the model's
 * range): each counted assignment with work in those days, and how much.
 * @example
 * loadDetail(model, 'ana', '2026-03-02', '2026-03-08');
 * // { ok: true, demand: 3360, capacity: 2400, contributions: [{ taskId: 'build', projectId: 'PRJ-1', minutes: 2400, … }, { taskId: 'review', projectId: 'PRJ-2', minutes: 960, … }] }
 */
export function loadDetail(model: LoadModel, resourceId: string, firstDay: string, lastDay: string): LoadDetail | CapacityError {
  const r = model.resourceIndex.get(resourceId);
  if (r === undefined) return { ok: false, error: 'invalid_input', id: resourceId, message: `Resource ${resourceId} is not in this view.` };
  if (!isIsoDate(firstDay) || !isIsoDate(lastDay)) return { ok: false, error: 'invalid_input', message: `The days ${firstDay} – ${lastDay} are not two YYYY-MM-DD dates.` };
  const from = dayFromIsoDate(firstDay) - model.firstDay;
  const to = dayFromIsoDate(lastDay) - model.firstDay;
  if (from < 0 || to >= model.days || to < from) return { ok: false, error: 'invalid_input', message: `The days ${firstDay} – ${lastDay} are not within the range looked at.` };
  const days = to - from + 1;
  const scratch = new Float64Array(days);
  const calendar = model.calendarOf[r]!;
  const contributions: Contribution[] = [];
  let demand = 0;
  for (const index of model.assignmentsOf[r]!) {
    const a = model.assignments[index]!;
    scratch.fill(0);
    spreadOnto(a, planAssignment(a, calendar), calendar, model.firstDay + from, days, scratch, 0);
    let minutes = 0;
    for (let i = 0; i < days; i++) minutes += scratch[i]!;
    if (minutes <= 0) continue;
    demand += minutes;
    contributions.push({ assignmentId: a.id, taskId: a.taskId, projectId: a.projectId, minutes, proposed: a.proposed === true, scenarioId: a.scenarioId ?? null });
  }
  contributions.sort((x, y) => y.minutes - x.minutes || (x.assignmentId < y.assignmentId ? -1 : 1));
  let capacity = 0;
  for (let i = from; i <= to; i++) capacity += model.capacity[r * model.days + i]!;
  return { ok: true, resourceId, firstDay, lastDay, demand, capacity, contributions };
}
