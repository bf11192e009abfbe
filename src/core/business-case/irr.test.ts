// IRR against published examples, and the cases where spreadsheets go wrong: several sign
// changes (several rates, or none), no sign change, and rates near −100 %.
import { describe, expect, it } from 'vitest';
import { npv, npvExact } from './discounting.ts';
import { irr, signChanges } from './irr.ts';

const rateOf = (flows: number[]): number => {
  const r = irr(flows);
  if (r.rate === null) throw new Error(r.message);
  return r.rate;
};

describe('internal rate of return', () => {
  it('matches Excel’s IRR help page (support.microsoft.com, "IRR function"): −2.1 %, 8.7 %, −44.4 %', () => {
    const flows = [-70_000, 12_000, 15_000, 18_000, 21_000, 26_000];
    expect(rateOf(flows.slice(0, 5))).toBeCloseTo(-0.021, 3); // after four years
    expect(rateOf(flows)).toBeCloseTo(0.087, 3); // after five years
    expect(rateOf(flows.slice(0, 3))).toBeCloseTo(-0.444, 3); // after two years (Excel needs a guess of −10 % here; we do not)
    for (const n of [3, 5, 6]) expect(Math.abs(npvExact(flows.slice(0, n), rateOf(flows.slice(0, n))))).toBeLessThan(1e-9);
  });

  it('finds both rates of Lorie & Savage’s pump (−1,600, +10,000, −10,000: 25 % and 400 %), gives the one nearest 0 % and warns', () => {
    const r = irr([-1600, 10_000, -10_000]);
    expect(r.rate).toBeCloseTo(0.25, 14);
    if (r.rate === null) throw new Error('no rate');
    expect(r.unique).toBe(false);
    expect(r.roots).toEqual([expect.closeTo(0.25, 14), expect.closeTo(4, 13)]);
    expect(r.signChanges).toBe(2);
    expect(r.warning).toBe('The flows change sign 2 times, so the IRR may not be unique: rates of 25 %, 400 % all make the NPV zero; the one nearest 0 % is given. Judge the case by its NPV.');
  });

  it('says there is no IRR for Brealey, Myers & Allen’s project C (+1,000, −3,000, +2,500), whose NPV is positive at every rate', () => {
    expect(npv([1000, -3000, 2500], 0.1)).toBe(339); // their NPV at 10 %: +339
    expect(irr([1000, -3000, 2500])).toEqual({
      rate: null,
      reason: 'no_root',
      signChanges: 2,
      message: 'The flows change sign 2 times but no rate from −99.9999999 % to 10^11 % a period makes the NPV zero (it keeps one sign), so there is no IRR: judge the case by its NPV.',
    });
  });

  it('gives lending and borrowing the same 50 % (Brealey, Myers & Allen: NPV +364 and −364 at 10 %)', () => {
    expect(rateOf([-1000, 1500])).toBeCloseTo(0.5, 15);
    expect(rateOf([1000, -1500])).toBeCloseTo(0.5, 15);
    expect(npv([-1000, 1500], 0.1)).toBe(364);
    expect(npv([1000, -1500], 0.1)).toBe(-364);
  });

  it('refuses flows that never change sign, saying why', () => {
    expect(irr([-100, -50])).toEqual({ rate: null, reason: 'no_sign_change', signChanges: 0, message: 'Every flow is a cost: the NPV never reaches zero, so there is no IRR.' });
    expect(irr([0, 100, 50])).toMatchObject({ rate: null, reason: 'no_sign_change', message: 'Every flow is a benefit: the NPV never reaches zero, so there is no IRR.' });
    expect(irr([0, 0])).toMatchObject({ rate: null, reason: 'no_sign_change', message: 'Every flow is zero: there is no rate of return to speak of.' });
  });

  it('skips zero flows when counting sign changes and handles flows that start later', () => {
    expect(signChanges([0, -5, 0, 0, 3, 0, -1])).toBe(2);
    expect(rateOf([0, 0, -1000, 0, 1210])).toBeCloseTo(0.1, 14);
    expect(rateOf([-100, 100])).toBe(0); // exactly on the grid
  });

  it('finds rates near −100 % and very high ones', () => {
    expect(rateOf([-1_000_000, 1])).toBeCloseTo(-0.999999, 15);
    expect(rateOf([-1, 1_000_000])).toBeCloseTo(999_999, 6);
    expect(irr([-1, 1_000_000_000_000])).toMatchObject({ rate: null, reason: 'no_root', message: 'The IRR lies beyond the rates searched (−99.9999999 % to 10^11 % a period), so it is not given: check the amounts.' });
  });

  it('finds a monthly IRR of a 100-year case without overflow, and quickly', () => {
    const flows = [-1_000_000, ...Array.from({ length: 1200 }, () => 1500)];
    const started = performance.now();
    const r = rateOf(flows);
    expect(performance.now() - started).toBeLessThan(500);
    expect(Math.abs(npvExact(flows, r))).toBeLessThan(1e-6);
    const choppy = flows.map((f, t) => (t > 0 && t % 7 === 0 ? -5000 : f)); // 343 sign changes
    const c = irr(choppy);
    expect(c.rate).not.toBeNull();
    if (c.rate !== null) expect(Math.abs(npvExact(choppy, c.rate))).toBeLessThan(1e-6);
  });

  it('refuses flows that are not whole minor units', () => {
    expect(() => irr([])).toThrow('There are no cash flows');
    expect(() => irr([-100, 50.5, 60])).toThrow('Period 1: 50.5 is not a whole amount of minor units');
  });
});
