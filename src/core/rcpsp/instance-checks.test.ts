import { describe, expect, it } from 'vitest';
import { instanceProblems } from './instance-checks.ts';
import { solveRcpsp } from './genetic-search.ts';
import type { RcpspInstance } from './rcpsp-types.ts';

const chain = (over: Partial<RcpspInstance> = {}): RcpspInstance => ({
  name: 'chain',
  activityCount: 3,
  resourceCount: 1,
  duration: Int32Array.from([2, 3, 1]),
  demand: Int32Array.from([1, 2, 1]),
  capacity: Int32Array.from([2]),
  successors: [Int32Array.from([1]), Int32Array.from([2]), new Int32Array()],
  ...over,
});

describe('instances that cannot be scheduled', () => {
  it('names the activity needing more than a resource has, and loops', () => {
    expect(instanceProblems(chain())).toEqual([]);
    expect(instanceProblems(chain({ demand: Int32Array.from([1, 3, 1]) }))).toEqual(['Activity 2 needs 3 of resource 1, which has only 2: no schedule can run it.']);
    expect(instanceProblems(chain({ successors: [Int32Array.from([1]), Int32Array.from([2]), Int32Array.from([0])] }))).toEqual(['The precedences form a loop: remove one of its links.']);
    expect(() => solveRcpsp(chain({ duration: Int32Array.from([2, -1, 1]) }), { schedules: 10 })).toThrow(/Activity 2 has a negative duration/);
    expect(() => solveRcpsp(chain(), { schedules: 0 })).toThrow(/budget of at least one schedule/);
  });

  it('a chain is scheduled back to back at its critical path', () => {
    const result = solveRcpsp(chain(), { schedules: 50 });
    expect([...result.schedule.start]).toEqual([0, 2, 5]);
    expect(result.schedule.makespan).toBe(6);
    expect(result.lowerBound).toBe(6);
  });

  it('two activities competing for one resource run one after the other, the longer chain first', () => {
    // a (4) and b (2) both need the whole resource; b precedes c (3), which needs nothing.
    const instance: RcpspInstance = {
      name: 'contention',
      activityCount: 3,
      resourceCount: 1,
      duration: Int32Array.from([4, 2, 3]),
      demand: Int32Array.from([1, 1, 0]),
      capacity: Int32Array.from([1]),
      successors: [new Int32Array(), Int32Array.from([2]), new Int32Array()],
    };
    const result = solveRcpsp(instance, { schedules: 200, seed: 3 });
    expect(result.schedule.makespan).toBe(6);
    expect([...result.schedule.start]).toEqual([2, 0, 2]);
  });
});
