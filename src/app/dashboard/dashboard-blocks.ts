// The dashboard's blocks built from what dashboard-loads.ts read: each count is made from the
// list of projects (or items) behind it, so a figure and its "numbers behind" cannot disagree.
import type { PortfolioDashboard } from '../../contracts/dashboard.schema.ts';
import { PROJECT_STATUSES } from '../../contracts/project.schema.ts';
import type { ComplianceSummary, ProjectCompliance } from '../../core/policies/evaluate-policies.ts';
import type { StoredMethodology } from '../governance/methodology-library.ts';
import { MissingExchangeRate } from '../rates/exchange-rates.ts';
import type { ScopeProject } from './dashboard-loads.ts';
import type { Rag } from './report-facts.ts';

type Ref = { id: string; code: string };
const refOf = (p: Ref): Ref => ({ id: p.id, code: p.code });

/** Groups items under keys in first-seen order (callers pass items sorted as they want them listed). */
function groupBy<T, K>(items: ReadonlyArray<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** A phase as its methodology names it, and its place there (-1 when the methodology lacks it). */
export function phaseNamer(methodologies: ReadonlyArray<StoredMethodology>) {
  const byKey = new Map(methodologies.map((m, order) => [m.methodology.key, { order, m: m.methodology }]));
  return (methodologyKey: string, phaseKey: string) => {
    const found = byKey.get(methodologyKey);
    const position = found ? found.m.phases.findIndex((p) => p.key === phaseKey) : -1;
    return {
      methodologyOrder: found?.order ?? Number.MAX_SAFE_INTEGER,
      methodologyName: found?.m.name ?? methodologyKey,
      position,
      name: position >= 0 ? found!.m.phases[position]!.name : phaseKey,
    };
  };
}

export function phaseBlock(projects: ReadonlyArray<ScopeProject>, nameOf: ReturnType<typeof phaseNamer>): PortfolioDashboard['byPhase'] {
  const groups = groupBy(projects, (p) => `${p.methodologyKey}\u0000${p.phase}`);
  return [...groups.values()]
    .map((members) => {
      const { methodologyKey, phase } = members[0]!;
      const named = nameOf(methodologyKey, phase);
      return { order: named.methodologyOrder, methodologyKey, methodologyName: named.methodologyName, phaseKey: phase, phaseName: named.name, position: named.position, count: members.length, projects: members.map(refOf) };
    })
    .sort((a, b) => a.order - b.order || a.methodologyKey.localeCompare(b.methodologyKey) || (a.position < 0 ? 1e9 : a.position) - (b.position < 0 ? 1e9 : b.position) || a.phaseKey.localeCompare(b.phaseKey))
    .map(({ order: _order, ...bucket }) => bucket);
}

export function statusBlock(projects: ReadonlyArray<ScopeProject>): PortfolioDashboard['byStatus'] {
  const groups = groupBy(projects, (p) => p.status);
  const statuses = [...PROJECT_STATUSES, ...[...groups.keys()].filter((s) => !(PROJECT_STATUSES as readonly string[]).includes(s))];
  return statuses.map((status) => {
    const members = groups.get(status) ?? [];
    return { status, count: members.length, projects: members.map(refOf) };
  });
}

export function ragBuckets(projects: ReadonlyArray<ScopeProject>, ragOf: (p: ScopeProject) => Rag | null): PortfolioDashboard['byRag']['buckets'] {
  const groups = groupBy(projects, (p) => ragOf(p) ?? 'not_reported');
  return (['red', 'amber', 'green', 'not_reported'] as const).map((rag) => {
    const members = groups.get(rag) ?? [];
    return { rag, count: members.length, projects: members.map(refOf) };
  });
}

/** Converts an amount of a currency to the base currency (today's rate); throws MissingExchangeRate without one. */
export interface ToBase {
  readonly currency: string;
  convert(amountMinor: number, from: string): number;
}

/** Every budget and forecast in the base currency, naming the projects that could not be converted. */
function baseTotal(budgeted: ReadonlyArray<ScopeProject>, forecastOf: ReadonlyMap<string, number | null>, toBase: ToBase): PortfolioDashboard['budget']['base'] {
  const base: PortfolioDashboard['budget']['base'] = { currency: toBase.currency, budgetMinor: 0, forecastMinor: 0, projects: [], notConverted: [] };
  for (const p of budgeted) {
    const budget = Number(p.budgetAmountMinor);
    try {
      const [b, f] = [toBase.convert(budget, p.budgetCurrency!), toBase.convert(forecastOf.get(p.id) ?? budget, p.budgetCurrency!)];
      base.budgetMinor += b;
      base.forecastMinor += f;
      base.projects.push(refOf(p));
    } catch (error) {
      if (!(error instanceof MissingExchangeRate)) throw error;
      base.notConverted.push({ ...refOf(p), currency: p.budgetCurrency!, reason: error.message });
    }
  }
  return base;
}

/**
 * Budgets per currency against the cost forecasts — each project's earned-value EAC where it has
 * one, its budget where it has none yet (counted and named in forecastNotAssessed) — and all of
 * them in the base currency at today's rates.
 */
export function budgetBlock(projects: ReadonlyArray<ScopeProject>, forecastOf: ReadonlyMap<string, number | null>, toBase: ToBase): PortfolioDashboard['budget'] {
  const budgeted = projects.filter((p) => p.budgetAmountMinor !== null && p.budgetCurrency !== null);
  const totals = [...groupBy(budgeted, (p) => p.budgetCurrency!)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, members]) => ({
      currency,
      budgetMinor: members.reduce((sum, p) => sum + Number(p.budgetAmountMinor), 0),
      forecastMinor: members.reduce((sum, p) => sum + (forecastOf.get(p.id) ?? Number(p.budgetAmountMinor)), 0),
      projects: members.map((p) => ({ ...refOf(p), budgetMinor: Number(p.budgetAmountMinor), forecastMinor: forecastOf.get(p.id) ?? null })),
    }));
  const unforecast = budgeted.filter((p) => (forecastOf.get(p.id) ?? null) === null).length;
  const forecastNotAssessed = unforecast === 0 ? null : `${unforecast} of ${budgeted.length} budgeted projects have no earned-value forecast yet (no cost baseline, or nothing earned and spent): they count at their budget.`;
  return { totals, base: baseTotal(budgeted, forecastOf, toBase), withoutBudget: projects.filter((p) => p.budgetAmountMinor === null || p.budgetCurrency === null).map(refOf), forecastNotAssessed };
}

export function objectiveBlock(loaded: { objectives: ReadonlyArray<{ id: string; code: string; name: string; status: string; targetDate: string | null }>; links: ReadonlyArray<{ objectiveId: string; id: string; code: string }> }): PortfolioDashboard['objectives'] {
  const serving = groupBy(loaded.links, (l) => l.objectiveId);
  return loaded.objectives.map((o) => {
    const members = serving.get(o.id) ?? [];
    return { id: o.id, code: o.code, name: o.name, status: o.status, targetDate: o.targetDate, count: members.length, projects: members.map(refOf) };
  });
}

export function complianceBlock(evaluated: ReadonlyArray<{ code: string; compliance: ProjectCompliance }>, summary: ComplianceSummary): PortfolioDashboard['compliance'] {
  const ref = (e: { code: string; compliance: ProjectCompliance }) => ({ id: e.compliance.projectId, code: e.code });
  const byState = groupBy(evaluated, (e) => e.compliance.state);
  return {
    projects: summary.projects,
    byState: (['critical', 'warnings', 'compliant'] as const).map((state) => ({ state, count: byState.get(state)?.length ?? 0, projects: (byState.get(state) ?? []).map(ref) })),
    byPolicy: summary.byPolicy.map((p) => {
      const breaching = evaluated.filter((e) => e.compliance.breaches.some((b) => b.policyKey === p.policyKey));
      return { policyKey: p.policyKey, policyName: p.policyName, severity: p.severity, count: p.projects, items: p.items, projects: breaching.map(ref) };
    }),
  };
}
