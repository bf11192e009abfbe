// A project's earned value at a status date, from its items (tasks or cost accounts with budgets,
// baseline dates and progress) and its dated actual costs: each item's amounts and indices, the
// project's (the items' amounts summed, plus costs booked to no item), its earned schedule from
// its own PV curve, and the curves themselves for S-curves. This is the one entry point the app
// feeds from stored tasks, baselines, approved timesheets and expenses; programs and portfolios
// roll the projects' amounts up with `rollUp`.
import type { EvmAmounts, EvmError, EvmPeriod, ItemEvm, ProjectEvmInput, ProjectEvmResult, WorkItem } from './evm-types.ts';
import { actualCostCurve, curvePeriods, frameOf, plannedValueCurve, type EvmFrame } from './evm-curves.ts';
import { earnedValue, PERCENT_COMPLETE } from './earned-value.ts';
import { earnedSchedule } from './earned-schedule.ts';
import { inputProblem } from './evm-validation.ts';
import { evmIndices } from './indices.ts';
import { itemPlannedValue } from './planned-value.ts';
import { periodsBetween } from './periods.ts';
import { sumAmounts } from './rollup.ts';
import { dayFromIsoDate, MINUTES_PER_DAY } from '../calendar/wall-time.ts';
import { CalendarHasNoWorkingTime } from '../calendar/work-calendar.ts';

/**
 * The status date at the end of a day (`YYYY-MM-DD`): midnight after it, so the day's planned work
 * and its costs count.
 * @example
 * statusAtEndOf('2026-03-04'); // wallFromIso('2026-03-05T00:00')
 */
export const statusAtEndOf = (date: string): number => (dayFromIsoDate(date) + 1) * MINUTES_PER_DAY;

/**
 * The instant of a cost incurred on a day (a timesheet day, an expense or invoice date): the
 * start of that day, so it counts at a status date at the end of that day or later.
 * @example
 * incurredOn('2026-03-04'); // wallFromIso('2026-03-04T00:00')
 */
export const incurredOn = (date: string): number => dayFromIsoDate(date) * MINUTES_PER_DAY;

/**
 * The frame, or `invalid_input` when the dates span more than the periods a grid may hold or lie
 * beyond what a calendar resolves (only corrupt dates do: centuries apart).
 */
function framed(input: ProjectEvmInput, until?: number): EvmFrame | EvmError {
  try {
    const frame = frameOf(input, until);
    frame.calendar.workingBetween(frame.origin, frame.boundaries[frame.boundaries.length - 1]!);
    return frame;
  } catch (error) {
    if (error instanceof RangeError || error instanceof CalendarHasNoWorkingTime) return { ok: false, error: 'invalid_input', message: `The dates cannot be measured: ${error.message}` };
    throw error;
  }
}

/** Actual cost before the status date, per item id, and the rest. */
function actualsByItem(input: ProjectEvmInput, ids: ReadonlySet<string>): { byItem: Map<string, number>; unassigned: number } {
  const byItem = new Map<string, number>();
  let unassigned = 0;
  for (const cost of input.actuals) {
    if (!(cost.at < input.statusDate)) continue;
    if (cost.itemId !== undefined && ids.has(cost.itemId)) byItem.set(cost.itemId, (byItem.get(cost.itemId) ?? 0) + cost.amount);
    else unassigned += cost.amount;
  }
  return { byItem, unassigned };
}

function itemAmounts(input: ProjectEvmInput, frame: EvmFrame, item: WorkItem, ac: number): EvmAmounts {
  return {
    currency: input.currency,
    bac: item.bac,
    pv: itemPlannedValue(item, input.statusDate, frame.calendar),
    ev: item.earnedValue ?? earnedValue(item.bac, item.progress, item.earning ?? PERCENT_COMPLETE),
    ac,
    etcBottomUp: item.etc ?? null,
  };
}

/**
 * Earned value, earned schedule and their indices of a project at its status date, or why they
 * cannot be computed (`invalid_item`, `invalid_input`, `mixed_currency`). PV is phased over each
 * item's working time (or its explicit plan); EV follows each item's earning rule (or is the
 * item's, and the project's, recorded `earnedValue` of a past status date); AC is every cost incurred before the
 * status date; the bottom-up ETC is the items' summed unless the caller gives the project's. The project's amounts are the sums of its items' (plus
 * costs booked to no item) and its indices are computed from those sums.
 * @example
 * const result = projectEvm({
 *   currency: 'EUR',
 *   statusDate: statusAtEndOf('2026-03-04'),
 *   items: [{ id: 'side-1', bac: 1000, baselineStart: wallFromIso('2026-03-02T08:00'), baselineFinish: wallFromIso('2026-03-02T17:00'), progress: { percentComplete: 100 } }],
 *   actuals: [{ at: incurredOn('2026-03-02'), amount: 1000, itemId: 'side-1' }],
 * });
 * if (result.ok) console.log(result.indices.cpi, result.schedule.es); // 1, 1 (day)
 * else console.log(result.message);
 */
export function projectEvm(input: ProjectEvmInput): ProjectEvmResult {
  const problem = inputProblem(input);
  if (problem) return problem;
  const frame = framed(input);
  if ('ok' in frame) return frame;
  const ids = new Set(input.items.map((i) => i.id));
  const { byItem, unassigned } = actualsByItem(input, ids);
  const eacMethod = input.eacMethod ?? 'cpi';
  const items: ItemEvm[] = input.items.map((item) => {
    const amounts = itemAmounts(input, frame, item, byItem.get(item.id) ?? 0);
    return { id: item.id, amounts, indices: evmIndices(amounts, eacMethod) };
  });
  const unassignedPart: EvmAmounts = { currency: input.currency, bac: 0, pv: 0, ev: 0, ac: unassigned, etcBottomUp: 0 };
  const sum = sumAmounts(input.currency, [...items.map((i) => i.amounts), unassignedPart]);
  if (!sum.ok) return sum;
  const amounts = { ...sum.amounts, ...(input.earnedValue !== undefined && { ev: input.earnedValue }), ...(input.etcBottomUp !== undefined && { etcBottomUp: input.etcBottomUp }) };
  const pv = plannedValueCurve(input.items, frame.boundaries, frame.calendar);
  const at = periodsBetween(frame.origin, input.statusDate, frame.period, frame.calendar);
  const pd = periodsBetween(frame.origin, frame.finish, frame.period, frame.calendar);
  const figures = earnedSchedule({ pv, ev: amounts.ev, at, pd });
  return {
    ok: true,
    statusDate: input.statusDate,
    amounts,
    indices: evmIndices(amounts, eacMethod),
    schedule: { period: frame.period, origin: frame.origin, ...figures },
    items,
    unassignedAc: unassigned,
  };
}

export interface ProjectCurves {
  readonly ok: true;
  readonly period: EvmFrame['period'];
  readonly origin: number;
  /** The latest planned finish of any item. */
  readonly finish: number;
  readonly periods: ReadonlyArray<EvmPeriod>;
}

/**
 * The project's S-curves: cumulative PV and AC at the end of each period (day, week or month as
 * `input.period` says), from the origin to the end of the period holding the later of the
 * planned finish and the status date (or on to `until`, a forecast finish, at most one planned
 * duration further); AC stops at the status date.
 * @example
 * const curves = projectCurves({ ...input, period: 'week' });
 * if (curves.ok) chart(curves.periods.map((p) => [isoFromWall(p.end), p.pv, p.ac]));
 */
export function projectCurves(input: ProjectEvmInput, until?: number): ProjectCurves | EvmError {
  const problem = inputProblem(input);
  if (problem) return problem;
  const frame = framed(input, until);
  if ('ok' in frame) return frame;
  const pv = plannedValueCurve(input.items, frame.boundaries, frame.calendar);
  const ac = actualCostCurve(input.actuals, frame.boundaries, input.statusDate);
  let acAtStatus = 0;
  for (const cost of input.actuals) if (cost.at < input.statusDate) acAtStatus += cost.amount;
  return { ok: true, period: frame.period, origin: frame.origin, finish: frame.finish, periods: curvePeriods(frame, pv, ac, input.statusDate, acAtStatus) };
}
