// The critical path method with MS Project's arithmetic: a forward pass for early dates, a
// backward pass for late dates, slack in working minutes of each task's calendar, and the
// critical flag. Pure: everything it needs arrives in the input.
import { CalendarHasNoWorkingTime, WorkCalendar } from '../calendar/work-calendar.ts';
import type { LinkInput, ScheduleInput, ScheduleResult, TaskInput, TaskSchedule } from './schedule-types.ts';
import { buildNetwork, outNode, type Network } from './network.ts';

const NEVER = Number.POSITIVE_INFINITY;

/**
 * Schedules a project.
 * @example
 * const result = schedule(input);
 * if (result.ok) for (const t of result.tasks) console.log(t.uid, t.earlyStart, t.totalSlack);
 * else console.log(result.message); // e.g. a dependency cycle
 */
export function schedule(input: ScheduleInput): ScheduleResult {
  const tasks = input.tasks.filter((t) => t.active);
  const net = buildNetwork(input, tasks);
  if (!net.order) {
    const names = (net.cycle ?? []).map((t) => `${tasks[t]!.name} (${tasks[t]!.uid})`);
    return { ok: false, error: 'cycle', cycle: (net.cycle ?? []).map((t) => tasks[t]!.uid), message: `The links form a loop: ${names.join(' → ')} → back to the first. Remove one of these links.` };
  }
  try {
    return new Pass(input, tasks, net).run();
  } catch (error) {
    if (error instanceof CalendarHasNoWorkingTime) {
      return { ok: false, error: 'cycle', cycle: [], message: `Calendar ${error.calendarId} has no working time at all; give it working hours.` };
    }
    throw error;
  }
}

class Pass {
  private readonly calendars = new Map<string, WorkCalendar>();
  private readonly taskCalendar: WorkCalendar[];
  private readonly projectCalendar: WorkCalendar;
  private readonly n: number;
  private readonly es: Float64Array;
  private readonly ef: Float64Array;
  private readonly ls: Float64Array;
  private readonly lf: Float64Array;
  /** Start bound passed down from a summary's entry node to its children. */
  private readonly startBound: Float64Array;
  /** Finish bound passed down from a summary's roll-up node to its children. */
  private readonly finishBound: Float64Array;

  constructor(
    private readonly input: ScheduleInput,
    private readonly tasks: ReadonlyArray<TaskInput>,
    private readonly net: Network,
  ) {
    this.n = tasks.length;
    this.projectCalendar = this.calendar(input.projectCalendarId);
    this.taskCalendar = tasks.map((t) => (t.calendarId ? this.calendar(t.calendarId) : this.projectCalendar));
    const nodes = 2 * this.n;
    this.es = new Float64Array(nodes);
    this.ef = new Float64Array(nodes);
    this.ls = new Float64Array(nodes);
    this.lf = new Float64Array(nodes);
    this.startBound = new Float64Array(nodes).fill(-NEVER);
    this.finishBound = new Float64Array(nodes).fill(NEVER);
  }

  private calendar(id: string): WorkCalendar {
    let c = this.calendars.get(id);
    if (!c) {
      const known = this.input.calendars.some((d) => d.id === id);
      c = new WorkCalendar(known ? id : this.input.projectCalendarId, this.input.calendars, this.input.projectStart);
      this.calendars.set(id, c);
    }
    return c;
  }

  run(): ScheduleResult {
    this.forward();
    const projectFinish = this.projectFinish();
    this.backward(projectFinish);
    const results: TaskSchedule[] = this.tasks.map((task, t) => this.result(task, t, projectFinish));
    this.rollUpCritical(results);
    const projectStart = results.reduce((min, r) => Math.min(min, r.start), NEVER);
    return { ok: true, tasks: results, projectStart: Number.isFinite(projectStart) ? projectStart : this.input.projectStart, projectFinish };
  }

  private lagOf(link: LinkInput, predecessor: number): number {
    if (link.lagPercent !== null) return Math.round((link.lagPercent / 100) * this.tasks[predecessor]!.duration);
    return link.lag;
  }

  /** `instant` moved by a link's lag, in the successor's working time (or wall time when elapsed). */
  private shift(instant: number, link: LinkInput, lag: number, cal: WorkCalendar): number {
    if (lag === 0) return instant;
    if (link.lagElapsed) return instant + lag;
    return lag > 0 ? cal.addWorking(instant, lag) : cal.subtractWorking(instant, -lag);
  }

  private finishOf(task: TaskInput, cal: WorkCalendar, start: number): number {
    return task.elapsed ? start + task.duration : cal.addWorking(start, task.duration);
  }

  private startOf(task: TaskInput, cal: WorkCalendar, finish: number): number {
    return task.elapsed ? finish - task.duration : cal.subtractWorking(finish, task.duration);
  }

  private forward(): void {
    const { net, tasks, n } = this;
    const projectStart = this.input.projectStart;
    for (const node of net.order!) {
      if (node >= n) {
        // Roll-up of a summary: the span of its children.
        const s = node - n;
        let start = NEVER;
        let finish = -NEVER;
        for (const c of net.children[s]!) {
          const o = outNode(net, c);
          start = Math.min(start, this.es[o]!);
          finish = Math.max(finish, this.ef[o]!);
        }
        this.es[node] = start;
        this.ef[node] = finish;
        continue;
      }
      const task = tasks[node]!;
      const cal = this.taskCalendar[node]!;
      const p = net.parent[node]!;
      let startAtLeast = Math.max(projectStart, p >= 0 ? this.startBound[p]! : -NEVER);
      let finishAtLeast = -NEVER;
      for (let e = net.inStart[node]!; e < net.inStart[node + 1]!; e++) {
        const li = net.inLink[e]!;
        if (li < 0) continue;
        const link = this.linkAt(li);
        const from = net.inFrom[e]!;
        const lag = this.lagOf(link, net.linkPred[li]!);
        switch (link.type) {
          case 'FS':
            startAtLeast = Math.max(startAtLeast, this.shift(this.ef[from]!, link, lag, cal));
            break;
          case 'SS':
            startAtLeast = Math.max(startAtLeast, this.shift(this.es[from]!, link, lag, cal));
            break;
          case 'FF':
            finishAtLeast = Math.max(finishAtLeast, this.shift(this.ef[from]!, link, lag, cal));
            break;
          case 'SF':
            finishAtLeast = Math.max(finishAtLeast, this.shift(this.es[from]!, link, lag, cal));
            break;
        }
      }
      if (net.isSummary[node]) {
        // A summary passes its start bound (links, constraints) down to its children.
        let bound = startAtLeast;
        if (task.constraintDate !== null && (task.constraintType === 'SNET' || task.constraintType === 'MSO')) bound = Math.max(bound, task.constraintDate);
        this.startBound[node] = bound;
        continue;
      }
      let start = task.duration > 0 ? cal.nextWorkingMinute(startAtLeast) : startAtLeast;
      // A finish driven by a link stays where the link puts it (MS Project keeps 08:00 rather than
      // the previous day's 17:00); the start is worked back from it.
      const finishDriven = finishAtLeast > -NEVER && this.startOf(task, cal, finishAtLeast) > start;
      if (finishDriven) start = this.startOf(task, cal, finishAtLeast);
      const constrained = this.applyStartConstraint(task, cal, start);
      const moved = constrained !== start;
      start = constrained;
      if (task.manual && task.start !== null) start = task.start;
      const status = this.input.statusDate;
      const unfinished = status !== null && task.actualFinish === null && !task.manual && task.duration > 0;
      // Work not yet done is never planned in the past: an unstarted task starts after the status date.
      if (unfinished && task.actualStart === null) start = Math.max(start, cal.nextWorkingMinute(status));
      if (task.actualStart !== null) start = task.actualStart;
      let finish = finishDriven && !moved && !task.manual && task.actualStart === null && start === this.startOf(task, cal, finishAtLeast) ? finishAtLeast : this.finishOf(task, cal, start);
      if (unfinished && task.actualStart !== null) finish = this.remainingFinish(task, cal, status);
      if (task.manual && task.finish !== null) finish = task.finish;
      if (task.actualFinish !== null) finish = task.actualFinish;
      this.es[node] = start;
      this.ef[node] = finish;
    }
  }

  /** An in-progress task's finish: the remaining work resumes at the status date if it would otherwise lie before it. */
  private remainingFinish(task: TaskInput, cal: WorkCalendar, status: number): number {
    const remaining = task.remainingDuration ?? Math.round(task.duration * (1 - task.percentComplete / 100));
    const resume = this.finishOf({ ...task, duration: task.duration - remaining }, cal, task.actualStart!);
    if (resume >= status) return this.finishOf(task, cal, task.actualStart!);
    return this.finishOf({ ...task, duration: remaining }, cal, cal.nextWorkingMinute(status));
  }

  private linkAt(li: number): LinkInput {
    return this.net.links[li]!;
  }

  private applyStartConstraint(task: TaskInput, cal: WorkCalendar, start: number): number {
    const date = task.constraintDate;
    if (date === null) return start;
    switch (task.constraintType) {
      case 'SNET':
        return Math.max(start, task.duration > 0 ? cal.nextWorkingMinute(date) : date);
      case 'FNET':
        return Math.max(start, this.startOf(task, cal, date));
      case 'MSO':
        return date;
      case 'MFO':
        return this.startOf(task, cal, date);
      case 'SNLT':
        return Math.min(start, date);
      case 'FNLT':
        return Math.min(start, this.startOf(task, cal, date));
      default:
        return start;
    }
  }

  private projectFinish(): number {
    let finish = -NEVER;
    for (let t = 0; t < this.n; t++) if (!this.net.isSummary[t]) finish = Math.max(finish, this.ef[t]!);
    return Number.isFinite(finish) ? finish : this.input.projectStart;
  }

  private backward(projectFinish: number): void {
    const { net, tasks, n } = this;
    const order = net.order!;
    for (let i = order.length - 1; i >= 0; i--) {
      const node = order[i]!;
      const t = node >= n ? node - n : node;
      const task = tasks[t]!;
      const cal = this.taskCalendar[t]!;
      if (node < n && net.isSummary[node]) {
        // Entry of a summary: the span of its children's late dates.
        let start = NEVER;
        let finish = -NEVER;
        for (const c of net.children[node]!) {
          start = Math.min(start, this.ls[c]!);
          finish = Math.max(finish, this.lf[outNode(net, c)]!);
        }
        this.ls[node] = start;
        this.lf[node] = finish;
        continue;
      }
      const p = net.parent[t]!;
      let finishAtMost = Math.min(projectFinish, p >= 0 ? this.finishBound[n + p]! : NEVER);
      let startAtMost = NEVER;
      for (let e = net.edgeStart[node]!; e < net.edgeStart[node + 1]!; e++) {
        const li = net.edgeLink[e]!;
        if (li < 0) continue;
        const link = this.linkAt(li);
        const to = net.edgeTo[e]!;
        const successorCal = this.taskCalendar[net.linkSucc[li]!]!;
        const lag = -this.lagOf(link, t);
        switch (link.type) {
          case 'FS':
            finishAtMost = Math.min(finishAtMost, this.shift(this.ls[to]!, link, lag, successorCal));
            break;
          case 'FF':
            finishAtMost = Math.min(finishAtMost, this.shift(this.lf[to]!, link, lag, successorCal));
            break;
          case 'SS':
            startAtMost = Math.min(startAtMost, this.shift(this.ls[to]!, link, lag, successorCal));
            break;
          case 'SF':
            startAtMost = Math.min(startAtMost, this.shift(this.lf[to]!, link, lag, successorCal));
            break;
        }
      }
      if (node >= n) {
        // Roll-up of a summary passes its finish bound down to its children.
        let bound = finishAtMost;
        if (task.constraintDate !== null && (task.constraintType === 'FNLT' || task.constraintType === 'MFO')) bound = Math.min(bound, task.constraintDate);
        if (task.deadline !== null) bound = Math.min(bound, task.deadline);
        this.finishBound[node] = bound;
        continue;
      }
      let finish = task.duration > 0 ? cal.previousWorkingEnd(finishAtMost) : finishAtMost;
      if (startAtMost < NEVER) finish = Math.min(finish, this.finishOf(task, cal, task.duration > 0 ? cal.nextWorkingMinute(startAtMost) : startAtMost));
      finish = this.applyFinishConstraint(task, cal, finish);
      this.lf[node] = finish;
      this.ls[node] = this.startOf(task, cal, finish);
    }
  }

  private applyFinishConstraint(task: TaskInput, cal: WorkCalendar, finish: number): number {
    let result = finish;
    const date = task.constraintDate;
    if (date !== null) {
      switch (task.constraintType) {
        case 'FNLT':
          result = Math.min(result, date);
          break;
        case 'SNLT':
          result = Math.min(result, this.finishOf(task, cal, date));
          break;
        case 'MFO':
          result = date;
          break;
        case 'MSO':
          result = this.finishOf(task, cal, date);
          break;
        default:
          break;
      }
    }
    if (task.deadline !== null) result = Math.min(result, task.deadline);
    return result;
  }

  /** Whether a task takes part in any link (MS Project leaves unlinked manual tasks off the critical path). */
  private isLinked(t: number): boolean {
    const o = outNode(this.net, t);
    for (let e = this.net.edgeStart[o]!; e < this.net.edgeStart[o + 1]!; e++) if (this.net.edgeLink[e]! >= 0) return true;
    for (let e = this.net.inStart[t]!; e < this.net.inStart[t + 1]!; e++) if (this.net.inLink[e]! >= 0) return true;
    return false;
  }

  /** A summary task is critical when any of its children is (deepest summaries first). */
  private rollUpCritical(results: TaskSchedule[]): void {
    for (let t = this.n - 1; t >= 0; t--) {
      if (!this.net.isSummary[t]) continue;
      const critical = this.net.children[t]!.some((c) => results[c]!.critical);
      results[t] = { ...results[t]!, critical };
    }
  }

  private result(task: TaskInput, t: number, projectFinish: number): TaskSchedule {
    const net = this.net;
    const cal = this.taskCalendar[t]!;
    const o = outNode(net, t);
    const earlyStart = this.es[o]!;
    const earlyFinish = this.ef[o]!;
    const lateStart = this.ls[t]!;
    const lateFinish = this.lf[t]!;
    const totalSlack = Math.min(cal.workingBetween(earlyStart, lateStart), cal.workingBetween(earlyFinish, lateFinish));
    let freeSlack = totalSlack;
    let hasSuccessor = false;
    for (let e = net.edgeStart[o]!; e < net.edgeStart[o + 1]!; e++) {
      const li = net.edgeLink[e]!;
      if (li < 0) continue;
      hasSuccessor = true;
      const link = this.linkAt(li);
      const successorCal = this.taskCalendar[net.linkSucc[li]!]!;
      const lag = -this.lagOf(link, t);
      const successorStart = this.es[outNode(net, net.linkSucc[li]!)]!;
      const successorFinish = this.ef[outNode(net, net.linkSucc[li]!)]!;
      const room =
        link.type === 'FS' ? cal.workingBetween(earlyFinish, this.shift(successorStart, link, lag, successorCal))
        : link.type === 'FF' ? cal.workingBetween(earlyFinish, this.shift(successorFinish, link, lag, successorCal))
        : link.type === 'SS' ? cal.workingBetween(earlyStart, this.shift(successorStart, link, lag, successorCal))
        : cal.workingBetween(earlyStart, this.shift(successorFinish, link, lag, successorCal));
      freeSlack = Math.min(freeSlack, room);
    }
    if (!hasSuccessor) freeSlack = Math.min(freeSlack, cal.workingBetween(earlyFinish, projectFinish));
    freeSlack = Math.max(0, freeSlack);
    const start = task.constraintType === 'ALAP' && !task.manual && task.actualStart === null ? lateStart : earlyStart;
    const finish = task.constraintType === 'ALAP' && !task.manual && task.actualStart === null ? lateFinish : earlyFinish;
    return {
      uid: task.uid,
      start,
      finish,
      earlyStart,
      earlyFinish,
      lateStart,
      lateFinish,
      totalSlack,
      freeSlack: Math.min(freeSlack, Math.max(totalSlack, 0)),
      critical: totalSlack <= 0 && task.actualFinish === null && task.percentComplete < 100 && (!task.manual || this.isLinked(t)),
    };
  }
}
