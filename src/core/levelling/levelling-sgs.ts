// The serial schedule generation scheme generalised for levelling (the RCPSP one in
// `../rcpsp/serial-sgs.ts` stays the plain PSPLIB fast path; both place a task by the same
// `firstFit`). Beyond it: links of four types with lags (each a minimum distance between starts,
// since durations are known), release periods (no task before its unlevelled early start), fixed
// tasks placed first at their dates, tasks that may not wait (priority 1000) placed where their
// links allow whatever the load, capacity that varies by period with its last value holding
// beyond, and a horizon that grows as tasks are placed.
import { EligibleHeap } from '../rcpsp/eligible-heap.ts';
import { firstFit } from '../rcpsp/serial-sgs.ts';

/** A levelling problem by index, from `compileLevelling`. */
export interface LevellingProblem {
  readonly taskCount: number;
  readonly resourceCount: number;
  readonly duration: Int32Array;
  /** No start before this period (the unlevelled early start); a fixed task's start. */
  readonly release: Int32Array;
  readonly fixed: Uint8Array;
  /** Never waits for resources: fixed, or priority 1000 (do not level). */
  readonly pinned: Uint8Array;
  /** Per task, the resources it needs and how much each period: `[r, q, r, q, …]`. */
  readonly needs: ReadonlyArray<Int32Array>;
  /** Per task its links out as `[successor, offset, …]`: the successor starts ≥ this start + offset. Links into fixed tasks are left out. */
  readonly successors: ReadonlyArray<Int32Array>;
  /** Capacity per period and resource at `t * k + r`, for `profileLength` periods. */
  readonly capacity: Int32Array;
  readonly profileLength: number;
  /** Each resource's capacity from `profileLength` on. */
  readonly tail: Int32Array;
}

/** What kept a task from ever fitting: it needs more of the resource than its capacity at the end of its profile. */
export interface Unfit {
  readonly task: number;
  readonly resource: number;
}

export class LevellingSgs {
  /** Free capacity per period and resource, `t * k + r`, for `periods` periods; reset up to `used`. */
  private free: Int32Array;
  private periods: number;
  private used = 0;
  private readonly waiting: Int32Array;
  private readonly predecessorCount: Int32Array;
  private readonly heap: EligibleHeap;
  /** Why the last run failed (it returned −1). */
  unfit: Unfit | null = null;

  constructor(private readonly problem: LevellingProblem) {
    const { taskCount: n, successors, profileLength } = problem;
    this.predecessorCount = new Int32Array(n);
    for (const out of successors) for (let i = 0; i < out.length; i += 2) this.predecessorCount[out[i]!]!++;
    this.waiting = new Int32Array(n);
    this.heap = new EligibleHeap(n);
    this.periods = Math.max(16, profileLength);
    this.free = new Int32Array(this.periods * problem.resourceCount);
    this.restore(0, this.periods);
  }

  /** Writes the original capacity into periods [from, to). */
  private restore(from: number, to: number): void {
    const { capacity, profileLength, tail, resourceCount: k } = this.problem;
    const profiled = Math.min(to, profileLength);
    if (from < profiled) this.free.set(capacity.subarray(from * k, profiled * k), from * k);
    for (let t = Math.max(from, profileLength); t < to; t++) this.free.set(tail, t * k);
  }

  /** Makes room for periods up to `to`, doubling. */
  private ensure(to: number): void {
    if (to <= this.periods) return;
    const periods = Math.max(to, this.periods * 2);
    const free = new Int32Array(periods * this.problem.resourceCount);
    free.set(this.free);
    this.free = free;
    const from = this.periods;
    this.periods = periods;
    this.restore(from, periods);
  }

  /**
   * Places every task: fixed ones first at their dates, then the eligible ones in key order
   * (smallest first), each at the first period from its earliest start where its resources have
   * room for its whole duration; tasks that may not wait at their earliest start.
   * @returns the last finish, or −1 when a task can never fit (see `unfit`)
   */
  run(keys: ArrayLike<number>, start: Int32Array): number {
    const { taskCount: n, resourceCount: k, duration, release, fixed, pinned, needs, successors, profileLength } = this.problem;
    const { waiting, heap } = this;
    this.restore(0, this.used);
    this.used = 0;
    this.unfit = null;
    waiting.set(this.predecessorCount);
    start.set(release);
    heap.reset(keys);
    let makespan = 0;
    let placed = 0;
    for (let a = 0; a < n; a++) if (!fixed[a] && waiting[a] === 0) heap.push(a);
    // Fixed tasks first, in place, so that everything else levels around them.
    for (let a = 0; a < n; a++) if (fixed[a]) place(this, a, release[a]!);
    while (heap.length > 0) {
      const a = heap.pop();
      const d = duration[a]!;
      const need = needs[a]!;
      let t = start[a]!;
      if (d > 0 && need.length > 0 && !pinned[a]) {
        // Beyond `settled` nothing is placed yet and capacity is constant: a conflict there is final.
        const settled = Math.max(profileLength, this.used);
        this.ensure(Math.max(t, settled) + d);
        t = firstFit(this.free, k, t, d, need, settled);
        if (t < 0) {
          this.unfit = { task: a, resource: this.shortOf(need) };
          return -1;
        }
      }
      place(this, a, t);
    }
    if (placed < n) throw new Error('The links form a loop.');
    return makespan;

    function place(self: LevellingSgs, a: number, t: number): void {
      const d = duration[a]!;
      const need = needs[a]!;
      const finish = t + d;
      start[a] = t;
      placed++;
      if (finish > makespan) makespan = finish;
      if (need.length > 0 && d > 0) {
        self.ensure(finish);
        if (finish > self.used) self.used = finish;
        const free = self.free;
        for (let p = t; p < finish; p++) for (let i = 0; i < need.length; i += 2) free[p * k + need[i]!]! -= need[i + 1]!;
      }
      const out = successors[a]!;
      for (let i = 0; i < out.length; i += 2) {
        const s = out[i]!;
        const earliest = t + out[i + 1]!;
        if (start[s]! < earliest) start[s] = earliest;
        if (--waiting[s]! === 0) heap.push(s);
      }
    }
  }

  /** The resource of `need` whose constant capacity is below the demand. */
  private shortOf(need: Int32Array): number {
    const { tail } = this.problem;
    for (let i = 0; i < need.length; i += 2) if (need[i + 1]! > tail[need[i]!]!) return need[i]!;
    return need[0]!;
  }
}
