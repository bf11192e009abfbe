import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateMethodology, type Gate, type Methodology, type Phase } from './methodology-types.ts';

const gate = (key: string, over: Partial<Gate> = {}): Gate => ({
  key,
  name: `Gate ${key}`,
  purpose: '',
  approverRoles: ['sponsor'],
  criteria: [{ key: 'c1', text: 'Something is true.', mandatory: true }],
  deliverables: [{ key: 'charter', name: 'Project charter', description: '', mandatory: true }],
  ...over,
});
const phase = (key: string, g: Gate | null = null, over: Partial<Phase> = {}): Phase => ({ key, name: key.toUpperCase(), description: '', gate: g, ...over });
const methodology = (phases: Phase[], over: Partial<Methodology> = {}): Methodology => ({ key: 'm', name: 'M', description: '', lifecycle: 'predictive', phases, ...over });

function errorsOf(m: Methodology): Array<{ path: string; message: string }> {
  const r = validateMethodology(m);
  return r.ok ? [] : [...r.errors];
}

describe('validateMethodology', () => {
  it('accepts a well-formed methodology, including phases without a gate', () => {
    expect(validateMethodology(methodology([phase('initiate', gate('g1')), phase('deliver'), phase('close', gate('closure'))]))).toEqual({ ok: true });
  });

  it('asks for at least one phase', () => {
    expect(errorsOf(methodology([]))).toEqual([{ path: 'phases', message: 'a methodology needs at least one phase; add one' }]);
  });

  it('names the duplicate phase key at its path, with what to do', () => {
    const errors = errorsOf(methodology([phase('initiate'), phase('plan'), phase('plan')]));
    expect(errors).toEqual([{ path: 'phases[2].key', message: '"plan" is used twice; give each phase its own key' }]);
  });

  it('wants gate keys unique across the methodology', () => {
    const errors = errorsOf(methodology([phase('a', gate('g')), phase('b', gate('g'))]));
    expect(errors).toEqual([{ path: 'phases[1].gate.key', message: '"g" is used twice; give each gate its own key' }]);
  });

  it('wants criteria and deliverable keys unique within a gate, and apart from each other', () => {
    const g = gate('g', {
      criteria: [
        { key: 'funded', text: 'Funded.', mandatory: true },
        { key: 'funded', text: 'Funded again.', mandatory: false },
      ],
      deliverables: [
        { key: 'charter', name: 'Charter', description: '', mandatory: true },
        { key: 'charter', name: 'Charter', description: '', mandatory: true },
        { key: 'funded', name: 'Funding letter', description: '', mandatory: true },
      ],
    });
    const paths = errorsOf(methodology([phase('a', g)])).map((e) => e.path);
    expect(paths).toEqual(['phases[0].gate.criteria[1].key', 'phases[0].gate.deliverables[1].key', 'phases[0].gate.deliverables[2].key']);
    expect(errorsOf(methodology([phase('a', g)]))[2]!.message).toMatch(/waivers name items by key/);
  });

  it('allows the same criterion or deliverable key in different gates', () => {
    expect(validateMethodology(methodology([phase('a', gate('g1')), phase('b', gate('g2'))])).ok).toBe(true);
  });

  it('rejects malformed keys and suggests one', () => {
    const errors = errorsOf(methodology([phase('Plan Phase'), phase('9lives'), phase('', null, { name: 'Unnamed' })], { key: 'x'.repeat(41) }));
    expect(errors.map((e) => e.path)).toEqual(['key', 'phases[0].key', 'phases[1].key', 'phases[2].key']);
    expect(errors[1]!.message).toBe('"Plan Phase" is not a valid key; use 1 to 40 lower-case letters, digits or underscores, starting with a letter (e.g. "plan_phase")');
    expect(errors[2]!.message).toContain('(e.g. "lives")');
    expect(errors[3]!.message).not.toContain('e.g.');
  });

  it('accepts keys at the edges of the pattern', () => {
    expect(validateMethodology(methodology([phase('a'), phase('a'.repeat(40)), phase('a_1')])).ok).toBe(true);
  });

  it('asks for names and criterion texts that are not blank', () => {
    const g = gate('g', { name: ' ', criteria: [{ key: 'c', text: '', mandatory: true }], deliverables: [{ key: 'd', name: '', description: '', mandatory: false }] });
    const errors = errorsOf(methodology([phase('a', g, { name: '' })], { name: '\t' }));
    expect(errors.map((e) => e.path)).toEqual(['name', 'phases[0].name', 'phases[0].gate.name', 'phases[0].gate.criteria[0].text', 'phases[0].gate.deliverables[0].name']);
  });

  it('wants each gate approved by at least one known role, listed once', () => {
    expect(errorsOf(methodology([phase('a', gate('g', { approverRoles: [] }))]))).toEqual([
      { path: 'phases[0].gate.approverRoles', message: 'name at least one role that approves the gate' },
    ]);
    const roles = ['sponsor', 'sponsor', 'ceo'] as unknown as Gate['approverRoles'];
    expect(errorsOf(methodology([phase('a', gate('g', { approverRoles: roles }))])).map((e) => e.path)).toEqual([
      'phases[0].gate.approverRoles[1]',
      'phases[0].gate.approverRoles[2]',
    ]);
  });

  it('rejects an unknown lifecycle (data read from outside the type system)', () => {
    const errors = errorsOf(methodology([phase('a')], { lifecycle: 'waterfall' as Methodology['lifecycle'] }));
    expect(errors).toEqual([{ path: 'lifecycle', message: '"waterfall" is not a lifecycle; use one of predictive, agile, hybrid' }]);
  });

  it('reports every problem, not just the first', () => {
    expect(errorsOf(methodology([phase('A'), phase('b', null, { name: '' }), phase('b')])).length).toBe(3);
  });
});

describe('validateMethodology on random methodologies', () => {
  const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,39}$/);
  const validGate = fc.record({
    key,
    criteria: fc.uniqueArray(key, { maxLength: 5 }),
    deliverables: fc.uniqueArray(key, { maxLength: 5 }),
  });
  const validMethodology = fc
    .record({ phases: fc.uniqueArray(key, { minLength: 1, maxLength: 8 }), gates: fc.uniqueArray(validGate, { maxLength: 8, selector: (g) => g.key }) })
    .map(({ phases, gates }): Methodology =>
      methodology(
        phases.map((p, i) => {
          const g = gates[i];
          if (g === undefined) return phase(p);
          const criteria = g.criteria.map((k) => ({ key: k, text: 'Text.', mandatory: true }));
          const deliverables = g.deliverables.filter((k) => !g.criteria.includes(k)).map((k) => ({ key: k, name: 'Name', description: '', mandatory: false }));
          return phase(p, gate(g.key, { criteria, deliverables }));
        }),
      ),
    );

  it('accepts every methodology whose keys are well formed and unique', () => {
    fc.assert(fc.property(validMethodology, (m) => validateMethodology(m).ok));
  });

  it('finds a phase key repeated anywhere, at the repeat', () => {
    fc.assert(
      fc.property(validMethodology, fc.nat(), fc.nat(), (m, a, b) => {
        const from = a % m.phases.length;
        const to = b % (m.phases.length + 1);
        if (to <= from) return;
        const phases = [...m.phases];
        phases.splice(to, 0, { ...m.phases[from]!, gate: null });
        const r = validateMethodology({ ...m, phases });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(`phases[${to}].key`);
      }),
    );
  });
});
