import { describe, expect, it } from 'vitest';
import { evaluatePolicies, projectCompliance, summariseCompliance } from './evaluate-policies.ts';
import { ALL_ENABLED, action, daysAgo, dependency, factsOf, issue, policyOf, risk } from './facts-builder.ts';
import { DEFAULT_POLICIES } from './default-policies.ts';
import type { Policy, ProjectFacts } from './policy-types.ts';

const one = (policy: Policy, facts: ProjectFacts) => evaluatePolicies([policy], facts);

describe('risk_response_required', () => {
  const policy = policyOf('risk_response_required', { params: { minScore: 15 } });
  it('names each open risk at or above the score that lacks a strategy or a response', () => {
    const facts = factsOf({
      risks: [
        risk({ code: 'RSK-4', title: 'Supplier insolvency', score: 20, response: '' }),
        risk({ code: 'RSK-5', title: 'Key people leave', score: 15, strategy: null, response: '' }),
        risk({ code: 'RSK-6', score: 16, strategy: null }),
        risk({ code: 'RSK-7', score: 14, response: '' }),
        risk({ code: 'RSK-8', score: 25, status: 'closed', response: '' }),
        risk({ code: 'RSK-9', score: 25 }),
      ],
    });
    const [b] = one(policy, facts);
    expect(b!.message).toBe(
      "RSK-4 'Supplier insolvency' scores 20 but has no response; RSK-5 'Key people leave' scores 15 but has neither a strategy nor a response; RSK-6 'Risk RSK-6' scores 16 but has no response strategy (open risks scoring 15 or more need a response strategy and a response).",
    );
    expect(b!.items.map((i) => i.code)).toEqual(['RSK-4', 'RSK-5', 'RSK-6']);
    expect(b).toMatchObject({ policyKey: 'high_risks_have_response', severity: 'critical', projectId: 'p1', fix: { kind: 'risk', id: null } });
  });
  it('points the fix at the risk when only one breaches, and is silent when none does', () => {
    expect(one(policy, factsOf({ risks: [risk({ code: 'RSK-4', score: 20, response: ' ' })] }))[0]!.fix).toEqual({ kind: 'risk', id: 'id-RSK-4' });
    expect(one(policy, factsOf({ risks: [risk({ code: 'RSK-4', score: 20 })] }))).toEqual([]);
  });
});

describe('risk_review_current', () => {
  it('names open risks whose review is later than the grace days', () => {
    const policy = policyOf('risk_review_current', { params: { graceDays: 7 } });
    const facts = factsOf({ risks: [risk({ code: 'RSK-1', reviewDate: daysAgo(8) }), risk({ code: 'RSK-2', reviewDate: daysAgo(7) }), risk({ code: 'RSK-3', reviewDate: null }), risk({ code: 'RSK-4', reviewDate: daysAgo(30), status: 'occurred' })] });
    const [b] = one(policy, facts);
    expect(b!.message).toBe(`RSK-1 'Risk RSK-1' was due for review on ${daysAgo(8)}, 8 days ago (a review may be at most 7 days late).`);
    expect(b!.fix).toEqual({ kind: 'risk', id: 'id-RSK-1' });
  });
});

describe('overdue_actions', () => {
  it('names open actions overdue by more than the limit', () => {
    const policy = policyOf('overdue_actions', { params: { maxDaysOverdue: 30 } });
    const facts = factsOf({ actions: [action({ code: 'ACT-1', dueDate: daysAgo(31) }), action({ code: 'ACT-2', dueDate: daysAgo(30) }), action({ code: 'ACT-3', dueDate: daysAgo(90), status: 'done' }), action({ code: 'ACT-4', dueDate: daysAgo(45), status: 'in_progress' })] });
    const [b] = one(policy, facts);
    expect(b!.items.map((i) => i.code)).toEqual(['ACT-1', 'ACT-4']);
    expect(b!.message).toContain(`ACT-1 'Action ACT-1' is 31 days overdue (due ${daysAgo(31)})`);
    expect(b!.severity).toBe('warning');
  });
});

describe('issue_escalation', () => {
  const facts = factsOf({
    issues: [
      issue({ code: 'ISS-1', priority: 'critical', createdAt: `${daysAgo(6)}T10:00:00.000Z` }),
      issue({ code: 'ISS-2', priority: 'critical', createdAt: `${daysAgo(5)}T10:00:00.000Z` }),
      issue({ code: 'ISS-3', priority: 'critical', createdAt: `${daysAgo(20)}T10:00:00.000Z`, escalationLevel: 'pmo' }),
      issue({ code: 'ISS-4', priority: 'high', createdAt: `${daysAgo(20)}T10:00:00.000Z` }),
      issue({ code: 'ISS-5', priority: 'critical', createdAt: `${daysAgo(20)}T10:00:00.000Z`, status: 'resolved' }),
    ],
  });
  it('names issues of the priority left with the project longer than allowed', () => {
    const [b] = one(policyOf('issue_escalation', { params: { priority: 'critical', maxDaysOpen: 5 } }), facts);
    expect(b!.message).toBe("ISS-1 'Issue ISS-1' (critical) has been open 6 days and is still with the project (critical issues open more than 5 days go to the program, the PMO or the executives).");
  });
  it('counts higher priorities in', () => {
    const [b] = one(policyOf('issue_escalation', { params: { priority: 'high', maxDaysOpen: 5 } }), facts);
    expect(b!.items.map((i) => i.code)).toEqual(['ISS-1', 'ISS-4']);
  });
});

describe('gate_deliverables', () => {
  const gate = { key: 'approval_to_execute', name: 'Gate 2 – Approval to execute', requiredDeliverables: [{ key: 'project_management_plan', name: 'Project management plan' }, { key: 'budget', name: 'Budget' }] };
  it('names the mandatory deliverables of the next gate that are missing', () => {
    const [b] = one(policyOf('gate_deliverables'), factsOf({ gate, deliverablesPresent: ['budget'] }));
    expect(b!.message).toBe('Gate 2 – Approval to execute requires Project management plan (project_management_plan), final or approved, and it is missing: add it to the project.');
    expect(b!.items).toEqual([{ kind: 'deliverable', id: null, code: 'project_management_plan' }]);
    expect(b!.fix).toEqual({ kind: 'deliverable', id: null });
  });
  it('is met when they exist or no gate ends the phase', () => {
    expect(one(policyOf('gate_deliverables'), factsOf({ gate, deliverablesPresent: ['budget', 'project_management_plan'] }))).toEqual([]);
    expect(one(policyOf('gate_deliverables'), factsOf({ gate: null }))).toEqual([]);
  });
});

describe('project rules', () => {
  it('schedule_baselined: breaches in the listed phases only, and opens the schedule', () => {
    const policy = policyOf('schedule_baselined', { params: { phases: ['execute', 'close'] } });
    const [b] = one(policy, factsOf({ baselined: false }));
    expect(b).toMatchObject({ message: 'PRJ-1 is in its execute phase without a saved schedule baseline 0: save the baseline of its schedule.', fix: { kind: 'schedule', id: 'p1' } });
    expect(one(policy, factsOf({ baselined: false, project: { phase: 'plan' } }))).toEqual([]);
    expect(one(policy, factsOf({ baselined: true }))).toEqual([]);
  });
  it('manager_and_sponsor: active projects only', () => {
    const policy = policyOf('manager_and_sponsor');
    expect(one(policy, factsOf({ project: { sponsorId: null } }))[0]!.message).toBe("PRJ-1 'CRM' is active with no sponsor: name one on the project.");
    expect(one(policy, factsOf({ project: { sponsorId: null, managerId: null } }))[0]!.message).toContain('no manager and no sponsor: name them');
    expect(one(policy, factsOf({ project: { sponsorId: null, status: 'proposed' } }))).toEqual([]);
  });
  it('dependencies_on_track: a forecast after the need, or a need passed', () => {
    const facts = factsOf({
      dependencies: [
        dependency({ code: 'DEP-1', neededBy: daysAgo(-10), forecastDate: daysAgo(-22) }),
        dependency({ code: 'DEP-2', neededBy: daysAgo(3) }),
        dependency({ code: 'DEP-3', neededBy: daysAgo(3), status: 'delivered' }),
        dependency({ code: 'DEP-4', neededBy: daysAgo(-10), forecastDate: daysAgo(-10) }),
      ],
    });
    const [b] = one(policyOf('dependencies_on_track'), facts);
    expect(b!.items.map((i) => i.code)).toEqual(['DEP-1', 'DEP-2']);
    expect(b!.message).toContain(`DEP-1 'Dependency DEP-1' from PRJ-9 is forecast for ${daysAgo(-22)}, 12 days after it is needed (${daysAgo(-10)})`);
    expect(b!.message).toContain(`DEP-2 'Dependency DEP-2' from PRJ-9 was needed by ${daysAgo(3)} and has not been delivered`);
  });
  it('status_report_current: none, or one as old as the limit, breaches', () => {
    const policy = policyOf('status_report_current', { params: { maxAgeDays: 14 } });
    expect(one(policy, factsOf())[0]!.message).toBe('PRJ-1 has no status report (a status report must be younger than 14 days).');
    expect(one(policy, factsOf({ lastStatusReportDate: daysAgo(14) }))[0]!.message).toContain('14 days ago');
    expect(one(policy, factsOf({ lastStatusReportDate: daysAgo(13) }))).toEqual([]);
  });
});

describe('which policies apply', () => {
  const noSponsor = factsOf({ project: { sponsorId: null } });
  it('skips disabled policies, other phases and finished projects', () => {
    expect(one(policyOf('manager_and_sponsor', { enabled: false }), noSponsor)).toEqual([]);
    expect(one(policyOf('manager_and_sponsor', { appliesToPhases: ['plan'] }), noSponsor)).toEqual([]);
    expect(one(policyOf('manager_and_sponsor', { appliesToPhases: ['plan', 'execute'] }), noSponsor)).toHaveLength(1);
    const risky = factsOf({ risks: [risk({ code: 'RSK-1', score: 25, response: '' })] });
    expect(evaluatePolicies(ALL_ENABLED, { ...risky, project: { ...risky.project, status: 'completed' } })).toEqual([]);
  });
  it('finds nothing wrong with a well-kept project under every default policy once it has reported', () => {
    expect(evaluatePolicies(ALL_ENABLED, factsOf()).map((b) => b.policyKey)).toEqual(['status_report_current']);
    expect(DEFAULT_POLICIES.every((p) => p.enabled)).toBe(true);
    expect(evaluatePolicies(DEFAULT_POLICIES, factsOf({ lastStatusReportDate: daysAgo(34) }))).toEqual([]);
    expect(evaluatePolicies(DEFAULT_POLICIES, factsOf({ lastStatusReportDate: daysAgo(35) })).map((b) => b.policyKey)).toEqual(['status_report_current']);
    expect(evaluatePolicies(DEFAULT_POLICIES, factsOf({ project: { phase: 'plan' } }))).toEqual([]);
  });
  it('names the first five items and counts the rest', () => {
    const actions = Array.from({ length: 7 }, (_, i) => action({ code: `ACT-${i + 1}`, dueDate: daysAgo(40) }));
    const [b] = one(policyOf('overdue_actions'), factsOf({ actions }));
    expect(b!.message).toMatch(/ACT-5 'Action ACT-5' is 40 days overdue \(due [\d-]+\); and 2 more \(open actions/);
    expect(b!.items).toHaveLength(7);
  });
});

describe('compliance summary', () => {
  it('counts projects by their worst breach and projects per policy', () => {
    const facts = [factsOf(), factsOf({ project: { id: 'p2', sponsorId: null } }), factsOf({ project: { id: 'p3' }, actions: [action({ code: 'ACT-1', dueDate: daysAgo(60) })] })];
    const policies = ALL_ENABLED.filter((p) => p.kind !== 'status_report_current');
    const projects = facts.map((f) => projectCompliance(f.project.id, evaluatePolicies(policies, f)));
    expect(projects.map((p) => [p.state, p.warnings, p.critical])).toEqual([['compliant', 0, 0], ['critical', 0, 1], ['warnings', 1, 0]]);
    const summary = summariseCompliance(projects, policies);
    expect(summary).toMatchObject({ projects: 3, compliant: 1, withWarnings: 1, withCritical: 1 });
    expect(summary.byPolicy.find((p) => p.policyKey === 'no_stale_actions')).toMatchObject({ projects: 1, items: 1 });
    expect(summary.byPolicy).toHaveLength(policies.length);
  });
});
