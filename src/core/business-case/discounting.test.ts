// NPV against published numbers. Our convention is the textbooks': flow 0 is now and is not
// discounted. Excel's NPV() discounts its first value by one period, so Excel's worked examples
// are reproduced here either with a leading 0 (the first value a period away) or as
// `=NPV(rate, later values) + first value`, as Microsoft's own help page does.
import { describe, expect, it } from 'vitest';
import { annualRate, compensatedSum, discountFactor, npv, npvExact, periodRate, presentValues, toMinor } from './discounting.ts';

describe('net present value', () => {
  it('matches Excel’s NPV help page (support.microsoft.com, "NPV function"), in cents', () => {
    // Example 1: 10 %, −10,000 paid a year from today, then 3,000, 4,200, 6,800: NPV(A2, A3:A6) = 1,188.44.
    expect(npv([0, -1_000_000, 300_000, 420_000, 680_000], 0.1)).toBe(118_844);
    // Example 2: 8 %, −40,000 at the start, then 8,000, 9,200, 10,000, 12,000, 14,500: NPV(A2, A4:A8) + A3 = 1,922.06.
    expect(npv([-4_000_000, 800_000, 920_000, 1_000_000, 1_200_000, 1_450_000], 0.08)).toBe(192_206);
    // … and with a loss of 9,000 in the sixth year: NPV(A2, A4:A8, −9000) + A3 = −3,749.47.
    expect(npv([-4_000_000, 800_000, 920_000, 1_000_000, 1_200_000, 1_450_000, -900_000], 0.08)).toBe(-374_947);
  });

  it('matches the values Adobe’s FormCalc reference prints for its NPV examples (Excel’s convention)', () => {
    expect(npvExact([0, 5000], 0.065)).toBeCloseTo(4694.83568075117, 9);
    expect(npvExact([0, 500, 1500, 4000, 10000], 0.1)).toBeCloseTo(11529.60863329007, 9);
    // Monthly flows at 2.75 % a year taken as 2.75 / 12 % a month (the nominal convention).
    expect(npvExact([0, 50, 60, 40, 100, 25], periodRate(0.0275, 'month', 'nominal'))).toBeCloseTo(273.14193838457, 9);
  });

  it('matches Brealey, Myers & Allen’s payback projects at 10 % (Principles of Corporate Finance, ch. 5: +2,624, −58, +50)', () => {
    expect(npv([-2000, 500, 500, 5000], 0.1)).toBe(2624);
    expect(npv([-2000, 500, 1800], 0.1)).toBe(-58);
    expect(npv([-2000, 1800, 500], 0.1)).toBe(50);
  });

  it('does not discount flow 0, and Excel’s one-period shift is a factor of 1 + rate', () => {
    expect(npv([12_345], 0.5)).toBe(12_345);
    const later = [300_000, 420_000, 680_000];
    expect(npvExact([0, ...later], 0.1) * 1.1).toBeCloseTo(npvExact(later, 0.1), 6);
  });

  it('rounds once, half away from zero, from the unrounded sum, and never answers −0', () => {
    // Each flow is worth 0.4, 0.16, 0.064 of a cent now: rounding each would give 0; the sum 0.624 gives 1.
    expect(npv([0, 1, 1, 1], 1.5)).toBe(1);
    expect(npv([0, -1, -1, -1], 1.5)).toBe(-1);
    expect(npv([0, 1], 3)).toBe(0); // 0.25
    expect(Object.is(npv([0, -1], 3), 0)).toBe(true); // −0.25 → 0, not −0
    expect(npv([0, 3], 1)).toBe(2); // 1.5 → 2
    expect(npv([0, -3], 1)).toBe(-2); // −1.5 → −2
    expect(Object.is(toMinor(-0.2), 0)).toBe(true);
  });

  it('keeps a century of months exact to the cent', () => {
    const flows = [-1_000_000_000, ...Array.from({ length: 1200 }, () => 1_234_567)];
    const r = 0.005;
    const annuity = (1_234_567 * (1 - Math.pow(1 + r, -1200))) / r; // closed form
    expect(npv(flows, r)).toBe(Math.round(annuity - 1_000_000_000));
  });

  it('refuses what it cannot discount, saying what is wrong', () => {
    expect(() => npv([], 0.1)).toThrow('There are no cash flows: give at least the flow of period 0.');
    expect(() => npv([100, 12.5], 0.1)).toThrow('Period 1: 12.5 is not a whole amount of minor units (cents); give amounts as integers.');
    expect(() => npv([100, Number.NaN], 0.1)).toThrow('Period 1: NaN is not a whole amount');
    expect(() => npv([100], -1)).toThrow('The rate -1 (-100 %) must be above −100 %');
    expect(() => npv([100], -2.5)).toThrow('The rate -2.5 (-250 %) must be above −100 %');
    expect(() => npv([100], Number.POSITIVE_INFINITY)).toThrow('The rate Infinity is not a number; give it as a fraction (0.08 for 8 %).');
    expect(() => npv(new Array<number>(1202).fill(0), 0.1)).toThrow('1202 periods is more than the 1201 a case may span');
  });
});

describe('rates per period', () => {
  it('converts an annual rate into an equivalent rate per period (effective) or a twelfth of it (nominal)', () => {
    expect(periodRate(0.08, 'year')).toBe(0.08);
    expect(periodRate(0.08, 'month')).toBeCloseTo(Math.pow(1.08, 1 / 12) - 1, 15);
    expect(periodRate(0.08, 'quarter')).toBeCloseTo(Math.pow(1.08, 1 / 4) - 1, 15);
    expect(periodRate(0.08, 'month', 'nominal')).toBeCloseTo(0.08 / 12, 15);
    // Twelve effective months discount exactly as one year.
    expect(discountFactor(periodRate(0.08, 'month'), 12)).toBeCloseTo(discountFactor(0.08, 1), 14);
  });

  it('annualises a rate per period back', () => {
    expect(annualRate(0.01, 'month')).toBeCloseTo(Math.pow(1.01, 12) - 1, 15);
    expect(annualRate(0.01, 'month', 'nominal')).toBeCloseTo(0.12, 15);
    expect(annualRate(periodRate(0.1, 'quarter'), 'quarter')).toBeCloseTo(0.1, 15);
    expect(annualRate(0.2, 'year')).toBe(0.2);
  });

  it('gives each flow’s present value and sums long columns without losing small terms', () => {
    expect(presentValues([-100, 110, 121], 0.1)).toEqual([-100, expect.closeTo(100, 12), expect.closeTo(100, 12)]);
    expect(compensatedSum([1e16, 1, -1e16])).toBe(1);
    expect(compensatedSum([])).toBe(0);
  });
});
