// Budgets go from decimal text to integer minor units and back without floating-point drift.
import { describe, expect, it } from 'vitest';
import { decimalToMinor, formatMoney, minorDigits, minorToDecimal } from './money.ts';

describe('money', () => {
  it('parses decimal text into minor units exactly', () => {
    expect(decimalToMinor('125000.50', 2)).toEqual({ ok: true, amountMinor: 12_500_050 });
    expect(decimalToMinor('1,234.5', 2)).toEqual({ ok: true, amountMinor: 123_450 });
    expect(decimalToMinor('0.1', 2)).toEqual({ ok: true, amountMinor: 10 });
    expect(decimalToMinor('19.99', 2)).toEqual({ ok: true, amountMinor: 1999 });
    expect(decimalToMinor('7.', 2)).toEqual({ ok: true, amountMinor: 700 });
    expect(decimalToMinor('500', 0)).toEqual({ ok: true, amountMinor: 500 });
  });

  it('rejects what is not an amount', () => {
    expect(decimalToMinor('12.345', 2).ok).toBe(false);
    expect(decimalToMinor('-5', 2).ok).toBe(false);
    expect(decimalToMinor('1e6', 2).ok).toBe(false);
    expect(decimalToMinor('', 2).ok).toBe(false);
    expect(decimalToMinor('1.5', 0).ok).toBe(false);
    expect(decimalToMinor('99999999999999999', 2).ok).toBe(false);
  });

  it('formats minor units back to text and currency', () => {
    expect(minorToDecimal(12_500_050, 2)).toBe('125000.50');
    expect(minorToDecimal(5, 2)).toBe('0.05');
    expect(minorToDecimal(500, 0)).toBe('500');
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(formatMoney({ amountMinor: 12_500_050, currency: 'EUR' }, 'en-GB')).toBe('€125,000.50');
    expect(formatMoney(null)).toBe('—');
  });
});
