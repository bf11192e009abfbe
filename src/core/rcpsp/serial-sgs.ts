// The serial schedule generation scheme: take the eligible activity with the smallest priority key
// and start it at the earliest period where its predecessors have finished and every resource it
// needs has room for its whole duration. Any keys give a feasible schedule (eligibility keeps the
// precedences), and an optimal schedule is among those some keys give, so searches work on keys.
// Run on the mirrored instance it schedules as late as possible (see `Justifier`).
import { EligibleHeap } from './eligible-heap.ts';
import { predecessorsOf, type RcpspInstance } from './rcpsp-types.ts';

export class SerialSgs {
  private readonly n: number;
  private readonly k: number;
  /** Remaining capacity per period and resource, `t * k + r`; reset up to `used` after each run. */
  private readonly free: Int32Array;
  private used = 0;
  private readonly waiting: Int32Array;
  private readonly predecessorCount: Int32Array;
  private readonly predecessors: Int32Array[];
  private readonly heap: EligibleHeap;
  /** Per activity, the resources it needs and how much: `[r, q, r, q, …]`. */
  private readonly needs: Int32Array[];

  constructor(private readonly instance: RcpspInstance) {
    const { activityCount: n, resourceCount: k, duration, demand, capacity } = instance;
    this.n = n;
    this.k = k;
    let horizon = 1;
    for (let a = 0; a < n; a++) horizon += duration[a]!;
    this.free = new Int32Array(horizon * k);
    for (let t = 0; t < horizon; t++) this.free.set(capacity, t * k);
    this.waiting = new Int32Array(n);
    this.predecessors = predecessorsOf(instance);
    this.predecessorCount = Int32Array.from(this.predecessors, (p) => p.length);
    this.heap = new EligibleHeap(n);
    this.needs = Array.from({ length: n }, (_, a) => {
      const list: number[] = [];
      for (let r = 0; r < k; r++) if (demand[a * k + r]! > 0) list.push(r, demand[a * k + r]!);
      return Int32Array.from(list);
    });
  }

  /**
   * Schedules every activity in key order (eligible ones only) and writes the starts into `start`.
   * @returns the makespan
   */
  run(keys: ArrayLike<number>, start: Int32Array): number {
    const { n, k, free, waiting, heap, needs } = this;
    const { duration, successors, capacity } = this.instance;
    for (let t = 0; t < this.used; t++) free.set(capacity, t * k);
    waiting.set(this.predecessorCount);
    heap.reset(keys);
    for (let a = 0; a < n; a++) if (waiting[a] === 0) heap.push(a);
    const earliest = start;
    earliest.fill(0);
    let makespan = 0;
    while (heap.length > 0) {
      const a = heap.pop();
      const d = duration[a]!;
      const need = needs[a]!;
      let t = earliest[a]!;
      if (d > 0 && need.length > 0) t = firstFit(free, k, t, d, need, UNSETTLED);
      start[a] = t;
      const finish = t + d;
      if (finish > makespan) makespan = finish;
      for (let p = t; p < finish; p++) for (let i = 0; i < need.length; i += 2) free[p * k + need[i]!]! -= need[i + 1]!;
      for (const s of successors[a]!) {
        if (earliest[s]! < finish) earliest[s] = finish;
        if (--waiting[s]! === 0) heap.push(s);
      }
    }
    this.used = makespan;
    return makespan;
  }
}

/** No limit for `firstFit`: the capacity may change at any period. */
export const UNSETTLED = 0x3fffffff;

/**
 * The first period from `t` where `need` (`[r, q, …]`) fits for `d` periods in `free` (remaining
 * capacity at `p * k + r`), or −1 when a conflict falls at or after `settled`, the period from which
 * nothing is placed and capacity is constant, so no later window fits either.
 */
export function firstFit(free: Int32Array, k: number, t: number, d: number, need: Int32Array, settled: number): number {
  let p = t + d - 1;
  // Scan the window backwards: a conflict at p means no start before p + 1 can fit.
  while (p >= t) {
    let fits = true;
    for (let i = 0; i < need.length; i += 2) {
      if (free[p * k + need[i]!]! < need[i + 1]!) {
        fits = false;
        break;
      }
    }
    if (fits) p--;
    else {
      if (p >= settled) return -1;
      t = p + 1;
      p = t + d - 1;
    }
  }
  return t;
}
