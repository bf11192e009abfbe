// The built-in templates are valid, schedule cleanly with the engine into plans of a plausible
// length, end each phase of their methodology at its gate, and bring the documents its gates ask for.
import { describe, expect, it } from 'vitest';
import { isoFromWall } from '../calendar/wall-time.ts';
import { DEFAULT_METHODOLOGIES } from '../governance/default-methodologies.ts';
import { schedule } from '../schedule/schedule.ts';
import { DEFAULT_TEMPLATES } from './default-templates.ts';
import { placeholdersIn } from './placeholders.ts';
import { validateTemplate } from './validate-template.ts';
import { planOfWbs, scheduleInputOfPlan } from './wbs-plan.ts';

const cases = DEFAULT_TEMPLATES.map((t) => [t.key, t] as const);
const run = (t: (typeof DEFAULT_TEMPLATES)[number]) => {
  const plan = planOfWbs(t.wbs, 480);
  const result = schedule(scheduleInputOfPlan(plan, '2027-01-04T08:00'));
  if (!result.ok) throw new Error(result.message);
  return { plan, result };
};
const weeks = (from: number, to: number) => (to - from) / (7 * 1440);

describe('DEFAULT_TEMPLATES', () => {
  it('ships an IT implementation, an agile release and an office relocation', () => {
    expect(DEFAULT_TEMPLATES.map((t) => [t.key, t.methodologyKey])).toEqual([
      ['it_system_implementation', 'predictive'],
      ['agile_product_release', 'agile'],
      ['office_relocation', 'predictive'],
    ]);
  });

  it.each(cases)('%s passes validateTemplate', (_key, t) => {
    expect(validateTemplate(t)).toEqual({ ok: true });
  });

  it.each(cases)('%s schedules cleanly into a plan of five to ten months', (_key, t) => {
    const { plan, result } = run(t);
    expect(plan.tasks.length).toBeGreaterThanOrEqual(25);
    expect(plan.tasks.length).toBeLessThanOrEqual(40);
    expect(plan.links.length).toBeGreaterThanOrEqual(plan.tasks.filter((x) => !x.summary).length - 2);
    expect(weeks(result.projectStart, result.projectFinish)).toBeGreaterThan(20);
    expect(weeks(result.projectStart, result.projectFinish)).toBeLessThan(44);
    expect(isoFromWall(result.projectStart)).toBe('2027-01-04T08:00:00');
    // Every task that is not a summary is driven by a link, except the first piece of work.
    const linked = new Set(plan.links.map((l) => l.successor));
    const unlinked = plan.tasks.map((x, i) => ({ ...x, i })).filter((x) => !x.summary && !linked.has(x.i));
    expect(unlinked.map((x) => x.ref)).toEqual(['1.1']);
  });

  it.each(cases)('%s has one summary task for each phase of its methodology, ending at its gate', (_key, t) => {
    const methodology = DEFAULT_METHODOLOGIES.find((m) => m.key === t.methodologyKey)!;
    const phases = t.wbs.filter((r) => r.outlineLevel === 1);
    expect(phases).toHaveLength(methodology.phases.length);
    const gates = t.wbs.filter((r) => r.milestone).map((r) => r.name);
    for (const phase of methodology.phases) expect(gates).toContain(phase.gate!.name);
    const { plan, result } = run(t);
    const last = plan.tasks.length - 1;
    expect(plan.tasks[last]!.milestone).toBe(true);
    expect(result.tasks.find((x) => x.uid === last + 1)!.finish).toBe(result.projectFinish);
  });

  it.each(cases)('%s brings documents for its first gates, and starting registers', (_key, t) => {
    const methodology = DEFAULT_METHODOLOGIES.find((m) => m.key === t.methodologyKey)!;
    const asked = methodology.phases.flatMap((p) => p.gate?.deliverables.map((d) => d.key) ?? []);
    for (const d of t.documents) expect(asked).toContain(d.requirementKey);
    const firstGate = methodology.phases[0]!.gate!.deliverables.filter((d) => d.mandatory).map((d) => d.key);
    for (const key of firstGate) expect(t.documents.map((d) => d.requirementKey)).toContain(key);
    expect(t.documents.every((d) => placeholdersIn(d.body).includes('project.name'))).toBe(true);
    expect(t.registers.risks.length).toBeGreaterThanOrEqual(4);
    expect(t.registers.assumptions.length).toBeGreaterThanOrEqual(2);
    expect(t.registers.actions.length).toBeGreaterThanOrEqual(2);
    expect(t.registers.risks.every((r) => r.probability <= 5 && r.impact <= 5)).toBe(true);
  });
});
