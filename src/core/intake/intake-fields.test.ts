import { describe, expect, it } from 'vitest';
import { intakeFieldProblems, intakeValueProblems, type IntakeField } from './intake-fields.ts';

const field = (over: Partial<IntakeField> & { key: string }): IntakeField => ({ label: over.key, type: 'text', required: false, options: [], help: '', ...over });
const FORM = [
  field({ key: 'deadline', label: 'Regulatory deadline', type: 'date', required: true }),
  field({ key: 'headcount', label: 'Headcount affected', type: 'number' }),
  field({ key: 'urgency', label: 'Urgency', type: 'choice', options: ['low', 'high'], required: true }),
  field({ key: 'notes', label: 'Notes' }),
];

describe('the PMO’s intake fields', () => {
  it('accepts a well-formed form', () => expect(intakeFieldProblems(FORM)).toEqual([]));

  it('refuses bad keys, duplicates, blank labels and choices without options', () => {
    const problems = intakeFieldProblems([field({ key: 'Bad Key' }), field({ key: 'a' }), field({ key: 'a', label: ' ' }), field({ key: 'c', type: 'choice', options: ['x'] }), field({ key: 'n', type: 'number', options: ['x', 'y'] })]);
    expect(problems.map((p) => p.path)).toEqual(['fields[0].key', 'fields[2].key', 'fields[2].label', 'fields[3].options', 'fields[4].options']);
    expect(problems[1]!.message).toContain('used twice');
  });
});

describe('a request’s values for the PMO’s fields', () => {
  it('lets a draft leave required fields blank but checks what is given', () => {
    expect(intakeValueProblems(FORM, {}, { requireAll: false })).toEqual([]);
    expect(intakeValueProblems(FORM, { headcount: 'many' }, { requireAll: false })).toEqual([{ path: 'fields.headcount', message: '"Headcount affected" is a number; "many" is not one.' }]);
  });

  it('requires the required fields on submit, naming them by label', () => {
    expect(intakeValueProblems(FORM, { notes: '' }, { requireAll: true })).toEqual([
      { path: 'fields.deadline', message: '"Regulatory deadline" is required: fill it in before submitting.' },
      { path: 'fields.urgency', message: '"Urgency" is required: fill it in before submitting.' },
    ]);
  });

  it('checks dates are real days and choices are among the options', () => {
    const problems = intakeValueProblems(FORM, { deadline: '2026-02-30', urgency: 'medium' }, { requireAll: true });
    expect(problems).toEqual([
      { path: 'fields.deadline', message: '"Regulatory deadline" is a date: give it as YYYY-MM-DD, not "2026-02-30".' },
      { path: 'fields.urgency', message: '"Urgency" is one of "low", "high", not "medium".' },
    ]);
    expect(intakeValueProblems(FORM, { deadline: '2028-02-29', urgency: 'high', headcount: 12 }, { requireAll: true })).toEqual([]);
  });

  it('refuses values for fields the form does not have, listing the ones it has', () => {
    expect(intakeValueProblems(FORM, { colour: 'red' }, { requireAll: false })[0]).toEqual({ path: 'fields.colour', message: 'The intake form has no field "colour"; its fields are deadline, headcount, urgency, notes.' });
  });
});
