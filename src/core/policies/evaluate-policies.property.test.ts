// Invariants of policy evaluation on random projects and random (valid) policies.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluatePolicies } from './evaluate-policies.ts';
import { ALL_ENABLED, TODAY, daysAgo, factsOf } from './facts-builder.ts';
import type { Policy, ProjectFacts } from './policy-types.ts';

const date = fc.integer({ min: -60, max: 120 }).map((n) => daysAgo(n));
const maybeDate = fc.option(date, { nil: null });
const codeOf = (prefix: string, i: number) => `${prefix}-${i + 1}`;

const risks = fc.array(fc.record({ status: fc.constantFrom('open', 'occurred', 'closed'), score: fc.integer({ min: 1, max: 25 }), strategy: fc.constantFrom(null, '', 'mitigate'), response: fc.constantFrom('', ' ', 'Plan B.'), reviewDate: maybeDate }), { maxLength: 8 });
const actions = fc.array(fc.record({ status: fc.constantFrom('open', 'in_progress', 'done', 'cancelled'), dueDate: maybeDate }), { maxLength: 8 });
const issues = fc.array(fc.record({ status: fc.constantFrom('open', 'in_progress', 'resolved', 'closed'), priority: fc.constantFrom('low', 'medium', 'high', 'critical'), escalationLevel: fc.constantFrom('project', 'program', 'pmo', 'executive'), createdAt: date }), { maxLength: 8 });
const dependencies = fc.array(fc.record({ status: fc.constantFrom('open', 'at_risk', 'delivered', 'cancelled'), neededBy: date, forecastDate: maybeDate }), { maxLength: 5 });

const projectFacts: fc.Arbitrary<ProjectFacts> = fc
  .record({
    phase: fc.constantFrom('initiate', 'plan', 'execute', 'close', 'deliver'),
    status: fc.constantFrom('proposed', 'active', 'on_hold', 'completed', 'cancelled'),
    managerId: fc.constantFrom(null, 'u1'),
    sponsorId: fc.constantFrom(null, 'u2'),
    risks,
    actions,
    issues,
    dependencies,
    present: fc.subarray(['charter', 'business_case', 'budget']),
    baselined: fc.boolean(),
    lastStatusReportDate: maybeDate,
  })
  .map((r) =>
    factsOf({
      project: { phase: r.phase, status: r.status, managerId: r.managerId, sponsorId: r.sponsorId },
      risks: r.risks.map((x, i) => ({ ...x, id: `r${i}`, code: codeOf('RSK', i), title: `Risk ${i}` })),
      actions: r.actions.map((x, i) => ({ ...x, id: `a${i}`, code: codeOf('ACT', i), title: `Action ${i}` })),
      issues: r.issues.map((x, i) => ({ ...x, id: `i${i}`, code: codeOf('ISS', i), title: `Issue ${i}` })),
      dependencies: r.dependencies.map((x, i) => ({ ...x, id: `d${i}`, code: codeOf('DEP', i), title: `Dependency ${i}`, providerProjectCode: 'PRJ-2' })),
      gate: { key: 'g', name: 'Gate', requiredDeliverables: [{ key: 'charter', name: 'Charter' }, { key: 'budget', name: 'Budget' }] },
      deliverablesPresent: r.present,
      baselined: r.baselined,
      lastStatusReportDate: r.lastStatusReportDate,
      today: TODAY,
    }),
  );

/** The default policies with random thresholds, phases, severities and switches. */
const policies: fc.Arbitrary<Policy[]> = fc.tuple(
  fc.integer({ min: 1, max: 25 }),
  fc.integer({ min: 0, max: 60 }),
  fc.constantFrom('low', 'medium', 'high', 'critical'),
  fc.array(fc.record({ enabled: fc.boolean(), severity: fc.constantFrom('warning', 'critical'), appliesToPhases: fc.subarray(['plan', 'execute', 'close']) }), { minLength: ALL_ENABLED.length, maxLength: ALL_ENABLED.length }),
).map(([score, days, priority, switches]) =>
  ALL_ENABLED.map((p, i) => {
    const params = { risk_response_required: { minScore: score }, risk_review_current: { graceDays: days }, overdue_actions: { maxDaysOverdue: days }, issue_escalation: { priority, maxDaysOpen: days }, status_report_current: { maxAgeDays: days + 1 } }[p.kind as string] ?? p.params;
    return { ...p, ...switches[i]!, params } as Policy;
  }),
);

const ITEM_KINDS = ['risk_response_required', 'risk_review_current', 'overdue_actions', 'issue_escalation', 'dependencies_on_track'];

describe('policy evaluation invariants', () => {
  it('never reports a disabled policy, and at most one breach per applicable policy, for this project, at its severity', () => {
    fc.assert(
      fc.property(projectFacts, policies, (facts, ps) => {
        const breaches = evaluatePolicies(ps, facts);
        const byKey = new Map(ps.map((p) => [p.key, p]));
        expect(new Set(breaches.map((b) => b.policyKey)).size).toBe(breaches.length);
        for (const b of breaches) {
          const p = byKey.get(b.policyKey)!;
          expect(p.enabled).toBe(true);
          expect(p.appliesToPhases.length === 0 || p.appliesToPhases.includes(facts.project.phase)).toBe(true);
          expect(b).toMatchObject({ projectId: facts.project.id, severity: p.severity, policyName: p.name });
          expect(b.items.length).toBeGreaterThan(0);
          expect(b.message).toMatch(/^[A-Z].*\.$/s);
        }
        expect(evaluatePolicies(ps.map((p) => ({ ...p, enabled: false })), facts)).toEqual([]);
      }),
    );
  });

  it('names only items of the project, and points the fix at one of them or at a list', () => {
    fc.assert(
      fc.property(projectFacts, policies, (facts, ps) => {
        const ids = new Set<string | null>([null, facts.project.id, ...facts.risks.map((r) => r.id), ...facts.actions.map((a) => a.id), ...facts.issues.map((i) => i.id), ...facts.dependencies.map((d) => d.id)]);
        for (const b of evaluatePolicies(ps, facts)) {
          for (const item of b.items) expect(ids.has(item.id)).toBe(true);
          expect(ids.has(b.fix.id)).toBe(true);
          if (b.fix.id !== null && b.fix.kind !== 'schedule') expect(b.items.map((i) => i.id)).toContain(b.fix.id);
        }
      }),
    );
  });

  it('finds no breach of an item rule in a project with no items, and none at all in a finished project', () => {
    fc.assert(
      fc.property(projectFacts, policies, (facts, ps) => {
        const empty = { ...facts, risks: [], actions: [], issues: [], dependencies: [] };
        expect(evaluatePolicies(ps, empty).filter((b) => ITEM_KINDS.includes(ps.find((p) => p.key === b.policyKey)!.kind))).toEqual([]);
        const finished = { ...facts, project: { ...facts.project, status: 'completed' } };
        expect(evaluatePolicies(ps, finished)).toEqual([]);
      }),
    );
  });

  it('does not breach more when a threshold is loosened', () => {
    fc.assert(
      fc.property(projectFacts, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (facts, a, b) => {
        const [tight, loose] = [Math.min(a, b), Math.max(a, b)];
        const count = (maxDaysOverdue: number) => evaluatePolicies([{ ...ALL_ENABLED.find((p) => p.kind === 'overdue_actions')!, params: { maxDaysOverdue } } as Policy], facts)[0]?.items.length ?? 0;
        expect(count(loose)).toBeLessThanOrEqual(count(tight));
      }),
    );
  });
});
