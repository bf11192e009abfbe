// Capacity per role per quarter for a selection, and each candidate's demand per role per quarter,
// from the resource pool and the assignments (src/app/resources/capacity-views.ts, the capacity
// engine's buildLoad): a role's capacity is what its resources offer over the quarter's working
// days less the committed work of projects that are not candidates (their demand is not up for
// choice); a candidate's demand is its own assignments' work. Hours, folded from minutes by day.
// A resource without a role counts under its own name.
import { dayFromIsoDate } from '../../core/calendar/wall-time.ts';
import type { LoadModel } from '../../core/resources/load-model.ts';
import type { Db } from '../../db/database.ts';
import { loadCapacityWorld, worldModel } from '../resources/capacity-views.ts';
import { horizonEnd, quarterStart, type Horizon } from './horizon.ts';

export interface RoleQuarters {
  /** Role → hours per quarter available to the candidates. */
  readonly capacity: ReadonlyMap<string, number[]>;
  /** Project → role → hours per horizon quarter. */
  readonly demand: ReadonlyMap<string, ReadonlyMap<string, number[]>>;
}

/** Sums a model's `values` (minutes per resource and day) into hours per role per quarter. */
function byRoleQuarter(model: LoadModel, values: Float64Array, roleOf: (r: number) => string, h: Horizon): Map<string, number[]> {
  const bounds = Array.from({ length: h.quarters + 1 }, (_, q) => dayFromIsoDate(quarterStart(h, q)));
  const out = new Map<string, number[]>();
  model.resources.forEach((_, r) => {
    let q = 0;
    let sum = 0;
    const add = (quarter: number, minutes: number) => {
      if (minutes === 0) return;
      const role = roleOf(r);
      const row = out.get(role) ?? new Array<number>(h.quarters).fill(0);
      row[quarter]! += minutes / 60;
      out.set(role, row);
    };
    for (let i = 0; i < model.days; i++) {
      while (q < h.quarters - 1 && model.firstDay + i >= bounds[q + 1]!) {
        add(q, sum);
        sum = 0;
        q++;
      }
      sum += values[r * model.days + i]!;
    }
    add(q, sum);
  });
  return out;
}

export async function loadRoleQuarters(db: Db, h: Horizon, candidateIds: ReadonlySet<string>): Promise<RoleQuarters> {
  const world = await loadCapacityWorld(db, { from: quarterStart(h, 0), to: horizonEnd(h) });
  const roleOf = (model: LoadModel) => (r: number) => {
    const resource = model.resources[r]!;
    return resource.role ?? world.pool.get(resource.id)?.name ?? resource.id;
  };
  const committed = worldModel(world, { proposed: false }, world.assignments.filter((a) => !candidateIds.has(a.projectId)));
  const offered = byRoleQuarter(committed, committed.capacity, roleOf(committed), h);
  const taken = byRoleQuarter(committed, committed.demand, roleOf(committed), h);
  const capacity = new Map([...offered].map(([role, hours]) => [role, hours.map((x, q) => round1(Math.max(0, x - (taken.get(role)?.[q] ?? 0))))]));
  const demand = new Map<string, Map<string, number[]>>();
  for (const id of candidateIds) {
    const own = world.assignments.filter((a) => a.projectId === id);
    if (own.length === 0) continue;
    const model = worldModel(world, { proposed: true }, own);
    demand.set(id, new Map([...byRoleQuarter(model, model.demand, roleOf(model), h)].map(([role, hours]) => [role, hours.map(round1)])));
  }
  return { capacity, demand };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
