// Portfolio resource levelling (issue 7) on the core engine: a synthetic portfolio of --projects
// projects (default 200) of --tasks tasks each (default 50, chains with some parallel branches),
// drawing on --resources people (default 400), each task on one or two people picked at random at 50 or 100 % with some part-timers, over a year of
// working days, many of them over-allocated. Levels it by the standard order and by the search
// (--schedules, default 200) and validates both. Prints {"bench":"levelling","tasks":…,"resources":…,
// "ruleMs":…,"optimiseMs":…,"schedules":…,"weightedDelayRule":…,"weightedDelayOptimised":…,
// "makespanRule":…,"makespanOptimised":…,"moved":…,"heapMB":…} (makespans in working days; heapMB the
// process's heap at the end).
import { performance } from 'node:perf_hooks';
import { levelResources } from '../src/core/levelling/levelling.ts';
import type { LevellingInput, LevellingLink, LevellingTask } from '../src/core/levelling/levelling-types.ts';
import { levellingViolations } from '../src/core/levelling/levelling-validation.ts';
import { option, seeded } from './bench-kit.ts';

const DAY = 480;

function syntheticPortfolio(projects: number, tasksPer: number, resources: number): LevellingInput {
  const random = seeded(11);
  const tasks: LevellingTask[] = [];
  const links: LevellingLink[] = [];
  for (let p = 0; p < projects; p++) {
    const priority = [300, 500, 500, 700, 900][p % 5]!;
    const start = Math.floor(random() * 120);
    let day = start;
    for (let i = 0; i < tasksPer; i++) {
      const id = `P${p}T${i}`;
      const duration = 1 + Math.floor(random() * 10);
      const people = 1 + Math.floor(random() * 2);
      const demands = Array.from({ length: people }, () => ({ resourceId: `R${Math.floor(random() * resources)}`, perPeriod: random() < 0.7 ? DAY : DAY / 2 }));
      const unique = [...new Map(demands.map((d) => [d.resourceId, d])).values()];
      tasks.push({ id, projectId: `P${p}`, projectPriority: priority, priority: 500, duration, earlyStart: day, totalSlack: Math.floor(random() * 10), demands: unique });
      // Mostly a chain; every fourth task runs beside its predecessor.
      if (i > 0) links.push({ from: `P${p}T${i - 1}`, to: id, type: i % 4 === 0 ? 'SS' : 'FS', lag: 0 });
      day += i % 4 === 0 ? 0 : duration;
    }
  }
  const capacityOf = (r: number) => Int32Array.from({ length: 260 }, () => (r % 7 === 0 ? DAY * 0.6 : DAY));
  const resourceList = Array.from({ length: resources }, (_, r) => ({ id: `R${r}`, capacity: capacityOf(r) }));
  // A part-timer cannot take a full-time demand: cap each demand at what its resource has.
  for (const t of tasks) for (const d of t.demands!) (d as { perPeriod: number }).perPeriod = Math.min(d.perPeriod, Number(d.resourceId.slice(1)) % 7 === 0 ? DAY * 0.6 : DAY);
  // Early starts as the links allow them (what the CPM gives levelling).
  const byId = new Map(tasks.map((t, i) => [t.id, i]));
  for (const l of links) {
    const a = tasks[byId.get(l.from)!]!;
    const b = tasks[byId.get(l.to)!]! as { earlyStart: number };
    b.earlyStart = Math.max(b.earlyStart, l.type === 'SS' ? a.earlyStart : a.earlyStart + a.duration);
  }
  return { tasks, links, resources: resourceList };
}

export async function levellingBench(args: string[]): Promise<void> {
  const projects = option(args, '--projects', 200);
  const tasksPer = option(args, '--tasks', 50);
  const resources = option(args, '--resources', 400);
  const schedules = option(args, '--schedules', 200);
  const input = syntheticPortfolio(projects, tasksPer, resources);
  let started = performance.now();
  const rule = levelResources(input);
  const ruleMs = performance.now() - started;
  started = performance.now();
  const optimised = levelResources(input, { mode: 'optimise', schedules, seed: 1 });
  const optimiseMs = performance.now() - started;
  if (!rule.ok) throw new Error(`Levelling failed: ${rule.message}`);
  if (!optimised.ok) throw new Error(`Levelling failed: ${optimised.message}`);
  for (const result of [rule, optimised]) {
    const violations = levellingViolations(input, result.tasks.map((t) => t.start));
    if (violations.length > 0) throw new Error(`An invalid levelled schedule: ${violations.slice(0, 3).join('; ')}`);
  }
  console.log(
    JSON.stringify({
      bench: 'levelling', projects, tasks: input.tasks.length, resources, ruleMs: +ruleMs.toFixed(1), optimiseMs: +optimiseMs.toFixed(1), schedules: optimised.generated,
      weightedDelayRule: rule.weightedDelay, weightedDelayOptimised: optimised.weightedDelay, makespanRule: rule.makespan, makespanOptimised: optimised.makespan, moved: rule.moved.length,
      heapMB: +(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1),
    }),
  );
}
