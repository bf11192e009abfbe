// Schedules in both directions from one pair of generators: forward (as early as possible) on the
// instance, backward (as late as possible) on its mirror. Double justification (Valls, Ballestín
// and Quintanilla 2005) shifts every activity right in order of decreasing finish, then left in
// order of increasing start; the makespan never grows and often shrinks. Each pass is one
// generated schedule, and searches count it so.
import { parallelSgs } from './parallel-sgs.ts';
import { SerialSgs } from './serial-sgs.ts';
import { mirrorOf, type RcpspInstance } from './rcpsp-types.ts';

export class Justifier {
  readonly forward: SerialSgs;
  readonly backward: SerialSgs;
  private readonly duration: Int32Array;
  private readonly keys: Float64Array;
  private readonly finishes: Float64Array;
  private readonly mirrored: Int32Array;
  /** Generated schedules so far (each forward or backward pass counts one). */
  generated = 0;

  private readonly instance: RcpspInstance;
  private readonly mirror: RcpspInstance;

  constructor(instance: RcpspInstance) {
    this.instance = instance;
    this.mirror = mirrorOf(instance);
    this.forward = new SerialSgs(instance);
    this.backward = new SerialSgs(this.mirror);
    this.duration = instance.duration;
    this.keys = new Float64Array(instance.activityCount);
    this.finishes = new Float64Array(instance.activityCount);
    this.mirrored = new Int32Array(instance.activityCount);
  }

  /** Forward pass in key order (smallest first). @returns the makespan */
  schedule(keys: ArrayLike<number>, start: Int32Array): number {
    this.generated++;
    return this.forward.run(keys, start);
  }

  /**
   * Backward pass: activities with the largest key are placed first, as late as possible; the
   * starts written are in forward time, the last finish at the makespan and the first start at 0.
   * @returns the makespan
   */
  scheduleBackward(finishKeys: ArrayLike<number>, start: Int32Array): number {
    this.generated++;
    const { keys, mirrored, duration } = this;
    for (let a = 0; a < keys.length; a++) keys[a] = -finishKeys[a]!;
    const makespan = this.backward.run(keys, mirrored);
    for (let a = 0; a < keys.length; a++) start[a] = makespan - mirrored[a]! - duration[a]!;
    return makespan;
  }

  /** Forward pass of the parallel scheme in key order. @returns the makespan */
  scheduleParallel(keys: ArrayLike<number>, start: Int32Array): number {
    this.generated++;
    return parallelSgs(this.instance, keys, start);
  }

  /** Backward pass of the parallel scheme: largest key first, as late as possible. @returns the makespan */
  scheduleBackwardParallel(finishKeys: ArrayLike<number>, start: Int32Array): number {
    this.generated++;
    const { keys, mirrored, duration } = this;
    for (let a = 0; a < keys.length; a++) keys[a] = -finishKeys[a]!;
    const makespan = parallelSgs(this.mirror, keys, mirrored);
    for (let a = 0; a < keys.length; a++) start[a] = makespan - mirrored[a]! - duration[a]!;
    return makespan;
  }

  /** Right-justifies a schedule (by decreasing finish) in place. @returns the new makespan */
  justifyRight(start: Int32Array): number {
    const { finishes, duration } = this;
    for (let a = 0; a < finishes.length; a++) finishes[a] = start[a]! + duration[a]!;
    return this.scheduleBackward(finishes, start);
  }

  /** Left-justifies a schedule (by increasing start) in place. @returns the new makespan */
  justifyLeft(start: Int32Array): number {
    this.finishes.set(start);
    return this.schedule(this.finishes, start);
  }

  /** Double justification in place. @returns the new makespan */
  justify(start: Int32Array): number {
    this.justifyRight(start);
    return this.justifyLeft(start);
  }
}
