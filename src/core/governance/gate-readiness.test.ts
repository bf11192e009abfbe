import { describe, expect, it } from 'vitest';
import { gateReadiness, type GateReadinessInput, type ReadinessItem } from './gate-readiness.ts';
import type { Gate, OperatingModel } from './methodology-types.ts';
import { APPROVAL_TO_PLAN } from './default-predictive.ts';

const gate: Gate = {
  key: 'g',
  name: 'Gate',
  purpose: '',
  approverRoles: ['sponsor'],
  criteria: [
    { key: 'funded', text: 'Funding is approved.', mandatory: true },
    { key: 'options', text: 'Options were considered.', mandatory: false },
  ],
  deliverables: [
    { key: 'business_case', name: 'Business case', description: '', mandatory: true },
    { key: 'raid', name: 'RAID log', description: '', mandatory: false },
  ],
};

const input = (operatingModel: OperatingModel, over: Partial<GateReadinessInput> = {}): GateReadinessInput => ({
  operatingModel,
  gate,
  checklist: [
    { criterionKey: 'funded', outcome: 'met' },
    { criterionKey: 'options', outcome: 'met' },
  ],
  deliverablesPresent: new Set(['business_case', 'raid']),
  waivers: [],
  policyBreaches: [],
  ...over,
});
const item = (items: ReadonlyArray<ReadinessItem>, key: string) => items.find((i) => i.key === key)!;
const MODELS: OperatingModel[] = ['supportive', 'controlling', 'directive'];
const noBusinessCase = new Set(['raid']);

describe('gateReadiness', () => {
  it.each(MODELS)('lets a complete gate go under %s, with every item ok', (model) => {
    const r = gateReadiness(input(model));
    expect(r).toMatchObject({ blocking: 0, warnings: 0, needsWaiver: 0, canGo: true });
    expect(r.items.map((i) => [i.kind, i.key, i.state])).toEqual([
      ['criterion', 'funded', 'ok'],
      ['criterion', 'options', 'ok'],
      ['deliverable', 'business_case', 'ok'],
      ['deliverable', 'raid', 'ok'],
    ]);
    expect(item(r.items, 'business_case').reason).toBe('The business case is attached.');
  });

  it('under supportive, warns about a missing mandatory deliverable and lets the gate go', () => {
    const r = gateReadiness(input('supportive', { deliverablesPresent: noBusinessCase }));
    expect(item(r.items, 'business_case')).toMatchObject({ state: 'warning', text: 'Business case' });
    expect(item(r.items, 'business_case').reason).toBe(
      'The business case (mandatory) is missing: a supportive PMO does not hold the gate for it, but attach it to the project when you can.',
    );
    expect(r).toMatchObject({ warnings: 1, canGo: true });
  });

  it('under controlling, needs a waiver for a missing mandatory deliverable', () => {
    const r = gateReadiness(input('controlling', { deliverablesPresent: noBusinessCase }));
    expect(item(r.items, 'business_case')).toMatchObject({
      state: 'needs_waiver',
      reason: 'The business case (mandatory) is missing: attach it to the project, or record a waiver.',
    });
    expect(r).toMatchObject({ needsWaiver: 1, blocking: 0, canGo: false });
  });

  it('under controlling, a waiver with a reason lets the gate go; a blank reason does not', () => {
    const waived = gateReadiness(input('controlling', { deliverablesPresent: noBusinessCase, waivers: [{ itemKey: 'business_case', reason: ' Funded by the programme ' }] }));
    expect(item(waived.items, 'business_case')).toMatchObject({ state: 'waived', reason: 'The business case (mandatory) is missing; waived: Funded by the programme.' });
    expect(waived.canGo).toBe(true);
    const blank = gateReadiness(input('controlling', { deliverablesPresent: noBusinessCase, waivers: [{ itemKey: 'business_case', reason: '  ' }] }));
    expect(item(blank.items, 'business_case').state).toBe('needs_waiver');
    expect(blank.canGo).toBe(false);
  });

  it('under directive, blocks on a missing mandatory deliverable, waiver or not', () => {
    const r = gateReadiness(input('directive', { deliverablesPresent: noBusinessCase, waivers: [{ itemKey: 'business_case', reason: 'The sponsor says so.' }] }));
    expect(item(r.items, 'business_case').state).toBe('blocking');
    expect(item(r.items, 'business_case').reason).toBe(
      'The business case (mandatory) is missing: attach it to the project before the gate can pass; the waiver recorded for it does not count, because a directive PMO does not accept waivers for it.',
    );
    expect(r).toMatchObject({ blocking: 1, canGo: false });
  });

  it.each(MODELS)('under %s, a missing optional deliverable or failed optional criterion is only a warning', (model) => {
    const r = gateReadiness(input(model, { deliverablesPresent: new Set(['business_case']), checklist: [{ criterionKey: 'funded', outcome: 'met' }, { criterionKey: 'options', outcome: 'not_met' }] }));
    expect(item(r.items, 'raid')).toMatchObject({ state: 'warning', reason: 'The RAID log (optional) is missing: the gate can go ahead, but attach it to the project when you can.' });
    expect(item(r.items, 'options').state).toBe('warning');
    expect(r).toMatchObject({ warnings: 2, canGo: true });
  });

  it('treats an unanswered mandatory criterion like one not met, saying it was not answered', () => {
    for (const checklist of [[], [{ criterionKey: 'funded', outcome: null }]] as const) {
      const r = gateReadiness(input('controlling', { checklist }));
      expect(item(r.items, 'funded')).toMatchObject({ state: 'needs_waiver', reason: 'This mandatory criterion has not been answered: answer it in the checklist, or record a waiver.' });
    }
    const notMet = gateReadiness(input('directive', { checklist: [{ criterionKey: 'funded', outcome: 'not_met' }] }));
    expect(item(notMet.items, 'funded').state).toBe('blocking');
    expect(item(notMet.items, 'funded').reason).toMatch(/^This mandatory criterion is not met: meet it before the gate can pass/);
  });

  it('accepts not applicable on a mandatory criterion except under directive', () => {
    const checklist = [{ criterionKey: 'funded', outcome: 'not_applicable' as const }];
    expect(item(gateReadiness(input('supportive', { checklist })).items, 'funded').state).toBe('ok');
    expect(item(gateReadiness(input('controlling', { checklist })).items, 'funded')).toMatchObject({ state: 'ok', reason: 'Marked not applicable.' });
    const directive = gateReadiness(input('directive', { checklist, waivers: [{ itemKey: 'funded', reason: 'Funded already.' }] }));
    expect(item(directive.items, 'funded').state).toBe('blocking');
    expect(item(directive.items, 'funded').reason).toMatch(/marked not applicable, but under a directive PMO mandatory criteria always apply/);
  });

  it.each(MODELS)('accepts not applicable on an optional criterion under %s', (model) => {
    const r = gateReadiness(input(model, { checklist: [{ criterionKey: 'funded', outcome: 'met' }, { criterionKey: 'options', outcome: 'not_applicable' }] }));
    expect(item(r.items, 'options').state).toBe('ok');
  });

  it('treats a policy breach as a mandatory failure, after the criteria and deliverables', () => {
    const policyBreaches = [{ policyKey: 'budget_over_threshold', message: 'Budgets over 1 M€ need steering committee approval.' }];
    const states = MODELS.map((model) => gateReadiness(input(model, { policyBreaches })).items.at(-1)!);
    expect(states.map((i) => [i.kind, i.key, i.text, i.state])).toEqual([
      ['policy', 'budget_over_threshold', 'Budgets over 1 M€ need steering committee approval.', 'warning'],
      ['policy', 'budget_over_threshold', 'Budgets over 1 M€ need steering committee approval.', 'needs_waiver'],
      ['policy', 'budget_over_threshold', 'Budgets over 1 M€ need steering committee approval.', 'blocking'],
    ]);
    const waivers = [{ itemKey: 'budget_over_threshold', reason: 'Approved by the board on 3 March.' }];
    expect(gateReadiness(input('controlling', { policyBreaches, waivers })).canGo).toBe(true);
    expect(gateReadiness(input('directive', { policyBreaches, waivers })).canGo).toBe(false);
  });

  it('treats a breach of a warning-severity policy as optional: it warns under every model', () => {
    const policyBreaches = [{ policyKey: 'no_stale_actions', message: 'ACT-3 is 40 days overdue.', severity: 'warning' as const }];
    for (const model of MODELS) {
      const r = gateReadiness(input(model, { policyBreaches }));
      expect(r.items.at(-1)).toMatchObject({ kind: 'policy', state: 'warning' });
      expect(r.canGo).toBe(true);
    }
  });

  it('records a waiver on a warning as acknowledged, without changing whether the gate can go', () => {
    const r = gateReadiness(input('supportive', { deliverablesPresent: new Set(['business_case']), waivers: [{ itemKey: 'raid', reason: 'Risks are in the portfolio register' }] }));
    expect(item(r.items, 'raid')).toMatchObject({ state: 'waived', reason: 'The RAID log (optional) is missing; waived: Risks are in the portfolio register.' });
    expect(r).toMatchObject({ warnings: 0, canGo: true });
  });

  it('ignores answers to criteria the gate does not have, and lets the last answer count', () => {
    const r = gateReadiness(
      input('directive', {
        checklist: [
          { criterionKey: 'funded', outcome: 'not_met' },
          { criterionKey: 'ghost', outcome: 'not_met' },
          { criterionKey: 'funded', outcome: 'met' },
          { criterionKey: 'options', outcome: 'met' },
        ],
      }),
    );
    expect(r.items.map((i) => i.key)).toEqual(['funded', 'options', 'business_case', 'raid']);
    expect(r.canGo).toBe(true);
  });

  it('handles a gate with nothing to check', () => {
    expect(gateReadiness(input('directive', { gate: { ...gate, criteria: [], deliverables: [] } }))).toEqual({ items: [], blocking: 0, warnings: 0, needsWaiver: 0, canGo: true });
  });

  it('reads a default gate: Gate 1 under controlling with only a charter', () => {
    const r = gateReadiness({ operatingModel: 'controlling', gate: APPROVAL_TO_PLAN, checklist: [], deliverablesPresent: new Set(['charter']), waivers: [], policyBreaches: [] });
    expect(item(r.items, 'business_case').reason).toBe('The business case (mandatory) is missing: attach it to the project, or record a waiver.');
    expect(r.needsWaiver).toBe(1 + APPROVAL_TO_PLAN.criteria.filter((c) => c.mandatory).length);
    expect(r.warnings).toBe(APPROVAL_TO_PLAN.criteria.filter((c) => !c.mandatory).length);
  });
});
