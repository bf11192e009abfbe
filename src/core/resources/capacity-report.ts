// Demand against capacity per period, per resource or grouped by role, skill or department: the
// heat map and the histogram. A group's figures are the sums of its members'; a resource with
// several skills counts in each of them, so skill rows may overlap where roles and departments
// partition the pool.
import { foldDays, loadPeriods, periodGrid, type PeriodGrid } from './load-periods.ts';
import type { LoadModel } from './load-model.ts';
import type { CapacityReport, GroupBy, LoadRow, PeriodUnit, ResourceInput } from './resource-types.ts';

export interface ReportOptions {
  readonly unit: PeriodUnit;
  /** Default: one row per resource. */
  readonly groupBy?: GroupBy;
  /** With groupBy 'skill': count a resource under a skill only at this proficiency or above. */
  readonly minProficiency?: number;
}

/** Per resource and period (r × periods + p): demand and capacity in minutes. */
export interface ResourcePeriods {
  readonly grid: PeriodGrid;
  readonly demand: Float64Array;
  readonly capacity: Float64Array;
  readonly working: Float64Array;
}

/** Folds a model's days into periods of `unit`, resource by resource. */
export function resourcePeriods(model: LoadModel, unit: PeriodUnit, demandByDay: Float64Array = model.demand): ResourcePeriods {
  const grid = periodGrid(model.firstDay, model.days, unit);
  const n = model.resources.length;
  const p = grid.count;
  const demand = new Float64Array(n * p);
  const capacity = new Float64Array(n * p);
  const working = new Float64Array(n * p);
  for (let r = 0; r < n; r++) {
    foldDays(grid, demandByDay, r * model.days, demand, r * p);
    foldDays(grid, model.capacity, r * model.days, capacity, r * p);
    foldDays(grid, model.working, r * model.days, working, r * p);
  }
  return { grid, demand, capacity, working };
}

export interface ResourceGroup {
  readonly key: string | null;
  /** Indexes into the model's resources. */
  readonly members: ReadonlyArray<number>;
}

/**
 * The rows of a grouping: each resource alone (in the order given), or the resources sharing a
 * role, department or skill (keys in order, resources without one under null, last).
 */
export function groupResources(resources: ReadonlyArray<ResourceInput>, groupBy: GroupBy, minProficiency = -Infinity): ResourceGroup[] {
  if (groupBy === 'resource') return resources.map((r, i) => ({ key: r.id, members: [i] }));
  const byKey = new Map<string | null, number[]>();
  const add = (key: string | null, i: number) => {
    const members = byKey.get(key);
    if (members) members.push(i);
    else byKey.set(key, [i]);
  };
  resources.forEach((r, i) => {
    if (groupBy === 'role') add(r.role ?? null, i);
    else if (groupBy === 'department') add(r.department ?? null, i);
    else for (const s of r.skills ?? []) if (s.proficiency >= minProficiency) add(s.skill, i);
  });
  const keys = [...byKey.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return keys.map((key) => ({ key, members: byKey.get(key)! }));
}

/** Sums the members' figures per period. */
export function sumMembers(members: ReadonlyArray<number>, values: Float64Array, periods: number): number[] {
  const sums = new Array<number>(periods).fill(0);
  for (const r of members) for (let p = 0; p < periods; p++) sums[p]! += values[r * periods + p]!;
  return sums;
}

/**
 * The heat map's figures: per row (resource or group) and period, demand and capacity in minutes.
 * @example
 * capacityReport(model, { unit: 'week', groupBy: 'role' });
 * // { unit: 'week', groupBy: 'role', periods: [{ index: 0, firstDay: '2026-03-02', lastDay: '2026-03-08' }, …],
 * //   rows: [{ key: 'Developer', resourceIds: ['ana', 'bo'], demand: [4320, …], capacity: [4800, …] }, …] }
 */
export function capacityReport(model: LoadModel, options: ReportOptions): CapacityReport {
  const groupBy = options.groupBy ?? 'resource';
  const folded = resourcePeriods(model, options.unit);
  const count = folded.grid.count;
  const rows: LoadRow[] = groupResources(model.resources, groupBy, options.minProficiency).map((g) => ({
    key: g.key,
    resourceIds: g.members.map((r) => model.resources[r]!.id),
    demand: sumMembers(g.members, folded.demand, count),
    capacity: sumMembers(g.members, folded.capacity, count),
  }));
  return { unit: options.unit, groupBy, periods: loadPeriods(folded.grid), rows };
}
