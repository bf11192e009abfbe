// PSPLIB files read as the instances they are: the published j30 set (from ../shared/oracles) with
// its critical-path bounds, and the search's schedules on some of them valid and at the optimum.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBestKnown, readPsplibInstance } from './read-psplib.ts';
import { earliestStarts, instanceProblems, topologicalOrder } from '../../core/rcpsp/instance-checks.ts';
import { solveRcpsp } from '../../core/rcpsp/genetic-search.ts';
import { scheduleViolation } from '../../core/rcpsp/schedule-validation.ts';
import { oracleFile } from '../../../test/helpers/oracles.ts';

const j30 = oracleFile('psplib/j30');
const best = oracleFile('psplib/j30hrs.sm');

describe.skipIf(!j30.present)('PSPLIB j30 (needs ../shared/oracles)', () => {
  const read = (name: string) => readPsplibInstance(readFileSync(join(j30.path, `${name}.sm`), 'utf8'), name);

  it('reads an instance: jobs, successors, durations, demands, capacities and MPM-Time', () => {
    const instance = read('j301_1');
    expect(instance.activityCount).toBe(32);
    expect(instance.resourceCount).toBe(4);
    expect([...instance.successors[0]!]).toEqual([1, 2, 3]);
    expect(instance.duration[1]).toBe(8);
    expect([...instance.demand.subarray(4, 8)]).toEqual([4, 0, 0, 0]);
    expect([...instance.capacity]).toEqual([12, 13, 4, 12]);
    expect(instance.criticalPathBound).toBe(38);
    expect(instanceProblems(instance)).toEqual([]);
  });

  it('our critical path equals PSPLIB’s MPM-Time on all 480 instances', () => {
    const files = readdirSync(j30.path).filter((f) => f.endsWith('.sm'));
    expect(files).toHaveLength(480);
    for (const file of files) {
      const instance = readPsplibInstance(readFileSync(join(j30.path, file), 'utf8'), file);
      expect(earliestStarts(instance, topologicalOrder(instance)!).criticalPath, file).toBe(instance.criticalPathBound);
    }
  });

  it.skipIf(!best.present)('finds the proven optimum of instances a good search solves, with valid schedules', () => {
    const optimum = readBestKnown(readFileSync(best.path, 'utf8'), 'j30');
    expect(optimum.size).toBe(480);
    for (const name of ['j301_1', 'j3011_3', 'j3037_5', 'j3048_10']) {
      const instance = read(name);
      const result = solveRcpsp(instance, { schedules: 2000, seed: 7 });
      expect(scheduleViolation(instance, result.schedule), name).toBeNull();
      expect(result.schedule.makespan, name).toBe(optimum.get(name));
    }
  });
});

describe('reading PSPLIB files that are not', () => {
  it('says what is missing', () => {
    expect(() => readPsplibInstance('hello', 'x.sm')).toThrow(/x\.sm: the job count .* missing; is this a PSPLIB \.sm file\?/);
    expect(() => readBestKnown('nothing here', 'j30')).toThrow(/No "Par Inst Makespan" rows/);
  });
});
