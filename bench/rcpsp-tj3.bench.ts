// Issue 7's side-by-side: Debian's TaskJuggler (`tj3`) and our search on the same PSPLIB instances.
// `npm run bench -- rcpsp-tj3 --dir DIR [--every K] [--limit N] [--schedules 5000] [--seed 1]
// [--workers 1] [--out DIR]` converts each instance (every K-th, at most N) to a TaskJuggler
// project (src/io/psplib/to-taskjuggler.ts), runs `tj3` on it one at a time, reads every task's
// start and end back in periods and prints
// {"bench":"rcpsp-tj3","solver":"tj3","set":…,"instances":…,"avgDevBestPct":…,"avgDevLbPct":…,
//  "atBest":…,"onTj3Valid":{…},"msPerInstance":…,"cpuMsPerInstance":…,"interrupted":…,"invalid":…}
// then the same figures of our search on the same instances ("solver":"orrery").
// TaskJuggler may pause an activity and resume it later (it cannot express non-preemption), so its
// makespan is that of a preemptive schedule: `interrupted` counts instances where it paused one,
// `invalid` those whose starts, run without pauses, fail our validator (each named on stderr), and
// `onTj3Valid` repeats the figures on the instances whose tj3 schedule is valid.
// msPerInstance is tj3's wall time per run (one process per instance, Ruby's start included;
// `startupMs` is tj3 on a one-task project), cpuMsPerInstance its CPU time where Linux tells it.
// Without tj3 on PATH the benchmark says so and skips.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readBestKnown, readPsplibInstance, type PsplibInstance } from '../src/io/psplib/read-psplib.ts';
import { START_REPORT, toTaskJuggler } from '../src/io/psplib/to-taskjuggler.ts';
import { readTaskJugglerSchedule } from '../src/io/psplib/read-taskjuggler-schedule.ts';
import { scheduleViolation } from '../src/core/rcpsp/schedule-validation.ts';
import { option } from './bench-kit.ts';
import { makespanFigures, ms, psplibFiles, solveOnWorkers, text } from './rcpsp-kit.ts';

interface Tj3Outcome {
  readonly name: string;
  readonly makespan: number;
  readonly lowerBound: number;
  readonly ms: number;
  readonly cpuMs: number | null;
  readonly interrupted: number[];
  readonly violation: string | null;
}

/** CPU milliseconds of this process's finished children (Linux's /proc/self/stat), or null elsewhere. */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, in Linux's 100 ticks a second
  } catch {
    return null;
  }
}

/** tj3 on one project file, its reports written to `outDir`: wall-clock and CPU milliseconds. */
function runTj3(tjp: string, outDir: string): { wall: number; cpu: number | null } {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const run = spawnSync('tj3', ['--silent', '--no-color', '-c', '1', '-o', outDir, tjp], { encoding: 'utf8' });
  const wall = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`tj3 failed on ${tjp} (exit ${run.status}): ${(run.stderr + run.stdout).trim()}`);
  return { wall, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

function solveWithTj3(instance: PsplibInstance, workDir: string): Tj3Outcome {
  const tjp = join(workDir, `${instance.name}.tjp`);
  const outDir = join(workDir, instance.name);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(tjp, toTaskJuggler(instance));
  const { wall, cpu } = runTj3(tjp, outDir);
  const tj = readTaskJugglerSchedule(readFileSync(join(outDir, `${START_REPORT}.csv`), 'utf8'), instance);
  // TaskJuggler's starts as a schedule without pauses: what our validator checks.
  let makespan = 0;
  for (let a = 0; a < instance.activityCount; a++) makespan = Math.max(makespan, tj.start[a]! + instance.duration[a]!);
  const violation = scheduleViolation(instance, { start: tj.start, makespan });
  return { name: instance.name, makespan: tj.makespan, lowerBound: instance.criticalPathBound, ms: wall, cpuMs: cpu, interrupted: tj.interrupted, violation };
}

function startupMs(workDir: string): number {
  const tjp = join(workDir, 'startup.tjp');
  writeFileSync(tjp, 'project p "p" 2000-01-03 +1d\ntask t "t" { duration 1h }\n');
  return runTj3(tjp, workDir).wall;
}

export async function rcpspTj3Bench(args: string[]): Promise<void> {
  if (spawnSync('tj3', ['--version']).error) {
    console.error('tj3 is not installed: apt-get install tj3 (skipping the rcpsp-tj3 benchmark)');
    return;
  }
  const dir = text(args, '--dir') ?? '../shared/oracles/psplib/j30';
  const set = basename(dir);
  const bestFile = text(args, '--best') ?? join(dir, '..', `${set}hrs.sm`);
  const every = option(args, '--every', 1);
  const limit = option(args, '--limit', Infinity);
  const schedules = option(args, '--schedules', 5000);
  const seed = option(args, '--seed', 1);
  const workers = option(args, '--workers', 1);
  const files = psplibFiles(dir).filter((_, i) => i % every === 0).slice(0, limit);
  const best = readBestKnown(readFileSync(bestFile, 'utf8'), set);
  const kept = text(args, '--out');
  const workDir = kept ?? mkdtempSync(join(tmpdir(), 'orrery-tj3-'));
  mkdirSync(workDir, { recursive: true });
  try {
    const startup = startupMs(workDir);
    const tj3: Tj3Outcome[] = [];
    for (const file of files) {
      tj3.push(solveWithTj3(readPsplibInstance(readFileSync(file, 'utf8'), basename(file, '.sm')), workDir));
      if (tj3.length % 10 === 0) process.stderr.write(`rcpsp-tj3 ${set}: tj3 ${tj3.length}/${files.length} instances\n`);
    }
    const validNames = new Set(tj3.filter((o) => o.violation === null).map((o) => o.name));
    const figures = (results: ReadonlyArray<{ name: string; makespan: number; lowerBound: number }>) => ({
      ...makespanFigures(results, best, bestFile),
      // The same figures on the instances where tj3's starts are a valid schedule: the like-for-like part.
      onTj3Valid: validNames.size === 0 ? null : { instances: validNames.size, ...makespanFigures(results.filter((o) => validNames.has(o.name)), best, bestFile) },
    });
    const cpu = tj3.every((o) => o.cpuMs !== null) ? ms(tj3.reduce((s, o) => s + o.cpuMs!, 0) / tj3.length) : null;
    const interrupted = tj3.filter((o) => o.interrupted.length > 0);
    console.log(
      JSON.stringify({
        bench: 'rcpsp-tj3',
        solver: 'tj3',
        set,
        instances: tj3.length,
        every,
        ...figures(tj3),
        msPerInstance: ms(tj3.reduce((s, o) => s + o.ms, 0) / tj3.length),
        cpuMsPerInstance: cpu,
        startupMs: ms(startup),
        interrupted: interrupted.length,
        interruptedActivities: tj3.reduce((s, o) => s + o.interrupted.length, 0),
        invalid: tj3.length - validNames.size,
      }),
    );
    for (const o of interrupted) console.error(`${o.name}: tj3 paused ${o.interrupted.length} activities (${o.interrupted.map((a) => a + 1).join(', ')}); its starts without pauses: ${o.violation ?? 'valid'}`);
    for (const o of tj3) if (o.violation !== null && o.interrupted.length === 0) console.error(`${o.name}: tj3's starts fail our validator: ${o.violation}`);

    const started = performance.now();
    const ours = await solveOnWorkers(files, { schedules, seed }, workers, `rcpsp-tj3 ${set}: orrery`);
    const wallMs = performance.now() - started;
    const oursInvalid = ours.filter((o) => o.violation !== null);
    console.log(
      JSON.stringify({
        bench: 'rcpsp-tj3',
        solver: 'orrery',
        set,
        instances: ours.length,
        every,
        schedules,
        seed,
        workers,
        ...figures(ours),
        msPerInstance: ms(wallMs / ours.length),
        cpuMsPerInstance: ms(ours.reduce((s, o) => s + o.ms, 0) / ours.length),
        invalid: oursInvalid.length,
      }),
    );
    for (const o of oursInvalid) console.error(`${o.name}: INVALID SCHEDULE from our search: ${o.violation}`);
    if (oursInvalid.length > 0) process.exitCode = 1;
  } finally {
    if (!kept) rmSync(workDir, { recursive: true, force: true });
  }
}
