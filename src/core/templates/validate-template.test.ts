// Template validation: each kind of mistake a PMO can make is reported at its path, naming the
// WBS row or item, and a sound template passes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gate, summary, work } from './template-kit.ts';
import type { ProjectTemplate, WbsRow } from './template-types.ts';
import { validateTemplate } from './validate-template.ts';

const sound: ProjectTemplate = {
  key: 'small',
  name: 'Small',
  description: '',
  methodologyKey: 'predictive',
  wbs: [summary('1', 'Phase'), work('1.1', 'Design', 3), work('1.2', 'Build', 5, '1.1'), gate('1.3', 'Done', '1.2')],
  registers: {
    risks: [{ title: 'Late', description: '', category: 'schedule', cause: '', effect: '', probability: 3, impact: 2, strategy: 'mitigate', response: '' }],
    assumptions: [{ title: 'People free', description: '', validateAfterDays: 10 }],
    actions: [{ title: 'Book room', description: '', dueAfterDays: null }],
  },
  documents: [{ requirementKey: 'charter', title: 'Charter of {{project.code}}', body: '# {{project.name}}' }],
};
const withWbs = (wbs: WbsRow[]): ProjectTemplate => ({ ...sound, wbs });
const errorsOf = (t: ProjectTemplate) => {
  const r = validateTemplate(t);
  return r.ok ? [] : r.errors;
};

describe('validateTemplate', () => {
  it('accepts a sound template', () => {
    expect(validateTemplate(sound)).toEqual({ ok: true });
  });

  it('names the row whose predecessor does not exist', () => {
    expect(errorsOf(withWbs([work('a', 'Design', 3), work('b', 'Build', 2, 'zz')]))).toEqual([
      { path: 'wbs[1].predecessors[0].ref', message: 'row 2 "Build" (ref b): predecessor "zz" is not a row of the WBS; name an existing row by its ref' },
    ]);
  });

  it('refuses refs used twice, self-links, double links and links to the summary a row is in', () => {
    const errors = errorsOf(withWbs([summary('1', 'Phase'), work('1.1', 'A', 1, '1'), work('1.1', 'B', 1), work('x', 'C', 1, 'x', 'y', 'y'), work('y', 'D', 1)]));
    expect(errors.map((e) => e.path)).toEqual(['wbs[2].ref', 'wbs[1].predecessors[0].ref', 'wbs[3].predecessors[0].ref', 'wbs[3].predecessors[2].ref']);
    expect(errors[0]!.message).toContain('ref "1.1" is also row 2\'s');
    expect(errors[1]!.message).toContain('cannot be linked to "Phase", which contains it');
    expect(errors[2]!.message).toContain('cannot be its own predecessor');
    expect(errors[3]!.message).toContain('already linked to "D"');
  });

  it('reports a link in both directions once', () => {
    const errors = errorsOf(withWbs([work('a', 'A', 1, 'b'), work('b', 'B', 1, 'a')]));
    expect(errors).toEqual([{ path: 'wbs[1].predecessors[0].ref', message: 'row 2 "B" (ref b): it is already linked to "A"; keep one link between two rows' }]);
  });

  it('finds loops with the schedule engine and names the rows in them', () => {
    const errors = errorsOf(withWbs([work('a', 'Design', 1, 'c'), work('b', 'Build', 1, 'a'), work('c', 'Test', 1, 'b')]));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^the links form a loop: /);
    for (const row of ['"Design" (ref a)', '"Build" (ref b)', '"Test" (ref c)']) expect(errors[0]!.message).toContain(row);
    expect(errors[0]!.message).toContain('remove one of these links');
  });

  it('finds loops through summary tasks', () => {
    // The phase follows B, which follows A, a task of the phase: a loop only the outline reveals.
    const errors = errorsOf(withWbs([summary('1', 'Phase', '2'), work('1.1', 'A', 1), work('2', 'B', 1, '1.1')]));
    expect(errors.map((e) => e.message).join()).toContain('loop');
  });

  it('checks the outline and the durations against the kind of row', () => {
    const errors = errorsOf(withWbs([summary('1', 'Phase'), { ...work('1.1', 'Too deep', 1), outlineLevel: 3 }]));
    expect(errors).toEqual([{ path: 'wbs[1].outlineLevel', message: 'row 2 "Too deep" (ref 1.1): outline level 3 is not allowed here; use 1 to 2 (at most one level deeper than the row above)' }]);
    const rows = [{ ...summary('1', 'Phase'), durationDays: 4 }, { ...gate('1.1', 'Gate'), durationDays: 2 }, work('1.2', 'Nothing', 0), { ...summary('2', 'Lone milestone summary'), milestone: true }, work('2.1', 'x', 1)];
    expect(errorsOf(withWbs(rows)).map((e) => [e.path, e.message.split(': ')[1]])).toEqual([
      ['wbs[0].durationDays', 'a summary row takes its duration from the rows under it; set durationDays to 0'],
      ['wbs[1].durationDays', 'a milestone has no duration; set durationDays to 0, or make it a task'],
      ['wbs[2].durationDays', 'a task needs a duration; give it durationDays, or make it a milestone'],
      ['wbs[3].milestone', 'a summary row (it has rows under it) cannot be a milestone; add the milestone as a row of its own'],
    ]);
  });

  it('checks register items and the placeholders of documents (body and title)', () => {
    const t: ProjectTemplate = {
      ...sound,
      registers: { risks: [{ ...sound.registers.risks[0]!, title: ' ', probability: 0 }], assumptions: [{ title: 'x', description: '', validateAfterDays: -1 }], actions: [] },
      documents: [{ requirementKey: 'Charter', title: '{{project.title}}', body: 'Hello\n{{project.owner}}' }],
    };
    expect(errorsOf(t).map((e) => e.path)).toEqual([
      'registers.risks[0].title',
      'registers.risks[0].probability',
      'registers.assumptions[0].validateAfterDays',
      'documents[0].requirementKey',
      'documents[0].title',
      'documents[0].body',
    ]);
    expect(errorsOf(t)[5]!.message).toMatch(/^document "\{\{project.title\}\}", line 2: unknown placeholder \{\{project.owner\}\}/);
  });

  it('accepts any chain of tasks linked to earlier rows (no false loops)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: 1, maxLength: 25 }), (links) => {
        const rows = links.map((preds, i) => work(`t${i}`, `Task ${i}`, 1 + (i % 4), ...[...new Set(preds.filter(() => i > 0).map((p) => `t${p % i}`))]));
        expect(validateTemplate(withWbs(rows))).toEqual({ ok: true });
      }),
    );
  });
});
