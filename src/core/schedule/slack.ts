// Slack and the critical flag, and the TaskSchedule objects, built once at the end. Slack is a
// difference of working totals in the task's calendar; the totals the passes already know are
// read, the others converted (in the order workingBetween converts them).
import type { WorkCalendar } from '../calendar/work-calendar.ts';
import type { TaskSchedule } from './schedule-types.ts';
import { LINK_TYPE, TASK_FLAG } from './pass-tables.ts';
import type { PassState } from './pass-state.ts';

const { FS, SS, FF } = LINK_TYPE;
const { PLAIN, LATE, OPEN, MANUAL } = TASK_FLAG;

/**
 * The same number, typed as a small integer when it is one (not -0): V8 then keeps it inside the
 * result object instead of boxing it, which makes building a million results several times faster.
 */
const small = (x: number): number => {
  const i = x | 0;
  return i === x && (i !== 0 || 1 / x > 0) ? i : x;
};

/** The results in input order; summaries are critical when any of their children is (deepest first). */
export function taskSchedules(state: PassState, projectFinish: number): TaskSchedule[] {
  const { n, net } = state;
  const results: TaskSchedule[] = new Array(n);
  const critical = new Uint8Array(n);
  for (let t = 0; t < n; t++) results[t] = taskSchedule(state, t, projectFinish, critical);
  for (let r = net.summaries.length - 1; r >= 0; r--) {
    const t = net.summaries[r]!;
    let any = 0;
    for (let k = net.childStart[t]!; k < net.childStart[t + 1]! && !any; k++) any = critical[net.childList[k]!]!;
    critical[t] = any;
    results[t] = { ...results[t]!, critical: any === 1 };
  }
  return results;
}

/** A task's schedule: slack in working minutes of its calendar, and whether it is critical (before the roll-up). */
function taskSchedule(state: PassState, t: number, projectFinish: number, critical: Uint8Array): TaskSchedule {
  const { net, es, ef } = state;
  const cal = state.calendarOf[t]!;
  const o = net.outOf[t]!;
  const earlyStart = es[o]!;
  const earlyFinish = ef[o]!;
  const flags = state.task.flags[t]!;
  if ((flags & PLAIN) === 0 && state.tasks[t]!.elapsed) return elapsedTaskSchedule(state, t, projectFinish, critical);
  let lateStart = state.ls[t]!;
  let lateFinish = state.lf[t]!;
  // workingBetween(earlyStart, lateStart), then workingBetween(earlyFinish, lateFinish).
  const lateStartTotal = state.totalOf(cal, lateStart, cal, state.lsTotal.get(t));
  const earlyStartTotal = state.totalOf(cal, earlyStart, cal, state.esTotal.get(o));
  const lateFinishTotal = state.totalOf(cal, lateFinish, cal, state.lfTotal.get(t));
  const earlyFinishTotal = state.totalOf(cal, earlyFinish, cal, state.efTotal.get(o));
  // MS Project measures a manually scheduled task's slack (its dates need not span its duration) at its finish only.
  let totalSlack = flags & MANUAL ? lateFinishTotal - earlyFinishTotal : Math.min(lateStartTotal - earlyStartTotal, lateFinishTotal - earlyFinishTotal);
  if ((flags & PLAIN) === 0) {
    const task = state.tasks[t]!;
    // A constraint that holds a task earlier than its links allow shows as negative slack.
    totalSlack -= state.constraintOverrun.get(t) ?? 0;
    if (task.actualStart !== null) {
      // MS Project shows a started task's late start at its actual start and a finished task's
      // late finish at its actual finish; its slack is then what is left at the finish.
      lateStart = task.actualStart;
      if (task.actualFinish !== null) lateFinish = task.actualFinish;
      totalSlack = (task.actualFinish !== null ? cal.workingTotal(lateFinish) : lateFinishTotal) - earlyFinishTotal;
    }
  }
  let freeSlack = totalSlack;
  const first = net.outStart[t]!;
  const end = net.outStart[t + 1]!;
  for (let k = first; k < end; k++) {
    const m = net.outLinks[k]!;
    const type = state.link.type[m];
    // FS and FF links leave at the finish, the others (SS, SF) at the start.
    const fromFinish = type === FS || type === FF;
    freeSlack = Math.min(freeSlack, successorTotal(state, m, cal, type === FS || type === SS) - (fromFinish ? earlyFinishTotal : earlyStartTotal));
  }
  if (first === end) freeSlack = Math.min(freeSlack, cal.workingTotal(projectFinish) - earlyFinishTotal);
  return result(state, t, lateStart, lateFinish, totalSlack, Math.max(0, freeSlack), critical);
}

/**
 * An elapsed task's schedule: MS Project counts its slack in elapsed (wall) minutes, as its
 * duration, so 30 edays of room is 43 200 minutes, nights and weekends included.
 */
function elapsedTaskSchedule(state: PassState, t: number, projectFinish: number, critical: Uint8Array): TaskSchedule {
  const o = state.net.outOf[t]!;
  const earlyStart = state.es[o]!;
  const earlyFinish = state.ef[o]!;
  const totalSlack = Math.min(state.ls[t]! - earlyStart, state.lf[t]! - earlyFinish);
  const first = state.net.outStart[t]!;
  const end = state.net.outStart[t + 1]!;
  let freeSlack = first === end ? Math.min(totalSlack, projectFinish - earlyFinish) : totalSlack;
  for (let k = first; k < end; k++) {
    const m = state.net.outLinks[k]!;
    const type = state.link.type[m];
    const succ = state.net.outOf[state.net.linkSucc[m]!]!;
    const successorDate = type === FS || type === SS ? state.es[succ]! : state.ef[succ]!;
    const bound = state.shift(successorDate, m, -state.link.lag[m]!, state.calendarOf[state.net.linkSucc[m]!]!);
    freeSlack = Math.min(freeSlack, bound - (type === FS || type === FF ? earlyFinish : earlyStart));
  }
  return result(state, t, state.ls[t]!, state.lf[t]!, totalSlack, Math.max(0, freeSlack), critical);
}

/** The TaskSchedule of task t given its late dates and slack; records whether it is critical (before the roll-up). */
function result(state: PassState, t: number, lateStart: number, lateFinish: number, totalSlack: number, freeSlack: number, critical: Uint8Array): TaskSchedule {
  const o = state.net.outOf[t]!;
  const earlyStart = state.es[o]!;
  const earlyFinish = state.ef[o]!;
  const flags = state.task.flags[t]!;
  const isCritical = totalSlack <= 0 && (flags & OPEN) !== 0 && ((flags & MANUAL) === 0 || !state.tasks[t]!.estimated || isLinked(state, t));
  critical[t] = isCritical ? 1 : 0;
  const late = (flags & LATE) !== 0;
  return {
    uid: state.tasks[t]!.uid,
    start: small(late ? lateStart : earlyStart),
    finish: small(late ? lateFinish : earlyFinish),
    earlyStart: small(earlyStart),
    earlyFinish: small(earlyFinish),
    lateStart: small(lateStart),
    lateFinish: small(lateFinish),
    totalSlack: small(totalSlack),
    freeSlack: small(Math.min(freeSlack, Math.max(totalSlack, 0))),
    critical: isCritical,
  };
}

/**
 * The working total, in the predecessor's calendar `cal`, of the latest date link m lets its
 * predecessor reach: the successor's early start (or finish) moved back by the lag. On one
 * calendar with a total that round-trips this is plain arithmetic; otherwise the conversions.
 */
function successorTotal(state: PassState, m: number, cal: WorkCalendar, atStart: boolean): number {
  const succ = state.net.linkSucc[m]!;
  const successorCal = state.calendarOf[succ]!;
  const o = state.net.outOf[succ]!;
  const date = atStart ? state.es[o]! : state.ef[o]!;
  const lag = -state.link.lag[m]!;
  if (successorCal === cal && lag !== 0 && !state.link.elapsed[m]) {
    // What shift() computes first: the total the lag is added to.
    const target = state.totalOf(cal, date, cal, atStart ? state.esTotal.get(o) : state.efTotal.get(o)) + lag;
    if (cal.roundTrips(target)) return target;
  }
  return cal.workingTotal(state.shift(date, m, lag, successorCal));
}

/** Whether a task takes part in any link (MS Project leaves unlinked manual tasks with estimated durations off the critical path). */
function isLinked(state: PassState, t: number): boolean {
  const net = state.net;
  return net.outStart[t + 1]! > net.outStart[t]! || net.inStart[t + 1]! > net.inStart[t]!;
}
