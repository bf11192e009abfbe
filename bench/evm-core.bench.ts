// The pure core's share of issue 6's portfolio EVM roll-up (1,000 projects, 100,000 tasks,
// 1,000,000 cost rows): BAC, PV, EV and AC of every project from typed-array columns, the indices
// of each and of the portfolio; no database. `objectsMs` is the same portfolio through
// `projectEvm` one project at a time (objects, earned schedule and PV curve included), as a project
// page computes it. Prints {"bench":"evm-core","projects":…,"tasks":…,"costRows":…,"ms":…,"firstMs":…,
// "objectsMs":…,"heapMB":…}: ms is the median run, firstMs the first (before the JIT has warmed up).
import { performance } from 'node:perf_hooks';
import { projectTotalsFromColumns, amountsAt, type EvmCostColumns, type EvmTaskColumns } from '../src/core/evm/evm-columns.ts';
import { evmIndices } from '../src/core/evm/indices.ts';
import { rollUp } from '../src/core/evm/rollup.ts';
import { projectEvm } from '../src/core/evm/project-evm.ts';
import { standardWorkingTime } from '../src/core/evm/planned-value.ts';
import { dayFromIsoDate, MINUTES_PER_DAY } from '../src/core/calendar/wall-time.ts';
import type { WorkItem } from '../src/core/evm/evm-types.ts';
import { option, seeded } from './bench-kit.ts';

const START = dayFromIsoDate('2026-01-05') * MINUTES_PER_DAY;

function syntheticPortfolio(projects: number, tasks: number, costRows: number): { tasks: EvmTaskColumns; costs: EvmCostColumns } {
  const random = seeded(6);
  const projectOf = new Int32Array(tasks);
  const bac = new Float64Array(tasks);
  const baselineStart = new Float64Array(tasks);
  const baselineFinish = new Float64Array(tasks);
  const earnedShare = new Float64Array(tasks);
  for (let t = 0; t < tasks; t++) {
    projectOf[t] = Math.floor((t * projects) / tasks);
    bac[t] = 1000 * Math.floor(1 + random() * 5000);
    const start = START + Math.floor(random() * 300) * MINUTES_PER_DAY + 8 * 60;
    baselineStart[t] = start;
    baselineFinish[t] = start + Math.floor(random() * 40) * MINUTES_PER_DAY + 9 * 60;
    earnedShare[t] = Math.floor(random() * 101) / 100;
  }
  const costProject = new Int32Array(costRows);
  const at = new Float64Array(costRows);
  const amount = new Float64Array(costRows);
  for (let c = 0; c < costRows; c++) {
    costProject[c] = Math.floor(random() * projects);
    at[c] = START + Math.floor(random() * 365) * MINUTES_PER_DAY;
    amount[c] = Math.floor(random() * 80_000);
  }
  return { tasks: { projectOf, bac, baselineStart, baselineFinish, earnedShare }, costs: { projectOf: costProject, at, amount } };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function evmCoreBench(args: string[]): Promise<void> {
  const projects = option(args, '--projects', 1000);
  const tasks = option(args, '--tasks', 100_000);
  const costRows = option(args, '--costs', 1_000_000);
  const runs = option(args, '--runs', 7);
  const data = syntheticPortfolio(projects, tasks, costRows);
  const statusDate = START + 180 * MINUTES_PER_DAY;
  const calendars = [standardWorkingTime(START)];
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    const totals = projectTotalsFromColumns(projects, data.tasks, data.costs, statusDate, calendars);
    const amounts = Array.from({ length: projects }, (_, p) => amountsAt(totals, p, 'EUR'));
    const indices = amounts.map((a) => evmIndices(a));
    const portfolio = rollUp('EUR', amounts);
    times.push(performance.now() - started);
    if (!portfolio.ok || indices.length !== projects) throw new Error('The roll-up failed');
  }
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  // The object path: one projectEvm per project, with its costs.
  const items: WorkItem[][] = Array.from({ length: projects }, () => []);
  for (let t = 0; t < tasks; t++) {
    items[data.tasks.projectOf[t]!]!.push({ id: `T${t}`, bac: data.tasks.bac[t]!, baselineStart: data.tasks.baselineStart[t]!, baselineFinish: data.tasks.baselineFinish[t]!, progress: { percentComplete: data.tasks.earnedShare[t]! * 100 } });
  }
  const actuals: Array<Array<{ at: number; amount: number }>> = Array.from({ length: projects }, () => []);
  for (let c = 0; c < costRows; c++) actuals[data.costs.projectOf[c]!]!.push({ at: data.costs.at[c]!, amount: data.costs.amount[c]! });
  const objectsStarted = performance.now();
  for (let p = 0; p < projects; p++) {
    const result = projectEvm({ currency: 'EUR', statusDate, items: items[p]!, actuals: actuals[p]!, calendar: calendars[0]! });
    if (!result.ok) throw new Error(result.message);
  }
  const objectsMs = performance.now() - objectsStarted;
  console.log(JSON.stringify({ bench: 'evm-core', projects, tasks, costRows, ms: +median(times).toFixed(2), firstMs: +times[0]!.toFixed(2), objectsMs: +objectsMs.toFixed(1), heapMB: +heapMB.toFixed(1) }));
}
