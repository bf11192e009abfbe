// Reading schedule files: the synthetic plans of the schedule benchmark written as MS Project XML
// and read back, at 10k and 100k tasks. Prints {"bench":"import","format":"mspdi","tasks":…,
// "links":…,"fileMB":…,"ms":…}: ms is the median of three reads (parsing, checking and building
// the engine's input).
import { performance } from 'node:perf_hooks';
import { writeMspdi } from '../src/io/mspdi/write-mspdi.ts';
import { readScheduleText } from '../src/io/read-schedule-file.ts';
import { syntheticPlan } from './schedule.bench.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function importBench(args: string[]): Promise<void> {
  const sizes = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]!.split(',').map(Number) : [10_000, 100_000];
  for (const size of sizes) {
    const plan = syntheticPlan(size);
    const text = writeMspdi({ name: `Synthetic ${size}`, schedule: plan });
    const times: number[] = [];
    let tasks = 0;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const result = readScheduleText(text);
      times.push(performance.now() - started);
      if (!result.ok) throw new Error(`The benchmark's own file did not read back: ${JSON.stringify(result.error)}`);
      tasks = result.project.schedule.tasks.length;
    }
    if (tasks !== size) throw new Error(`Read ${tasks} tasks of ${size}.`);
    console.log(JSON.stringify({ bench: 'import', format: 'mspdi', tasks: size, links: plan.links.length, fileMB: Math.round(text.length / 1e5) / 10, ms: Math.round(median(times)) }));
  }
}
