// What the PSPLIB benchmarks share: the `.sm` files of a set, our search run on worker threads
// (rcpsp-worker.ts), and the figures every solver is judged by against the best-known makespans.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RcpspJob, RcpspOutcome } from './rcpsp-worker.ts';

/** A `--name value` text option, or undefined. */
export const text = (args: string[], name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** The `.sm` instances of a PSPLIB set folder, sorted by name. */
export function psplibFiles(dir: string): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sm')).sort().map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`No .sm instances in ${dir}: pass --dir with a PSPLIB single-mode set (e.g. ../shared/oracles/psplib/j120).`);
  return files;
}

/** Our search on every file, the files spread over `workers` threads; one outcome per file. */
export async function solveOnWorkers(files: string[], budget: Omit<RcpspJob, 'files'>, workers: number, label: string): Promise<RcpspOutcome[]> {
  const outcomes: RcpspOutcome[] = [];
  await Promise.all(
    Array.from({ length: Math.min(workers, files.length) }, (_, w) => {
      const job: RcpspJob = { ...budget, files: files.filter((_, i) => i % workers === w) };
      return new Promise<void>((resolve, reject) => {
        // Worker threads do not inherit tsx's loader: register it before loading the TypeScript worker.
        const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./rcpsp-worker.ts', import.meta.url).href)}); });`;
        const worker = new Worker(bootstrap, { eval: true, workerData: job });
        worker.on('message', (o: RcpspOutcome) => {
          outcomes.push(o);
          if (outcomes.length % 50 === 0) process.stderr.write(`${label}: ${outcomes.length}/${files.length} instances\n`);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`An RCPSP worker stopped with code ${code}.`))));
      });
    }),
  );
  return outcomes;
}

export interface MakespanFigures {
  readonly avgDevBestPct: number;
  readonly maxDevBestPct: number;
  readonly avgDevLbPct: number;
  readonly atBest: number;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/**
 * Deviations of makespans from the best known (`best`, read from `bestFile`) and from the
 * critical-path bound, and how many reach the best known.
 */
export function makespanFigures(results: ReadonlyArray<{ name: string; makespan: number; lowerBound: number }>, best: ReadonlyMap<string, number>, bestFile: string): MakespanFigures {
  let devBest = 0;
  let maxDevBest = 0;
  let devLb = 0;
  let atBest = 0;
  for (const o of results) {
    const known = best.get(o.name);
    if (known === undefined) throw new Error(`${o.name} has no best-known makespan in ${bestFile}.`);
    const dev = ((o.makespan - known) / known) * 100;
    devBest += dev;
    maxDevBest = Math.max(maxDevBest, dev);
    devLb += ((o.makespan - o.lowerBound) / o.lowerBound) * 100;
    if (o.makespan <= known) atBest++;
  }
  const n = results.length;
  return { avgDevBestPct: round(devBest / n, 3), maxDevBestPct: round(maxDevBest, 2), avgDevLbPct: round(devLb / n, 2), atBest };
}

/** Milliseconds rounded for a JSON line. */
export const ms = (x: number): number => round(x, 1);
