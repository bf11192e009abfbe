// Classic priority rules for the schedule generation schemes, as keys (smallest first): LFT and
// LST from the critical path (latest finish and start within the critical-path length), MTS (most
// total successors first) and GRPW (greatest rank positional weight: own duration plus the
// durations of direct successors, largest first). Kolisch (1996) found LFT and the regret-biased
// sampling built on it among the best; searches start from them.
import { earliestStarts, topologicalOrder } from './instance-checks.ts';
import type { RcpspInstance } from './rcpsp-types.ts';

export type PriorityRule = 'lft' | 'lst' | 'mts' | 'grpw';
export const PRIORITY_RULES: ReadonlyArray<PriorityRule> = ['lft', 'lst', 'mts', 'grpw'];

/** Latest finish of each activity when the project ends at its critical-path length. */
export function latestFinishes(instance: RcpspInstance): Int32Array {
  const order = topologicalOrder(instance);
  if (!order) throw new Error('The precedences form a loop.');
  const { criticalPath } = earliestStarts(instance, order);
  const finish = new Int32Array(instance.activityCount).fill(criticalPath);
  for (let i = order.length - 1; i >= 0; i--) {
    const a = order[i]!;
    for (const s of instance.successors[a]!) finish[a] = Math.min(finish[a]!, finish[s]! - instance.duration[s]!);
  }
  return finish;
}

/** How many activities follow each one, directly or not. */
function totalSuccessors(instance: RcpspInstance): Int32Array {
  const order = topologicalOrder(instance)!;
  const n = instance.activityCount;
  const words = Math.ceil(n / 32);
  const reach = Array.from({ length: n }, () => new Uint32Array(words));
  const counts = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const a = order[i]!;
    for (const s of instance.successors[a]!) {
      reach[a]![s >> 5]! |= 1 << (s & 31);
      for (let w = 0; w < words; w++) reach[a]![w]! |= reach[s]![w]!;
    }
    let c = 0;
    for (let w = 0; w < words; w++) c += popcount(reach[a]![w]!);
    counts[a] = c;
  }
  return counts;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Keys for a rule, smallest scheduled first.
 * @example
 * new SerialSgs(instance).run(priorityKeys(instance, 'lft'), start);
 */
export function priorityKeys(instance: RcpspInstance, rule: PriorityRule): Float64Array {
  const n = instance.activityCount;
  const keys = new Float64Array(n);
  if (rule === 'lft' || rule === 'lst') {
    const lf = latestFinishes(instance);
    for (let a = 0; a < n; a++) keys[a] = lf[a]! - (rule === 'lst' ? instance.duration[a]! : 0);
  } else if (rule === 'mts') {
    const total = totalSuccessors(instance);
    for (let a = 0; a < n; a++) keys[a] = -total[a]!;
  } else {
    for (let a = 0; a < n; a++) {
      let weight = instance.duration[a]!;
      for (const s of instance.successors[a]!) weight += instance.duration[s]!;
      keys[a] = -weight;
    }
  }
  return keys;
}
