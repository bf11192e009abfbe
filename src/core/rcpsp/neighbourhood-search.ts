// A neighbourhood search on the critical chain of the best schedule, the local step of hybrid
// genetic searches such as Proon and Jin's GANS (2011) and Goncharov's GA with neighbourhood search
// (2025). The makespan of a left-justified schedule is fixed by a chain of activities, each starting
// when a predecessor finishes or when an activity holding a resource it needs finishes, back to
// time zero; only a change on that chain can shorten the schedule. A move takes a chain activity and
// either shifts it to another place in the activity list (the schedule read by start), between its
// last predecessor and its first successor, or swaps it with an activity that overlaps or touches it
// in time. The list is decoded by the serial scheme in the schedule's direction and justified the
// other way, two generated schedules, both counted by the `Justifier`; a move no longer than the
// current schedule is kept (equal ones walk the plateau, recently kept schedules excepted) and the
// search goes on from the justified schedule, whose chain now runs the mirrored way. Moving a
// single activity where the best is decided beats the crossover late in the search, when the
// populations have converged (PSPLIB j120); the single-move descent on resource links alone found
// nothing the genetic search had not.
import type { Justifier } from './justification.ts';
import { randomInt, type Random } from './random.ts';
import { predecessorsOf, type RcpspInstance } from './rcpsp-types.ts';
import { signatureOf } from './schedule-signature.ts';

/** Receives every schedule the search keeps, in forward time, and whether it is left-justified. */
export type ScheduleSink = (start: Int32Array, makespan: number, leftJustified: boolean) => void;

/** Kept schedules a plateau move may not return to. */
const TABU_LENGTH = 32;
/** Share of the moves that swap rather than shift (PSPLIB j120: 0.5 better than 0, 0.25 and 1). */
const SWAP_RATE = 0.5;

export class NeighbourhoodSearch {
  private readonly n: number;
  private readonly k: number;
  private readonly duration: Int32Array;
  private readonly capacity: Int32Array;
  private readonly demand: Int32Array;
  /** Predecessors in forward time; in backward time they are the successors. */
  private readonly predecessors: Int32Array[];
  private readonly successors: ReadonlyArray<Int32Array>;
  /** Per activity with a duration, the resources it needs: `[r, q, r, q, …]`. */
  private readonly needs: Int32Array[];
  /** Start times in the direction of the current schedule (forward, or backward from the makespan). */
  private readonly time: Int32Array;
  /** List positions in that direction, which the moves change and the decoding reads. */
  private readonly keys: Float64Array;
  private readonly savedKeys: Float64Array;
  private readonly backwardKeys: Float64Array;
  private readonly onChain: Uint8Array;
  private readonly order: Int32Array;
  private usage = new Int32Array(0);

  constructor(instance: RcpspInstance, private readonly justifier: Justifier) {
    const { activityCount: n, resourceCount: k, duration, demand } = instance;
    this.n = n;
    this.k = k;
    this.duration = duration;
    this.capacity = instance.capacity;
    this.demand = demand;
    this.predecessors = predecessorsOf(instance);
    this.successors = instance.successors;
    this.needs = Array.from({ length: n }, (_, a) => {
      const list: number[] = [];
      if (duration[a]! > 0) for (let r = 0; r < k; r++) if (demand[a * k + r]! > 0) list.push(r, demand[a * k + r]!);
      return Int32Array.from(list);
    });
    this.time = new Int32Array(n);
    this.keys = new Float64Array(n);
    this.savedKeys = new Float64Array(n);
    this.backwardKeys = new Float64Array(n);
    this.onChain = new Uint8Array(n);
    this.order = new Int32Array(n);
  }

  /**
   * Moves from `start` (left-justified when `leftJustified`, else right-justified) for at most
   * `limit` generated schedules; every schedule kept goes to `sink`.
   * @returns the makespan of the last schedule kept, never longer than `makespan`
   */
  search(start: Int32Array, makespan: number, leftJustified: boolean, limit: number, random: Random, sink: ScheduleSink): number {
    const { justifier, n, keys, savedKeys, duration, onChain } = this;
    const stop = justifier.generated + limit;
    let current = start;
    let currentMakespan = makespan;
    let left = leftJustified;
    const tabu: number[] = [];
    const chain: number[] = [];
    const near: number[] = [];
    let changed = true;
    // Draws that give no move (nowhere to shift, nothing near) cost nothing: stop when only those remain.
    let idle = 0;
    // Most moves are rejected: they decode into one scratch schedule, copied only when kept.
    const candidate = new Int32Array(n);
    while (justifier.generated + 2 <= stop && idle < 4 * n) {
      if (changed) {
        this.readSchedule(current, currentMakespan, left);
        chain.length = 0;
        for (let a = 0; a < n; a++) if (onChain[a] && duration[a]! > 0) chain.push(a);
        if (chain.length === 0) break;
        changed = false;
      }
      savedKeys.set(keys);
      if (!this.move(chain[randomInt(random, chain.length)]!, left, random, near)) {
        idle++;
        continue;
      }
      idle = 0;
      this.decode(candidate, left);
      keys.set(savedKeys);
      const justified = left ? justifier.justifyRight(candidate) : justifier.justifyLeft(candidate);
      if (justified > currentMakespan) continue;
      const signature = signatureOf(candidate);
      if (justified === currentMakespan && tabu.includes(signature)) continue;
      tabu.push(signature);
      if (tabu.length > TABU_LENGTH) tabu.shift();
      current = candidate.slice();
      sink(current, justified, !left);
      currentMakespan = justified;
      left = !left;
      changed = true;
    }
    return currentMakespan;
  }

  /** Shifts or swaps `j` in the keys. @returns whether it moved */
  private move(j: number, left: boolean, random: Random, near: number[]): boolean {
    const { n, keys, time, duration } = this;
    if (random() < SWAP_RATE) {
      near.length = 0;
      const s = time[j]!;
      const f = s + duration[j]!;
      for (let a = 0; a < n; a++) if (a !== j && duration[a]! > 0 && time[a]! <= f && time[a]! + duration[a]! >= s) near.push(a);
      if (near.length === 0) return false;
      const i = near[randomInt(random, near.length)]!;
      const kj = keys[j]!;
      keys[j] = keys[i]!;
      keys[i] = kj;
      return true;
    }
    // Between the last predecessor and the first successor in the direction's list.
    const before = left ? this.predecessors : this.successors;
    const after = left ? this.successors : this.predecessors;
    let low = -1;
    let high = n;
    for (const p of before[j]!) low = Math.max(low, keys[p]!);
    for (const q of after[j]!) high = Math.min(high, keys[q]!);
    const place = low + 1 + randomInt(random, Math.max(1, high - low - 1));
    if (place === keys[j] || high - low <= 2) return false;
    keys[j] = place < keys[j]! ? place - 0.5 : place + 0.5;
    return true;
  }

  /** The schedule's times and list in its direction, and the activities on its chains that end at the makespan. */
  private readSchedule(start: Int32Array, makespan: number, left: boolean): void {
    const { n, time, duration, order, keys } = this;
    for (let a = 0; a < n; a++) time[a] = left ? start[a]! : makespan - start[a]! - duration[a]!;
    for (let a = 0; a < n; a++) order[a] = a;
    order.sort((a, b) => time[a]! - time[b]! || a - b);
    for (let i = 0; i < n; i++) keys[order[i]!] = i;
    this.markChain(makespan, left);
  }

  /**
   * Marks the activities on a chain ending at the makespan, walking back from each: to the
   * predecessors that end at its start when there are any, else to the activities that end at its
   * start on a resource without room for it the period before (one must, or it would start earlier).
   */
  private markChain(makespan: number, left: boolean): void {
    const { n, k, time, duration, demand, capacity, needs, onChain } = this;
    const predecessors = left ? this.predecessors : this.successors;
    if (this.usage.length < makespan * k) this.usage = new Int32Array(makespan * k);
    const usage = this.usage;
    usage.fill(0, 0, makespan * k);
    for (let a = 0; a < n; a++) {
      const need = needs[a]!;
      for (let t = time[a]!; t < time[a]! + duration[a]!; t++) for (let i = 0; i < need.length; i += 2) usage[t * k + need[i]!]! += need[i + 1]!;
    }
    onChain.fill(0);
    const stack: number[] = [];
    for (let a = 0; a < n; a++) {
      if (time[a]! + duration[a]! === makespan) {
        onChain[a] = 1;
        stack.push(a);
      }
    }
    const mark = (a: number) => {
      if (onChain[a]) return;
      onChain[a] = 1;
      stack.push(a);
    };
    while (stack.length > 0) {
      const j = stack.pop()!;
      const s = time[j]!;
      if (s === 0) continue;
      let bound = false;
      for (const p of predecessors[j]!) {
        if (time[p]! + duration[p]! !== s) continue;
        bound = true;
        mark(p);
      }
      if (bound) continue;
      const need = needs[j]!;
      for (let i = 0; i < need.length; i += 2) {
        const r = need[i]!;
        if (usage[(s - 1) * k + r]! + need[i + 1]! <= capacity[r]!) continue;
        for (let b = 0; b < n; b++) if (duration[b]! > 0 && time[b]! + duration[b]! === s && demand[b * k + r]! > 0) mark(b);
      }
    }
  }

  /** Decodes the keys by the serial scheme in the direction's time. @returns the makespan */
  private decode(start: Int32Array, left: boolean): number {
    if (left) return this.justifier.schedule(this.keys, start);
    const { n, keys, backwardKeys } = this;
    for (let a = 0; a < n; a++) backwardKeys[a] = -keys[a]!;
    return this.justifier.scheduleBackward(backwardKeys, start);
  }
}
