import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideGate, gateEndingPhase, nextPhase, type DecideGateInput, type GateDecision } from './gate-decision.ts';
import { gateReadiness, type GateReadiness } from './gate-readiness.ts';
import { PREDICTIVE } from './default-predictive.ts';
import { DEFAULT_METHODOLOGIES } from './default-methodologies.ts';
import type { Methodology } from './methodology-types.ts';

const READY: GateReadiness = { items: [], blocking: 0, warnings: 0, needsWaiver: 0, canGo: true };
const NOT_READY = gateReadiness({
  operatingModel: 'controlling',
  gate: PREDICTIVE.phases[0]!.gate!,
  checklist: PREDICTIVE.phases[0]!.gate!.criteria.map((c) => ({ criterionKey: c.key, outcome: 'met' as const })),
  deliverablesPresent: new Set(['charter']),
  waivers: [],
  policyBreaches: [{ policyKey: 'no_sponsor', message: 'Every project needs a sponsor.' }],
});

const decide = (over: Partial<DecideGateInput>) =>
  decideGate({ methodology: PREDICTIVE, currentPhaseKey: 'initiate', gateKey: 'approval_to_plan', decision: 'go', conditions: [], readiness: READY, ...over });

describe('decideGate', () => {
  it('advances a go to the next phase', () => {
    expect(decide({})).toEqual({ ok: true, nextPhaseKey: 'plan', projectOutcome: 'advance', actions: [] });
  });

  it('closes the project on a go at the gate ending the last phase', () => {
    expect(decide({ currentPhaseKey: 'close', gateKey: 'closure' })).toEqual({ ok: true, nextPhaseKey: null, projectOutcome: 'close', actions: [] });
  });

  it('turns the conditions of a conditional go into actions to track', () => {
    const r = decide({ decision: 'go_with_conditions', conditions: [{ text: '  Attach the signed charter ', dueDate: '2026-04-30', ownerId: 'u1' }, { text: 'Name a deputy sponsor', dueDate: null }] });
    expect(r).toEqual({
      ok: true,
      nextPhaseKey: 'plan',
      projectOutcome: 'advance',
      actions: [
        { text: 'Attach the signed charter', dueDate: '2026-04-30', ownerId: 'u1' },
        { text: 'Name a deputy sponsor', dueDate: null, ownerId: null },
      ],
    });
  });

  it.each([
    ['hold', 'stay'],
    ['recycle', 'recycle'],
    ['stop', 'stop'],
  ] as const)('lets %s be decided on a gate that is not ready, with outcome %s and no phase change', (decision, projectOutcome) => {
    expect(decide({ decision, readiness: NOT_READY })).toEqual({ ok: true, nextPhaseKey: null, projectOutcome, actions: [] });
  });

  it.each(['go', 'go_with_conditions'] as const)('refuses %s while the gate is not ready, listing what holds it', (decision) => {
    const conditions = decision === 'go' ? [] : [{ text: 'Do it', dueDate: null }];
    const r = decide({ decision, conditions, readiness: NOT_READY });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBe('not_ready');
    expect(r.message).toBe('Gate 1 – Approval to plan is not ready to pass: 2 items hold it (0 blocking, 2 needing a waiver). Put them right, or decide hold, recycle or stop.');
    const businessCase = NOT_READY.items.findIndex((i) => i.key === 'business_case');
    expect(r.errors).toEqual([
      { path: `readiness.items[${businessCase}]`, message: 'The business case (mandatory) is missing: attach it to the project, or record a waiver.' },
      { path: `readiness.items[${NOT_READY.items.length - 1}]`, message: NOT_READY.items.at(-1)!.reason },
    ]);
  });

  it('requires at least one condition, each with a text, on a conditional go', () => {
    const none = decide({ decision: 'go_with_conditions' });
    expect(none).toMatchObject({ ok: false, error: 'conditions_required', errors: [{ path: 'conditions' }] });
    const blank = decide({ decision: 'go_with_conditions', conditions: [{ text: 'Fine', dueDate: null }, { text: '   ', dueDate: null }] });
    expect(blank).toMatchObject({ ok: false, error: 'conditions_required', errors: [{ path: 'conditions[1].text', message: 'write what must be done' }] });
  });

  it.each(['go', 'hold', 'recycle', 'stop'] as const)('refuses conditions on %s', (decision) => {
    const r = decide({ decision, conditions: [{ text: 'Something', dueDate: null }] });
    expect(r).toMatchObject({ ok: false, error: 'conditions_not_allowed', errors: [{ path: 'conditions' }] });
  });

  it('refuses a gate that does not end the current phase', () => {
    const r = decide({ gateKey: 'approval_to_execute' });
    expect(r).toMatchObject({ ok: false, error: 'wrong_gate' });
    if (!r.ok) expect(r.message).toBe('Gate "approval_to_execute" does not end the project\'s current phase, Initiate: the gate that ends it is Gate 1 – Approval to plan ("approval_to_plan").');
  });

  it('refuses a phase that is not in the methodology, or a phase without a gate', () => {
    expect(decide({ currentPhaseKey: 'nowhere' })).toMatchObject({ ok: false, error: 'wrong_gate', errors: [{ path: 'currentPhaseKey' }] });
    const gateless: Methodology = { ...PREDICTIVE, phases: PREDICTIVE.phases.map((p) => (p.key === 'execute' ? { ...p, gate: null } : p)) };
    const r = decide({ methodology: gateless, currentPhaseKey: 'execute', gateKey: 'approval_to_close' });
    expect(r).toMatchObject({ ok: false, error: 'wrong_gate' });
    if (!r.ok) expect(r.message).toContain('no gate ends it');
  });

  it('checks the gate before the conditions, and the conditions before readiness', () => {
    expect(decide({ gateKey: 'closure', decision: 'hold', conditions: [{ text: 'x', dueDate: null }] })).toMatchObject({ error: 'wrong_gate' });
    expect(decide({ decision: 'go_with_conditions', readiness: NOT_READY })).toMatchObject({ error: 'conditions_required' });
  });
});

describe('nextPhase and gateEndingPhase', () => {
  it('walks the phases in order', () => {
    expect(nextPhase(PREDICTIVE, 'initiate')?.key).toBe('plan');
    expect(nextPhase(PREDICTIVE, 'execute')?.key).toBe('close');
    expect(nextPhase(PREDICTIVE, 'close')).toBeNull();
    expect(nextPhase(PREDICTIVE, 'nowhere')).toBeNull();
  });

  it('finds the gate ending a phase', () => {
    expect(gateEndingPhase(PREDICTIVE, 'initiate')?.name).toBe('Gate 1 – Approval to plan');
    expect(gateEndingPhase(PREDICTIVE, 'nowhere')).toBeNull();
    expect(gateEndingPhase({ ...PREDICTIVE, phases: [{ key: 'only', name: 'Only', description: '', gate: null }] }, 'only')).toBeNull();
  });
});

describe('gate decision invariants', () => {
  const decision = fc.constantFrom<GateDecision>('go', 'go_with_conditions', 'hold', 'recycle', 'stop');
  const scenario = fc.record({
    methodology: fc.constantFrom(...DEFAULT_METHODOLOGIES),
    phase: fc.nat(),
    gateOffset: fc.nat(),
    decision,
    conditions: fc.array(fc.record({ text: fc.constantFrom('', ' ', 'Attach the plan'), dueDate: fc.constantFrom(null, '2026-05-01') }), { maxLength: 3 }),
    canGo: fc.boolean(),
  });
  type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
  /** The gate ending the current phase, or (one time in three) the gate ending the next one. */
  const inputOf = (s: Scenario): DecideGateInput => {
    const phases = s.methodology.phases;
    const at = s.phase % phases.length;
    const gateAt = (at + (s.gateOffset % 3 === 0 ? 1 : 0)) % phases.length;
    return {
      methodology: s.methodology,
      currentPhaseKey: phases[at]!.key,
      gateKey: phases[gateAt]!.gate!.key,
      decision: s.decision,
      conditions: s.conditions,
      readiness: s.canGo ? READY : { ...READY, blocking: 1, canGo: false },
    };
  };

  it('names a next phase exactly when the project advances, and it is the phase after the current one', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = inputOf(s);
        const r = decideGate(input);
        if (!r.ok) return;
        expect(r.nextPhaseKey !== null).toBe(r.projectOutcome === 'advance');
        if (r.nextPhaseKey !== null) expect(r.nextPhaseKey).toBe(nextPhase(input.methodology, input.currentPhaseKey)!.key);
      }),
    );
  });

  it('never lets a project through a gate that is not ready', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = inputOf(s);
        const r = decideGate(input);
        if (!input.readiness.canGo && r.ok) expect(['stay', 'recycle', 'stop']).toContain(r.projectOutcome);
      }),
    );
  });

  it('accepts hold, recycle and stop without conditions at the right gate, ready or not', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = inputOf({ ...s, gateOffset: 1 });
        if (input.decision === 'go' || input.decision === 'go_with_conditions') return;
        expect(decideGate({ ...input, conditions: [] }).ok).toBe(true);
      }),
    );
  });

  it('tracks actions only for a conditional go, one per condition', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = inputOf(s);
        const r = decideGate(input);
        if (r.ok) expect(r.actions.length).toBe(input.decision === 'go_with_conditions' ? input.conditions.length : 0);
      }),
    );
  });
});
