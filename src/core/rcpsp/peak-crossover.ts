// The peak crossover of Valls, Ballestín and Quintanilla (2008): a good schedule is good mostly
// where it packs the resources tightly. The child keeps the mother's sequence in her busiest
// interval (the window of a random length with the highest resource utilisation) and takes the
// father's order for the activities before and after it, so the dense block survives whole where
// a two-point cut would split it. Keys are list positions as for the two-point crossover.
import type { Random } from './random.ts';
import type { RcpspInstance } from './rcpsp-types.ts';

export class PeakCrossover {
  private readonly n: number;
  private readonly k: number;
  /** Per activity, its demands as shares of capacity summed over resources. */
  private readonly load: Float64Array;
  private usage = new Float64Array(0);
  private readonly group: Uint8Array;
  private readonly count = new Int32Array(3);

  constructor(private readonly instance: RcpspInstance) {
    const { activityCount: n, resourceCount: k, demand, capacity, duration } = instance;
    this.n = n;
    this.k = k;
    this.load = Float64Array.from({ length: n }, (_, a) => {
      let s = 0;
      for (let r = 0; r < k; r++) if (capacity[r]! > 0) s += demand[a * k + r]! / capacity[r]!;
      return duration[a]! > 0 ? s : 0;
    });
    this.group = new Uint8Array(n);
  }

  /**
   * Writes the child's keys: `motherStart` is the mother's schedule, `mother` and `father` their
   * lists in the direction the child is decoded from (by start or by finish).
   */
  cross(motherStart: Int32Array, makespan: number, mother: Int32Array, father: Int32Array, random: Random, keys: Float64Array): void {
    const { n, load, group, count } = this;
    const duration = this.instance.duration;
    if (this.usage.length < makespan + 1) this.usage = new Float64Array(makespan + 1);
    const usage = this.usage;
    usage.fill(0, 0, makespan + 1);
    for (let a = 0; a < n; a++) {
      if (load[a] === 0) continue;
      const s = motherStart[a]!;
      // Difference array: usage becomes per-period load after the prefix sum.
      usage[s]! += load[a]!;
      usage[s + duration[a]!]! -= load[a]!;
    }
    for (let t = 1; t < makespan; t++) usage[t]! += usage[t - 1]!;
    // A window between a tenth and half of the makespan, placed where the load is highest.
    const length = Math.max(1, Math.floor(makespan * (0.1 + 0.4 * random())));
    let sum = 0;
    for (let t = 0; t < length && t < makespan; t++) sum += usage[t]!;
    let bestSum = sum;
    let from = 0;
    for (let t = length; t < makespan; t++) {
      sum += usage[t]! - usage[t - length]!;
      if (sum > bestSum) {
        bestSum = sum;
        from = t - length + 1;
      }
    }
    const to = from + length;
    for (let a = 0; a < n; a++) {
      const s = motherStart[a]!;
      const f = s + duration[a]!;
      group[a] = f <= from && s < from ? 0 : s >= to ? 2 : 1;
    }
    // Lists read in time order: group order agrees with them; within a group, peak by the mother and the rest by the father.
    count.fill(0);
    for (const a of mother) if (group[a] === 1) keys[a] = n + count[1]!++;
    for (const a of father) {
      const g = group[a]!;
      if (g !== 1) keys[a] = g * n + count[g]!++;
    }
  }
}
