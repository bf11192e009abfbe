// Issue 7's acceptance measure: our RCPSP search on PSPLIB. Solves every `.sm` instance in --dir
// with a budget of --schedules generated schedules (default 5000) and --seed (default 1), on worker
// threads (--workers, default the machine's cores), validates every schedule, and prints
// {"bench":"rcpsp","set":…,"instances":…,"schedules":…,"avgDevBestPct":…,"maxDevBestPct":…,
// "avgDevLbPct":…,"atBest":…,"msPerInstance":…,"invalid":…}: deviations of our makespans from the
// best known in --best (a jNNhrs.sm table) and from the critical-path bound, the count at the best
// known, and wall-clock milliseconds per instance. Exits non-zero on any invalid schedule.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readBestKnown } from '../src/io/psplib/read-psplib.ts';
import { option } from './bench-kit.ts';
import type { RcpspJob, RcpspOutcome } from './rcpsp-worker.ts';

const text = (args: string[], name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

export async function rcpspBench(args: string[]): Promise<void> {
  const dir = text(args, '--dir') ?? '../shared/oracles/psplib/j30';
  const set = basename(dir);
  const bestFile = text(args, '--best') ?? join(dir, '..', `${set}hrs.sm`);
  const schedules = option(args, '--schedules', 5000);
  const seed = option(args, '--seed', 1);
  const workers = option(args, '--workers', Math.min(availableParallelism(), 8));
  const files = readdirSync(dir).filter((f) => f.endsWith('.sm')).sort().map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`No .sm instances in ${dir}: pass --dir with a PSPLIB single-mode set (e.g. ../shared/oracles/psplib/j120).`);
  const best = readBestKnown(readFileSync(bestFile, 'utf8'), set);
  const started = performance.now();
  const outcomes: RcpspOutcome[] = [];
  await Promise.all(
    Array.from({ length: Math.min(workers, files.length) }, (_, w) => {
      const job: RcpspJob = { files: files.filter((_, i) => i % workers === w), schedules, seed };
      return new Promise<void>((resolve, reject) => {
        // Worker threads do not inherit tsx's loader: register it before loading the TypeScript worker.
        const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./rcpsp-worker.ts', import.meta.url).href)}); });`;
        const worker = new Worker(bootstrap, { eval: true, workerData: job });
        worker.on('message', (o: RcpspOutcome) => {
          outcomes.push(o);
          if (outcomes.length % 50 === 0) process.stderr.write(`rcpsp ${set}: ${outcomes.length}/${files.length} instances\n`);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`An RCPSP worker stopped with code ${code}.`))));
      });
    }),
  );
  const wallMs = performance.now() - started;
  let devBest = 0;
  let maxDevBest = 0;
  let devLb = 0;
  let atBest = 0;
  const invalid = outcomes.filter((o) => o.violation !== null);
  for (const o of outcomes) {
    const known = best.get(o.name);
    if (known === undefined) throw new Error(`${o.name} has no best-known makespan in ${bestFile}.`);
    const dev = ((o.makespan - known) / known) * 100;
    devBest += dev;
    maxDevBest = Math.max(maxDevBest, dev);
    devLb += ((o.makespan - o.lowerBound) / o.lowerBound) * 100;
    if (o.makespan <= known) atBest++;
  }
  const n = outcomes.length;
  const round = (x: number, digits = 2) => Number(x.toFixed(digits));
  console.log(
    JSON.stringify({
      bench: 'rcpsp',
      set,
      instances: n,
      schedules,
      seed,
      workers,
      avgDevBestPct: round(devBest / n, 3),
      maxDevBestPct: round(maxDevBest),
      avgDevLbPct: round(devLb / n, 2),
      atBest,
      msPerInstance: round(wallMs / n, 1),
      cpuMsPerInstance: round(outcomes.reduce((s, o) => s + o.ms, 0) / n, 1),
      invalid: invalid.length,
    }),
  );
  for (const o of invalid) console.error(`${o.name}: INVALID SCHEDULE: ${o.violation}`);
  if (invalid.length > 0) process.exitCode = 1;
}
