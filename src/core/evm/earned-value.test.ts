// Each earning rule, on the progress a project manager records.
import { describe, expect, it } from 'vitest';
import { earnedShare, earnedValue, earningProblem } from './earned-value.ts';

describe('earned value by rule', () => {
  it('earns percent complete × BAC by default, rounded half away from zero', () => {
    expect(earnedValue(100_000, { percentComplete: 0 })).toBe(0);
    expect(earnedValue(100_000, { percentComplete: 37.5 })).toBe(37_500);
    expect(earnedValue(100_000, { percentComplete: 100 })).toBe(100_000);
    expect(earnedValue(3, { percentComplete: 50 })).toBe(2);
    expect(earnedValue(1, { percentComplete: 33.3333 })).toBe(0);
  });

  it('0/100 earns nothing until the work is complete', () => {
    const rule = { method: '0/100' } as const;
    expect(earnedValue(1000, { percentComplete: 0 }, rule)).toBe(0);
    expect(earnedValue(1000, { percentComplete: 99, started: true }, rule)).toBe(0);
    expect(earnedValue(1000, { percentComplete: 100 }, rule)).toBe(1000);
  });

  it('50/50 earns half once started and the rest when complete', () => {
    const rule = { method: '50/50' } as const;
    expect(earnedValue(1000, { percentComplete: 0 }, rule)).toBe(0);
    expect(earnedValue(1000, { percentComplete: 0, started: true }, rule)).toBe(500);
    expect(earnedValue(1000, { percentComplete: 10 }, rule)).toBe(500);
    expect(earnedValue(1000, { percentComplete: 10, started: false }, rule)).toBe(0);
    expect(earnedValue(1000, { percentComplete: 100 }, rule)).toBe(1000);
    expect(earnedValue(1001, { percentComplete: 5 }, rule)).toBe(501);
  });

  it('weighted milestones earn the weights done, whatever the percent complete says', () => {
    const rule = { method: 'milestones', milestones: [{ weight: 0.3, done: true }, { weight: 0.5, done: false }, { weight: 0.2, done: true }] } as const;
    expect(earnedValue(10_000, { percentComplete: 0 }, rule)).toBe(5000);
    expect(earnedShare({ method: 'milestones', milestones: [{ weight: 3, done: true }, { weight: 1, done: false }] }, { percentComplete: 90 })).toBe(0.75);
    expect(earnedShare({ method: 'milestones', milestones: [{ weight: 0, done: true }, { weight: 2, done: false }] }, { percentComplete: 0 })).toBe(0);
  });

  it('never earns more than the budget', () => {
    expect(earnedShare({ method: 'percent-complete' }, { percentComplete: 120 })).toBe(1);
  });

  it('names what cannot be used', () => {
    expect(earningProblem({ method: 'percent-complete' }, { percentComplete: 101 })).toMatch(/not between 0 and 100/);
    expect(earningProblem({ method: 'percent-complete' }, { percentComplete: Number.NaN })).toMatch(/not between 0 and 100/);
    expect(earningProblem({ method: 'milestones', milestones: [] }, { percentComplete: 0 })).toMatch(/no milestones with weight/);
    expect(earningProblem({ method: 'milestones', milestones: [{ weight: -1, done: true }, { weight: 2, done: false }] }, { percentComplete: 0 })).toMatch(/negative/);
    expect(earningProblem({ method: '50/50' }, { percentComplete: 50 })).toBeNull();
  });
});
