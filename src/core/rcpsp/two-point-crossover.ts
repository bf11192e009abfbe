// Hartmann's (1998) two-point crossover on activity lists: the child takes the mother's list up to
// a first cut, then the father's order of the activities not yet taken up to a second cut, then the
// mother's order of the rest. Lists are read off schedules (by start or by finish), so a child
// mixes the sequencing decisions of two good schedules; its keys are its list positions, which the
// schedule generator turns into a feasible schedule whatever they are.
import { randomInt, type Random } from './random.ts';

/** A schedule's activities in order of a time (start, or finish), ties by activity number. */
export function orderBy(times: ArrayLike<number>): Int32Array {
  const order = Int32Array.from({ length: times.length }, (_, a) => a);
  return order.sort((a, b) => times[a]! - times[b]! || a - b);
}

export class TwoPointCrossover {
  private readonly taken: Uint8Array;

  constructor(activityCount: number) {
    this.taken = new Uint8Array(activityCount);
  }

  /** Writes the child's list position of each activity into `keys`. */
  cross(mother: Int32Array, father: Int32Array, random: Random, keys: Float64Array): void {
    const n = mother.length;
    const taken = this.taken;
    taken.fill(0);
    let first = randomInt(random, n + 1);
    let second = randomInt(random, n + 1);
    if (first > second) [first, second] = [second, first];
    let position = 0;
    const take = (a: number) => {
      taken[a] = 1;
      keys[a] = position++;
    };
    for (let i = 0; i < first; i++) take(mother[i]!);
    for (let i = 0; i < n && position < second; i++) if (!taken[father[i]!]) take(father[i]!);
    for (let i = 0; i < n; i++) if (!taken[mother[i]!]) take(mother[i]!);
  }
}
