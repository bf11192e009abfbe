// Issue 7's acceptance measure: our RCPSP search on PSPLIB. Solves every `.sm` instance in --dir
// with a budget of --schedules generated schedules (default 5000) and --seed (default 1), on worker
// threads (--workers, default the machine's cores; --every N for every Nth instance only), validates
// every schedule, and prints
// {"bench":"rcpsp","set":…,"instances":…,"schedules":…,"avgDevBestPct":…,"maxDevBestPct":…,
// "avgDevLbPct":…,"atBest":…,"msPerInstance":…,"invalid":…}: deviations of our makespans from the
// best known in --best (a jNNhrs.sm table) and from the critical-path bound, the count at the best
// known, and wall-clock milliseconds per instance. Exits non-zero on any invalid schedule.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { readBestKnown } from '../src/io/psplib/read-psplib.ts';
import { option } from './bench-kit.ts';
import { makespanFigures, ms, psplibFiles, solveOnWorkers, text } from './rcpsp-kit.ts';

export async function rcpspBench(args: string[]): Promise<void> {
  const dir = text(args, '--dir') ?? '../shared/oracles/psplib/j30';
  const set = basename(dir);
  const bestFile = text(args, '--best') ?? join(dir, '..', `${set}hrs.sm`);
  const schedules = option(args, '--schedules', 5000);
  const seed = option(args, '--seed', 1);
  const workers = option(args, '--workers', Math.min(availableParallelism(), 8));
  // --every N solves every Nth instance only: a fixed sample for tuning on a shared machine.
  const every = option(args, '--every', 1);
  if (!(Number.isInteger(every) && every >= 1)) throw new Error(`--every takes a whole number of at least 1 (got ${text(args, '--every')}).`);
  const files = psplibFiles(dir).filter((_, i) => i % every === 0);
  const best = readBestKnown(readFileSync(bestFile, 'utf8'), set);
  const started = performance.now();
  const outcomes = await solveOnWorkers(files, { schedules, seed }, workers, `rcpsp ${set}`);
  const wallMs = performance.now() - started;
  const invalid = outcomes.filter((o) => o.violation !== null);
  const n = outcomes.length;
  console.log(
    JSON.stringify({
      bench: 'rcpsp',
      set,
      instances: n,
      schedules,
      seed,
      workers,
      ...makespanFigures(outcomes, best, bestFile),
      msPerInstance: ms(wallMs / n),
      cpuMsPerInstance: ms(outcomes.reduce((s, o) => s + o.ms, 0) / n),
      invalid: invalid.length,
    }),
  );
  for (const o of invalid) console.error(`${o.name}: INVALID SCHEDULE: ${o.violation}`);
  if (invalid.length > 0) process.exitCode = 1;
}
