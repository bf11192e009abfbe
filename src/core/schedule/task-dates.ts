// One task's early and late dates from the bounds its links, parent and project set, with MS
// Project's rules for constraints, deadlines, progress and manual dates. The passes call these
// for tasks that carry any of those; a plain task takes the short path in schedule.ts, which
// makes the same calendar conversions.
import type { WorkCalendar } from '../calendar/work-calendar.ts';
import type { TaskInput } from './schedule-types.ts';

const NEVER = Number.POSITIVE_INFINITY;

/**
 * The time `task` spans from start to finish: its duration plus, for a split task, its pauses
 * (MS Project keeps a split task's pauses when it reschedules the task).
 */
export function spanOf(task: TaskInput): number {
  let span = task.duration;
  if (task.splitGaps) for (const gap of task.splitGaps) span += gap.length;
  return span;
}

/** `minutes` of `task`'s time (working, or wall when elapsed) after `start`. */
function after(task: TaskInput, cal: WorkCalendar, start: number, minutes: number): number {
  return task.elapsed ? start + minutes : cal.addWorking(start, minutes);
}

/** Where `task` finishes when it starts at `start`. */
export function finishOf(task: TaskInput, cal: WorkCalendar, start: number): number {
  return after(task, cal, start, spanOf(task));
}

/** Where `task` starts when it finishes at `finish`. */
export function startOf(task: TaskInput, cal: WorkCalendar, finish: number): number {
  const span = spanOf(task);
  return task.elapsed ? finish - span : cal.subtractWorking(finish, span);
}

/**
 * Early start and finish of a leaf task, written to es[t] and ef[t]. Returns the working minutes
 * by which a constraint holds the task earlier than its links allow (0 when it does not).
 */
export function earlyDates(task: TaskInput, cal: WorkCalendar, startAtLeast: number, finishAtLeast: number, status: number | null, es: Float64Array, ef: Float64Array, t: number): number {
  let start = task.duration > 0 ? cal.nextWorkingMinute(startAtLeast) : startAtLeast;
  // A finish driven by a link stays where the link puts it (MS Project keeps 08:00 rather than
  // the previous day's 17:00); the start is worked back from it. This holds too when that start
  // is no later than the task could start anyway (the link's finish still stands).
  const finishDriven = finishAtLeast > -NEVER && startOf(task, cal, finishAtLeast) >= start;
  if (finishDriven) start = startOf(task, cal, finishAtLeast);
  let constrained = applyStartConstraint(task, cal, start);
  if (task.levelingDelay) constrained = delayed(task, cal, constrained);
  const moved = constrained !== start;
  const overrun = constrained < start && !task.manual && task.actualStart === null ? cal.workingBetween(constrained, start) : 0;
  start = constrained;
  if (task.manual && task.start !== null) start = task.start;
  const unfinished = status !== null && task.actualFinish === null && !task.manual && task.duration > 0;
  // Work not yet done is never planned in the past: an unstarted task starts after the status date.
  if (unfinished && task.actualStart === null) start = Math.max(start, cal.nextWorkingMinute(status));
  if (task.actualStart !== null) start = task.actualStart;
  let finish = finishDriven && !moved && !task.manual && task.actualStart === null && start === startOf(task, cal, finishAtLeast) ? finishAtLeast : finishOf(task, cal, start);
  if (unfinished && task.actualStart !== null) finish = remainingFinish(task, cal, status);
  if (task.manual && task.finish !== null) finish = task.finish;
  if (task.actualFinish !== null) finish = task.actualFinish;
  es[t] = start;
  ef[t] = finish;
  return overrun;
}

/**
 * An in-progress task's finish: the remaining work resumes at the status date if it would
 * otherwise lie before it. A split task's pauses within the work done stay behind; the later
 * ones move with the remaining work.
 */
function remainingFinish(task: TaskInput, cal: WorkCalendar, status: number): number {
  const remaining = task.remainingDuration ?? Math.round(task.duration * (1 - task.percentComplete / 100));
  const done = task.duration - remaining;
  let pausesDone = 0;
  if (task.splitGaps) for (const gap of task.splitGaps) if (gap.work < done) pausesDone += gap.length;
  const resume = after(task, cal, task.actualStart!, done + pausesDone);
  if (resume >= status) return finishOf(task, cal, task.actualStart!);
  return after(task, cal, cal.nextWorkingMinute(status), spanOf(task) - done - pausesDone);
}

/** A start moved by the task's leveling delay, to the next working minute after it. */
function delayed(task: TaskInput, cal: WorkCalendar, start: number): number {
  const delay = task.levelingDelay!;
  const moved = task.levelingDelayElapsed ? start + delay : cal.addWorking(start, delay);
  return task.duration > 0 ? cal.nextWorkingMinute(moved) : moved;
}

function applyStartConstraint(task: TaskInput, cal: WorkCalendar, start: number): number {
  const date = task.constraintDate;
  if (date === null) return start;
  switch (task.constraintType) {
    case 'SNET':
      return Math.max(start, task.duration > 0 ? cal.nextWorkingMinute(date) : date);
    case 'FNET':
      return Math.max(start, startOf(task, cal, date));
    case 'MSO':
      return date;
    case 'MFO':
      return startOf(task, cal, date);
    case 'SNLT':
      return Math.min(start, date);
    case 'FNLT':
      return Math.min(start, startOf(task, cal, date));
    default:
      return start;
  }
}

/** Late start and finish of a leaf task, written to ls[t] and lf[t]. */
export function lateDates(task: TaskInput, cal: WorkCalendar, finishAtMost: number, startAtMost: number, ls: Float64Array, lf: Float64Array, t: number): void {
  // An automatic task's late finish moves back to the end of the previous working period
  // (17:00 rather than the next day's 08:00). It stays where its bound puts it for a manually
  // scheduled task (MS Project gives the predecessor of a manual task a late finish of 08:00 on
  // its successor's late start day) and for an elapsed duration, which runs round the clock.
  let finish = task.duration > 0 && !task.manual && !task.elapsed ? cal.previousWorkingEnd(finishAtMost) : finishAtMost;
  if (startAtMost < NEVER) finish = Math.min(finish, finishOf(task, cal, task.duration > 0 ? cal.nextWorkingMinute(startAtMost) : startAtMost));
  finish = applyFinishConstraint(task, cal, finish);
  lf[t] = finish;
  ls[t] = startOf(task, cal, finish);
}

function applyFinishConstraint(task: TaskInput, cal: WorkCalendar, finish: number): number {
  let result = finish;
  const date = task.constraintDate;
  if (date !== null) {
    switch (task.constraintType) {
      case 'FNLT':
        result = Math.min(result, date);
        break;
      case 'SNLT':
        result = Math.min(result, finishOf(task, cal, date));
        break;
      case 'MFO':
        result = date;
        break;
      case 'MSO':
        result = finishOf(task, cal, date);
        break;
      default:
        break;
    }
  }
  if (task.deadline !== null) result = Math.min(result, task.deadline);
  return result;
}

/** The start bound a summary's entry passes down to its children: its links' and its start constraint's. */
export function summaryStartBound(task: TaskInput, startAtLeast: number): number {
  let bound = startAtLeast;
  if (task.constraintDate !== null && (task.constraintType === 'SNET' || task.constraintType === 'MSO')) bound = Math.max(bound, task.constraintDate);
  return bound;
}

/** The finish bound a summary's roll-up passes down to its children: its links', its finish constraint's and its deadline's. */
export function summaryFinishBound(task: TaskInput, finishAtMost: number): number {
  let bound = finishAtMost;
  if (task.constraintDate !== null && (task.constraintType === 'FNLT' || task.constraintType === 'MFO')) bound = Math.min(bound, task.constraintDate);
  if (task.deadline !== null) bound = Math.min(bound, task.deadline);
  return bound;
}
