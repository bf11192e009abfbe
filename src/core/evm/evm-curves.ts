// The cumulative curves of a project: planned value and actual cost at the end of each period,
// from the start of the period holding the earliest baseline start to the end of the one holding
// the later of the planned finish and the status date. The same PV curve gives earned schedule
// its periods, and the curve's value at a boundary is exactly the project's PV at that instant
// (the sum of its items' rounded PVs), so an S-curve and the figures never disagree.
import type { ActualCost, EvmPeriod, MinorUnits, PeriodUnit, ProjectEvmInput, WorkingTime, WorkItem } from './evm-types.ts';
import { periodBoundaries, periodStartOf } from './periods.ts';
import { planSegments, plannedFinish, plannedStart, segmentValue, standardWorkingTime } from './planned-value.ts';
import { roundMinor } from './money.ts';

/** The grid a project is measured on. */
export interface EvmFrame {
  readonly calendar: WorkingTime;
  readonly period: PeriodUnit;
  readonly origin: number;
  /** The latest planned finish of any item (the origin when there are none). */
  readonly finish: number;
  /** Period boundaries from the origin to the end of the period holding max(finish, status date), or `until` when asked. */
  readonly boundaries: ReadonlyArray<number>;
}

/**
 * The calendar, periods and origin a project's input asks for, with their defaults. `until` runs
 * the periods on past the planned finish and the status date (to draw a forecast), by at most
 * one planned duration more.
 * @example
 * frameOf({ currency: 'EUR', statusDate, items, actuals: [] }).origin; // midnight of the earliest baseline start's day
 */
export function frameOf(input: ProjectEvmInput, until?: number): EvmFrame {
  const period = input.period ?? 'day';
  let start = Number.POSITIVE_INFINITY;
  let finish = Number.NEGATIVE_INFINITY;
  for (const item of input.items) {
    start = Math.min(start, plannedStart(item));
    finish = Math.max(finish, plannedFinish(item));
  }
  const origin = input.origin ?? periodStartOf(Number.isFinite(start) ? start : input.statusDate, period);
  if (!Number.isFinite(finish)) finish = origin;
  const calendar = input.calendar ?? standardWorkingTime(origin);
  const end = Math.max(finish, input.statusDate);
  const last = until === undefined ? end : Math.min(Math.max(end, until), end + Math.max(0, finish - origin));
  return { calendar, period, origin, finish, boundaries: periodBoundaries(origin, last, period) };
}

/** The first index whose boundary is at or after `instant` (`boundaries.length` when none is). */
function firstBoundaryFrom(boundaries: ReadonlyArray<number>, instant: number): number {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (boundaries[mid]! >= instant) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Cumulative planned value at each boundary: the sum of the items' rounded PVs there. Each item is
 * evaluated only at the boundaries inside its plan, so the cost is the periods items span.
 * @example
 * plannedValueCurve(fenceSides, [mon, tue, wed, thu, fri], calendar); // [0, 1000, 2000, 3000, 4000]
 */
export function plannedValueCurve(items: ReadonlyArray<WorkItem>, boundaries: ReadonlyArray<number>, calendar: WorkingTime): MinorUnits[] {
  const n = boundaries.length;
  const delta = new Float64Array(n + 1);
  for (const item of items) {
    const own = item.calendar ?? calendar;
    const segments = planSegments(item);
    const spans = segments.map((s) => own.workingBetween(s.start, s.finish));
    const first = firstBoundaryFrom(boundaries, plannedStart(item));
    const done = firstBoundaryFrom(boundaries, plannedFinish(item));
    let previous = 0;
    for (let k = first; k < done && k < n; k++) {
      let value = 0;
      for (let s = 0; s < segments.length; s++) value += segmentValue(segments[s]!, boundaries[k]!, own, spans[s]);
      const rounded = roundMinor(value);
      delta[k]! += rounded - previous;
      previous = rounded;
    }
    delta[Math.min(done, n)]! += item.bac - previous;
  }
  const curve: MinorUnits[] = new Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) curve[k] = total += delta[k]!;
  return curve;
}

/**
 * Cumulative actual cost at each boundary, counting costs incurred before it and before the
 * status date (so the values stop growing at the status date).
 * @example
 * actualCostCurve([{ at: mon8, amount: 1000 }, { at: tue8, amount: 1200 }], [mon, tue, wed], wed); // [0, 1000, 2200]
 */
export function actualCostCurve(actuals: ReadonlyArray<ActualCost>, boundaries: ReadonlyArray<number>, statusDate: number): MinorUnits[] {
  const n = boundaries.length;
  const delta = new Float64Array(n + 1);
  for (const cost of actuals) {
    if (!(cost.at < statusDate)) continue;
    // The first boundary after the cost's instant is the first cumulative value holding it.
    let k = firstBoundaryFrom(boundaries, cost.at);
    if (k < n && boundaries[k] === cost.at) k++;
    delta[k]! += cost.amount;
  }
  const curve: MinorUnits[] = new Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) curve[k] = total += delta[k]!;
  return curve;
}

/**
 * The periods of a frame with cumulative PV at each period's end and AC up to its end or the
 * status date (null for periods starting at or after the status date), for S-curves. `pv` and
 * `ac` are the curves at the frame's boundaries; `actualAtStatus` is AC at the status date.
 * @example
 * curvePeriods(frame, pv, ac, statusDate, 2800)[2]; // { start: wed, end: thu, pv: 3000, ac: 2800 }
 */
export function curvePeriods(frame: EvmFrame, pv: ReadonlyArray<number>, ac: ReadonlyArray<number>, statusDate: number, actualAtStatus: number): EvmPeriod[] {
  const b = frame.boundaries;
  const periods: EvmPeriod[] = [];
  for (let k = 0; k + 1 < b.length; k++) {
    const end = b[k + 1]!;
    const cost = b[k]! >= statusDate ? null : end >= statusDate ? actualAtStatus : ac[k + 1]!;
    periods.push({ start: b[k]!, end, pv: pv[k + 1]!, ac: cost });
  }
  return periods;
}
