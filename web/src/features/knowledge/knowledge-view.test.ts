import { describe, expect, it } from 'vitest';
import { linkOfPlace, placeOptions, placeValue } from './knowledge-view.ts';

describe('guidance places in the editor', () => {
  const methodology = {
    key: 'predictive', name: 'Predictive',
    phases: [
      { key: 'initiate', name: 'Initiate', description: '', gate: { key: 'approval_to_plan', name: 'Gate 1 – Approval to plan', purpose: '', approverRoles: ['sponsor' as const], criteria: [], deliverables: [] } },
      { key: 'close', name: 'Close', description: '', gate: null },
    ],
  };
  it('offers each phase and the gate ending it, grouped by methodology', () => {
    expect(placeOptions([methodology])).toEqual([{ group: 'Predictive', items: [
      { value: 'predictive/phase/initiate', label: 'Initiate phase' },
      { value: 'predictive/gate/approval_to_plan', label: 'Gate 1 – Approval to plan' },
      { value: 'predictive/phase/close', label: 'Close phase' },
    ] }]);
  });
  it('turns a chosen place into the link the API takes, and back', () => {
    expect(linkOfPlace('predictive/gate/approval_to_plan')).toEqual({ methodologyKey: 'predictive', phaseKey: null, gateKey: 'approval_to_plan' });
    expect(placeValue(linkOfPlace('predictive/phase/close'))).toBe('predictive/phase/close');
  });
});
