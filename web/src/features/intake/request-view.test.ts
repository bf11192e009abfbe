import { describe, expect, it } from 'vitest';
import type { IntakeField, ProjectRequest } from '../../api/types.ts';
import { boardColumns, caseBody, caseForm, fieldValues } from './request-view.ts';

describe('the business case editor', () => {
  it('turns typed decimals into minor units per period, trailing empty periods dropped', () => {
    const parsed = caseBody({ currency: 'eur', periodicity: 'year', ratePercent: '10', lines: [{ label: 'Build', kind: 'cost', amounts: ['1,000', '', '', ''] }, { label: 'Savings', kind: 'benefit', amounts: ['', '400.50', '400', ''] }, { label: '', kind: 'cost', amounts: ['', '', '', ''] }] });
    expect(parsed).toEqual({ ok: true, body: { currency: 'EUR', periodicity: 'year', annualDiscountRate: 0.1, rateConvention: 'effective', lines: [{ label: 'Build', kind: 'cost', amountsMinor: [100_000] }, { label: 'Savings', kind: 'benefit', amountsMinor: [0, 40_050, 40_000] }] } });
  });

  it('says what to fix: a line without a label, a bad amount, a missing rate', () => {
    expect(caseBody({ currency: 'EUR', periodicity: 'quarter', ratePercent: '8', lines: [{ label: '', kind: 'cost', amounts: ['5'] }] })).toEqual({ ok: false, message: 'Line 1 has amounts but no label: say what it is, such as Licences.' });
    expect(caseBody({ currency: 'EUR', periodicity: 'quarter', ratePercent: '8', lines: [{ label: 'Fees', kind: 'cost', amounts: ['', '-5'] }] })).toEqual({ ok: false, message: 'Fees, quarter 1: Enter an amount like 125000 or 125000.50.' });
    expect(caseBody({ currency: 'EUR', periodicity: 'year', ratePercent: '', lines: [] }).ok).toBe(false);
  });

  it('reads a saved case back into the same rows', () => {
    const body = { currency: 'EUR', periodicity: 'month' as const, annualDiscountRate: 0.075, rateConvention: 'effective' as const, lines: [{ label: 'Build', kind: 'cost' as const, amountsMinor: [100_000] }, { label: 'Savings', kind: 'benefit' as const, amountsMinor: [0, 40_050] }] };
    const form = caseForm(body, 'EUR');
    expect(form.ratePercent).toBe('7.5');
    expect(form.lines[1]!.amounts).toEqual(['', '400.50']);
    expect(caseBody(form)).toEqual({ ok: true, body });
  });
});

describe('the triage board and the form’s own fields', () => {
  it('puts each request in its status column, leaving withdrawn ones off', () => {
    const r = (code: string, status: ProjectRequest['status']) => ({ code, status }) as ProjectRequest;
    const columns = boardColumns([r('REQ-1', 'screening'), r('REQ-2', 'withdrawn'), r('REQ-3', 'screening'), r('REQ-4', 'approved')]);
    expect(columns.map((c) => [c.status, c.items.map((i) => i.code)])).toEqual([['draft', []], ['submitted', []], ['screening', ['REQ-1', 'REQ-3']], ['business_case', []], ['deferred', []], ['approved', ['REQ-4']], ['rejected', []]]);
  });

  it('sends numbers as numbers and leaves blanks out', () => {
    const fields = [{ key: 'headcount', label: 'Headcount', type: 'number' }, { key: 'deadline', label: 'Deadline', type: 'date' }, { key: 'notes', label: 'Notes', type: 'text' }] as IntakeField[];
    expect(fieldValues(fields, { headcount: ' 12 ', deadline: '2027-06-30', notes: '  ' })).toEqual({ headcount: 12, deadline: '2027-06-30' });
  });
});
