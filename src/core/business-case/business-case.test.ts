// A business case evaluated as a PMO enters one: cost and benefit lines per period, a currency, a
// periodicity and an annual discount rate; and every problem of a badly entered one at once.
import { describe, expect, it } from 'vitest';
import { evaluateBusinessCase } from './business-case.ts';
import type { BusinessCaseFigures, BusinessCaseInput } from './business-case-types.ts';
import { benefitCostRatio, returnOnInvestment } from './ratios.ts';
import { apportion } from './apportion.ts';

const figures = (input: BusinessCaseInput): BusinessCaseFigures => {
  const result = evaluateBusinessCase(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
};

const yearly: BusinessCaseInput = {
  currency: 'EUR',
  periodicity: 'year',
  annualDiscountRate: 0.1,
  lines: [
    { label: 'Build', kind: 'cost', amountsMinor: [80_000] },
    { label: 'Licences', kind: 'cost', amountsMinor: [20_000, 5_000, 5_000, 5_000] },
    { label: 'Staff time saved', kind: 'benefit', amountsMinor: [0, 30_000, 45_000, 45_000] },
    { label: 'Fewer incidents', kind: 'benefit', amountsMinor: [0, 5_000, 5_000] },
  ],
};

describe('evaluating a business case', () => {
  it('gives every figure of a yearly case', () => {
    const f = figures(yearly);
    expect(f.totals).toEqual({ costMinor: 115_000, benefitMinor: 130_000, netMinor: 15_000 });
    expect(f.rows.map((r) => r.netMinor)).toEqual([-100_000, 30_000, 45_000, 40_000]);
    expect(f.rows.map((r) => r.cumulativeMinor)).toEqual([-100_000, -70_000, -25_000, 15_000]);
    // −100,000 + 27,272.73 + 37,190.08 + 30,052.59 = −5,484.60
    expect(f.npvMinor).toBe(-5485);
    expect(f.presentValues).toEqual({ costMinor: 112_434, benefitMinor: 106_950 });
    expect(f.payback).toEqual({ periods: 2.625, years: 2.625 });
    expect(f.discountedPayback).toBeNull();
    expect(f.roi).toBeCloseTo(15_000 / 115_000, 15);
    expect(f.benefitCostRatio).toBeCloseTo(106_949.66 / 112_434.26, 6);
    expect(f.irr.rate).toBeCloseTo(0.06997, 5); // −100,000 + 30,000/1.06997 + 45,000/1.06997² + 40,000/1.06997³ ≈ 0
    expect(f.irr.annualRate).toBe(f.irr.rate);
    expect(f.ratePerPeriod).toBe(0.1);
  });

  it('lays out a table whose present values add up to the NPV printed under it', () => {
    const f = figures(yearly);
    expect(f.rows.map((r) => r.discountFactor)).toEqual([1, expect.closeTo(1 / 1.1, 15), expect.closeTo(1 / 1.21, 15), expect.closeTo(1 / 1.331, 15)]);
    expect(f.rows.map((r) => r.presentValueMinor)).toEqual([-100_000, 27_273, 37_190, 30_052]);
    expect(f.rows.at(-1)!.cumulativePresentValueMinor).toBe(f.npvMinor);
    expect(f.rows.map((r) => r.period)).toEqual([0, 1, 2, 3]);
  });

  it('evaluates monthly cases with the annual rate as an equivalent monthly one, payback in months and years, IRR per month and per year', () => {
    const monthly: BusinessCaseInput = {
      currency: 'GBP',
      periodicity: 'month',
      annualDiscountRate: 0.08,
      lines: [
        { label: 'Implementation', kind: 'cost', amountsMinor: [600_000] },
        { label: 'Savings', kind: 'benefit', amountsMinor: [0, ...new Array<number>(24).fill(30_000)] },
      ],
    };
    const f = figures(monthly);
    expect(f.ratePerPeriod).toBeCloseTo(Math.pow(1.08, 1 / 12) - 1, 15);
    expect(f.payback).toEqual({ periods: 20, years: 20 / 12 });
    expect(f.discountedPayback!.periods).toBeGreaterThan(20);
    expect(f.irr.rate).toBeCloseTo(0.015131, 6); // a month
    expect(f.irr.annualRate).toBeCloseTo(Math.pow(1 + f.irr.rate!, 12) - 1, 14);
    // The nominal convention divides by twelve instead.
    const nominal = figures({ ...monthly, rateConvention: 'nominal' });
    expect(nominal.ratePerPeriod).toBeCloseTo(0.08 / 12, 15);
    expect(nominal.irr.annualRate).toBeCloseTo(nominal.irr.rate! * 12, 14);
    expect(nominal.npvMinor).toBeLessThan(f.npvMinor); // 8 % nominal is 8.30 % effective
  });

  it('carries a case with only costs: no IRR, no payback, an ROI of −100 %', () => {
    const f = figures({ ...yearly, lines: [{ label: 'Audit', kind: 'cost', amountsMinor: [10_000, 10_000] }] });
    expect(f.irr).toMatchObject({ rate: null, reason: 'no_sign_change', annualRate: null });
    expect(f.payback).toBeNull();
    expect(f.roi).toBe(-1);
    expect(f.benefitCostRatio).toBe(0);
  });

  it('carries the IRR warning of a case that changes sign more than once', () => {
    const f = figures({ ...yearly, lines: [{ label: 'Pump', kind: 'cost', amountsMinor: [1600, 0, 10_000] }, { label: 'Oil', kind: 'benefit', amountsMinor: [0, 10_000] }] });
    expect(f.irr).toMatchObject({ rate: expect.closeTo(0.25, 12), unique: false, annualRate: expect.closeTo(0.25, 12) });
  });

  it('lists every problem of a badly entered case, each naming its field', () => {
    const result = evaluateBusinessCase({
      currency: 'euro',
      periodicity: 'week' as never,
      annualDiscountRate: -1.2,
      rateConvention: 'simple' as never,
      lines: [
        { label: 'Build', kind: 'cost', amountsMinor: [100_000.5, -20] },
        { label: ' ', kind: 'expense' as never, amountsMinor: [1] },
      ],
    });
    expect(result).toEqual({
      ok: false,
      error: 'invalid_business_case',
      problems: [
        { path: 'currency', message: '"euro" is not an ISO 4217 currency code; give three capital letters, such as EUR.' },
        { path: 'periodicity', message: 'Periods are "year", "quarter" or "month", not "week".' },
        { path: 'rateConvention', message: 'The rate convention is "effective" or "nominal", not "simple".' },
        { path: 'annualDiscountRate', message: 'The rate -1.2 (-120 %) must be above −100 %: at −100 % or below, money a period later would be worth nothing or less than nothing.' },
        { path: 'lines[0].amountsMinor[0]', message: '"Build", period 0: 100000.5 is not a whole amount of minor units (cents); give amounts as integers.' },
        { path: 'lines[0].amountsMinor[1]', message: '"Build", period 1: -20 is negative; amounts are positive, and money coming back belongs on a benefit line.' },
        { path: 'lines[1].label', message: 'Line 2 has no label: say what it is, such as "Licences".' },
        { path: 'lines[1].kind', message: 'Line 2 is a "cost" or a "benefit", not "expense".' },
      ],
    });
  });

  it('refuses a case without cash flows and one whose sums go past 2^53 minor units', () => {
    expect(evaluateBusinessCase({ ...yearly, lines: [] })).toMatchObject({ ok: false, problems: [{ path: 'lines', message: 'The case has no cash flows: add at least one cost or benefit line with an amount.' }] });
    expect(evaluateBusinessCase({ ...yearly, lines: [{ label: 'Nothing yet', kind: 'cost', amountsMinor: [] }] })).toMatchObject({ ok: false, problems: [{ path: 'lines' }] });
    const huge = Number.MAX_SAFE_INTEGER - 1;
    expect(evaluateBusinessCase({ ...yearly, lines: [{ label: 'A', kind: 'cost', amountsMinor: [huge] }, { label: 'B', kind: 'cost', amountsMinor: [huge] }] })).toMatchObject({
      ok: false,
      problems: [{ path: 'lines', message: 'The amounts add up to more than 2^53 minor units, beyond what Orrery keeps exactly.' }],
    });
    expect(evaluateBusinessCase({ ...yearly, lines: [{ label: 'Long', kind: 'cost', amountsMinor: new Array<number>(1202).fill(1) }] })).toMatchObject({
      ok: false,
      problems: [{ path: 'lines[0].amountsMinor', message: '"Long" spans 1202 periods, more than the 1201 a case may span.' }],
    });
  });
});

describe('ROI and the benefit–cost ratio', () => {
  it('takes ROI undiscounted and the benefit–cost ratio on present values; neither without costs', () => {
    expect(returnOnInvestment([100_000, 20_000], [0, 60_000, 90_000])).toBe(0.25);
    expect(returnOnInvestment([0], [100])).toBeNull();
    expect(benefitCostRatio([100_000], [0, 66_000, 60_500], 0.1)).toBeCloseTo(1.1, 14);
    expect(benefitCostRatio([0, 0], [0, 100], 0.1)).toBeNull();
  });
});

describe('apportioning rounded amounts', () => {
  it('gives the missing units to the largest remainders, earlier rows first on a tie', () => {
    expect(apportion([0.6, 0.6, 0.6], 2)).toEqual([1, 1, 0]);
    expect(apportion([-100, 90.9090909, 82.6446281], 74)).toEqual([-100, 91, 83]);
    expect(apportion([-0.4, -0.4], -1)).toEqual([0, -1]);
    expect(() => apportion([1, 1], 5)).toThrow('Cannot apportion 5 over values adding up to 2.');
  });
});
