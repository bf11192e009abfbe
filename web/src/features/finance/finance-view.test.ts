// The financials page's pure parts: amounts typed as text become minor units without floats (signed
// in a change), the dialogs send only what changed, server paths land on form fields, and the budget
// reads as a grid of categories by month.
import { describe, expect, it } from 'vitest';
import type { BudgetRevision, Expense, ProjectBudget } from '../../api/finance.ts';
import { budgetGrid, forecastNote, monthLabel, moneyText, plannedVsActual, signedMoneyText } from './finance-view.ts';
import { expenseValues, revisionFieldOf, revisionValues, signedToMinor, toExpensePatch, toRevisionBody, validateExpense, validateRevision } from './finance-form-values.ts';

describe('finance forms', () => {
  it('reads signed decimal amounts into minor units', () => {
    expect(signedToMinor('1,250.5', 'EUR')).toEqual({ ok: true, amountMinor: 125_050 });
    expect(signedToMinor('-400', 'EUR')).toEqual({ ok: true, amountMinor: -40_000 });
    expect(signedToMinor('−0.01', 'EUR')).toEqual({ ok: true, amountMinor: -1 });
    expect(signedToMinor('12.345', 'EUR').ok).toBe(false);
    expect(signedToMinor('500', 'JPY')).toEqual({ ok: true, amountMinor: 500 });
  });

  it('checks a revision before sending it and maps the server’s paths back', () => {
    const original = { reason: '', lines: [{ category: 'labour' as const, costType: 'opex' as const, month: '2027-01', amount: '-5' }, { category: 'services' as const, costType: 'opex' as const, month: '', amount: 'x' }] };
    expect(validateRevision(original, true, 'EUR')).toEqual({ 'lines.0.amount': 'The original budget has no negative amounts.', 'lines.1.month': 'Pick a month.', 'lines.1.amount': 'Enter an amount like 125000 or 125000.50.' });
    expect(validateRevision({ ...original, lines: [] }, false, 'EUR')).toEqual({ reason: 'Say why the budget changes.' });
    const body = toRevisionBody({ reason: ' Draw ', lines: [{ category: 'contingency', costType: 'opex', month: '2027-01', amount: '-400' }] }, 'EUR');
    expect(body).toEqual({ reason: 'Draw', lines: [{ category: 'contingency', costType: 'opex', month: '2027-01', amount: { amountMinor: -40_000, currency: 'EUR' } }] });
    expect(revisionFieldOf('lines[2].amount.amountMinor')).toBe('lines.2.amount');
    expect(revisionFieldOf('lines[1].month')).toBe('lines.1.month');
    expect(revisionFieldOf('reason')).toBe('reason');
    const revision = { reason: 'R', lines: [{ category: 'labour', costType: 'opex', month: '2027-02', amount: { amountMinor: 123_456, currency: 'EUR' }, note: '' }] } as BudgetRevision;
    expect(revisionValues(revision, '2027-01').lines).toEqual([{ category: 'labour', costType: 'opex', month: '2027-02', amount: '1234.56' }]);
  });

  it('sends only what changed in an expense, and refuses amounts of zero', () => {
    const expense = { kind: 'expense', incurredOn: '2027-01-05', amount: { amountMinor: 4_200, currency: 'EUR' }, category: 'material', costType: 'opex', supplier: 'Acme', reference: '', purchaseOrderId: null, description: 'Cables' } as Expense;
    const values = expenseValues(expense, '2027-02-01');
    expect(values.amount).toBe('42.00');
    expect(toExpensePatch({ ...values, amount: '42', description: 'Cables and plugs ' }, expense)).toEqual({ description: 'Cables and plugs' });
    expect(toExpensePatch({ ...values, amount: '43.10' }, expense)).toEqual({ amount: { amountMinor: 4_310, currency: 'EUR' } });
    expect(validateExpense({ ...values, amount: '0' }, 'EUR')).toEqual({ amount: 'Give an amount above zero.' });
  });
});

describe('finance views', () => {
  it('shows money in the project’s currency, deltas with their sign', () => {
    expect(moneyText(125_050, 'EUR')).toContain('1,250.50');
    expect(moneyText(null, 'EUR')).toBe('—');
    expect(signedMoneyText(-40_000, 'EUR')).toMatch(/^−.*400\.00$/);
    expect(signedMoneyText(40_000, 'EUR')).toMatch(/^\+/);
    expect(monthLabel('2027-03')).toBe('Mar 2027');
  });

  it('says where the forecast at completion comes from', () => {
    const forecast = { method: 'bottom_up', remainingMinor: 350_000, atCompletionMinor: 460_000, varianceAtCompletionMinor: null, reason: null, estimateAsOf: null, estimateNote: null } as const;
    expect(forecastNote({ ...forecast, source: 'project-estimate', estimateAsOf: '2027-03-03', estimateNote: 'Quotes' }, 'EUR')).toMatch(/^Actual \+ .*3,500\.00, the manager’s estimate to complete of 2027-03-03$/);
    expect(forecastNote({ ...forecast, source: 'task-estimates' }, 'EUR')).toMatch(/, the tasks’ estimates to complete$/);
    expect(forecastNote({ ...forecast, source: 'planned-costs' }, 'EUR')).toMatch(/still planned \(no estimate to complete given\)$/);
    expect(forecastNote({ ...forecast, source: null, remainingMinor: null, atCompletionMinor: null, reason: 'No planned costs yet.' }, 'EUR')).toBe('No planned costs yet.');
  });

  it('lays the budget out as categories by month', () => {
    const budget = {
      months: [{ month: '2027-01', approvedMinor: 300, currentMinor: 300 }, { month: '2027-02', approvedMinor: 100, currentMinor: 150 }],
      byCategory: [{ category: 'labour', approvedMinor: 400, currentMinor: 400 }, { category: 'services', approvedMinor: 0, currentMinor: 50 }, { category: 'material', approvedMinor: 0, currentMinor: 0 }],
      cells: [
        { category: 'labour', costType: 'opex', month: '2027-01', approvedMinor: 200, currentMinor: 200 },
        { category: 'labour', costType: 'capex', month: '2027-01', approvedMinor: 100, currentMinor: 100 },
        { category: 'labour', costType: 'opex', month: '2027-02', approvedMinor: 100, currentMinor: 100 },
        { category: 'services', costType: 'opex', month: '2027-02', approvedMinor: 0, currentMinor: 50 },
      ],
    } as ProjectBudget;
    const grid = budgetGrid(budget);
    expect(grid.months).toEqual(['2027-01', '2027-02']);
    expect(grid.rows.map((r) => r.category)).toEqual(['labour', 'services']);
    expect(grid.rows[0]!.months['2027-01']).toEqual({ approvedMinor: 300, currentMinor: 300 });
    expect(grid.rows[1]!.months['2027-01']).toBeUndefined();
    expect(plannedVsActual({ categories: [{ category: 'services', approvedBudgetMinor: 0, currentBudgetMinor: 1_000, plannedMinor: 900, actualMinor: 300, committedMinor: 200 }, { category: 'material', approvedBudgetMinor: 0, currentBudgetMinor: 0, plannedMinor: 0, actualMinor: 0, committedMinor: 0 }] })).toEqual([
      { category: 'services', approvedBudgetMinor: 0, currentBudgetMinor: 1_000, plannedMinor: 900, actualMinor: 300, committedMinor: 200, remainingMinor: 500 },
    ]);
  });
});
