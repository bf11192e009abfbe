import { describe, expect, it } from 'vitest';
import { requestValues, toRequestCreate, validateRequest } from './resource-request-view.ts';

const task = { start: '2027-03-01T08:00', finish: '2027-03-05T17:00' };

describe('resource request form', () => {
  it('starts from the role’s units and the task’s days', () => {
    expect(requestValues({ units: 150 }, task)).toEqual({ skill: '', minProficiency: null, units: '150', from: '2027-03-01', to: '2027-03-05', note: '' });
    expect(requestValues({ units: 33.333 }, { start: null, finish: null })).toMatchObject({ units: '33.3', from: '', to: '' });
  });

  it('sends a proficiency only with a skill, and trims what was typed', () => {
    const values = { ...requestValues({ units: 100 }, task), units: '50', note: '  From April if possible ' };
    expect(toRequestCreate({ ...values, skill: ' Carpentry ', minProficiency: '4' })).toEqual({ skill: 'Carpentry', minProficiency: 4, units: 50, from: '2027-03-01', to: '2027-03-05', note: 'From April if possible' });
    expect(toRequestCreate({ ...values, skill: ' ', minProficiency: '4' })).toEqual({ units: 50, from: '2027-03-01', to: '2027-03-05', note: 'From April if possible' });
  });

  it('names what is wrong on its field', () => {
    const values = requestValues({ units: 100 }, task);
    expect(validateRequest(values)).toEqual({});
    expect(validateRequest({ ...values, units: 'half' }).units).toMatch(/percentage/);
    expect(validateRequest({ ...values, units: '-5' }).units).toMatch(/percentage/);
    expect(validateRequest({ ...values, from: '', to: '' })).toEqual({ from: 'Pick the first day the person is needed.', to: 'Pick the last day the person is needed.' });
    expect(validateRequest({ ...values, to: '2027-02-28' }).to).toMatch(/before the first day/);
    expect(validateRequest({ ...values, skill: 'x'.repeat(81) }).skill).toMatch(/80 characters/);
  });
});
