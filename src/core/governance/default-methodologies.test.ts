import { describe, expect, it } from 'vitest';
import { DEFAULT_METHODOLOGIES } from './default-methodologies.ts';
import { DEFAULT_DELIVERABLES } from './default-requirements.ts';
import { validateMethodology, type Methodology } from './methodology-types.ts';

const byKey = (key: string): Methodology => DEFAULT_METHODOLOGIES.find((m) => m.key === key)!;
const deliverableKeys = (m: Methodology, gateIndex: number) => m.phases[gateIndex]!.gate!.deliverables.map((d) => d.key);

describe('DEFAULT_METHODOLOGIES', () => {
  it.each(DEFAULT_METHODOLOGIES.map((m) => [m.key, m] as const))('%s passes validateMethodology', (_key, m) => {
    expect(validateMethodology(m)).toEqual({ ok: true });
  });

  it('offers predictive, agile and hybrid, each with its own lifecycle', () => {
    expect(DEFAULT_METHODOLOGIES.map((m) => [m.key, m.lifecycle])).toEqual([
      ['predictive', 'predictive'],
      ['agile', 'agile'],
      ['hybrid', 'hybrid'],
    ]);
  });

  it('runs the predictive methodology Initiate → Plan → Execute → Close through four gates', () => {
    const m = byKey('predictive');
    expect(m.phases.map((p) => p.name)).toEqual(['Initiate', 'Plan', 'Execute', 'Close']);
    expect(m.phases.map((p) => p.gate?.name)).toEqual(['Gate 1 – Approval to plan', 'Gate 2 – Approval to execute', 'Gate 3 – Approval to close / handover', 'Gate 4 – Closure']);
    expect(deliverableKeys(m, 0)).toEqual(['charter', 'business_case']);
    expect(deliverableKeys(m, 1)).toEqual(['project_management_plan', 'schedule_baseline', 'budget', 'risk_register', 'stakeholder_register', 'communication_plan']);
    expect(deliverableKeys(m, 2)).toEqual(['deliverable_acceptance', 'handover_plan']);
    expect(deliverableKeys(m, 3)).toEqual(['closure_report', 'lessons_learned']);
  });

  it('gives every predictive gate 4 to 7 criteria, mandatory and optional mixed', () => {
    for (const p of byKey('predictive').phases) {
      const criteria = p.gate!.criteria;
      expect(criteria.length).toBeGreaterThanOrEqual(4);
      expect(criteria.length).toBeLessThanOrEqual(7);
      expect(criteria.some((c) => c.mandatory)).toBe(true);
      expect(criteria.some((c) => !c.mandatory)).toBe(true);
    }
  });

  it('runs the agile methodology through discovery, inception, delivery and transition with lighter gates', () => {
    const m = byKey('agile');
    expect(m.phases.map((p) => p.key)).toEqual(['discovery', 'inception', 'delivery', 'transition']);
    const all = m.phases.flatMap((p) => p.gate!.deliverables.map((d) => d.key));
    for (const key of ['product_vision', 'product_backlog', 'release_plan', 'definition_of_done', 'release_readiness', 'closure_report', 'lessons_learned']) expect(all).toContain(key);
    const required = (x: Methodology) => x.phases.flatMap((p) => p.gate!.deliverables.filter((d) => d.mandatory)).length;
    expect(required(m)).toBeLessThan(required(byKey('predictive')));
  });

  it('makes the hybrid predictive up front and agile in delivery', () => {
    const m = byKey('hybrid');
    expect(deliverableKeys(m, 0)).toEqual(['charter', 'business_case']);
    expect(deliverableKeys(m, 1)).toEqual(expect.arrayContaining(['budget', 'schedule_baseline', 'product_backlog', 'release_plan', 'definition_of_done']));
    expect(m.phases[2]!.gate!.key).toBe('release_readiness');
    expect(deliverableKeys(m, 3)).toEqual(['closure_report', 'lessons_learned']);
  });

  it('shares a deliverable key only where it means the same document', () => {
    const seen = new Map<string, string>();
    for (const m of DEFAULT_METHODOLOGIES) {
      for (const p of m.phases) {
        for (const d of p.gate?.deliverables ?? []) {
          expect(DEFAULT_DELIVERABLES).toHaveProperty(d.key);
          const description = `${d.name}|${d.description}`;
          expect(seen.get(d.key) ?? description).toBe(description);
          seen.set(d.key, description);
        }
      }
    }
    for (const key of ['charter', 'business_case', 'risk_register', 'closure_report', 'lessons_learned']) expect(seen.has(key)).toBe(true);
  });

  it('has a closure gate on the last phase of every methodology, asking for the closure report and lessons learned', () => {
    for (const m of DEFAULT_METHODOLOGIES) {
      const last = m.phases.at(-1)!.gate!;
      expect(last.deliverables.filter((d) => d.mandatory).map((d) => d.key)).toEqual(['closure_report', 'lessons_learned']);
    }
  });

  it('writes every criterion as a sentence', () => {
    for (const m of DEFAULT_METHODOLOGIES) for (const p of m.phases) for (const c of p.gate?.criteria ?? []) expect(c.text).toMatch(/^[A-Z].*\.$/);
  });
});
