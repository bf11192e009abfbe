// Brent's root finder on its own: the classic test equations, and a bracket that is not one.
import { describe, expect, it } from 'vitest';
import { brentRoot } from './brent.ts';

describe("Brent's method", () => {
  it('finds roots to machine precision', () => {
    expect(brentRoot((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 15);
    // Wallis's cubic, the equation Newton's method was first shown on: x³ − 2x − 5 = 0.
    expect(brentRoot((x) => x ** 3 - 2 * x - 5, 2, 3)).toBeCloseTo(2.0945514815423265, 15);
    // A function that is flat near its root, where the secant stalls and bisection must take over.
    expect(brentRoot((x) => Math.sign(x - 1 / 3) * Math.abs(x - 1 / 3) ** 5, 0, 1)).toBeCloseTo(1 / 3, 12);
  });

  it('returns an end that is already a root, and refuses ends of the same sign', () => {
    expect(brentRoot((x) => x - 1, 1, 5)).toBe(1);
    expect(brentRoot((x) => x - 5, 1, 5)).toBe(5);
    expect(() => brentRoot((x) => x * x + 1, -1, 1)).toThrow('f(-1) and f(1) have the same sign: [-1, 1] does not bracket a root.');
  });
});
