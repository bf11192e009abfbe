// Invariants of the gate-readiness rules on random gates, checklists, waivers and breaches.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gateReadiness, type GateReadinessInput, type ReadinessState } from './gate-readiness.ts';
import type { Gate, OperatingModel } from './methodology-types.ts';

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/);
const model = fc.constantFrom<OperatingModel>('supportive', 'controlling', 'directive');
const outcome = fc.constantFrom('met', 'not_met', 'not_applicable', null);

/** A gate whose criteria and deliverables have distinct keys, with a random input for it. */
const randomInput = fc
  .record({
    keys: fc.uniqueArray(key, { maxLength: 12 }),
    split: fc.nat(),
    mandatory: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    policies: fc.uniqueArray(key, { maxLength: 3 }),
    model,
  })
  .chain(({ keys, split, mandatory, policies, model }) => {
    const cut = keys.length === 0 ? 0 : split % (keys.length + 1);
    const gate: Gate = {
      key: 'g',
      name: 'Gate',
      purpose: '',
      approverRoles: ['pmo'],
      criteria: keys.slice(0, cut).map((k, i) => ({ key: k, text: `Criterion ${k}.`, mandatory: mandatory[i]! })),
      deliverables: keys.slice(cut).map((k, i) => ({ key: k, name: `Document ${k}`, description: '', mandatory: mandatory[cut + i]! })),
    };
    const allKeys = [...keys, ...policies, 'stranger'];
    return fc.record({
      operatingModel: fc.constant(model),
      gate: fc.constant(gate),
      checklist: fc.array(fc.record({ criterionKey: fc.constantFrom(...allKeys), outcome }), { maxLength: 15 }),
      deliverablesPresent: fc.subarray(allKeys).map((ks) => new Set(ks) as ReadonlySet<string>),
      waivers: fc.array(fc.record({ itemKey: fc.constantFrom(...allKeys), reason: fc.constantFrom('', ' ', 'Agreed by the sponsor.') }), { maxLength: 8 }),
      policyBreaches: fc.constant(policies.map((p) => ({ policyKey: p, message: `Breach of ${p}.` }))),
    }) satisfies fc.Arbitrary<GateReadinessInput>;
  });

const everyKey = (input: GateReadinessInput) => [...input.gate.criteria.map((c) => c.key), ...input.gate.deliverables.map((d) => d.key), ...input.policyBreaches.map((b) => b.policyKey)];
const holds = (s: ReadinessState) => s === 'blocking' || s === 'needs_waiver';

describe('gate readiness invariants', () => {
  it('gives one item per criterion, deliverable and breach, with counts that match the states', () => {
    fc.assert(
      fc.property(randomInput, (input) => {
        const r = gateReadiness(input);
        expect(r.items.map((i) => i.key)).toEqual(everyKey(input));
        expect(r.blocking).toBe(r.items.filter((i) => i.state === 'blocking').length);
        expect(r.needsWaiver).toBe(r.items.filter((i) => i.state === 'needs_waiver').length);
        expect(r.warnings).toBe(r.items.filter((i) => i.state === 'warning').length);
        for (const i of r.items) expect(i.reason).toMatch(/^[A-Z].*[.!?]$/);
      }),
    );
  });

  it('can go if and only if nothing blocks and nothing needs a waiver', () => {
    fc.assert(
      fc.property(randomInput, (input) => {
        const r = gateReadiness(input);
        expect(r.canGo).toBe(!r.items.some((i) => holds(i.state)));
        expect(r.canGo).toBe(r.blocking === 0 && r.needsWaiver === 0);
      }),
    );
  });

  it('never holds a gate under a supportive PMO', () => {
    fc.assert(
      fc.property(randomInput, (input) => {
        const r = gateReadiness({ ...input, operatingModel: 'supportive' });
        expect(r.canGo).toBe(true);
        expect(r.items.every((i) => i.state === 'ok' || i.state === 'warning' || i.state === 'waived')).toBe(true);
      }),
    );
  });

  it('never holds a gate for an optional item, under any model', () => {
    fc.assert(
      fc.property(randomInput, (input) => {
        const optional = new Set([...input.gate.criteria, ...input.gate.deliverables].filter((x) => !x.mandatory).map((x) => x.key));
        for (const i of gateReadiness(input).items) if (optional.has(i.key) && i.kind !== 'policy') expect(holds(i.state)).toBe(false);
      }),
    );
  });

  it('under a directive PMO, waivers change nothing that matters', () => {
    fc.assert(
      fc.property(randomInput, (input) => {
        const directive = { ...input, operatingModel: 'directive' as const };
        const without = gateReadiness({ ...directive, waivers: [] });
        const withAll = gateReadiness({ ...directive, waivers: everyKey(input).map((k) => ({ itemKey: k, reason: 'Please.' })) });
        expect(withAll.canGo).toBe(without.canGo);
        expect(withAll.blocking).toBe(without.blocking);
        withAll.items.forEach((i, n) => {
          if (without.items[n]!.state === 'blocking') expect(i.state).toBe('blocking');
        });
      }),
    );
  });

  it('under a controlling PMO, a waiver with a reason for every item lets any gate go, and nothing ever blocks outright', () => {
    fc.assert(
      fc.property(randomInput, (input) => {
        const controlling = { ...input, operatingModel: 'controlling' as const };
        expect(gateReadiness(controlling).blocking).toBe(0);
        const waived = gateReadiness({ ...controlling, waivers: everyKey(input).map((k) => ({ itemKey: k, reason: 'Agreed.' })) });
        expect(waived.canGo).toBe(true);
      }),
    );
  });

  it('is stricter from supportive to controlling to directive', () => {
    const rank = (model: OperatingModel, input: GateReadinessInput) => {
      const r = gateReadiness({ ...input, operatingModel: model });
      return r.blocking + r.needsWaiver;
    };
    fc.assert(
      fc.property(randomInput, (input) => {
        const unwaived = { ...input, waivers: [] };
        expect(rank('supportive', unwaived)).toBeLessThanOrEqual(rank('controlling', unwaived));
        expect(rank('controlling', unwaived)).toBeLessThanOrEqual(rank('directive', unwaived));
        if (gateReadiness({ ...input, operatingModel: 'directive' }).canGo) expect(gateReadiness({ ...input, operatingModel: 'controlling' }).canGo).toBe(true);
      }),
    );
  });

  it('never gets worse when a deliverable is added or a criterion is met', () => {
    fc.assert(
      fc.property(randomInput, (input) => {
        const before = gateReadiness(input);
        const allPresent = gateReadiness({ ...input, deliverablesPresent: new Set(everyKey(input)) });
        const allMet = gateReadiness({ ...input, checklist: [...input.checklist, ...input.gate.criteria.map((c) => ({ criterionKey: c.key, outcome: 'met' as const }))] });
        for (const after of [allPresent, allMet]) {
          expect(after.blocking).toBeLessThanOrEqual(before.blocking);
          expect(after.needsWaiver).toBeLessThanOrEqual(before.needsWaiver);
          if (before.canGo) expect(after.canGo).toBe(true);
        }
      }),
    );
  });
});
