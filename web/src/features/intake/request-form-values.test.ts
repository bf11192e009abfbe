import { describe, expect, it } from 'vitest';
import type { IntakeField, ProjectRequest } from '../../api/types.ts';
import { requestBody, requestFormValues } from './request-form-values.ts';

const FIELDS = [{ key: 'headcount', label: 'Headcount', type: 'number', required: false, options: [], help: '' }] as IntakeField[];

describe('the request form’s values', () => {
  it('sends the typed cost as minor units of its currency, blanks as nulls, numbers of the PMO’s fields as numbers', () => {
    const values = { ...requestFormValues(null), title: ' Portal ', cost: '1,250.5', currency: 'eur', months: '6', fields: { headcount: '12' } };
    const parsed = requestBody(values, FIELDS);
    expect(parsed).toMatchObject({ ok: true, body: { title: 'Portal', costEstimate: { amountMinor: 125_050, currency: 'EUR' }, durationEstimateMonths: 6, desiredStart: null, portfolioId: null, fields: { headcount: 12 } } });
  });

  it('names the field to fix: a missing title, a cost with too many decimals', () => {
    expect(requestBody(requestFormValues(null), FIELDS)).toEqual({ ok: false, field: 'title', message: 'Give the request a title.' });
    expect(requestBody({ ...requestFormValues(null), title: 'X', cost: '10.005' }, FIELDS)).toEqual({ ok: false, field: 'cost', message: 'Use at most 2 decimals.' });
  });

  it('reads a saved request back into the texts the form shows', () => {
    const saved = { title: 'Portal', problem: 'P', objectives: 'O', objectiveIds: [], expectedBenefits: '', costEstimate: { amountMinor: 125_050, currency: 'EUR' }, durationEstimateMonths: 6, desiredStart: '2027-01-04', keyRisks: '', sponsorId: null, portfolioId: null, programId: null, fields: { headcount: 12 } } as unknown as ProjectRequest;
    expect(requestFormValues(saved)).toMatchObject({ cost: '1250.50', currency: 'EUR', months: '6', desiredStart: '2027-01-04', fields: { headcount: '12' } });
  });
});
