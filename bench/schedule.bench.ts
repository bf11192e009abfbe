// Scheduling speed on synthetic plans with calendars (holidays, a second calendar), mixed link
// types and lags: 10k, 100k and 1M tasks with about two links each, and, on the same graph, a bare
// topological pass as the floor. Prints {"bench":"schedule","tasks":…,"links":…,"ms":…,"floorMs":…,"heapMB":…,
// "firstMs":…,"arrayMB":…}: ms is the median run, firstMs the first (before the JIT has warmed up
// at that size), heapMB the JS heap a run leaves grown (its results, mostly) and arrayMB the
// typed arrays it allocates (outside the JS heap, so not in heapMB).
import { performance } from 'node:perf_hooks';
import { schedule } from '../src/core/schedule/schedule.ts';
import { link, plan, task } from '../src/core/schedule/plan-builder.ts';
import { standardCalendar } from '../src/core/calendar/standard-calendar.ts';
import type { CalendarDefinition } from '../src/core/calendar/calendar-types.ts';
import type { LinkType, ScheduleInput } from '../src/core/schedule/schedule-types.ts';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const TYPES: LinkType[] = ['FS', 'FS', 'FS', 'SS', 'FF', 'SF'];

export function syntheticPlan(size: number, seed = 7): ScheduleInput {
  const random = seeded(seed);
  const holidays = Array.from({ length: 40 }, (_, y) => [`${2026 + y}-12-25`, `${2026 + y}-01-01`]).flat().map((d) => ({ start: d, end: d, ranges: [] }));
  const calendars: CalendarDefinition[] = [
    { ...standardCalendar(), exceptions: holidays },
    { id: 'four-day', name: 'Four-day week', baseId: 'standard', week: [undefined, undefined, undefined, undefined, undefined, [], undefined], workWeeks: [], exceptions: [] },
  ];
  const tasks = Array.from({ length: size }, (_, i) => task(i + 1, `Task ${i + 1}`, `${1 + Math.floor(random() * 40)}h`, random() < 0.1 ? { calendarId: 'four-day' } : {}));
  const links = [];
  for (let i = 1; i < size; i++) {
    for (let k = 0; k < 2; k++) {
      const p = i - 1 - Math.floor(random() * Math.min(i, 200));
      if (p < 0 || (k === 1 && random() < 0.05)) continue;
      links.push(link(p + 1, i + 1, TYPES[Math.floor(random() * TYPES.length)]!, `${Math.floor(random() * 12) - 2}h`));
    }
  }
  return plan(tasks, links, { calendars });
}

/** The least any scheduler must do: one topological pass over the same links. */
function topologicalFloor(input: ScheduleInput): number {
  const n = input.tasks.length;
  const start = new Int32Array(n + 1);
  for (const l of input.links) start[l.predecessorUid]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const to = new Int32Array(input.links.length);
  const indegree = new Int32Array(n);
  for (const l of input.links) {
    to[fill[l.predecessorUid - 1]!++] = l.successorUid - 1;
    indegree[l.successorUid - 1]!++;
  }
  const queue = new Int32Array(n);
  const est = new Float64Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue[tail++] = i;
  while (head < tail) {
    const u = queue[head++]!;
    for (let e = start[u]!; e < start[u + 1]!; e++) {
      const v = to[e]!;
      est[v] = Math.max(est[v]!, est[u]! + 1);
      if (--indegree[v]! === 0) queue[tail++] = v;
    }
  }
  return tail;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function scheduleBench(args: string[]): Promise<void> {
  const sizes = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]!.split(',').map(Number) : [10_000, 100_000, 1_000_000];
  for (const size of sizes) {
    const input = syntheticPlan(size);
    const runs = size >= 1_000_000 ? 3 : 5;
    const times: number[] = [];
    const floors: number[] = [];
    let heapMB = 0;
    let arrayMB = 0;
    // The floor first, on its own: measured between two schedules, it would pay for collecting
    // the garbage the first one left.
    for (let r = 0; r < runs; r++) {
      const t1 = performance.now();
      topologicalFloor(input);
      floors.push(performance.now() - t1);
    }
    for (let r = 0; r < runs; r++) {
      globalThis.gc?.();
      const before = process.memoryUsage();
      const t0 = performance.now();
      const result = schedule(input);
      times.push(performance.now() - t0);
      const after = process.memoryUsage();
      heapMB = Math.max(heapMB, (after.heapUsed - before.heapUsed) / 1024 / 1024);
      arrayMB = Math.max(arrayMB, (after.arrayBuffers - before.arrayBuffers) / 1024 / 1024);
      if (!result.ok) throw new Error(result.message);
    }
    const figures = { ms: +median(times).toFixed(1), floorMs: +median(floors).toFixed(1), heapMB: +heapMB.toFixed(1), firstMs: +times[0]!.toFixed(1), arrayMB: +arrayMB.toFixed(1) };
    console.log(JSON.stringify({ bench: 'schedule', tasks: size, links: input.links.length, ...figures }));
  }
}
