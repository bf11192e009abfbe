// The resource-constrained project scheduling problem (RCPSP), single mode: activities with integer
// durations and constant demands on renewable resources of constant capacity, finish-to-start
// precedences without lag; find start times minimising the makespan. Activities are numbered
// 0 … n − 1; PSPLIB's dummy source and sink are ordinary zero-duration activities here.

export interface RcpspInstance {
  readonly name: string;
  readonly activityCount: number;
  readonly resourceCount: number;
  /** Duration of each activity in periods, ≥ 0. */
  readonly duration: Int32Array;
  /** Demand of activity a on resource r at `a * resourceCount + r`, ≥ 0. */
  readonly demand: Int32Array;
  /** Capacity of each resource per period, ≥ 0. */
  readonly capacity: Int32Array;
  /** Direct successors of each activity. */
  readonly successors: ReadonlyArray<Int32Array>;
}

/** Start times of every activity, and the makespan (the latest finish). */
export interface RcpspSchedule {
  readonly start: Int32Array;
  readonly makespan: number;
}

/** Direct predecessors of each activity, from the successor lists. */
export function predecessorsOf(instance: RcpspInstance): Int32Array[] {
  const lists: number[][] = Array.from({ length: instance.activityCount }, () => []);
  instance.successors.forEach((succ, a) => succ.forEach((s) => lists[s]!.push(a)));
  return lists.map((l) => Int32Array.from(l));
}

/**
 * The same instance with time running backwards: every precedence turned round. A schedule of the
 * mirror read from its end is a schedule of the original, which is how activities are scheduled
 * as late as possible with the forward machinery.
 */
export function mirrorOf(instance: RcpspInstance): RcpspInstance {
  return { ...instance, name: `${instance.name} (mirrored)`, successors: predecessorsOf(instance) };
}
