// RAID forms: a new item's defaults, the body sent to add it (filled fields only), the patch sent to
// change it (only what changed, empties as null), and the client's checks.
import { describe, expect, it } from 'vitest';
import type { Risk } from '../../api/types.ts';
import { bodyOf, fieldOfPath, fieldsFor, initialValues, validateValues } from './raid-fields.ts';

const risk = {
  id: 'r1', code: 'RSK-001', projectId: 'p1', projectCode: 'PRJ-001', projectName: 'P', title: 'Supplier late', description: '', ownerId: null, ownerName: null,
  createdBy: null, createdAt: '', updatedAt: '', version: 3, status: 'open', category: 'supplier', cause: '', effect: '', probability: 2, impact: 3, score: 6,
  band: 'medium', residualProbability: null, residualImpact: null, residualScore: null, residualBand: null, strategy: null, response: '', triggers: '',
  reviewDate: '2026-05-01', reviewOverdue: false, taskIds: [], closedAt: null,
} satisfies Risk;

describe('RAID form fields', () => {
  it('starts a new item with the log’s defaults', () => {
    expect(initialValues('issues', null)).toMatchObject({ status: 'open', priority: 'medium', severity: 'moderate', escalationLevel: 'project', title: '', dueDate: '' });
    expect(initialValues('risks', null)).toMatchObject({ status: 'open', category: 'general', probability: '' });
    expect(fieldsFor('actions', 'edit').map((f) => f.name)).not.toContain('sourceType');
    expect(fieldsFor('actions', 'create').map((f) => f.name)).toContain('sourceType');
  });

  it('keeps a risk’s threatened tasks as a list: sent only when they change, cleared as an empty list', () => {
    const linked = { ...risk, taskIds: ['t1', 't2'] };
    const initial = initialValues('risks', linked);
    expect(initial.taskIds).toBe('t1,t2');
    expect(bodyOf('risks', 'edit', initial, initial)).toEqual({});
    expect(bodyOf('risks', 'edit', { ...initial, taskIds: 't2' }, initial)).toEqual({ taskIds: ['t2'] });
    expect(bodyOf('risks', 'edit', { ...initial, taskIds: '' }, initial)).toEqual({ taskIds: [] });
  });

  it('sends the filled fields to add, ratings as numbers', () => {
    const values = { ...initialValues('risks', null), title: 'Supplier late', probability: '2', impact: '3' };
    expect(bodyOf('risks', 'create', values, initialValues('risks', null))).toEqual({ title: 'Supplier late', category: 'general', status: 'open', probability: 2, impact: 3 });
  });

  it('sends only the changes to edit, cleared fields as null', () => {
    const initial = initialValues('risks', risk);
    expect(initial).toMatchObject({ probability: '2', impact: '3', reviewDate: '2026-05-01', strategy: '' });
    const values = { ...initial, probability: '5', impact: '5', reviewDate: '', strategy: 'mitigate', code: 'RSK-999' };
    expect(bodyOf('risks', 'edit', values, initial)).toEqual({ probability: 5, impact: 5, reviewDate: null, strategy: 'mitigate' });
  });

  it('checks required fields and residual pairs before sending', () => {
    const values = { ...initialValues('risks', null), residualImpact: '2' };
    expect(validateValues('risks', 'create', values)).toEqual({
      title: 'Give the title.',
      probability: 'Give the probability.',
      impact: 'Give the impact.',
      residualProbability: 'Rate the residual probability and impact together (or clear both).',
    });
    expect(validateValues('dependencies', 'create', initialValues('dependencies', null))).toMatchObject({ providerProjectId: expect.any(String), neededBy: expect.any(String) });
  });

  it('puts server errors on the fields they name', () => {
    expect(fieldOfPath('risks')('residualImpact')).toBe('residualImpact');
    expect(fieldOfPath('risks')('taskIds[0]')).toBe('taskIds');
    expect(fieldOfPath('risks')('closedAt')).toBeNull();
  });
});
