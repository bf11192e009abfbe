import { describe, expect, it } from 'vitest';
import { DEFAULT_METHODOLOGIES } from '../governance/default-methodologies.ts';
import { DEFAULT_POLICIES } from './default-policies.ts';
import { KIND_SPECS, validatePolicy } from './policy-validation.ts';
import { POLICY_KINDS, type PolicyDraft } from './policy-types.ts';

const draft = (over: Partial<PolicyDraft>): PolicyDraft => ({ key: 'p', name: 'P', description: '', kind: 'overdue_actions', params: { maxDaysOverdue: 30 }, severity: 'warning', appliesToPhases: [], enabled: true, ...over });
const errorsOf = (over: Partial<PolicyDraft>) => {
  const r = validatePolicy(draft(over));
  return r.ok ? [] : r.errors;
};

describe('validatePolicy', () => {
  it('accepts every default policy, and there is one per kind', () => {
    for (const p of DEFAULT_POLICIES) expect(validatePolicy(p)).toEqual({ ok: true, policy: p });
    expect(new Set(DEFAULT_POLICIES.map((p) => p.kind))).toEqual(new Set(POLICY_KINDS));
    expect(Object.keys(KIND_SPECS).sort()).toEqual([...POLICY_KINDS].sort());
  });

  it('keeps the default policy keys apart from the keys of gate items (a waiver names either by key)', () => {
    const gateKeys = DEFAULT_METHODOLOGIES.flatMap((m) => m.phases.flatMap((p) => (p.gate ? [...p.gate.criteria, ...p.gate.deliverables].map((i) => i.key) : [])));
    for (const p of DEFAULT_POLICIES) expect(gateKeys).not.toContain(p.key);
  });

  it('says which parameter is wrong and what to give instead', () => {
    expect(errorsOf({ params: { maxDaysOverdue: -1 } })).toEqual([{ path: 'params.maxDaysOverdue', message: 'give a whole number from 0 to 3650 (days an action may be overdue), not -1' }]);
    expect(errorsOf({ params: {} })).toEqual([{ path: 'params.maxDaysOverdue', message: 'missing: give a whole number from 0 to 3650 (days an action may be overdue)' }]);
    expect(errorsOf({ params: { maxDaysOverdue: 2.5 } })[0]!.path).toBe('params.maxDaysOverdue');
    expect(errorsOf({ params: { maxDaysOverdue: '30' } })[0]!.message).toContain('not "30"');
    expect(errorsOf({ params: { maxDaysOverdue: 30, minScore: 3 } })).toEqual([{ path: 'params.minScore', message: 'overdue_actions has no parameter minScore; its parameters are maxDaysOverdue' }]);
    expect(errorsOf({ kind: 'manager_and_sponsor', params: { x: 1 } })).toEqual([{ path: 'params.x', message: 'manager_and_sponsor takes no parameters; remove x' }]);
    expect(errorsOf({ kind: 'issue_escalation', params: { priority: 'urgent', maxDaysOpen: 5 } })[0]!.message).toBe('give one of low, medium, high, critical, not "urgent"');
    expect(errorsOf({ kind: 'schedule_baselined', params: { phases: [] } })[0]!.message).toContain('one or more distinct phase keys');
    expect(errorsOf({ kind: 'schedule_baselined', params: { phases: ['execute', 'execute'] } })).toHaveLength(1);
  });

  it('reports every problem of the policy itself', () => {
    const errors = errorsOf({ key: 'Bad Key', name: ' ', kind: 'budget_cap', severity: 'fatal' as never, appliesToPhases: ['plan', 'plan', 'Oops'] });
    expect(errors.map((e) => e.path)).toEqual(['key', 'name', 'severity', 'appliesToPhases[1]', 'appliesToPhases[2]', 'kind']);
    expect(errors.at(-1)!.message).toContain('use one of risk_response_required, risk_review_current');
  });
});
