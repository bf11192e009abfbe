// Demand against capacity per resource and day over the days looked at, in flat typed arrays
// (resource r, day i at r × days + i): the model every capacity view reads. Each distinct calendar
// is resolved once, over the days its resources need (`working-days.ts`); each assignment costs
// one lookup per day it spans within the range.
import { dayFromIsoDate, MINUTES_PER_DAY } from '../calendar/wall-time.ts';
import { assignmentProblem, planAssignment, spreadOnto } from './assignment-work.ts';
import { capacityOnto, isIsoDate, maxUnitsProblem } from './capacity.ts';
import type { AssignmentInput, CapacityError, CapacityInput, IncludeOptions, ResourceInput } from './resource-types.ts';
import { calendarChains, WorkingDays } from './working-days.ts';

/** At most ten years of days in one view. */
const MAX_DAYS = 3660;

export interface LoadModel {
  /** Day number of the first day looked at, and how many days. */
  readonly firstDay: number;
  readonly days: number;
  readonly resources: ReadonlyArray<ResourceInput>;
  readonly resourceIndex: ReadonlyMap<string, number>;
  /** Minutes of work per resource and day (r × days + i). */
  readonly demand: Float64Array;
  /** Minutes of capacity per resource and day: working minutes × maximum units. */
  readonly capacity: Float64Array;
  /** Working minutes of each resource's calendar per day (what 100 % units would be). */
  readonly working: Float64Array;
  /** The assignments counted (after the include options), and per resource the indexes of its own. */
  readonly assignments: ReadonlyArray<AssignmentInput>;
  readonly assignmentsOf: ReadonlyArray<ReadonlyArray<number>>;
  /** Each resource's calendar. */
  readonly calendarOf: ReadonlyArray<WorkingDays>;
}

export type LoadResult = { readonly ok: true; readonly model: LoadModel } | CapacityError;

/** Whether an assignment counts under the include options: committed always; proposed and scenario work when asked for. */
export function counts(a: AssignmentInput, include: IncludeOptions | undefined): boolean {
  if (a.proposed && !include?.proposed) return false;
  if (a.scenarioId != null && !(include?.scenarioIds ?? []).includes(a.scenarioId)) return false;
  return true;
}

function inputProblem(input: CapacityInput): CapacityError | null {
  if (!isIsoDate(input.from) || !isIsoDate(input.to)) return { ok: false, error: 'invalid_input', message: `The range ${input.from} – ${input.to} is not two YYYY-MM-DD dates.` };
  const days = dayFromIsoDate(input.to) - dayFromIsoDate(input.from) + 1;
  if (days < 1) return { ok: false, error: 'invalid_input', message: `The range ends (${input.to}) before it starts (${input.from}).` };
  if (days > MAX_DAYS) return { ok: false, error: 'invalid_input', message: `The range spans ${days} days; look at ${MAX_DAYS} at most.` };
  const calendarIds = new Set(input.calendars.map((c) => c.id));
  const resourceIds = new Set<string>();
  for (const r of input.resources) {
    if (resourceIds.has(r.id)) return { ok: false, error: 'invalid_resource', id: r.id, message: `Resource ${r.id} is listed twice.` };
    resourceIds.add(r.id);
    if (!calendarIds.has(r.calendarId)) return { ok: false, error: 'invalid_resource', id: r.id, message: `Resource ${r.id}: its calendar ${r.calendarId} is not among the calendars given.` };
    const units = maxUnitsProblem(r);
    if (units) return { ok: false, error: 'invalid_resource', id: r.id, message: units };
  }
  return null;
}

/** Why an assignment cannot join the model, or null. */
export function assignmentError(a: AssignmentInput, resourceIndex: ReadonlyMap<string, number>): CapacityError | null {
  if (!resourceIndex.has(a.resourceId)) return { ok: false, error: 'invalid_assignment', id: a.id, message: `Assignment ${a.id}: resource ${a.resourceId} is not among the resources given.` };
  const problem = assignmentProblem(a);
  return problem ? { ok: false, error: 'invalid_assignment', id: a.id, message: problem } : null;
}

/**
 * Demand and capacity of every resource on every day from `from` to `to`, from the assignments
 * that count under `include`; a tagged error naming the first record that cannot be used.
 * @example
 * const result = buildLoad({ calendars: [standardCalendar()], resources: [{ id: 'ana', calendarId: 'standard' }],
 *   assignments: [{ id: 'a1', resourceId: 'ana', taskId: 't1', projectId: 'p1', start: mon8, finish: fri17, units: 50 }],
 *   from: '2026-03-02', to: '2026-03-08' });
 * // result.model.demand: 240 on each weekday; result.model.capacity: 480 on each weekday
 */
export function buildLoad(input: CapacityInput): LoadResult {
  const problem = inputProblem(input);
  if (problem) return problem;
  const firstDay = dayFromIsoDate(input.from);
  const days = dayFromIsoDate(input.to) - firstDay + 1;
  const lastDay = firstDay + days - 1;
  const resources = input.resources;
  const resourceIndex = new Map(resources.map((r, i) => [r.id, i]));
  // The days each calendar is asked about: the range, and the spans of its resources' counted assignments.
  const counted: AssignmentInput[] = [];
  const bounds = new Map<string, { first: number; last: number }>(resources.map((r) => [r.calendarId, { first: firstDay, last: lastDay }]));
  for (const a of input.assignments) {
    const error = assignmentError(a, resourceIndex);
    if (error) return error;
    if (!counts(a, input.include)) continue;
    counted.push(a);
    const b = bounds.get(resources[resourceIndex.get(a.resourceId)!]!.calendarId)!;
    b.first = Math.min(b.first, Math.floor(a.start / MINUTES_PER_DAY));
    b.last = Math.max(b.last, Math.floor(a.finish / MINUTES_PER_DAY));
  }
  const chainOf = calendarChains(input.calendars);
  const calendars = new Map([...bounds].map(([id, b]) => [id, new WorkingDays(id, chainOf(id), b.first, b.last)]));
  const calendarOf = resources.map((r) => calendars.get(r.calendarId)!);
  const n = resources.length;
  const demand = new Float64Array(n * days);
  const capacity = new Float64Array(n * days);
  const working = new Float64Array(n * days);
  for (let r = 0; r < n; r++) capacityOnto(resources[r]!, calendarOf[r]!, firstDay, days, working, capacity, r * days);
  const assignmentsOf: number[][] = resources.map(() => []);
  counted.forEach((a, index) => {
    const r = resourceIndex.get(a.resourceId)!;
    const calendar = calendarOf[r]!;
    assignmentsOf[r]!.push(index);
    spreadOnto(a, planAssignment(a, calendar), calendar, firstDay, days, demand, r * days);
  });
  return { ok: true, model: { firstDay, days, resources, resourceIndex, demand, capacity, working, assignments: counted, assignmentsOf, calendarOf } };
}
