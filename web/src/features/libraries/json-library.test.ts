// The JSON editors of review types and templates: the body shown for editing, the text read back,
// the server's errors listed by path, and the template's WBS and documents previewed.
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../api/api-problem.ts';
import { editableJson, fieldProblems, parseJsonBody } from './json-body.ts';
import { documentsPreview, wbsPreview } from './template-preview-rows.ts';

describe('JSON bodies', () => {
  it('shows the body without the fields the server keeps', () => {
    const text = editableJson({ key: 'k', name: 'Health check', builtIn: true, version: 2, counts: { tasks: 1 }, questions: [] });
    expect(JSON.parse(text)).toEqual({ name: 'Health check', questions: [] });
    expect(text).toContain('\n  "name": "Health check"');
  });

  it('reads an object back, or says where the text breaks', () => {
    expect(parseJsonBody('{ "name": "x" }')).toEqual({ ok: true, value: { name: 'x' } });
    const broken = parseJsonBody('{\n  "name": "x",\n}');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^Line 3, column 1: /);
    expect(parseJsonBody('[1, 2]')).toEqual({ ok: false, message: 'The body must be a JSON object: { … }.' });
  });

  it('lists the server’s field errors by path', () => {
    const problem = new ApiProblem({ type: 'about:blank', title: 'Invalid', status: 422, code: 'validation_failed', detail: 'd', errors: [
      { path: 'questions[1].key', message: '"scope" is used twice' },
      { path: 'body.name', message: 'required' },
      { path: '', message: 'bad' },
    ] });
    expect(fieldProblems(problem)).toEqual([
      { path: 'questions[1].key', message: '"scope" is used twice' },
      { path: 'name', message: 'required' },
      { path: '(body)', message: 'bad' },
    ]);
    expect(fieldProblems(new Error('x'))).toEqual([]);
  });
});

describe('template preview', () => {
  it('indents the WBS, marks summaries and milestones, and writes predecessors', () => {
    const body = {
      wbs: [
        { ref: '1', name: 'Prepare', outlineLevel: 1, durationDays: 0, milestone: false, predecessors: [] },
        { ref: '1.1', name: 'Survey', outlineLevel: 2, durationDays: 5, milestone: false, predecessors: [] },
        { ref: '1.2', name: 'Plan', outlineLevel: 2, durationDays: 2.5, predecessors: [{ ref: '1.1' }, { ref: '1', type: 'SS', lagDays: -1 }] },
        { ref: 'M1', name: 'Ready', outlineLevel: 1, milestone: true, predecessors: [{ ref: '1.2', type: 'FS', lagDays: 2 }] },
      ],
    };
    expect(wbsPreview(body)).toEqual([
      { ref: '1', name: 'Prepare', indent: 0, summary: true, duration: '', predecessors: '' },
      { ref: '1.1', name: 'Survey', indent: 1, summary: false, duration: '5 d', predecessors: '' },
      { ref: '1.2', name: 'Plan', indent: 1, summary: false, duration: '2.5 d', predecessors: '1.1, 1 SS−1 d' },
      { ref: 'M1', name: 'Ready', indent: 0, summary: false, duration: 'Milestone', predecessors: '1.2 FS+2 d' },
    ]);
  });

  it('reads whatever the text holds without failing', () => {
    expect(wbsPreview({ wbs: 'none' })).toEqual([]);
    expect(wbsPreview(null)).toEqual([]);
    expect(wbsPreview({ wbs: [{ name: 7 }] })).toEqual([{ ref: '', name: '7', indent: 0, summary: false, duration: '0 d', predecessors: '' }]);
    expect(documentsPreview({ documents: [{ requirementKey: 'charter', title: 'Charter – {{project.code}}', body: '# Charter' }, 3] })).toEqual([
      { requirementKey: 'charter', title: 'Charter – {{project.code}}', body: '# Charter' },
      { requirementKey: '', title: '', body: '' },
    ]);
  });
});
