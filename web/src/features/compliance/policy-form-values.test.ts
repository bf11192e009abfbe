// The policy form built from a rule kind's parameter descriptions: values, checks and PUT body.
import { describe, expect, it } from 'vitest';
import type { Policy, PolicyKindSpec } from '../../api/types.ts';
import { paramSummary, policyFieldOf, policyFormValues, toPolicyBody, toggledBody, validatePolicyForm } from './policy-form-values.ts';

const policy: Policy = {
  key: 'critical_issues_escalated',
  name: 'Critical issues are escalated',
  description: 'd',
  kind: 'issue_escalation',
  params: { priority: 'critical', maxDaysOpen: 5 },
  severity: 'critical',
  appliesToPhases: [],
  enabled: true,
  builtIn: true,
  version: 0,
};
const kind: PolicyKindSpec = {
  kind: 'issue_escalation',
  description: 'k',
  params: [
    { name: 'priority', type: 'issue_priority', description: 'p' },
    { name: 'maxDaysOpen', type: 'integer', description: 'm', min: 0, max: 365 },
    { name: 'phases', type: 'phase_keys', description: 'ph' },
  ],
};

describe('policy form values', () => {
  it('fills every parameter of the kind, with defaults for missing ones', () => {
    expect(policyFormValues(policy, kind).params).toEqual({ priority: 'critical', maxDaysOpen: 5, phases: [] });
  });

  it('checks parameters against the kind', () => {
    const values = { ...policyFormValues(policy, kind), name: ' ' };
    values.params = { priority: 'urgent', maxDaysOpen: 400, phases: ['Execute'] };
    expect(validatePolicyForm(values, kind)).toEqual({
      name: 'Give the policy a name.',
      'params.priority': 'Choose a priority.',
      'params.maxDaysOpen': 'At most 365.',
      'params.phases': 'Phase keys are lower-case words joined by _, such as execute.',
    });
    values.params.maxDaysOpen = '';
    expect(validatePolicyForm(values, kind)['params.maxDaysOpen']).toBe('Enter a whole number.');
  });

  it('sends the whole policy, keeping its kind', () => {
    const values = { ...policyFormValues(policy, kind), severity: 'warning' as const, enabled: false };
    values.params.maxDaysOpen = 10;
    expect(toPolicyBody(policy, values, kind)).toEqual({
      name: 'Critical issues are escalated', description: 'd', kind: 'issue_escalation',
      params: { priority: 'critical', maxDaysOpen: 10, phases: [] }, severity: 'warning', appliesToPhases: [], enabled: false,
    });
    expect(toggledBody(policy, false)).toMatchObject({ enabled: false, params: policy.params });
  });

  it('summarises parameters and maps server paths onto fields', () => {
    expect(paramSummary(policy)).toBe('priority critical · maxDaysOpen 5');
    expect(policyFieldOf('params.maxDaysOpen')).toBe('params.maxDaysOpen');
    expect(policyFieldOf('severity')).toBe('severity');
    expect(policyFieldOf('kind')).toBeNull();
  });
});
