// The forward pass: early dates, node by node in topological order. A task's start is bounded by
// the project start, its summary's bound and its links; then its own rules give its dates.
//
// A plain task with work (the common case) is first tried in working totals (WorkCalendar's
// roundTrips): the largest total any link allows is its start, so only the start and the finish
// become instants, not every link's bound. When a total would not round-trip, the task falls
// back to the plain conversions; every conversion the totals made is one those make too, in the
// same order, and the ones they skipped change nothing, so both ways give the same dates.
import type { WorkCalendar } from '../calendar/work-calendar.ts';
import { LINK_TYPE, TASK_FLAG } from './pass-tables.ts';
import type { PassState } from './pass-state.ts';
import { earlyDates, summaryStartBound } from './task-dates.ts';

const { FS, SS, FF, SF } = LINK_TYPE;
const { PLAIN } = TASK_FLAG;
const NEVER = Number.POSITIVE_INFINITY;

export function forwardPass(state: PassState): void {
  const { order, n, net, task } = state;
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    if (node >= n) rollUpEarly(state, node);
    else if (!net.isSummary[node] && task.flags[node]! & PLAIN && task.duration[node]! > 0 && earlyByTotals(state, node)) continue;
    else forwardTask(state, node);
  }
}

/** Roll-up of a summary: the span of its children. */
function rollUpEarly(state: PassState, node: number): void {
  const { net, es, ef } = state;
  const s = net.summaries[node - state.n]!;
  let start = NEVER;
  let finish = -NEVER;
  for (let k = net.childStart[s]!; k < net.childStart[s + 1]!; k++) {
    const o = net.outOf[net.childList[k]!]!;
    start = Math.min(start, es[o]!);
    finish = Math.max(finish, ef[o]!);
  }
  es[node] = start;
  ef[node] = finish;
}

/** A task's (or a summary entry's) bounds from its links and parent, then its early dates. */
function forwardTask(state: PassState, t: number): void {
  const { net, link, es, ef } = state;
  const cal = state.calendarOf[t]!;
  const p = net.parent[t]!;
  let startAtLeast = Math.max(state.input.projectStart, p >= 0 ? state.startBound[net.outOf[p]! - state.n]! : -NEVER);
  let finishAtLeast = -NEVER;
  for (let k = net.inStart[t]!, end = net.inStart[t + 1]!; k < end; k++) {
    const m = net.inLinks[k]!;
    const from = net.outOf[net.linkPred[m]!]!;
    const lag = link.lag[m]!;
    switch (link.type[m]) {
      case FS:
        startAtLeast = Math.max(startAtLeast, state.shift(ef[from]!, m, lag, cal));
        break;
      case SS:
        startAtLeast = Math.max(startAtLeast, state.shift(es[from]!, m, lag, cal));
        break;
      case FF:
        finishAtLeast = Math.max(finishAtLeast, state.shift(ef[from]!, m, lag, cal));
        break;
      case SF:
        finishAtLeast = Math.max(finishAtLeast, state.shift(es[from]!, m, lag, cal));
        break;
    }
  }
  if (net.isSummary[t]) state.startBound[net.outOf[t]! - state.n] = summaryStartBound(state.tasks[t]!, startAtLeast);
  else if (state.task.flags[t]! & PLAIN) earlyPlain(state, t, cal, startAtLeast, finishAtLeast);
  else {
    const overrun = earlyDates(state.tasks[t]!, cal, startAtLeast, finishAtLeast, state.input.statusDate, es, ef, t);
    if (overrun > 0) state.constraintOverrun.set(t, overrun);
  }
}

/** `earlyDates` for a plain task (no constraint, progress or manual dates), with the same conversions. */
function earlyPlain(state: PassState, t: number, cal: WorkCalendar, startAtLeast: number, finishAtLeast: number): void {
  const duration = state.task.duration[t]!;
  let start = duration > 0 ? cal.nextWorkingMinute(startAtLeast) : startAtLeast;
  // A finish driven by a link stays where the link puts it, also when the start worked back from
  // it is just the earliest start (MS Project keeps an SF successor's finish at 08:00).
  let finishDriven = false;
  let drivenStart = 0;
  if (finishAtLeast > -NEVER) {
    drivenStart = cal.subtractWorking(finishAtLeast, duration);
    finishDriven = drivenStart >= start;
  }
  if (finishDriven) start = drivenStart;
  const status = state.input.statusDate;
  if (status !== null && duration > 0) start = Math.max(start, cal.nextWorkingMinute(status));
  state.es[t] = start;
  state.ef[t] = finishDriven && start === drivenStart ? finishAtLeast : cal.addWorking(start, duration);
}

/**
 * `forwardTask` and `earlyPlain` for a plain task with work, in working totals of its calendar.
 * False, when the conversions are needed after all.
 */
function earlyByTotals(state: PassState, t: number): boolean {
  const { net, link, es, ef, esTotal, efTotal, calendarOf } = state;
  const cal = calendarOf[t]!;
  if (!cal.exactTotals) return false;
  const p = net.parent[t]!;
  let startTotal = cal.resolvedTotal(state.input.projectStart);
  if (p >= 0) {
    const bound = state.startBound[net.outOf[p]! - state.n]!;
    if (bound !== -NEVER) startTotal = Math.max(startTotal, cal.resolvedTotal(bound));
  }
  let finishAtLeast = -NEVER;
  let finishTotal = -NEVER;
  for (let k = net.inStart[t]!, end = net.inStart[t + 1]!; k < end; k++) {
    const m = net.inLinks[k]!;
    const type = link.type[m]!;
    if (type > SF) continue;
    const pred = net.linkPred[m]!;
    const from = net.outOf[pred]!;
    const atFinish = type === FS || type === FF;
    const base = atFinish ? ef[from]! : es[from]!;
    const baseTotal = atFinish ? efTotal.get(from) : esTotal.get(from);
    const lag = link.lag[m]!;
    let instant: number;
    let total: number;
    if (lag === 0) {
      // The link's bound is the date itself: no conversion, so its total may only be read.
      instant = base;
      total = state.readTotal(cal, base, calendarOf[pred]!, baseTotal);
    } else if (link.elapsed[m]) {
      instant = base + lag;
      total = cal.resolvedTotal(instant);
    } else {
      // The conversions addWorking makes: the base's total, then the instant of total + lag.
      const target = state.totalOf(cal, base, calendarOf[pred]!, baseTotal) + lag;
      total = cal.roundTrips(target) ? target : NaN;
      // Skipped for a start bound that round-trips (nothing changes); a finish bound needs the instant.
      instant = total !== total || type === FF || type === SF ? cal.instantAtTotal(target, lag < 0 ? 'start' : 'finish') : NaN;
    }
    if (type === FS || type === SS) startTotal = Math.max(startTotal, total);
    else {
      finishAtLeast = Math.max(finishAtLeast, instant);
      finishTotal = Math.max(finishTotal, total);
    }
  }
  if (startTotal !== startTotal || !cal.exactTotals) return false;
  earlyFromTotals(state, t, cal, startTotal, finishAtLeast, finishTotal);
  return true;
}

/**
 * `earlyPlain` given the working totals of the start bound and of the finish bound (NaN: not
 * known). A total is used only while the calendar's totals are exact (any conversion may end that).
 */
function earlyFromTotals(state: PassState, t: number, cal: WorkCalendar, startAtLeastTotal: number, finishAtLeast: number, finishAtLeastTotal: number): void {
  const duration = state.task.duration[t]!;
  let start = cal.instantAtTotal(startAtLeastTotal, 'start');
  let startTotal = cal.roundTrips(startAtLeastTotal) ? startAtLeastTotal : NaN;
  let finishDriven = false;
  let drivenStart = 0;
  let drivenTotal = NaN;
  if (finishAtLeast > -NEVER) {
    if (finishAtLeastTotal === finishAtLeastTotal && cal.exactTotals) {
      const target = finishAtLeastTotal - duration;
      drivenStart = cal.instantAtTotal(target, 'start');
      if (cal.roundTrips(target)) drivenTotal = target;
    } else drivenStart = cal.subtractWorking(finishAtLeast, duration);
    finishDriven = drivenStart >= start;
  }
  if (finishDriven) {
    start = drivenStart;
    startTotal = drivenTotal;
  }
  const status = state.input.statusDate;
  if (status !== null) {
    const later = Math.max(start, cal.nextWorkingMinute(status));
    if (later !== start) startTotal = NaN;
    start = later;
  }
  state.es[t] = start;
  state.esTotal.set(t, startTotal);
  if (finishDriven && start === drivenStart) {
    state.ef[t] = finishAtLeast;
    state.efTotal.set(t, finishAtLeastTotal);
  } else if (startTotal === startTotal && cal.exactTotals) {
    const target = startTotal + duration;
    state.ef[t] = cal.instantAtTotal(target, 'finish');
    if (cal.roundTrips(target)) state.efTotal.set(t, target);
  } else state.ef[t] = cal.addWorking(start, duration);
}
