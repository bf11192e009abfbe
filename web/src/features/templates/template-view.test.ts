// "Start from a template": picker summaries, what was created, and field errors on the form's names.
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../api/api-problem.ts';
import { createdSummary, registersSummary, templateSummary, withProjectPaths } from './template-view.ts';

const counts = { tasks: 24, milestones: 1, risks: 4, assumptions: 0, actions: 3, documents: 2 };

describe('template view', () => {
  it('sums a template up for its picker', () => {
    expect(templateSummary({ methodologyKey: 'agile', counts })).toBe('Agile · 24 tasks · 1 milestone · 2 documents');
    expect(registersSummary(counts)).toBe('4 risks, 0 assumptions, 3 actions');
  });

  it('says what a new project got, leaving out what it did not', () => {
    expect(createdSummary({ instantiated: { tasks: 24, milestones: 5, links: 30, risks: 4, assumptions: 0, actions: 1, documents: 3 } }))
      .toEqual(['24 tasks (5 milestones)', '30 links', '4 risks', '1 action', '3 draft documents']);
  });

  it('moves project.* field errors onto the form’s field names', () => {
    const problem = new ApiProblem({ type: 'about:blank', title: 'Invalid', status: 422, code: 'validation_failed', detail: 'x', errors: [{ path: 'project.name', message: 'required' }, { path: 'templateKey', message: 'unknown' }] });
    const moved = withProjectPaths(problem) as ApiProblem;
    expect(moved.fieldErrors.map((e) => e.path)).toEqual(['name', 'templateKey']);
    expect(moved.status).toBe(422);
    const plain = new Error('x');
    expect(withProjectPaths(plain)).toBe(plain);
  });
});
