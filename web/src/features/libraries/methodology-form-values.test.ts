// The methodology editor's pure logic: keys suggested from names, the form built from a saved
// methodology and the body sent back, the client's checks, and server error paths put on fields.
import { describe, expect, it } from 'vitest';
import type { Methodology } from '../../api/types.ts';
import { PREDICTIVE } from '../governance/governance-fixtures.ts';
import { suggestKey, uniqueKey } from './library-keys.ts';
import { libraryOrigin } from './library-origin.ts';
import { methodologyFieldOf } from './methodology-field-of.ts';
import {
  blankMethodologyValues, duplicateFormValues, emptyCriterion, emptyPhase, knownDeliverables, methodologyFormValues, newDeliverable,
  suggestPhaseKey, toMethodologyBody, validateMethodologyForm,
} from './methodology-form-values.ts';

describe('library keys', () => {
  it('suggests lower_snake_case keys from what people type', () => {
    expect(suggestKey('Gate 1 – Approval to plan')).toBe('gate_1_approval_to_plan');
    expect(suggestKey('  Études préalables ')).toBe('etudes_prealables');
    expect(suggestKey('1. Initiate')).toBe('initiate');
    expect(suggestKey('!!!', 'phase')).toBe('phase');
    const long = suggestKey('The sponsor has signed the charter and the budget is approved');
    expect(long).toBe('the_sponsor_has_signed_the_charter_and');
    expect(long.length).toBeLessThanOrEqual(40);
  });

  it('makes a key unique among its siblings', () => {
    expect(uniqueKey('plan', new Set(['initiate']))).toBe('plan');
    expect(uniqueKey('plan', new Set(['plan', 'plan_2']))).toBe('plan_3');
    expect(uniqueKey('x'.repeat(40), new Set(['x'.repeat(40)]))).toBe(`${'x'.repeat(38)}_2`);
  });

  it('says where an item comes from', () => {
    expect(libraryOrigin({ builtIn: true, version: 0 })).toBe('built_in');
    expect(libraryOrigin({ builtIn: true, version: 3 })).toBe('built_in_edited');
    expect(libraryOrigin({ builtIn: false, version: 1 })).toBe('own');
  });
});

describe('methodology form values', () => {
  it('round-trips a saved methodology unchanged', () => {
    const body = toMethodologyBody(methodologyFormValues(PREDICTIVE));
    const { key: _key, builtIn: _builtIn, version: _version, ...expected } = PREDICTIVE;
    expect(body).toEqual(expected);
  });

  it('duplicates under a free key and name, keeping phase keys', () => {
    const copy = duplicateFormValues(PREDICTIVE, ['predictive', 'predictive_copy']);
    expect(copy.key).toBe('predictive_copy_2');
    expect(copy.name).toBe(`${PREDICTIVE.name} (copy)`);
    expect(copy.phases.map((p) => p.key)).toEqual(PREDICTIVE.phases.map((p) => p.key));
    expect(copy.phases.every((p) => !p.keyFollowsName)).toBe(true);
  });

  it('derives keys of new gates and criteria, unique in their gate, and keeps saved ones', () => {
    const values = methodologyFormValues(PREDICTIVE);
    const gate = values.phases[0]!.gate;
    const existing = gate.criteria[0]!.key;
    gate.criteria.push({ ...emptyCriterion(), text: 'Supports a strategic objective.' }, { ...emptyCriterion(), text: ' Risks are logged ' });
    const added = { ...emptyPhase(), key: 'review', name: 'Review', hasGate: true };
    added.gate = { ...added.gate, name: 'Gate 1 – Approval to plan' };
    values.phases.push(added);
    const body = toMethodologyBody(values);
    const criteria = body.phases[0]!.gate!.criteria;
    expect(criteria[0]!.key).toBe(existing);
    expect(criteria.at(-1)).toEqual({ key: 'risks_are_logged', text: 'Risks are logged', mandatory: true });
    expect(body.phases.at(-1)!.gate!.key).toBe('gate_1_approval_to_plan');
    expect(new Set(criteria.map((c) => c.key)).size).toBe(criteria.length);
  });

  it('sends no gate for a phase whose gate is switched off, and restores it when switched back on', () => {
    const values = methodologyFormValues(PREDICTIVE);
    values.phases[1]!.hasGate = false;
    expect(toMethodologyBody(values).phases[1]!.gate).toBeNull();
    values.phases[1]!.hasGate = true;
    expect(toMethodologyBody(values).phases[1]!.gate).toEqual(PREDICTIVE.phases[1]!.gate);
  });

  it('suggests a phase key from its name, free among the other phases', () => {
    const values = methodologyFormValues(PREDICTIVE);
    values.phases.push(emptyPhase());
    expect(suggestPhaseKey(values.phases, values.phases.length - 1, 'Plan')).toBe('plan_2');
    expect(suggestPhaseKey(values.phases, 1, 'Plan')).toBe('plan');
  });

  it('checks what the client can, leaving duplicate keys to the server', () => {
    const values = blankMethodologyValues();
    values.phases[0] = { ...values.phases[0]!, hasGate: true };
    values.phases[0].gate.approverRoles = [];
    values.phases[0].gate.criteria.push(emptyCriterion());
    values.phases[0].gate.deliverables.push(newDeliverable());
    expect(validateMethodologyForm(values, ['predictive'])).toEqual({
      key: expect.stringContaining('Lower-case'),
      name: 'Give the methodology a name.',
      'phases.0.name': 'Give the phase a name.',
      'phases.0.key': expect.stringContaining('Lower-case'),
      'phases.0.gate.name': 'Give the gate a name.',
      'phases.0.gate.approverRoles': 'Choose who decides the gate.',
      'phases.0.gate.criteria.0.text': 'Write what the criterion checks.',
      'phases.0.gate.deliverables.0.name': 'Name the deliverable.',
      'phases.0.gate.deliverables.0.key': expect.stringContaining('Lower-case'),
    });
    const copy = duplicateFormValues(PREDICTIVE, []);
    expect(validateMethodologyForm({ ...copy, key: 'predictive' }, ['predictive']).key).toMatch(/already/);
    copy.phases[1]!.key = copy.phases[0]!.key;
    expect(validateMethodologyForm(copy, null)).toEqual({});
  });

  it('offers the deliverables other gates require, once each', () => {
    const other: Methodology = { ...PREDICTIVE, key: 'other' };
    const known = knownDeliverables([PREDICTIVE, other]);
    expect(known.map((d) => d.key)).toEqual([...new Set(known.map((d) => d.key))]);
    expect(known.map((d) => d.name)).toContain('Business case');
  });
});

describe('server error paths on the methodology form', () => {
  it('puts rule (422) and schema (400) paths on the input they concern', () => {
    expect(methodologyFieldOf('phases[2].key')).toBe('phases.2.key');
    expect(methodologyFieldOf('phases.2.name')).toBe('phases.2.name');
    expect(methodologyFieldOf('body.phases[1]')).toBe('phases.1.key');
    expect(methodologyFieldOf('phases[2].gate.criteria[0].key')).toBe('phases.2.gate.criteria.0.text');
    expect(methodologyFieldOf('phases[0].gate.deliverables[1].key')).toBe('phases.0.gate.deliverables.1.key');
    expect(methodologyFieldOf('phases[0].gate.deliverables[1].description')).toBe('phases.0.gate.deliverables.1.name');
    expect(methodologyFieldOf('phases[0].gate.key')).toBe('phases.0.gate.name');
    expect(methodologyFieldOf('phases[0].gate.approverRoles[1]')).toBe('phases.0.gate.approverRoles');
    expect(methodologyFieldOf('phases[0].gate.criteria')).toBe('phases.0.gate.criteria');
    expect(methodologyFieldOf('phases')).toBe('phases');
    expect(methodologyFieldOf('name')).toBe('name');
  });

  it('leaves paths without an input to the general alert', () => {
    expect(methodologyFieldOf('(body)')).toBeNull();
    expect(methodologyFieldOf('phases.x.key')).toBeNull();
    expect(methodologyFieldOf('phases[0].gate.unknown')).toBeNull();
    expect(methodologyFieldOf('name.first')).toBeNull();
  });
});
