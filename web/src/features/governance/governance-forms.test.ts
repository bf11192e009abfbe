// The decision panel's and the deliverable form's rules and the bodies they send.
import { describe, expect, it } from 'vitest';
import type { Deliverable } from '../../api/types.ts';
import { decisionFieldOf, emptyCondition, emptyDecision, toDecisionBody, validateDecision } from './decision-form-values.ts';
import { deliverableFieldOf, deliverableFormValues, requirementName, requirementOptions, toDeliverableCreate, toDeliverablePatch, validateDeliverable } from './deliverable-form-values.ts';
import { GATE_2, PREDICTIVE } from './governance-fixtures.ts';

describe('decision form', () => {
  it('needs a decision, and at least one written condition for a go with conditions', () => {
    expect(validateDecision(emptyDecision())).toEqual({ decision: 'Choose a decision.' });
    expect(validateDecision({ ...emptyDecision(), decision: 'go_with_conditions' })).toEqual({ conditions: 'A go with conditions needs at least one condition.' });
    const blank = { ...emptyDecision(), decision: 'go_with_conditions' as const, conditions: [{ ...emptyCondition(), dueDate: '12/03' }] };
    expect(validateDecision(blank)).toEqual({ 'conditions.0.text': 'Write what must be done.', 'conditions.0.dueDate': 'Enter a date.' });
    expect(validateDecision({ ...emptyDecision(), decision: 'hold', conditions: [emptyCondition()] })).toEqual({});
  });

  it('sends conditions only with a go with conditions', () => {
    const conditions = [{ text: ' Sign the charter ', dueDate: '2026-06-30', ownerId: 'u1' }, { text: 'Brief the board', dueDate: '', ownerId: null }];
    expect(toDecisionBody({ decision: 'go_with_conditions', comment: ' ok ', conditions })).toEqual({
      decision: 'go_with_conditions',
      comment: 'ok',
      conditions: [{ text: 'Sign the charter', dueDate: '2026-06-30', ownerId: 'u1' }, { text: 'Brief the board', dueDate: null, ownerId: null }],
    });
    expect(toDecisionBody({ decision: 'go', comment: '', conditions })).toEqual({ decision: 'go', comment: '', conditions: [] });
    expect(() => toDecisionBody(emptyDecision())).toThrow();
  });

  it('puts the server’s condition errors on the condition they name', () => {
    expect(decisionFieldOf('conditions[1].text')).toBe('conditions.1.text');
    expect(decisionFieldOf('conditions')).toBe('conditions');
    expect(decisionFieldOf('readiness.items[2]')).toBeNull();
  });
});

const deliverable: Deliverable = {
  id: 'd1', projectId: 'p1', requirementKey: 'charter', title: 'Charter v1', status: 'draft', url: null, body: '', createdBy: null,
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 1,
};

describe('deliverable form', () => {
  it('offers the current gate’s requirements first, each requirement once', () => {
    const groups = requirementOptions(PREDICTIVE, GATE_2);
    expect(groups.map((g) => g.group)).toEqual(['Gate 2 – Approval to execute (current)', 'Gate 1 – Approval to plan']);
    expect(groups[0]!.items.map((i) => i.value)).toEqual(['business_case', 'budget']);
    expect(groups[1]!.items).toEqual([{ value: 'charter', label: 'Project charter' }]);
    expect(requirementOptions(PREDICTIVE, null, 'old_doc').at(-1)).toEqual({ group: 'Other', items: [{ value: 'old_doc', label: 'Old doc' }] });
    expect(requirementName(PREDICTIVE, 'budget')).toBe('Budget');
    expect(requirementName(undefined, 'risk_register')).toBe('Risk register');
  });

  it('checks the requirement, title and link', () => {
    expect(validateDeliverable({ ...deliverableFormValues(), url: 'ftp://x' })).toEqual({
      requirementKey: 'Choose the requirement it meets.', title: 'Give the deliverable a title.', url: 'Links start with http:// or https://.',
    });
    expect(validateDeliverable(deliverableFormValues(deliverable))).toEqual({});
  });

  it('adds with empty links as null and changes only what changed', () => {
    expect(toDeliverableCreate({ ...deliverableFormValues(undefined, 'charter'), title: ' Charter ' })).toEqual({ requirementKey: 'charter', title: 'Charter', status: 'draft', url: null, body: '' });
    expect(toDeliverablePatch(deliverableFormValues(deliverable), deliverable)).toEqual({});
    expect(toDeliverablePatch({ ...deliverableFormValues(deliverable), status: 'approved', url: 'https://docs/x' }, deliverable)).toEqual({ status: 'approved', url: 'https://docs/x' });
    expect(deliverableFieldOf('url')).toBe('url');
    expect(deliverableFieldOf('projectId')).toBeNull();
  });
});
