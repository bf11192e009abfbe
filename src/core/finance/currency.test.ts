// Conversions and dated rates: minor units of every kind of currency, rounding once, and the rate
// in force on a day.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertMinor, minorDigits, RATE_PATTERN, rateOn, roundHalfAway } from './currency.ts';

describe('currency conversion', () => {
  it('converts in each currency’s own minor units, rounding half away from zero once', () => {
    expect(convertMinor(10_000, 'USD', 'EUR', '0.92')).toBe(9_200);
    expect(convertMinor(1_000, 'JPY', 'EUR', '0.0061')).toBe(610);
    expect(convertMinor(9_200, 'EUR', 'JPY', '163.5')).toBe(15_042);
    expect(convertMinor(1_000, 'KWD', 'EUR', '3')).toBe(300); // 1.000 KWD → 3.00 EUR
    expect(convertMinor(5, 'EUR', 'USD', '1.1')).toBe(6); // 0.055 → 0.06
    expect(convertMinor(-5, 'EUR', 'USD', '1.1')).toBe(-6);
    expect(convertMinor(12_345, 'EUR', 'EUR', '2')).toBe(12_345);
    expect([minorDigits('EUR'), minorDigits('JPY'), minorDigits('BHD')]).toEqual([2, 0, 3]);
    expect([roundHalfAway(2.5), roundHalfAway(-2.5), roundHalfAway(2.4)]).toEqual([3, -3, 2]);
  });

  it('accepts rates as plain positive decimals only', () => {
    expect(['1', '0.92', '163.5', '0.0000012345'].every((r) => RATE_PATTERN.test(r))).toBe(true);
    expect(['-1', '1e3', '01.5', '1.', '.5', '1,5', '0.12345678901'].some((r) => RATE_PATTERN.test(r))).toBe(false);
  });

  it('never drifts more than half a minor unit from the exact product (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 10_000_000 }), (amount, milli) => {
        const rate = (milli / 10_000).toFixed(4);
        const exact = amount * Number(rate);
        return Math.abs(convertMinor(amount, 'EUR', 'USD', rate) - exact) <= 0.5 + 1e-6 * Math.abs(exact);
      }),
    );
  });
});

describe('dated rates', () => {
  const rates = [
    { effectiveFrom: '2027-07-01', value: 95 },
    { effectiveFrom: '2027-01-01', value: 90 },
  ];
  it('takes the latest in force on the day, and none before the first', () => {
    expect(rateOn(rates, '2026-12-31')).toBeNull();
    expect(rateOn(rates, '2027-01-01')).toBe(90);
    expect(rateOn(rates, '2027-06-30')).toBe(90);
    expect(rateOn(rates, '2027-07-01')).toBe(95);
    expect(rateOn([], '2027-07-01')).toBeNull();
  });
});
