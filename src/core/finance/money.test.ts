// Money helpers: sums, quantities and shares stay exact integers, rounding happens once and the
// same way for positive and negative amounts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extendedCost, milliToQuantity, quantityToMilli, remainingShare, sumMinor } from './money.ts';

describe('money in minor units', () => {
  it('sums exactly, and refuses to lose a cent past 2^53', () => {
    expect(sumMinor([1050, 250, -300])).toBe(1000);
    expect(sumMinor([])).toBe(0);
    expect(sumMinor([Number.MAX_SAFE_INTEGER - 1, 1])).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => sumMinor([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('keeps quantities to three decimals and refuses others', () => {
    expect(quantityToMilli(2.5)).toBe(2500);
    expect(quantityToMilli(1.001)).toBe(1001);
    expect(quantityToMilli(40)).toBe(40_000);
    for (const bad of [0, -1, 0.0001, 1.0005, Number.NaN, Number.POSITIVE_INFINITY]) expect(quantityToMilli(bad), String(bad)).toBeNull();
    expect(milliToQuantity(2500)).toBe(2.5);
  });

  it('prices a quantity once, rounding half away from zero', () => {
    expect(extendedCost(2500, 1999)).toBe(4998); // 2.5 × 19.99 = 49.975
    expect(extendedCost(1000, 1999)).toBe(1999);
    expect(extendedCost(333, 100)).toBe(33); // 0.333 × 1.00
    expect(extendedCost(2500, -1999)).toBe(-4998);
    expect(extendedCost(9_000_000_000, 1_000_000)).toBe(9_000_000_000_000); // exact beyond float products
  });

  it('leaves the unearned part of a cost', () => {
    expect(remainingShare(10_001, 50)).toBe(5001);
    expect(remainingShare(100_000, 0)).toBe(100_000);
    expect(remainingShare(100_000, 100)).toBe(0);
    expect(remainingShare(100_000, 140)).toBe(0);
  });

  it('splits any amount into earned and remaining parts that add back up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 100 }), (amount, pc) => {
        const remaining = remainingShare(amount, pc);
        expect(remaining).toBeGreaterThanOrEqual(0);
        expect(remaining).toBeLessThanOrEqual(amount);
        expect(Number.isInteger(remaining)).toBe(true);
      }),
    );
  });
});
