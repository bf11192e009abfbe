// Project and portfolio resource levelling: delay tasks until no resource is over-allocated, in
// MS Project's standard priority order — fixed (started) tasks at their dates, tasks that may not
// be levelled (priority 1000), then by project priority (higher first), task priority (higher
// first), total slack (less first), early start, and the caller's order — honouring links, early
// starts and capacity that varies by day. The answer is a levelling delay per task, never new
// dates: clearing the delays undoes levelling.
import { compileLevelling } from './levelling-problem.ts';
import { better, LevellingObjective, searchLevelling } from './levelling-search.ts';
import { LevellingSgs, type LevellingProblem } from './levelling-sgs.ts';
import { DO_NOT_LEVEL, type LevelledTask, type LevellingError, type LevellingInput, type LevellingOptions, type LevellingResult, type ProjectFinish, type RemainingOverAllocation } from './levelling-types.ts';

/** Ranks 0 … n − 1 in the standard levelling order (smallest scheduled first). */
export function standardOrderKeys(input: LevellingInput): Float64Array {
  const { tasks } = input;
  const doNotLevel = (a: number) => (tasks[a]!.fixed ? 0 : tasks[a]!.priority === DO_NOT_LEVEL ? 1 : 2);
  const order = Array.from(tasks, (_, a) => a).sort((a, b) => {
    const x = tasks[a]!;
    const y = tasks[b]!;
    return doNotLevel(a) - doNotLevel(b) || y.projectPriority - x.projectPriority || y.priority - x.priority || x.totalSlack - y.totalSlack || x.earlyStart - y.earlyStart || a - b;
  });
  const keys = new Float64Array(tasks.length);
  order.forEach((a, rank) => (keys[a] = rank));
  return keys;
}

/**
 * Levels the resources of the tasks given (one project or a portfolio).
 * @example
 * levelResources({ tasks, links, resources }, { mode: 'optimise', schedules: 2000, seed: 1 });
 */
export function levelResources(input: LevellingInput, options: LevellingOptions = {}): LevellingResult | LevellingError {
  const compiled = compileLevelling(input);
  if (!compiled.ok) return compiled;
  const { problem } = compiled;
  const budget = options.schedules ?? 1000;
  if (options.mode === 'optimise' && !(Number.isInteger(budget) && budget >= 1)) return { ok: false, error: 'invalid_input', message: `Optimising needs a budget of at least one schedule (got ${budget}).` };
  const sgs = new LevellingSgs(problem);
  const keys = standardOrderKeys(input);
  let start: Int32Array = new Int32Array(problem.taskCount);
  if (sgs.run(keys, start) < 0) {
    const { task, resource } = sgs.unfit!;
    const t = input.tasks[task]!;
    const r = input.resources[resource]!;
    let from = r.capacity.length;
    while (from > 0 && r.capacity[from - 1] === problem.tail[resource]) from--;
    const need = t.demands!.filter((d) => d.resourceId === r.id).reduce((sum, d) => sum + d.perPeriod, 0);
    return {
      ok: false,
      error: 'cannot_fit',
      id: t.id,
      message: `Task ${t.id} needs ${need} minutes a period of resource ${r.id} for ${t.duration} periods, but ${r.id} has only ${problem.tail[resource]} from period ${from} on and no room before: give ${r.id} more capacity, or assign less or someone else.`,
    };
  }
  const objective = objectiveOf(input, problem);
  let generated = 1;
  if (options.mode === 'optimise') {
    const found = searchLevelling(problem, sgs, objective, keys, { schedules: budget, seed: options.seed ?? 1 });
    if (better(found.score, objective.score(start))) start = found.start;
    generated = found.generated;
  }
  return resultOf(input, problem, objective, start, generated);
}

function objectiveOf(input: LevellingInput, problem: LevellingProblem): LevellingObjective {
  const projects = new Map<string, number>();
  const project = Int32Array.from(input.tasks, (t) => projects.get(t.projectId) ?? (projects.set(t.projectId, projects.size), projects.size - 1));
  const weights = new Float64Array(projects.size);
  input.tasks.forEach((t, a) => (weights[project[a]!] = t.projectPriority + 1));
  const objective = new LevellingObjective(problem, project, weights, new Int32Array(projects.size));
  objective.finishes(problem.release, objective.before);
  return objective;
}

function resultOf(input: LevellingInput, problem: LevellingProblem, objective: LevellingObjective, start: Int32Array, generated: number): LevellingResult {
  const { taskCount: n, release, fixed, successors } = problem;
  // The earliest start each task's links and early start allow, given where its predecessors went.
  const allowed = Int32Array.from(release);
  for (let a = 0; a < n; a++) {
    const out = successors[a]!;
    for (let i = 0; i < out.length; i += 2) allowed[out[i]!] = Math.max(allowed[out[i]!]!, start[a]! + out[i + 1]!);
  }
  const tasks: LevelledTask[] = input.tasks.map((t, a) => ({ id: t.id, start: start[a]!, delay: start[a]! - release[a]!, levellingDelay: fixed[a] ? 0 : start[a]! - allowed[a]! }));
  const after = objective.finishes(start);
  const projectIds = [...new Set(input.tasks.map((t) => t.projectId))];
  const projects: ProjectFinish[] = projectIds.map((projectId, p) => ({ projectId, before: objective.before[p]!, after: after[p]! }));
  const { weightedDelay, makespan } = objective.score(start);
  return { ok: true, tasks, moved: tasks.filter((t) => t.delay > 0), projects, weightedDelay, makespan, remaining: remainingOverAllocations(input, problem, start), generated };
}

/** Periods still over capacity: only tasks that may not be levelled leave them. */
function remainingOverAllocations(input: LevellingInput, problem: LevellingProblem, start: Int32Array): RemainingOverAllocation[] {
  const { taskCount: n, resourceCount: k, duration, needs, capacity, profileLength, tail } = problem;
  let horizon = 0;
  for (let a = 0; a < n; a++) horizon = Math.max(horizon, start[a]! + duration[a]!);
  const load = new Int32Array(horizon * k);
  for (let a = 0; a < n; a++) {
    const need = needs[a]!;
    for (let t = start[a]!; t < start[a]! + duration[a]!; t++) for (let i = 0; i < need.length; i += 2) load[t * k + need[i]!]! += need[i + 1]!;
  }
  const remaining: RemainingOverAllocation[] = [];
  for (let r = 0; r < k; r++) {
    for (let t = 0; t < horizon; t++) {
      const cap = t < profileLength ? capacity[t * k + r]! : tail[r]!;
      if (load[t * k + r]! > cap) remaining.push({ resourceId: input.resources[r]!.id, period: t, load: load[t * k + r]!, capacity: cap });
    }
  }
  return remaining;
}
