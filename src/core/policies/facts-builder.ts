// Terse project facts and policies for tests: a running project with nothing on record, to which a
// test adds just the items it is about, and a policy of a kind with only what the test changes.
import { DEFAULT_POLICIES } from './default-policies.ts';
import type { ActionFact, DependencyFact, IssueFact, Policy, PolicyKind, PolicyOf, ProjectFacts, RiskFact } from './policy-types.ts';

export const TODAY = '2026-11-24';

/**
 * The date `n` days before TODAY (after it when n is negative).
 * @example
 * daysAgo(24); // '2026-10-31'
 */
export function daysAgo(n: number, today = TODAY): string {
  return new Date(Date.parse(`${today}T00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
}

type Over<T> = Partial<T> & { readonly code: string };

export const risk = (r: Over<RiskFact>): RiskFact => ({ id: `id-${r.code}`, title: `Risk ${r.code}`, status: 'open', score: 1, strategy: 'mitigate', response: 'A plan.', reviewDate: null, ...r });
export const action = (a: Over<ActionFact>): ActionFact => ({ id: `id-${a.code}`, title: `Action ${a.code}`, status: 'open', dueDate: null, ...a });
export const issue = (i: Over<IssueFact>): IssueFact => ({ id: `id-${i.code}`, title: `Issue ${i.code}`, status: 'open', priority: 'medium', escalationLevel: 'project', createdAt: `${TODAY}T09:00:00.000Z`, ...i });
export const dependency = (d: Over<DependencyFact>): DependencyFact => ({ id: `id-${d.code}`, title: `Dependency ${d.code}`, status: 'open', neededBy: daysAgo(-60), forecastDate: null, providerProjectCode: 'PRJ-9', ...d });

/** An active project in its execute phase, manager and sponsor named, baselined, with nothing on record. */
export function factsOf(over: Partial<Omit<ProjectFacts, 'project'>> & { readonly project?: Partial<ProjectFacts['project']> } = {}): ProjectFacts {
  const { project, ...rest } = over;
  return {
    project: { id: 'p1', code: 'PRJ-1', name: 'CRM', phase: 'execute', status: 'active', methodologyKey: 'predictive', managerId: 'u1', sponsorId: 'u2', ...project },
    risks: [],
    actions: [],
    issues: [],
    dependencies: [],
    gate: null,
    deliverablesPresent: [],
    baselined: true,
    lastStatusReportDate: null,
    today: TODAY,
    ...rest,
  };
}

/** The default policy of a kind, enabled, with params and fields overridden. */
export function policyOf<K extends PolicyKind>(kind: K, over: Partial<Omit<PolicyOf<K>, 'kind'>> = {}): PolicyOf<K> {
  const base = DEFAULT_POLICIES.find((p) => p.kind === kind)!;
  return { ...base, enabled: true, appliesToPhases: [], ...over, kind } as unknown as PolicyOf<K>;
}

/** Every default policy, enabled. */
export const ALL_ENABLED: ReadonlyArray<Policy> = DEFAULT_POLICIES.map((p) => ({ ...p, enabled: true, appliesToPhases: [] }));
