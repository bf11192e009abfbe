// Earned schedule of a group from its projects' daily PV curves: the curves add day by day on one
// calendar (each at its BAC once it ends), and a single project's curve gives the figures its own
// page gives by day.
import { describe, expect, it } from 'vitest';
import { dayFromIsoDate } from '../calendar/wall-time.ts';
import { dailyEarnedSchedule, sumDailyCurves } from './curve-rollup.ts';
import { statusAtEndOf } from './project-evm.ts';

const midnight = (date: string) => dayFromIsoDate(date) * 1440;

describe('summed daily curves', () => {
  it('adds curves on one calendar: nothing before a curve starts, its BAC after it ends', () => {
    const fence = { origin: midnight('2027-03-01'), pvCurve: [100, 200, 300, 400] };
    const shed = { origin: midnight('2027-03-03'), pvCurve: [50] };
    const later = { origin: midnight('2027-03-08'), pvCurve: [10, 20] };
    expect(sumDailyCurves([fence, shed, later, { origin: 0, pvCurve: [] }])).toEqual({ origin: midnight('2027-03-01'), pvCurve: [100, 200, 350, 450, 450, 450, 450, 460, 470] });
    expect(sumDailyCurves([])).toEqual({ origin: 0, pvCurve: [] });
  });

  it('gives the fence’s published earned schedule by day: ES 2.5 of 4 days at 3', () => {
    const fence = { origin: midnight('2027-03-01'), pvCurve: [100_000, 200_000, 300_000, 400_000] };
    const es = dailyEarnedSchedule(sumDailyCurves([fence]), 250_000, statusAtEndOf('2027-03-03'))!;
    expect(es).toMatchObject({ period: 'day', pd: 4, at: 3, es: 2.5, svT: -0.5 });
    expect(es.spiT).toBeCloseTo(2.5 / 3, 9);
    expect(es.ieacT).toBeCloseTo(4.8, 9);
  });

  it('weighs projects by their planned value: two fences a day apart, one on plan and one not started', () => {
    const a = { origin: midnight('2027-03-01'), pvCurve: [100_000, 200_000, 300_000, 400_000] };
    const b = { origin: midnight('2027-03-02'), pvCurve: [100_000, 200_000, 300_000, 400_000] };
    // At the end of 3 March: PV 300,000 + 200,000; EV 300,000 (a on plan, b nothing) = the sum's PV at the end of 2 March.
    const es = dailyEarnedSchedule(sumDailyCurves([a, b]), 300_000, statusAtEndOf('2027-03-03'))!;
    expect(es).toMatchObject({ pd: 5, at: 3, es: 2, svT: -1, ieacT: 7.5 });
  });

  it('has no earned schedule when nothing is planned', () => {
    expect(dailyEarnedSchedule({ origin: 0, pvCurve: [] }, 0, statusAtEndOf('2027-03-03'))).toBeNull();
    expect(dailyEarnedSchedule({ origin: 0, pvCurve: [0, 0] }, 0, statusAtEndOf('2027-03-03'))).toBeNull();
  });
});
