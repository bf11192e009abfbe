// The selection model checked and put in index form once: candidates, roles and groups by number,
// profiles padded to each candidate's duration, demands merged per role, starts sorted, and the
// names the LP gives them. Every refusal says what is wrong and how to fix it.
import { lpTokens } from './constraint-names.ts';
import { QUARTERS_PER_YEAR, type SelectionFailure, type SelectionModel } from './selection-types.ts';

export interface IndexedCandidate {
  readonly id: string;
  readonly value: number;
  /** Quarters from its start to its end (its longest profile). */
  readonly duration: number;
  /** Allowed starts, ascending. */
  readonly starts: ReadonlyArray<number>;
  /** Minor units per quarter from its start, length = duration. */
  readonly cost: ReadonlyArray<number>;
  readonly demand: ReadonlyArray<{ readonly role: number; readonly perQuarter: ReadonlyArray<number> }>;
  readonly mandatory: boolean;
}

export interface IndexedPrerequisite {
  readonly candidate: number;
  readonly requires: number;
  readonly afterFinish: boolean;
}

export interface SelectionProblem {
  readonly quarters: number;
  readonly years: number;
  /** Budget year of each quarter. */
  readonly yearOf: Int32Array;
  readonly budget: ReadonlyArray<number>;
  readonly roles: ReadonlyArray<string>;
  /** Capacity per role, per quarter. */
  readonly capacity: ReadonlyArray<ReadonlyArray<number>>;
  readonly candidates: ReadonlyArray<IndexedCandidate>;
  readonly index: ReadonlyMap<string, number>;
  readonly roleIndex: ReadonlyMap<string, number>;
  readonly groupIndex: ReadonlyMap<string, number>;
  readonly groups: ReadonlyArray<{ readonly id: string; readonly members: ReadonlyArray<number> }>;
  /** Groups each candidate belongs to. */
  readonly groupsOf: ReadonlyArray<ReadonlyArray<number>>;
  readonly prerequisites: ReadonlyArray<IndexedPrerequisite>;
  /** The prerequisites (indices into `prerequisites`) each candidate has. */
  readonly requiresOf: ReadonlyArray<ReadonlyArray<number>>;
  /** LP-safe unique names of candidates, roles and groups. */
  readonly tokens: { readonly candidates: ReadonlyArray<string>; readonly roles: ReadonlyArray<string>; readonly groups: ReadonlyArray<string> };
}

/** How many budget years a horizon of `quarters` touches when quarter 0 is quarter `firstQuarterOfYear` of its year. */
export const budgetYears = (quarters: number, firstQuarterOfYear = 0): number => Math.floor((quarters - 1 + firstQuarterOfYear) / QUARTERS_PER_YEAR) + 1;

type Invalid = Extract<SelectionFailure, { error: 'invalid_input' }>;
const invalid = (message: string, id?: string): Invalid => (id === undefined ? { ok: false, error: 'invalid_input', message } : { ok: false, error: 'invalid_input', id, message });
const isAmount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isQuantity = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** The model checked and indexed, or the first thing wrong with it. */
export function selectionProblem(model: SelectionModel): { ok: true; problem: SelectionProblem } | Invalid {
  const { quarters } = model;
  const offset = model.firstQuarterOfYear ?? 0;
  if (!Number.isInteger(quarters) || quarters < 1 || quarters > 400) return invalid(`The horizon must be 1 to 400 quarters; it is ${quarters}.`);
  if (!Number.isInteger(offset) || offset < 0 || offset >= QUARTERS_PER_YEAR) return invalid(`firstQuarterOfYear must be 0 (Q1) to 3 (Q4); it is ${offset}.`);
  const years = budgetYears(quarters, offset);
  if (model.budgetPerYear.length !== years) return invalid(`A horizon of ${quarters} quarters from Q${offset + 1} touches ${years} budget year(s): give budgetPerYear ${years} amount(s), not ${model.budgetPerYear.length}.`);
  const badBudget = model.budgetPerYear.findIndex((b) => !isAmount(b));
  if (badBudget >= 0) return invalid(`The budget of year ${badBudget} must be a whole, non-negative amount of minor units; it is ${model.budgetPerYear[badBudget]}.`);
  const yearOf = Int32Array.from({ length: quarters }, (_, q) => Math.floor((q + offset) / QUARTERS_PER_YEAR));

  const roleIndex = new Map<string, number>();
  for (const { role, perQuarter } of model.capacity) {
    if (!role) return invalid('Every capacity row needs a role name.');
    if (roleIndex.has(role)) return invalid(`Role "${role}" has two capacity rows: give one per role.`, role);
    if (perQuarter.length !== quarters) return invalid(`Role "${role}" has capacity for ${perQuarter.length} quarter(s): give one figure per quarter of the horizon (${quarters}).`, role);
    if (!perQuarter.every(isQuantity)) return invalid(`Role "${role}" has a capacity that is negative or not a number.`, role);
    roleIndex.set(role, roleIndex.size);
  }

  const index = new Map<string, number>();
  const candidates: IndexedCandidate[] = [];
  for (const c of model.candidates) {
    if (!c.id) return invalid('Every candidate needs an id.');
    if (index.has(c.id)) return invalid(`Candidate "${c.id}" appears twice: ids must be unique.`, c.id);
    if (!isQuantity(c.value)) return invalid(`Candidate "${c.id}" has value ${c.value}: the score must be a non-negative number.`, c.id);
    if (!c.costPerQuarter.every(isAmount)) return invalid(`Candidate "${c.id}" has a quarterly cost that is not a whole, non-negative amount of minor units.`, c.id);
    const merged = new Map<number, number[]>();
    for (const d of c.demand ?? []) {
      const role = roleIndex.get(d.role);
      if (role === undefined) return invalid(`Candidate "${c.id}" needs role "${d.role}", which has no capacity: add a capacity row for it or remove the demand.`, c.id);
      if (!d.perQuarter.every(isQuantity)) return invalid(`Candidate "${c.id}" has a demand for "${d.role}" that is negative or not a number.`, c.id);
      const sum = merged.get(role) ?? [];
      d.perQuarter.forEach((x, k) => (sum[k] = (sum[k] ?? 0) + x));
      merged.set(role, sum);
    }
    const duration = Math.max(c.costPerQuarter.length, ...[...merged.values()].map((p) => p.length));
    const starts = [...new Set(c.starts ?? [0])].sort((a, b) => a - b);
    if (starts.length === 0) return invalid(`Candidate "${c.id}" has no allowed start: list at least one quarter, or leave starts out for quarter 0.`, c.id);
    const badStart = starts.find((s) => !Number.isInteger(s) || s < 0 || s >= quarters || s + duration > quarters);
    if (badStart !== undefined) return invalid(`Candidate "${c.id}" cannot start in quarter ${badStart}: its ${duration} quarter(s) must fit in the horizon of ${quarters} (quarters 0–${quarters - 1}).`, c.id);
    const pad = (p: ReadonlyArray<number>) => Array.from({ length: duration }, (_, k) => p[k] ?? 0);
    const demand = [...merged].filter(([, p]) => p.some((x) => x > 0)).map(([role, p]) => ({ role, perQuarter: pad(p) }));
    index.set(c.id, candidates.length);
    candidates.push({ id: c.id, value: c.value, duration, starts, cost: pad(c.costPerQuarter), demand, mandatory: !!c.mandatory });
  }

  const groupIds = new Set<string>();
  const groups: { id: string; members: number[] }[] = [];
  const groupsOf: number[][] = candidates.map(() => []);
  for (const g of model.exclusiveGroups ?? []) {
    if (!g.id) return invalid('Every exclusive group needs an id.');
    if (groupIds.has(g.id)) return invalid(`Exclusive group "${g.id}" appears twice: ids must be unique.`, g.id);
    groupIds.add(g.id);
    const members = [...new Set(g.members)].map((m) => index.get(m));
    const unknown = g.members.find((m) => !index.has(m));
    if (unknown !== undefined) return invalid(`Exclusive group "${g.id}" names "${unknown}", which is not a candidate.`, g.id);
    for (const m of members) groupsOf[m!]!.push(groups.length);
    groups.push({ id: g.id, members: members as number[] });
  }

  const prerequisites: IndexedPrerequisite[] = [];
  const requiresOf: number[][] = candidates.map(() => []);
  for (const p of model.prerequisites ?? []) {
    const b = index.get(p.candidate);
    const a = index.get(p.requires);
    if (b === undefined || a === undefined) return invalid(`A prerequisite names "${b === undefined ? p.candidate : p.requires}", which is not a candidate.`, b === undefined ? p.candidate : p.requires);
    if (a === b) return invalid(`Candidate "${p.candidate}" cannot require itself.`, p.candidate);
    requiresOf[b]!.push(prerequisites.length);
    prerequisites.push({ candidate: b, requires: a, afterFinish: !!p.afterFinish });
  }
  const cycle = prerequisiteCycle(candidates.length, prerequisites, requiresOf);
  if (cycle) return invalid(`Prerequisites go round in a circle (${cycle.map((c) => candidates[c]!.id).join(' requires ')}): remove one of them.`, candidates[cycle[0]!]!.id);

  const roles = [...roleIndex.keys()];
  const tokens = lpTokens(candidates.map((c) => c.id), roles, groups.map((g) => g.id));
  const problem: SelectionProblem = {
    quarters, years, yearOf, budget: [...model.budgetPerYear], roles, capacity: model.capacity.map((r) => [...r.perQuarter]),
    candidates, index, roleIndex, groupIndex: new Map(groups.map((g, k) => [g.id, k])), groups, groupsOf, prerequisites, requiresOf, tokens,
  };
  return { ok: true, problem };
}

/** A circle of prerequisites as candidate indices (first repeated last), or null. */
function prerequisiteCycle(n: number, prerequisites: ReadonlyArray<IndexedPrerequisite>, requiresOf: ReadonlyArray<ReadonlyArray<number>>): number[] | null {
  const state = new Uint8Array(n); // 0 new, 1 on the path, 2 done
  const path: number[] = [];
  const visit = (c: number): number[] | null => {
    state[c] = 1;
    path.push(c);
    for (const p of requiresOf[c]!) {
      const a = prerequisites[p]!.requires;
      if (state[a] === 1) return [...path.slice(path.indexOf(a)), a];
      if (state[a] === 0) {
        const found = visit(a);
        if (found) return found;
      }
    }
    path.pop();
    state[c] = 2;
    return null;
  };
  for (let c = 0; c < n; c++) if (state[c] === 0) {
    const found = visit(c);
    if (found) return found;
  }
  return null;
}

/** Minor units a candidate started in `start` costs in each budget year. */
export function costPerYear(problem: SelectionProblem, candidate: number, start: number): number[] {
  const byYear = new Array<number>(problem.years).fill(0);
  problem.candidates[candidate]!.cost.forEach((amount, k) => (byYear[problem.yearOf[start + k]!]! += amount));
  return byYear;
}

/** Quarter after a candidate's last quarter when started in `start`. */
export const finishOf = (problem: SelectionProblem, candidate: number, start: number): number => start + problem.candidates[candidate]!.duration;

/** The same problem with another budget per year (Infinity: unlimited that year). */
export const withBudget = (problem: SelectionProblem, budget: ReadonlyArray<number>): SelectionProblem => ({ ...problem, budget });
