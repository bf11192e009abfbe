// One worker thread of the RCPSP benchmark: reads, solves and validates the instances it is given
// and posts one result per instance. An invalid schedule is reported as such, never measured.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readPsplibInstance } from '../src/io/psplib/read-psplib.ts';
import { solveRcpsp } from '../src/core/rcpsp/genetic-search.ts';
import { scheduleViolation } from '../src/core/rcpsp/schedule-validation.ts';

export interface RcpspJob {
  readonly files: string[];
  readonly schedules: number;
  readonly seed: number;
}

export interface RcpspOutcome {
  readonly name: string;
  readonly makespan: number;
  readonly lowerBound: number;
  readonly generated: number;
  readonly ms: number;
  readonly violation: string | null;
}

const job = workerData as RcpspJob;
for (const file of job.files) {
  const instance = readPsplibInstance(readFileSync(file, 'utf8'), basename(file, '.sm'));
  const started = performance.now();
  const result = solveRcpsp(instance, { schedules: job.schedules, seed: job.seed });
  const ms = performance.now() - started;
  const violation = scheduleViolation(instance, result.schedule) ?? (result.lowerBound === instance.criticalPathBound ? null : `Critical path ${result.lowerBound} differs from the file's MPM-Time ${instance.criticalPathBound}.`);
  parentPort!.postMessage({ name: instance.name, makespan: result.schedule.makespan, lowerBound: result.lowerBound, generated: result.generated, ms, violation } satisfies RcpspOutcome);
}
