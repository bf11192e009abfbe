// Planned value: how much of an item's budget the baseline meant to be spent by an instant. An
// item's budget is a list of segments (its whole BAC over its baseline dates unless it has an
// explicit time-phased plan), each spread over the working minutes of its span, so a task that
// stops for a weekend plans nothing that weekend. An item's PV is rounded once to minor units,
// and a project's PV is the sum of its items', so the items of a report add up to its total.
import type { PlanSegment, WorkingTime, WorkItem } from './evm-types.ts';
import { WorkCalendar } from '../calendar/work-calendar.ts';
import { standardCalendar } from '../calendar/standard-calendar.ts';
import { roundMinor } from './money.ts';

/**
 * The default project calendar: Monday to Friday, 08:00–12:00 and 13:00–17:00 (MS Project's
 * Standard). `around` is an instant near the plan, where the calendar starts resolving days.
 * @example
 * const calendar = standardWorkingTime(wallFromIso('2026-03-02T08:00'));
 * calendar.workingBetween(wallFromIso('2026-03-02T08:00'), wallFromIso('2026-03-03T08:00')); // 480
 */
export function standardWorkingTime(around: number): WorkCalendar {
  return new WorkCalendar('standard', [standardCalendar()], around);
}

/**
 * The segments of an item's time-phased budget: its explicit plan, or its whole budget over its
 * baseline dates.
 * @example
 * planSegments({ id: 'A', bac: 1000, baselineStart: s, baselineFinish: f, progress }); // [{ start: s, finish: f, amount: 1000 }]
 */
export function planSegments(item: WorkItem): ReadonlyArray<PlanSegment> {
  return item.plan ?? [{ start: item.baselineStart, finish: item.baselineFinish, amount: item.bac }];
}

/**
 * The unrounded planned value of one segment at `instant`: nothing before its start, all of it
 * from its finish, and in between the share of its working minutes that have passed. A segment
 * with no working minutes (a lump sum, or a span of holidays) plans all of it at its finish.
 * `span`, the segment's working minutes, may be passed when already known.
 * @example
 * segmentValue({ start: mon8, finish: tue17, amount: 1000 }, mon17, calendar); // 500
 */
export function segmentValue(segment: PlanSegment, instant: number, calendar: WorkingTime, span?: number): number {
  if (instant >= segment.finish) return segment.amount;
  if (instant <= segment.start) return 0;
  const work = span ?? calendar.workingBetween(segment.start, segment.finish);
  if (!(work > 0)) return 0;
  return (segment.amount * calendar.workingBetween(segment.start, instant)) / work;
}

/**
 * An item's planned value at `instant`, in minor units (rounded half away from zero). `calendar`
 * is the project's, used when the item has none of its own.
 * @example
 * // 4000 over Monday to Thursday, 8 working hours a day: at Wednesday 17:00, 3000.
 * itemPlannedValue(item, wallFromIso('2026-03-04T17:00'), standardWorkingTime(item.baselineStart)); // 3000
 */
export function itemPlannedValue(item: WorkItem, instant: number, calendar: WorkingTime): number {
  const own = item.calendar ?? calendar;
  let value = 0;
  for (const segment of planSegments(item)) value += segmentValue(segment, instant, own);
  return roundMinor(value);
}

/**
 * The latest instant at which an item still plans to spend: the end of its last segment, or its
 * baseline finish when that is later.
 * @example
 * plannedFinish(item); // item.baselineFinish for an item without an explicit plan
 */
export function plannedFinish(item: WorkItem): number {
  let finish = item.baselineFinish;
  for (const segment of planSegments(item)) if (segment.finish > finish) finish = segment.finish;
  return finish;
}

/**
 * The earliest instant of an item's plan: the start of its first segment, or its baseline start
 * when that is earlier.
 * @example
 * plannedStart(item); // item.baselineStart for an item without an explicit plan
 */
export function plannedStart(item: WorkItem): number {
  let start = item.baselineStart;
  for (const segment of planSegments(item)) if (segment.start < start) start = segment.start;
  return start;
}
