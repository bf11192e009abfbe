// The project's estimate to complete as the earned-value and financials pages show and edit it:
// where the bottom-up figure comes from in words, the dialog's checks, the body it saves (nothing
// when nothing changed; a changed amount dated today by the server unless a day is given) and where
// the server's field errors land.
import { describe, expect, it } from 'vitest';
import type { ProjectEstimate } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { bottomUpSourceText, projectEstimateFieldOf, projectEstimateValues, toProjectEstimateBody, validateProjectEstimate } from './project-estimate-view.ts';

const none: ProjectEstimate = { projectId: 'p', etc: null, asOf: null, note: '', updatedBy: null, updatedAt: null, version: 0 };
const given: ProjectEstimate = { ...none, etc: { amountMinor: 3_500_000, currency: 'EUR' }, asOf: '2027-03-03', note: 'Supplier quotes', version: 1 };

describe('bottomUpSourceText', () => {
  it('names the manager’s estimate with its date and note, or the tasks’ sum', () => {
    expect(bottomUpSourceText({ source: 'project-estimate', asOf: '2027-03-03', note: 'Supplier quotes', tasksWithoutEstimate: 2 })).toBe(
      `The project manager’s estimate for the whole project, of ${formatDate('2027-03-03')} (Supplier quotes): it stands in for the tasks’ estimates while given.`,
    );
    expect(bottomUpSourceText({ source: 'task-estimates', asOf: null, note: null, tasksWithoutEstimate: 0 })).toBe('The tasks’ estimates to complete, summed (finished tasks count 0).');
  });
  it('says what is missing when there is no figure', () => {
    expect(bottomUpSourceText({ source: null, asOf: null, note: null, tasksWithoutEstimate: 1 })).toBe('None yet: 1 unfinished task has no estimate to complete. Give the project’s estimate, or each task’s (Edit on its row under Tasks).');
    expect(bottomUpSourceText({ source: null, asOf: null, note: null, tasksWithoutEstimate: 3 })).toMatch(/^None yet: 3 unfinished tasks have/);
    expect(bottomUpSourceText({ source: null, asOf: null, note: null, tasksWithoutEstimate: 0 })).toBe('None yet: give the project’s estimate to complete.');
  });
});

describe('the estimate dialog', () => {
  it('asks for an amount of the currency and a day', () => {
    expect(validateProjectEstimate(projectEstimateValues(none), 'EUR')).toEqual({ etc: expect.stringMatching(/^Give what the rest of the project will cost/) });
    expect(validateProjectEstimate({ etc: '12.345', asOf: '3 March', note: '' }, 'EUR')).toEqual({ etc: expect.any(String), asOf: 'Pick the day of the estimate.' });
    expect(validateProjectEstimate({ etc: '35,000.50', asOf: '', note: '' }, 'EUR')).toEqual({});
  });
  it('sends the amount in minor units, today’s date for a new amount unless a day is given, and nothing when nothing changed', () => {
    expect(toProjectEstimateBody({ etc: '35000', asOf: '', note: ' From the quotes ' }, none, 'EUR')).toEqual({ etc: { amountMinor: 3_500_000, currency: 'EUR' }, note: 'From the quotes' });
    expect(toProjectEstimateBody(projectEstimateValues(given), given, 'EUR')).toEqual({});
    expect(toProjectEstimateBody({ ...projectEstimateValues(given), etc: '36000' }, given, 'EUR')).toEqual({ etc: { amountMinor: 3_600_000, currency: 'EUR' }, note: 'Supplier quotes' });
    expect(toProjectEstimateBody({ ...projectEstimateValues(given), asOf: '2027-03-05' }, given, 'EUR')).toEqual({ etc: { amountMinor: 3_500_000, currency: 'EUR' }, note: 'Supplier quotes', asOf: '2027-03-05' });
    expect(toProjectEstimateBody({ ...projectEstimateValues(given), note: 'Revised quotes' }, given, 'EUR')).toEqual({ etc: { amountMinor: 3_500_000, currency: 'EUR' }, note: 'Revised quotes', asOf: '2027-03-03' });
  });
  it('puts the server’s field errors on their inputs', () => {
    expect(['etc.currency', 'etc', 'asOf', 'note', 'version'].map(projectEstimateFieldOf)).toEqual(['etc', 'etc', 'asOf', 'note', null]);
  });
});
