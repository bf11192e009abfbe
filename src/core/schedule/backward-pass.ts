// The backward pass: late dates, node by node in reverse topological order. A task's finish is
// bounded by the project finish, its summary's bound and its links; then its own rules give its
// dates. As in the forward pass, a plain task with work is first tried in working totals, and
// falls back to the plain conversions (to the same dates) when a total would not round-trip.
import type { WorkCalendar } from '../calendar/work-calendar.ts';
import { LINK_TYPE, TASK_FLAG } from './pass-tables.ts';
import type { PassState } from './pass-state.ts';
import { lateDates, summaryFinishBound } from './task-dates.ts';

const { FS, SS, FF, SF } = LINK_TYPE;
const { PLAIN, MANUAL } = TASK_FLAG;
const NEVER = Number.POSITIVE_INFINITY;

export function backwardPass(state: PassState, projectFinish: number): void {
  const { order, n, net, task } = state;
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    if (node < n && net.isSummary[node]) rollUpLate(state, node);
    else if (node < n && task.flags[node]! & PLAIN && task.duration[node]! > 0 && lateByTotals(state, node, projectFinish)) continue;
    else backwardTask(state, node, projectFinish);
  }
}

/** Entry of a summary: the span of its children's late dates. */
function rollUpLate(state: PassState, s: number): void {
  const { net, ls, lf } = state;
  let start = NEVER;
  let finish = -NEVER;
  for (let k = net.childStart[s]!; k < net.childStart[s + 1]!; k++) {
    const c = net.childList[k]!;
    start = Math.min(start, ls[c]!);
    // A child summary's late span sits at its entry node (processed before this one).
    finish = Math.max(finish, lf[c]!);
  }
  ls[s] = start;
  lf[s] = finish;
}

/** A leaf's bounds from its links and parent, then its late dates; or the finish bound a summary's roll-up passes down. */
function backwardTask(state: PassState, node: number, projectFinish: number): void {
  const { net, n, link, ls, lf } = state;
  const t = node >= n ? net.summaries[node - n]! : node;
  const p = net.parent[t]!;
  let finishAtMost = Math.min(projectFinish, p >= 0 ? state.finishBound[net.outOf[p]! - n]! : NEVER);
  let startAtMost = NEVER;
  // MS Project bounds a manually scheduled task's late dates only by the links that leave its
  // finish (FS, FF): links from its start (SS, SF) leave them at the project's finish.
  const fromStartBinds = node >= n || (state.task.flags[t]! & MANUAL) === 0;
  for (let k = net.outStart[t]!, end = net.outStart[t + 1]!; k < end; k++) {
    const m = net.outLinks[k]!;
    const to = net.linkSucc[m]!;
    const successorCal = state.calendarOf[to]!;
    const lag = -link.lag[m]!;
    switch (link.type[m]) {
      case FS:
        finishAtMost = Math.min(finishAtMost, state.shift(ls[to]!, m, lag, successorCal));
        break;
      case FF:
        finishAtMost = Math.min(finishAtMost, state.shift(lf[to]!, m, lag, successorCal));
        break;
      case SS:
        if (fromStartBinds) startAtMost = Math.min(startAtMost, state.shift(ls[to]!, m, lag, successorCal));
        break;
      case SF:
        if (fromStartBinds) startAtMost = Math.min(startAtMost, state.shift(lf[to]!, m, lag, successorCal));
        break;
    }
  }
  if (node >= n) state.finishBound[node - n] = summaryFinishBound(state.tasks[t]!, finishAtMost);
  else if (state.task.flags[t]! & PLAIN) latePlain(state, t, finishAtMost, startAtMost);
  else {
    lateDates(state.tasks[t]!, state.calendarOf[t]!, finishAtMost, startAtMost, ls, lf, t);
    if (state.task.flags[t]! & MANUAL) keepManualStart(state, t);
  }
}

/** `lateDates` for a plain task, with the same conversions. */
function latePlain(state: PassState, t: number, finishAtMost: number, startAtMost: number): void {
  const cal = state.calendarOf[t]!;
  const duration = state.task.duration[t]!;
  let finish = duration > 0 ? cal.previousWorkingEnd(finishAtMost) : finishAtMost;
  if (startAtMost < NEVER) finish = Math.min(finish, cal.addWorking(duration > 0 ? cal.nextWorkingMinute(startAtMost) : startAtMost, duration));
  state.lf[t] = finish;
  state.ls[t] = cal.subtractWorking(finish, duration);
}

/**
 * `backwardTask` and `latePlain` for a plain task with work, in working totals of its calendar.
 * False, when the conversions are needed after all.
 */
function lateByTotals(state: PassState, t: number, projectFinish: number): boolean {
  const { net, n, link, ls, lf, lsTotal, lfTotal, calendarOf } = state;
  const cal = calendarOf[t]!;
  if (!cal.exactTotals) return false;
  const p = net.parent[t]!;
  let finishTotal = cal.resolvedTotal(projectFinish);
  if (p >= 0) {
    const bound = state.finishBound[net.outOf[p]! - n]!;
    if (bound !== NEVER) finishTotal = Math.min(finishTotal, cal.resolvedTotal(bound));
  }
  let startTotal = NEVER;
  for (let k = net.outStart[t]!, end = net.outStart[t + 1]!; k < end; k++) {
    const m = net.outLinks[k]!;
    const type = link.type[m]!;
    if (type > SF) continue;
    const to = net.linkSucc[m]!;
    const successorCal = calendarOf[to]!;
    const atStart = type === FS || type === SS;
    const base = atStart ? ls[to]! : lf[to]!;
    const baseTotal = atStart ? lsTotal.get(to) : lfTotal.get(to);
    const lag = -link.lag[m]!;
    let total: number;
    if (successorCal !== cal) total = cal.resolvedTotal(state.shift(base, m, lag, successorCal));
    else if (lag === 0) total = state.readTotal(cal, base, successorCal, baseTotal);
    else if (link.elapsed[m]) total = cal.resolvedTotal(base + lag);
    else {
      // The conversions addWorking makes: the base's total, then (unless it round-trips and so
      // changes nothing) the instant of total + lag.
      const target = state.totalOf(cal, base, successorCal, baseTotal) + lag;
      total = cal.roundTrips(target) ? target : NaN;
      if (total !== total) cal.instantAtTotal(target, lag < 0 ? 'start' : 'finish');
    }
    if (type === FS || type === FF) finishTotal = Math.min(finishTotal, total);
    else startTotal = Math.min(startTotal, total);
  }
  if (finishTotal !== finishTotal || startTotal !== startTotal || !cal.exactTotals) return false;
  lateFromTotals(state, t, cal, finishTotal, startTotal);
  return true;
}

/** `latePlain` given the working totals of the finish bound and of the start bound (NEVER: none). */
function lateFromTotals(state: PassState, t: number, cal: WorkCalendar, finishAtMostTotal: number, startAtMostTotal: number): void {
  const duration = state.task.duration[t]!;
  let finish = cal.instantAtTotal(finishAtMostTotal, 'finish');
  let finishTotal = cal.roundTrips(finishAtMostTotal) ? finishAtMostTotal : NaN;
  if (startAtMostTotal < NEVER) {
    // Work starting at the start bound's next working minute: where it finishes.
    let end: number;
    let endTotal = NaN;
    if (cal.roundTrips(startAtMostTotal)) {
      const target = startAtMostTotal + duration;
      end = cal.instantAtTotal(target, 'finish');
      if (cal.roundTrips(target)) endTotal = target;
    } else end = cal.addWorking(cal.instantAtTotal(startAtMostTotal, 'start'), duration);
    const earlier = Math.min(finish, end);
    if (earlier !== finish) finishTotal = endTotal;
    finish = earlier;
  }
  state.lf[t] = finish;
  state.lfTotal.set(t, finishTotal);
  if (finishTotal === finishTotal && cal.exactTotals) {
    const target = finishTotal - duration;
    state.ls[t] = cal.instantAtTotal(target, 'start');
    if (cal.roundTrips(target)) state.lsTotal.set(t, target);
  } else state.ls[t] = cal.subtractWorking(finish, duration);
}

/**
 * A manually scheduled task's dates may span more or less working time than its duration (they
 * are fixed by hand, or its calendar changed since), so its late finish less the duration can
 * fall before or after its own start. MS Project keeps the late start at the task's start when
 * its late finish is its finish, and never puts it earlier while the task is not late.
 */
function keepManualStart(state: PassState, t: number): void {
  const o = state.net.outOf[t]!;
  const onTime = state.lf[t]! >= state.ef[o]!;
  if ((onTime && state.ls[t]! < state.es[o]!) || state.lf[t] === state.ef[o]) state.ls[t] = state.es[o]!;
}
