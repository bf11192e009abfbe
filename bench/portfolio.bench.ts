// Portfolio selection (issue 8): the optimal selection by HiGHS on a seeded synthetic portfolio of
// --candidates candidates (default 500) over --quarters quarters (default 8, two budget years) and
// --roles roles (default 20). Each candidate runs 1–4 quarters at a cost per quarter of €50k–€1.5M
// and needs 1–4 roles for 50–600 hours a quarter; its value (5–100) grows with its size, with
// noise. 3 % are mandatory, 25 exclusive groups hold 2–3 alternatives, 40 prerequisites (half of
// them ordered: finish before start). Each year's budget is --budget (0.35) of what every candidate
// at its earliest start would cost in it; each role's capacity per quarter is a share drawn between
// --capacity-min (0.6) and --capacity-max (1.5) of that role's demand of every candidate spread over
// the horizon, so the budget binds and some roles are bottlenecks while others have room.
//
// The first line is the figure: every candidate at its earliest start, solved to a proven
// optimum (relative gap 0). The second lets each candidate also start up to --shifts (2) quarters
// later, moving its cost and demand, and gives the solver --limit (2) seconds: proving that optimum
// takes from under a second to over 30 s depending on the seed, so the line reports the gap reached.
// Each solve runs once cold (WebAssembly still compiling, `firstMs`) and then --runs (3) times; ms is
// the median of those, from the model to a validated selection. Greedy (value ÷ cost) and the
// exclusion reasons run on the same instance. Prints {"bench":"portfolio","candidates":…,"ms":…,
// "gapPct":…,"greedyValuePct":…} (greedy's value as a share of the optimum) with what the instance
// and the answer were, then the same for "portfolio-starts". With --frontier, also the efficient
// frontier of the fixed-start instance at 10 budget levels, each solve within --limit seconds.
import { performance } from 'node:perf_hooks';
import { efficientFrontier } from '../src/core/selection/efficient-frontier.ts';
import { blockingReasons } from '../src/core/selection/exclusion-reasons.ts';
import { greedySelection } from '../src/core/selection/greedy-selection.ts';
import { optimalSelection } from '../src/core/selection/optimal-selection.ts';
import type { MipSolver, SelectionCandidate, SelectionModel, SolveOptions } from '../src/core/selection/selection-types.ts';
import { startsOf, usageOf } from '../src/core/selection/selection-usage.ts';
import { selectionViolations } from '../src/core/selection/selection-validation.ts';
import { loadMipSolver } from '../src/io/highs/highs-solver.ts';
import { option, percentile, seeded } from './bench-kit.ts';
import { problemOf } from '../src/core/selection/selection-fixtures.ts';

const ROLES = [
  'Developer', 'Tester', 'Business analyst', 'Architect', 'Project manager', 'Data engineer', 'Data scientist', 'UX designer', 'DevOps engineer', 'Security analyst',
  'Network engineer', 'DBA', 'Scrum master', 'Product owner', 'Technical writer', 'Trainer', 'Change manager', 'Procurement', 'Legal', 'Finance analyst',
];

export interface SyntheticShares {
  readonly budget: number;
  /** Capacity of each role as a share of its demand, drawn evenly between these two. */
  readonly capacity: readonly [number, number];
}

export function syntheticSelection(candidates: number, quarters: number, roles: number, shifts: number, shares: SyntheticShares = { budget: 0.35, capacity: [0.6, 1.5] }, seed = 8): SelectionModel {
  const random = seeded(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const roleNames = Array.from({ length: roles }, (_, r) => ROLES[r] ?? `Role ${r + 1}`);
  const list: SelectionCandidate[] = [];
  for (let i = 0; i < candidates; i++) {
    const duration = int(1, Math.min(4, quarters));
    const earliest = int(0, quarters - duration);
    const size = random();
    const mandatory = random() < 0.03;
    const perQuarter = Math.round((50_000 + size * 1_450_000) * (0.7 + 0.6 * random())) * 100;
    const demand = Array.from({ length: int(1, 4) }, () => ({ role: roleNames[int(0, roles - 1)]!, perQuarter: Array.from({ length: duration }, () => int(50, 150 + Math.round(size * 450))) }));
    const starts = mandatory ? [earliest] : Array.from({ length: shifts + 1 }, (_, k) => earliest + k).filter((s) => s + duration <= quarters);
    list.push({
      id: `PRJ-${String(i + 1).padStart(3, '0')}`, value: Math.round(5 + 60 * size + 35 * random()), costPerQuarter: Array.from({ length: duration }, () => perQuarter),
      demand, starts, mandatory,
    });
  }
  const ids = list.map((c) => c.id);
  const optional = ids.filter((_, i) => !list[i]!.mandatory);
  const exclusiveGroups = Array.from({ length: 25 }, (_, g) => ({ id: `ALT-${g + 1}`, members: [...new Set(Array.from({ length: int(2, 3) }, () => optional[int(0, optional.length - 1)]!))] }));
  const prerequisites = Array.from({ length: 40 }, (_, k) => {
    const a = int(0, candidates - 2);
    return { candidate: ids[int(a + 1, candidates - 1)]!, requires: ids[a]!, afterFinish: k % 2 === 0 };
  }).filter((p) => !list[ids.indexOf(p.candidate)]!.mandatory && !list[ids.indexOf(p.requires)]!.mandatory);
  // What everything would need at its earliest start, per year and per role and quarter.
  const years = Math.ceil(quarters / 4);
  const cost = new Array<number>(years).fill(0);
  const load = new Map<string, number>();
  for (const c of list) {
    const s = c.starts![0]!;
    c.costPerQuarter.forEach((x, k) => (cost[Math.floor((s + k) / 4)]! += x));
    for (const d of c.demand!) for (const x of d.perQuarter) load.set(d.role, (load.get(d.role) ?? 0) + x);
  }
  return {
    quarters,
    budgetPerYear: cost.map((x) => Math.round(x * shares.budget)),
    capacity: roleNames.map((role) => {
      const share = shares.capacity[0] + random() * (shares.capacity[1] - shares.capacity[0]);
      return { role, perQuarter: new Array<number>(quarters).fill(Math.round((share * (load.get(role) ?? 0)) / quarters)) };
    }),
    candidates: list,
    exclusiveGroups: exclusiveGroups.filter((g) => g.members.length > 1),
    prerequisites,
  };
}

export async function portfolioBench(args: string[]): Promise<void> {
  const candidates = option(args, '--candidates', 500);
  const quarters = option(args, '--quarters', 8);
  const roles = option(args, '--roles', 20);
  const shifts = option(args, '--shifts', 2);
  const runs = option(args, '--runs', 3);
  const seed = option(args, '--seed', 8);
  const limit = option(args, '--limit', 2);
  const shares: SyntheticShares = { budget: option(args, '--budget', 0.35), capacity: [option(args, '--capacity-min', 0.6), option(args, '--capacity-max', 1.5)] };
  let started = performance.now();
  const solve = await loadMipSolver();
  const loadMs = performance.now() - started;
  // Fixed starts, to a proven optimum (relative gap 0): the figure.
  const fixed = syntheticSelection(candidates, quarters, roles, 0, shares, seed);
  const main = measure(fixed, solve, runs, {});
  console.log(JSON.stringify({ bench: 'portfolio', candidates, ms: main.ms, gapPct: main.gapPct, greedyValuePct: main.greedyValuePct, quarters, roles, startOptions: false, ...main.details, loadMs: +loadMs.toFixed(1) }));
  if (args.includes('--frontier')) {
    started = performance.now();
    const frontier = efficientFrontier(fixed, solve, { points: 10, timeLimitSeconds: limit });
    if (!frontier.ok) throw new Error(`The frontier failed: ${frontier.message}`);
    const points = frontier.points.map((p) => ({ budget: p.totalBudget, value: p.value, greedy: p.greedyValue, gapPct: +p.gapPct.toFixed(3) }));
    console.log(JSON.stringify({ bench: 'portfolio-frontier', candidates, ms: +(performance.now() - started).toFixed(1), limitSeconds: limit, saturationBudget: frontier.saturationBudget, points }));
  }
  // Each candidate may also start up to --shifts quarters later: within --limit seconds, the gap reached.
  if (shifts > 0) {
    const shifted = syntheticSelection(candidates, quarters, roles, shifts, shares, seed);
    const withStarts = measure(shifted, solve, runs, { timeLimitSeconds: limit });
    console.log(JSON.stringify({ bench: 'portfolio-starts', candidates, ms: withStarts.ms, gapPct: withStarts.gapPct, greedyValuePct: withStarts.greedyValuePct, quarters, roles, startOptions: true, limitSeconds: limit, ...withStarts.details }));
  }
}

/** One cold solve (WebAssembly still compiling its hot code), then `runs` timed ones; ms is their median. */
function measure(model: SelectionModel, solve: MipSolver, runs: number, options: SolveOptions) {
  const problem = problemOf(model);
  const times: number[] = [];
  let result: ReturnType<typeof optimalSelection> | undefined;
  let firstMs = 0;
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    result = optimalSelection(model, solve, options);
    if (run === 0) firstMs = performance.now() - started;
    else times.push(performance.now() - started);
  }
  if (!result?.ok) throw new Error(`The selection failed: ${result?.message}`);
  const { breaches, problems } = selectionViolations(problem, result.chosen);
  if (breaches.length + problems.length > 0) throw new Error(`An invalid selection: ${[...problems, ...breaches.map((b) => b.message)].slice(0, 3).join('; ')}`);
  let started = performance.now();
  const greedy = greedySelection(problem);
  const greedyMs = performance.now() - started;
  started = performance.now();
  const reasons = blockingReasons(problem, startsOf(problem, result.chosen));
  const reasonsMs = performance.now() - started;
  // How much binds at the optimum: role-quarters at 95 % of capacity or more, and the budget used.
  const { load } = usageOf(problem, startsOf(problem, result.chosen));
  const fullRoleQuarters = problem.capacity.flatMap((row, r) => row.filter((cap, q) => load[r * problem.quarters + q]! >= 0.95 * cap)).length;
  const sorted = [...times].sort((a, b) => a - b);
  return {
    ms: +percentile(sorted, 50).toFixed(1), gapPct: +result.gapPct.toFixed(4), greedyValuePct: +((100 * greedy.value) / result.value).toFixed(2),
    details: {
      columns: model.candidates.reduce((n, c) => n + c.starts!.length, 0), mandatory: model.candidates.filter((c) => c.mandatory).length, exclusiveGroups: model.exclusiveGroups!.length,
      prerequisites: model.prerequisites!.length, status: result.status, value: result.value, greedyValue: greedy.value, chosen: result.chosen.length,
      budgetUsedPct: result.spendPerYear.map((x, y) => +((100 * x) / problem.budget[y]!).toFixed(1)), fullRoleQuarters, roleQuarters: problem.roles.length * problem.quarters,
      firstMs: +firstMs.toFixed(1), runsMs: times.map((t) => +t.toFixed(1)), greedyMs: +greedyMs.toFixed(1), reasonsMs: +reasonsMs.toFixed(1), excludedExplained: reasons.length,
    },
  };
}

