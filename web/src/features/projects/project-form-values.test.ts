// The project form's rules and its conversions to the API's bodies.
import { describe, expect, it } from 'vitest';
import type { Project } from '../../api/types.ts';
import { projectFieldOf, projectFormValues, toProjectCreate, toProjectPatch, validateProjectForm } from './project-form-values.ts';

const PORTFOLIO = '0190a0b0-0000-7000-8000-000000000001';
const project: Project = {
  id: '0190a0b0-0000-7000-8000-0000000000aa',
  code: 'PRJ-001',
  name: 'CRM Replacement',
  description: '',
  portfolioId: PORTFOLIO,
  programId: null,
  sponsorId: null,
  managerId: null,
  status: 'active',
  methodologyKey: 'predictive',
  phase: 'plan',
  priority: 'high',
  plannedStart: '2026-03-01',
  plannedFinish: '2027-03-31',
  budget: { amountMinor: 240_000_000, currency: 'EUR' },
  objectiveIds: [],
  tags: ['cloud'],
  archivedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
};

describe('project form values', () => {
  it('requires a name and a portfolio, and a finish on or after the start', () => {
    const errors = validateProjectForm({ ...projectFormValues(), plannedStart: '2026-06-01', plannedFinish: '2026-05-01', budgetAmount: 'abc' });
    expect(Object.keys(errors).sort()).toEqual(['budgetAmount', 'name', 'plannedFinish', 'portfolioId']);
    expect(validateProjectForm(projectFormValues(project))).toEqual({});
  });

  it('creates with the budget in minor units and no empty code', () => {
    const body = toProjectCreate({ ...projectFormValues(undefined, { portfolioId: PORTFOLIO }), name: ' New ', budgetAmount: '1250.5' });
    expect(body).toMatchObject({ name: 'New', portfolioId: PORTFOLIO, budget: { amountMinor: 125_050, currency: 'EUR' }, plannedStart: null });
    expect('code' in body).toBe(false);
    expect(body.methodologyKey).toBe('predictive');
    expect('phase' in body).toBe(false); // the server starts it in the methodology's first phase
    expect(toProjectCreate({ ...projectFormValues(), methodologyKey: 'agile', phase: 'inception' })).toMatchObject({ methodologyKey: 'agile', phase: 'inception' });
  });

  it('patches only what changed', () => {
    expect(toProjectPatch(projectFormValues(project), project)).toEqual({});
    const patch = toProjectPatch({ ...projectFormValues(project), phase: 'execute', budgetAmount: '', tags: ['cloud', 'crm'] }, project);
    expect(patch).toEqual({ phase: 'execute', budget: null, tags: ['cloud', 'crm'] });
    expect(toProjectPatch({ ...projectFormValues(project), methodologyKey: 'agile', phase: 'discovery' }, project)).toEqual({ methodologyKey: 'agile', phase: 'discovery' });
  });

  it('maps server error paths to form fields', () => {
    expect(projectFieldOf('plannedFinish')).toBe('plannedFinish');
    expect(projectFieldOf('budget.amountMinor')).toBe('budgetAmount');
    expect(projectFieldOf('budget.currency')).toBe('budgetCurrency');
    expect(projectFieldOf('tags.2')).toBe('tags');
    expect(projectFieldOf('If-Match')).toBeNull();
  });
});
