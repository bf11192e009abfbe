// Payback, simple and discounted, against textbook examples; the moment is interpolated within
// the period that pays back, where textbooks that count whole years round it up.
import { describe, expect, it } from 'vitest';
import { discountedPaybackPeriods, paybackPeriods } from './payback.ts';

describe('simple payback', () => {
  it('interpolates within the period that pays back', () => {
    expect(paybackPeriods([-1000, 400, 400, 400])).toBe(2.5);
    expect(paybackPeriods([-100, 100])).toBe(1);
    expect(paybackPeriods([-100, 50, 0, 0, 100])).toBe(3.5);
  });

  it('agrees, rounded up to whole years, with Brealey, Myers & Allen’s projects A, B, C (3, 2 and 2 years)', () => {
    expect(paybackPeriods([-2000, 500, 500, 5000])).toBeCloseTo(2.2, 15);
    expect(paybackPeriods([-2000, 500, 1800, 0])).toBeCloseTo(1 + 1500 / 1800, 15);
    expect(paybackPeriods([-2000, 1800, 500, 0])).toBeCloseTo(1.4, 15);
    expect([[-2000, 500, 500, 5000], [-2000, 500, 1800, 0], [-2000, 1800, 500, 0]].map((f) => Math.ceil(paybackPeriods(f)!))).toEqual([3, 2, 2]);
  });

  it('is null when the case ends owing, and 0 when it never owes', () => {
    expect(paybackPeriods([-1000, 400, 400])).toBeNull();
    expect(paybackPeriods([-1000])).toBeNull();
    expect(paybackPeriods([0, 100, -50])).toBe(0);
    expect(paybackPeriods([0])).toBe(0);
  });

  it('counts payback for good: a later cost that sends the cumulative below zero moves it', () => {
    // Cumulative −100, 50, −50, 50: it turns positive at 0.67, dips, and is paid back for good at 2.5.
    expect(paybackPeriods([-100, 150, -100, 100])).toBe(2.5);
    expect(paybackPeriods([-100, 150, -100, 40])).toBeNull();
  });
});

describe('discounted payback', () => {
  it('matches Ross, Westerfield & Jordan’s example: 300 invested, 100 a year for five years at 12.5 % pays back just under 4 years', () => {
    // Discounted flows 88.89, 79.01, 70.23, 62.43, 55.49; cumulative 238.13 after three years.
    const flows = [-300, 100, 100, 100, 100, 100];
    expect(paybackPeriods(flows)).toBe(3);
    const d = discountedPaybackPeriods(flows, 0.125)!;
    expect(d).toBeCloseTo(3 + (300 - 238.134) / 62.430, 3);
    expect(d).toBeLessThan(4);
  });

  it('treats floating-point dust as zero, so a flow that exactly repays pays back', () => {
    expect(discountedPaybackPeriods([-100, 110], 0.1)).toBe(1);
    expect(discountedPaybackPeriods([-1000, 1100, 0], 0.1)).toBe(1);
  });

  it('is later than simple payback at a positive rate, equal at 0 %, and null when discounting makes it never pay back', () => {
    const flows = [-1000, 400, 400, 400];
    expect(discountedPaybackPeriods(flows, 0)).toBe(2.5);
    expect(discountedPaybackPeriods(flows, 0.05)!).toBeGreaterThan(2.5);
    expect(discountedPaybackPeriods(flows, 0.1)).toBeNull(); // 400 for 3 years is worth 994.74 at 10 %
  });

  it('refuses a rate of −100 % or below', () => {
    expect(() => discountedPaybackPeriods([-100, 200], -1)).toThrow('must be above −100 %');
  });
});
