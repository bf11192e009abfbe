import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../api/types.ts';
import { assignmentValues, barResourcesLabel, labelsByTask, resourcesLabel, toAssignmentCreate, toAssignmentPatch, validateAssignment, workLabel } from './assignment-view.ts';

const base = { resourceName: 'Ada', units: 50, quantity: null, unit: null, resourceKind: 'person', driver: 'units', workMinutes: 1200, contour: 'flat', amount: null, resourceId: 'r1' } as unknown as Assignment;

describe('assignment view', () => {
  it('labels a task’s resources with their units or quantity', () => {
    expect(resourcesLabel([base, { ...base, resourceName: 'Concrete', units: null, quantity: 2.5, unit: 'm³' }, { ...base, resourceName: 'Travel', units: null }])).toBe('Ada 50 %, Concrete 2.5 m³, Travel');
  });
  it('labels a Gantt bar as MS Project does: units only when not 100 %', () => {
    const items = [
      { ...base, resourceName: 'Ada Lovelace', units: 50 },
      { ...base, resourceName: 'Bob', units: 100 },
      { ...base, resourceName: 'Developer', resourceKind: 'role', units: 300 },
      { ...base, resourceName: 'Cy', units: 33.333 },
      { ...base, resourceName: 'Concrete', units: null, quantity: 2.5, unit: 'm³' },
      { ...base, resourceName: 'Travel', units: null },
    ] as Assignment[];
    expect(barResourcesLabel(items)).toBe('Ada Lovelace [50 %], Bob, Developer [300 %], Cy [33.3 %], Concrete [2.5 m³], Travel');
  });
  it('gives each task with resources one label, in the order they were assigned', () => {
    const items = [{ ...base, taskId: 't1', resourceName: 'Ada' }, { ...base, taskId: 't2', resourceName: 'Bob', units: 100 }, { ...base, taskId: 't1', resourceName: 'Cy', units: 100 }] as Assignment[];
    expect(labelsByTask(items, barResourcesLabel)).toEqual(new Map([['t1', 'Ada [50 %], Cy'], ['t2', 'Bob']]));
    expect(labelsByTask([], barResourcesLabel).size).toBe(0);
  });
  it('sends units or work in minutes, and only what changed', () => {
    const values = { ...assignmentValues(), resourceId: 'r1', kind: 'person' as const, by: 'work' as const, workHours: '24' };
    expect(toAssignmentCreate(values, 'EUR')).toEqual({ resourceId: 'r1', workMinutes: 1440, overtimeMinutes: 0, contour: 'flat' });
    expect(toAssignmentPatch(assignmentValues(base), base, 'EUR')).toEqual({});
    expect(toAssignmentPatch({ ...assignmentValues(base), units: '75' }, base, 'EUR')).toEqual({ units: 75, overtimeMinutes: 0, contour: 'flat' });
  });
  it('sends planned overtime in minutes and shows it beside the work', () => {
    const withOvertime = { ...base, overtimeMinutes: 600 } as Assignment;
    expect(assignmentValues(withOvertime).overtimeHours).toBe('10');
    expect(toAssignmentPatch({ ...assignmentValues(base), overtimeHours: '2,5' }, base, 'EUR')).toEqual({ units: 50, overtimeMinutes: 150, contour: 'flat' });
    expect(toAssignmentPatch(assignmentValues(withOvertime), withOvertime, 'EUR')).toEqual({});
    expect(workLabel(withOvertime)).toBe('20 h (10 h overtime)');
    expect(workLabel(base)).toBe('20 h');
    expect(validateAssignment({ ...assignmentValues(), kind: 'person', resourceId: 'p', overtimeHours: 'some' }).overtimeHours).toMatch(/overtime in hours/);
    expect(validateAssignment({ ...assignmentValues(), kind: 'person', resourceId: 'p', by: 'work', workHours: '8', overtimeHours: '9' }).overtimeHours).toMatch(/at most the work/);
  });
  it('asks for what the kind needs', () => {
    expect(validateAssignment({ ...assignmentValues(), kind: 'material', resourceId: 'm' })).toEqual({ quantity: 'Give the quantity the task uses.' });
    expect(validateAssignment({ ...assignmentValues(), kind: 'person', resourceId: 'p', units: 'lots' }).units).toMatch(/percentage/);
  });
});
