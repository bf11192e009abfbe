// "What happens to the portfolio if we add this project?": the load per role (or resource, skill,
// department) and period before and after a candidate set of assignments joins the counted ones,
// and which periods it pushes over capacity, per group and per resource; the candidate may first be
// moved by whole weeks ("what if it started a month later?").
import { dayOf, isoDateFromDay, MINUTES_PER_DAY } from '../calendar/wall-time.ts';
import { planAssignment, spreadOnto } from './assignment-work.ts';
import { groupResources, resourcePeriods, sumMembers } from './capacity-report.ts';
import { loadPeriods } from './load-periods.ts';
import { assignmentError, type LoadModel } from './load-model.ts';
import type { AssignmentInput, CapacityError, GroupBy, GroupRow, LoadPeriod, PeriodUnit } from './resource-types.ts';

export interface WhatIfOptions {
  readonly unit: PeriodUnit;
  /** Default: by role. */
  readonly groupBy?: GroupBy;
  readonly minProficiency?: number;
}

export interface WhatIfRow extends GroupRow {
  /** Per period, minutes. */
  readonly capacity: ReadonlyArray<number>;
  readonly before: ReadonlyArray<number>;
  readonly after: ReadonlyArray<number>;
  readonly change: ReadonlyArray<number>;
  /** Indexes of the periods within capacity before and over it after. */
  readonly newlyOverAllocated: ReadonlyArray<number>;
}

export interface WhatIf {
  readonly ok: true;
  readonly unit: PeriodUnit;
  readonly groupBy: GroupBy;
  readonly periods: ReadonlyArray<LoadPeriod>;
  readonly rows: ReadonlyArray<WhatIfRow>;
  /** The resources the candidate pushes over capacity, and in which periods (indexes). */
  readonly resources: ReadonlyArray<{ readonly resourceId: string; readonly newlyOverAllocated: ReadonlyArray<number> }>;
}

const WEEK = 7 * MINUTES_PER_DAY;

/**
 * The assignments moved by whole weeks, later when `weeks` is positive: each task keeps its weekdays,
 * hours and length, so its work spreads the same way unless the resource's calendar differs there.
 * @example
 * movedByWeeks(candidate, 4); // every task four weeks later
 */
export function movedByWeeks<A extends AssignmentInput>(assignments: ReadonlyArray<A>, weeks: number): A[] {
  const shift = weeks * WEEK;
  return assignments.map((a) => ({ ...a, start: a.start + shift, finish: a.finish + shift }));
}

/**
 * The first and last day the assignments' tasks span, or null when there are none.
 * @example
 * workSpan(candidate); // { firstDay: '2027-03-01', lastDay: '2027-05-28' }
 */
export function workSpan(assignments: ReadonlyArray<Pick<AssignmentInput, 'start' | 'finish'>>): { firstDay: string; lastDay: string } | null {
  if (assignments.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const a of assignments) {
    first = Math.min(first, a.start);
    last = Math.max(last, a.finish);
  }
  // A task finishing at midnight finished the day before.
  return { firstDay: isoDateFromDay(dayOf(first)), lastDay: isoDateFromDay(dayOf(Math.max(first, last - 1))) };
}

/**
 * The load before and after adding `candidate` (counted whatever their proposed or scenario flags).
 * @example
 * whatIf(model, candidateProject.assignments, { unit: 'month' });
 * // rows: [{ key: 'Developer', before: [9600, …], after: [12000, …], change: [2400, …], capacity: [10560, …], newlyOverAllocated: [0] }, …]
 */
export function whatIf(model: LoadModel, candidate: ReadonlyArray<AssignmentInput>, options: WhatIfOptions): WhatIf | CapacityError {
  const after = Float64Array.from(model.demand);
  for (const a of candidate) {
    const error = assignmentError(a, model.resourceIndex);
    if (error) return error;
    const r = model.resourceIndex.get(a.resourceId)!;
    const calendar = model.calendarOf[r]!;
    spreadOnto(a, planAssignment(a, calendar), calendar, model.firstDay, model.days, after, r * model.days);
  }
  const groupBy = options.groupBy ?? 'role';
  const was = resourcePeriods(model, options.unit);
  const now = resourcePeriods(model, options.unit, after);
  const count = was.grid.count;
  const pushedOver = (before: ReadonlyArray<number>, afterwards: ReadonlyArray<number>, capacity: ReadonlyArray<number>): number[] =>
    capacity.flatMap((c, p) => (before[p]! <= c && afterwards[p]! > c ? [p] : []));
  const rows = groupResources(model.resources, groupBy, options.minProficiency).map((g): WhatIfRow => {
    const capacity = sumMembers(g.members, was.capacity, count);
    const before = sumMembers(g.members, was.demand, count);
    const afterwards = sumMembers(g.members, now.demand, count);
    return {
      key: g.key,
      resourceIds: g.members.map((r) => model.resources[r]!.id),
      capacity,
      before,
      after: afterwards,
      change: afterwards.map((x, p) => x - before[p]!),
      newlyOverAllocated: pushedOver(before, afterwards, capacity),
    };
  });
  const resources = model.resources.flatMap((resource, r) => {
    const slice = (values: Float64Array) => Array.from(values.subarray(r * count, (r + 1) * count));
    const periods = pushedOver(slice(was.demand), slice(now.demand), slice(was.capacity));
    return periods.length > 0 ? [{ resourceId: resource.id, newlyOverAllocated: periods }] : [];
  });
  return { ok: true, unit: options.unit, groupBy, periods: loadPeriods(was.grid), rows, resources };
}
