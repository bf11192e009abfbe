import { describe, expect, it } from 'vitest';
import type { Resource } from '../../api/types.ts';
import { resourceFieldOf, resourceFormValues, toResourceCreate, toResourcePatch, validateResource } from './resource-form-values.ts';

const ana: Resource = {
  id: 'r1', code: 'RES-001', name: 'Ana', kind: 'person', userId: null, userName: null, roleId: null, roleName: null, department: 'Engineering', team: null,
  managerId: null, managerName: null, email: 'ana@example.org', unit: null, headcount: null, notes: '', skills: [{ skill: 'SQL', proficiency: 4 }],
  maxUnits: [], defaultMaxUnits: 100, archivedAt: null, createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00Z', version: 1,
};

describe('resource form values', () => {
  it('sends a new person with skills, and only the fields of its kind', () => {
    const v = { ...resourceFormValues(), name: 'Bo', unit: 'stale', headcount: '3', skills: [{ skill: ' Go ', proficiency: '3' }], maxUnits: [{ from: '2027-01-01', units: '50' }] };
    expect(toResourceCreate(v)).toMatchObject({ kind: 'person', name: 'Bo', unit: null, headcount: null, skills: [{ skill: 'Go', proficiency: 3 }], maxUnits: [{ from: '2027-01-01', units: 50 }] });
    expect(toResourceCreate({ ...v, kind: 'material', unit: 't' })).toMatchObject({ unit: 't', maxUnits: [] });
  });

  it('patches only what changed, lists whole', () => {
    expect(toResourcePatch(resourceFormValues(ana), ana)).toEqual({});
    const v = resourceFormValues(ana);
    expect(toResourcePatch({ ...v, team: 'Data', skills: [...v.skills, { skill: 'Python', proficiency: '2' }] }, ana)).toEqual({
      team: 'Data',
      skills: [{ skill: 'SQL', proficiency: 4 }, { skill: 'Python', proficiency: 2 }],
    });
  });

  it('checks names, units and duplicate skills, and puts server errors on their rows', () => {
    expect(validateResource({ ...resourceFormValues(), kind: 'material' })).toEqual({ name: 'Give it a name.', unit: 'Give the unit it is counted in, e.g. t, m³, pcs.' });
    expect(validateResource({ ...resourceFormValues(ana), skills: [{ skill: 'sql', proficiency: '2' }, { skill: 'SQL ', proficiency: '3' }] })).toEqual({ 'skills.1.skill': 'Listed twice.' });
    expect([resourceFieldOf('skills.1.skill'), resourceFieldOf('userId'), resourceFieldOf('code')]).toEqual(['skills.1.skill', 'userId', null]);
  });
});
