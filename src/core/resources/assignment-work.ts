// An assignment's work over time: the working time of its resource within the task's span, cut by
// the contour, in whole minutes per day. Each day's amount is the difference of the rounded
// running total at its two ends (round(work × share done)), so the days add up to the work
// exactly and no minute is lost to rounding, whichever days a caller looks at.
import { isoDateFromDay, MINUTES_PER_DAY } from '../calendar/wall-time.ts';
import { CONTOUR_TENTHS, contourShape, type ContourShape } from './contours.ts';
import type { AssignmentInput } from './resource-types.ts';
import type { WorkingTotals } from './working-days.ts';

const DAY = MINUTES_PER_DAY;

/** What an assignment amounts to on its resource's calendar. */
export interface AssignmentPlan {
  /** Total work, whole minutes. */
  readonly work: number;
  /** The resource's working minutes within the task's span. */
  readonly workingMinutes: number;
  /** Peak units in percent (work ÷ (working minutes × the contour's average)); null without working time. */
  readonly peakUnits: number | null;
  /**
   * The resource has no working time in the task's span but the assignment has work: it is spread
   * over the span's clock time instead (all on the start day for a zero-length task), so demand
   * still shows it, and the caller can say why.
   */
  readonly offCalendar: boolean;
}

/** Why an assignment cannot be spread, or null when it can. */
export function assignmentProblem(a: AssignmentInput): string | null {
  if (!(Number.isFinite(a.start) && Number.isFinite(a.finish))) return `Assignment ${a.id}: the task's start or finish is missing.`;
  if (a.finish < a.start) return `Assignment ${a.id}: the task finishes before it starts.`;
  if (a.work === undefined && a.units === undefined) return `Assignment ${a.id}: give its units or its work.`;
  if (a.work !== undefined && !(Number.isInteger(a.work) && a.work >= 0)) return `Assignment ${a.id}: the work ${a.work} is not a whole, non-negative number of minutes.`;
  if (a.units !== undefined && !(Number.isFinite(a.units) && a.units >= 0)) return `Assignment ${a.id}: the units ${a.units} are not a non-negative percentage.`;
  if (a.contour !== undefined && !(a.contour in CONTOUR_TENTHS)) return `Assignment ${a.id}: unknown contour "${a.contour}"; use one of ${Object.keys(CONTOUR_TENTHS).join(', ')}.`;
  return null;
}

/**
 * The work, working time and peak units of an assignment on its resource's calendar.
 * @example
 * // 100 % over Monday 08:00 – Friday 17:00 of the standard calendar: 2,400 minutes of work.
 * planAssignment({ …, start: mon8, finish: fri17, units: 100 }, standard); // { work: 2400, workingMinutes: 2400, peakUnits: 100, offCalendar: false }
 */
export function planAssignment(a: AssignmentInput, calendar: WorkingTotals): AssignmentPlan {
  const workingMinutes = calendar.workingTotal(a.finish) - calendar.workingTotal(a.start);
  const average = contourShape(a.contour).average;
  const work = a.work ?? Math.round(((a.units ?? 0) / 100) * workingMinutes * average);
  const peakUnits = workingMinutes > 0 ? (100 * work) / (workingMinutes * average) : null;
  return { work, workingMinutes, peakUnits, offCalendar: workingMinutes <= 0 && work > 0 };
}

/** Last day touched by [start, finish): a finish at midnight ends the day before. */
const lastDayOf = (start: number, finish: number): number => (finish > start ? Math.ceil(finish / DAY) - 1 : Math.floor(start / DAY));

/**
 * Adds the assignment's work per day to `out[offset + day - firstDay]` for the days from `firstDay`
 * on, `days` of them; days outside are skipped without being computed. The hot path of every
 * capacity view: one working-total lookup per day, no allocation.
 */
export function spreadOnto(a: AssignmentInput, plan: AssignmentPlan, calendar: WorkingTotals, firstDay: number, days: number, out: Float64Array, offset: number): void {
  const work = plan.work;
  if (work === 0) return;
  const start = a.start;
  const finish = a.finish;
  const startDay = Math.floor(start / DAY);
  const from = Math.max(startDay, firstDay);
  const to = Math.min(lastDayOf(start, finish), firstDay + days - 1);
  if (from > to) return;
  const byClock = plan.offCalendar;
  const length = byClock ? finish - start : plan.workingMinutes;
  if (length <= 0) {
    out[offset + startDay - firstDay]! += work;
    return;
  }
  const shape: ContourShape = contourShape(a.contour);
  const origin = byClock ? start : calendar.workingTotal(start);
  const doneAt = (instant: number): number => {
    const elapsed = (byClock ? instant : calendar.workingTotal(instant)) - origin;
    const x = elapsed <= 0 ? 0 : elapsed >= length ? 1 : elapsed / length;
    if (shape.flat) return Math.round(work * x);
    const s = x * 10;
    const k = s >= 10 ? 9 : Math.floor(s);
    return Math.round((work * (shape.prefix[k]! + shape.tenths[k]! * (s - k))) / shape.prefix[10]!);
  };
  let previous = from === startDay ? 0 : doneAt(from * DAY);
  for (let day = from; day <= to; day++) {
    const end = (day + 1) * DAY;
    let done = end >= finish ? work : doneAt(end);
    if (done < previous) done = previous;
    out[offset + day - firstDay]! += done - previous;
    previous = done;
  }
}

/** An assignment's work per day, from the task's first day to its last. */
export interface AssignmentWork extends AssignmentPlan {
  readonly firstDay: string;
  /** Minutes of work on each day from `firstDay` on; they add up to `work`. */
  readonly minutesByDay: ReadonlyArray<number>;
}

/**
 * The assignment spread over its days (the assignment is assumed valid: see `assignmentProblem`).
 * @example
 * // 100 % flat, Monday–Friday of the standard calendar with Wednesday a holiday:
 * assignmentWork(a, calendar).minutesByDay; // [480, 480, 0, 480, 480], work 1920
 */
export function assignmentWork(a: AssignmentInput, calendar: WorkingTotals): AssignmentWork {
  const plan = planAssignment(a, calendar);
  const firstDay = Math.floor(a.start / DAY);
  const days = lastDayOf(a.start, a.finish) - firstDay + 1;
  const out = new Float64Array(days);
  spreadOnto(a, plan, calendar, firstDay, days, out, 0);
  return { ...plan, firstDay: isoDateFromDay(firstDay), minutesByDay: Array.from(out) };
}
