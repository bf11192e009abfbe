// Invariants of the business-case arithmetic on random flows (fast-check): the NPV at the IRR is
// zero, the NPV of a conventional investment falls as the rate rises and changes sign at the IRR,
// payback lies within the horizon exactly when the case ends paid back, discounting only delays
// payback, and the table's rounded present values add up to the NPV.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annualRate, npv, npvExact, periodRate } from './discounting.ts';
import { irr } from './irr.ts';
import { discountedPaybackPeriods, paybackPeriods } from './payback.ts';
import { evaluateBusinessCase } from './business-case.ts';
import type { Periodicity } from './business-case-types.ts';

const amount = fc.integer({ min: -5_000_000, max: 5_000_000 });
const flows = fc.array(amount, { minLength: 1, maxLength: 40 });
/** An investment: a cost now, then non-negative returns. */
const conventional = fc.tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 30 })).map(([cost, returns]) => [-cost, ...returns]);
const rate = fc.double({ min: -0.9, max: 2, noNaN: true });
const scale = (f: number[], r: number): number => f.reduce((s, x, t) => s + Math.abs(x) * Math.pow(1 + r, -t), 0);

describe('business-case invariants', () => {
  it('makes the NPV zero at every root the IRR reports, the rate given among them', () => {
    fc.assert(
      fc.property(flows, (f) => {
        const r = irr(f);
        if (r.rate === null) return;
        expect(r.roots).toContain(r.rate);
        for (const root of r.roots) expect(Math.abs(npvExact(f, root))).toBeLessThanOrEqual(1e-9 * scale(f, root) + 1e-9);
        for (const root of r.roots) expect(Math.abs(r.rate)).toBeLessThanOrEqual(Math.abs(root));
        if (r.signChanges === 1) expect(r.unique && r.roots.length === 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds an IRR for every investment that changes sign once, and the NPV falls as the rate rises, positive below the IRR and negative above', () => {
    fc.assert(
      fc.property(conventional, rate, rate, (f, a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(npvExact(f, hi)).toBeLessThanOrEqual(npvExact(f, lo) + 1e-9 * scale(f, lo));
        const r = irr(f);
        if (f.slice(1).every((x) => x === 0)) {
          expect(r.rate).toBeNull();
          return;
        }
        expect(r.rate).not.toBeNull();
        if (r.rate === null || r.rate < -0.99 || r.rate > 100) return;
        if (lo < r.rate - 1e-6) expect(npvExact(f, lo)).toBeGreaterThan(0);
        if (hi > r.rate + 1e-6) expect(npvExact(f, hi)).toBeLessThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('pays back within the horizon exactly when the cumulative flow ends non-negative, and discounting only delays it', () => {
    fc.assert(
      fc.property(flows, fc.double({ min: 0, max: 1, noNaN: true }), (f, r) => {
        const total = f.reduce((s, x) => s + x, 0);
        const p = paybackPeriods(f);
        if (total < 0) expect(p).toBeNull();
        else {
          expect(p).not.toBeNull();
          expect(p!).toBeGreaterThanOrEqual(0);
          expect(p!).toBeLessThanOrEqual(f.length - 1);
          // At payback the cumulative flow, interpolated, is zero (or was never negative).
          if (p! > 0) {
            const t = Math.ceil(p!);
            const before = f.slice(0, t).reduce((s, x) => s + x, 0);
            expect(before + (p! - (t - 1)) * f[t]!).toBeCloseTo(0, 6);
          }
        }
        const d = discountedPaybackPeriods(f, r);
        if (d !== null && f.every((x, t) => t === 0 || x >= 0)) expect(d).toBeGreaterThanOrEqual(p! - 1e-9);
        if (d !== null) expect(d).toBeLessThanOrEqual(f.length - 1);
      }),
      { numRuns: 300 },
    );
  });

  it('rounds the NPV once and lays out present values that add up to it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 25 }),
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 25 }),
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        fc.constantFrom<Periodicity>('year', 'quarter', 'month'),
        (costs, benefits, annual, periodicity) => {
          const f = evaluateBusinessCase({ currency: 'EUR', periodicity, annualDiscountRate: annual, lines: [{ label: 'Costs', kind: 'cost', amountsMinor: costs }, { label: 'Benefits', kind: 'benefit', amountsMinor: benefits }] });
          if (!f.ok) throw new Error(JSON.stringify(f.problems));
          const net = f.rows.map((r) => r.netMinor);
          expect(f.npvMinor).toBe(npv(net, f.ratePerPeriod));
          expect(Math.abs(f.npvMinor - npvExact(net, f.ratePerPeriod))).toBeLessThanOrEqual(0.5 + 1e-6);
          expect(f.rows.reduce((s, r) => s + r.presentValueMinor, 0)).toBe(f.npvMinor);
          for (const r of f.rows) expect(Math.abs(r.presentValueMinor - r.netMinor * r.discountFactor)).toBeLessThan(1 + 1e-6);
          expect(f.totals.netMinor).toBe(f.rows.at(-1)!.cumulativeMinor);
          expect(annualRate(periodRate(annual, periodicity), periodicity)).toBeCloseTo(annual, 12);
        },
      ),
      { numRuns: 200 },
    );
  });
});
