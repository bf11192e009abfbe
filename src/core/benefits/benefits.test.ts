// Benefit realisation: higher- and lower-is-better measures, a level to hold, overshoot; the
// status rules on dated measurements; and the roll-up. Properties: 0 % at the baseline, 100 % at
// the target, more improvement never lowers realisation, and turning a measure upside down
// (negating baseline, target and value, flipping the direction) changes nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measureProblem, realisationPct, type BenefitMeasure, type Direction } from './benefit-realisation.ts';
import { assessBenefit, type BenefitPlan } from './benefit-status.ts';
import { benefitRollup } from './benefit-rollup.ts';

const up = (baseline: number, target: number): BenefitMeasure => ({ baseline, target, direction: 'higher_is_better' });
const down = (baseline: number, target: number): BenefitMeasure => ({ baseline, target, direction: 'lower_is_better' });

describe('realisationPct', () => {
  it('measures the share of the planned move made, both ways, with overshoot and losses unclamped', () => {
    expect(realisationPct(up(100, 300), 150)).toBe(25);
    expect(realisationPct(up(100, 300), 400)).toBe(150);
    expect(realisationPct(up(100, 300), 50)).toBe(-25);
    expect(realisationPct(down(40, 30), 35)).toBe(50);
    expect(realisationPct(down(40, 30), 25)).toBe(150);
    expect(realisationPct(down(40, 30), 44)).toBe(-40);
  });

  it('counts a level to hold (target = baseline) as realised while at or better than it', () => {
    expect(realisationPct(down(2, 2), 2)).toBe(100);
    expect(realisationPct(down(2, 2), 1.5)).toBe(100);
    expect(realisationPct(down(2, 2), 2.5)).toBe(0);
    expect(realisationPct(up(95, 95), 94)).toBe(0);
  });

  it('refuses a target worse than the baseline, saying what to do', () => {
    expect(measureProblem(up(10, 5))).toMatch(/worse than the baseline .* higher is better: swap them/);
    expect(measureProblem(down(5, 10))).toMatch(/lower is better/);
    expect(measureProblem(down(10, 5))).toBeNull();
    expect(measureProblem(up(3, 3))).toBeNull();
  });

  const finite = fc.integer({ min: -1_000_000, max: 1_000_000 });
  const measure = fc.tuple(finite, finite, fc.constantFrom<Direction>('higher_is_better', 'lower_is_better')).map(([a, b, direction]) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    return direction === 'higher_is_better' ? { baseline: lo, target: hi, direction } : { baseline: hi, target: lo, direction };
  });

  it('is 0 % at the baseline and 100 % at the target of any sensible measure', () => {
    fc.assert(fc.property(measure, (m) => {
      expect(realisationPct(m, m.target)).toBe(100);
      if (m.baseline !== m.target) expect(realisationPct(m, m.baseline)).toBe(0);
    }));
  });

  it('never falls when the measure moves to its better side', () => {
    fc.assert(fc.property(measure, finite, fc.nat(1000), (m, v, step) => {
      const better = m.direction === 'higher_is_better' ? v + step : v - step;
      expect(realisationPct(m, better)).toBeGreaterThanOrEqual(realisationPct(m, v));
    }));
  });

  it('is the same measured upside down', () => {
    fc.assert(fc.property(measure, finite, (m, v) => {
      const flipped: BenefitMeasure = { baseline: -m.baseline, target: -m.target, direction: m.direction === 'higher_is_better' ? 'lower_is_better' : 'higher_is_better' };
      expect(realisationPct(flipped, -v)).toBeCloseTo(realisationPct(m, v), 9);
    }));
  });
});

describe('assessBenefit', () => {
  const plan: BenefitPlan = { ...up(0, 100), expectedBy: '2027-12-31', plannedMeasurements: ['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31'] };

  it('is on track before anything is due, and names the next measurement', () => {
    const a = assessBenefit(plan, [], '2027-02-01');
    expect([a.status, a.reasons, a.nextMeasurement, a.latest]).toEqual(['on_track', ['Not measured yet; nothing due.'], '2027-03-31', null]);
  });

  it('flags a missed measurement as at risk until one is taken', () => {
    const late = assessBenefit(plan, [], '2027-07-05');
    expect([late.status, late.overdueMeasurements]).toEqual(['at_risk', ['2027-03-31', '2027-06-30']]);
    expect(late.reasons[0]).toBe('Measurement overdue since 2027-03-31 (2 dates missed).');
    const caughtUp = assessBenefit(plan, [{ on: '2027-07-04', value: 50 }], '2027-07-05');
    expect([caughtUp.status, caughtUp.overdueMeasurements]).toEqual(['on_track', []]);
  });

  it('is at risk when the trend of the last two measurements falls short by the expected date, on track when it gets there', () => {
    const slow = assessBenefit(plan, [{ on: '2027-03-31', value: 10 }, { on: '2027-06-30', value: 20 }], '2027-07-01');
    expect(slow.status).toBe('at_risk');
    expect(slow.projectedPct).toBeCloseTo(40.2, 1);
    const fast = assessBenefit(plan, [{ on: '2027-03-31', value: 20 }, { on: '2027-06-30', value: 60 }], '2027-07-01');
    expect([fast.status, fast.latest?.realisationPct]).toEqual(['on_track', 60]);
  });

  it('is at risk when worse than the baseline', () => {
    const a = assessBenefit({ ...down(40, 30), expectedBy: '2027-12-31', plannedMeasurements: [] }, [{ on: '2027-05-01', value: 42 }], '2027-05-02');
    expect([a.status, a.reasons]).toEqual(['at_risk', ['Worse than the baseline on 2027-05-01 (-20 %).']]);
  });

  it('is realised once the latest measurement reaches the target, even early, and overshoot counts', () => {
    const a = assessBenefit(plan, [{ on: '2027-06-30', value: 130 }], '2027-07-01');
    expect([a.status, a.latest?.realisationPct]).toEqual(['realised', 130]);
    const fellBack = assessBenefit(plan, [{ on: '2027-06-30', value: 130 }, { on: '2027-09-30', value: 90 }], '2027-10-01');
    expect(fellBack.status).not.toBe('realised');
  });

  it('is not realised when the last date to judge it on has passed short of the target', () => {
    const a = assessBenefit(plan, [{ on: '2027-12-31', value: 80 }], '2028-01-01');
    expect([a.status, a.reasons]).toEqual(['not_realised', ['Judged by 2027-12-31 and short of the target: 80 % on 2027-12-31.']]);
    // a measurement planned after the expected date keeps it open until then
    const later = assessBenefit({ ...plan, plannedMeasurements: ['2028-06-30'] }, [{ on: '2027-12-31', value: 80 }], '2028-01-01');
    expect(later.status).toBe('at_risk');
  });
});

describe('benefitRollup', () => {
  it('sums money per project and in total and counts statuses and overdue measurements', () => {
    const r = benefitRollup([
      { projectId: 'a', status: 'on_track', money: { plannedMinor: 100_000, realisedMinor: 30_000 }, overdueMeasurements: 0 },
      { projectId: 'a', status: 'at_risk', money: null, overdueMeasurements: 2 },
      { projectId: 'b', status: 'realised', money: { plannedMinor: 50_000, realisedMinor: 60_000 }, overdueMeasurements: 0 },
    ]);
    expect(r.perProject.get('a')).toMatchObject({ benefits: 2, plannedMinor: 100_000, realisedMinor: 30_000, realisedPct: 30, overdueMeasurements: 2, byStatus: { on_track: 1, at_risk: 1, realised: 0, not_realised: 0 } });
    expect(r.total).toMatchObject({ benefits: 3, plannedMinor: 150_000, realisedMinor: 90_000, realisedPct: 60, overdueMeasurements: 2 });
    expect(benefitRollup([]).total.realisedPct).toBeNull();
  });
});
