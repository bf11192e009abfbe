// Earned value over time on the fence example (four one-day sides of 1,000, Monday 1 to Thursday
// 4 March 2027; at the end of Wednesday EV 2,500 and AC 2,800, EAC 4,480): records stepped onto
// period ends, the forecast line from AC at the status date to EAC, CPI and SPI per period, and a
// past status date measured with its recorded EV.
import { describe, expect, it } from 'vitest';
import { wallFromIso } from '../calendar/wall-time.ts';
import { curveOutlook, instantAfterPeriods, recordedEvAt } from './ev-history.ts';
import { incurredOn, projectCurves, projectEvm, statusAtEndOf } from './project-evm.ts';
import type { ProjectEvmInput, WorkItem } from './evm-types.ts';

const at = wallFromIso;
const side = (n: number, percentComplete: number): WorkItem => ({
  id: `side-${n}`, bac: 100_000, baselineStart: at(`2027-03-0${n}T08:00`), baselineFinish: at(`2027-03-0${n}T17:00`), progress: { percentComplete },
});
const fence: ProjectEvmInput = {
  currency: 'EUR',
  statusDate: statusAtEndOf('2027-03-03'),
  items: [side(1, 100), side(2, 100), side(3, 50), side(4, 0)],
  actuals: [{ at: incurredOn('2027-03-01'), amount: 100_000 }, { at: incurredOn('2027-03-02'), amount: 120_000 }, { at: incurredOn('2027-03-03'), amount: 60_000 }],
  period: 'day',
};
const periodsOf = (input: ProjectEvmInput, until?: number) => {
  const curves = projectCurves(input, until);
  if (!curves.ok) throw new Error(curves.message);
  return curves;
};
const recorded = (day: string, ev: number) => ({ at: statusAtEndOf(day), ev });

describe('earned value over time', () => {
  it('finds the EV last recorded by an instant, and none before the first record', () => {
    const records = [recorded('2027-03-03', 250_000), recorded('2027-03-01', 100_000)];
    expect(recordedEvAt(records, statusAtEndOf('2027-02-28'))).toBeNull();
    expect(recordedEvAt(records, statusAtEndOf('2027-03-01'))).toBe(100_000);
    expect(recordedEvAt(records, statusAtEndOf('2027-03-02'))).toBe(100_000);
    expect(recordedEvAt(records, statusAtEndOf('2027-03-09'))).toBe(250_000);
  });

  it('steps records onto period ends: null before the first, the status date’s EV in its period, nothing after', () => {
    const curves = periodsOf(fence);
    // Recorded on Monday (1,000) and twice on Tuesday (the later one stands: 1,800) — and once after the status date, which is ignored.
    const records = [recorded('2027-03-01', 100_000), recorded('2027-03-02', 180_000), recorded('2027-03-04', 400_000)];
    const outlook = curveOutlook(curves.periods, { statusDate: fence.statusDate, records, ev: 250_000, ac: 280_000, eac: 448_000, finish: curves.finish });
    expect(outlook.map((o) => o.ev)).toEqual([100_000, 180_000, 250_000, null]);
    expect(curveOutlook(curves.periods, { statusDate: fence.statusDate, records: [recorded('2027-03-02', 180_000)], ev: 250_000, ac: 280_000, eac: null, finish: curves.finish }).map((o) => o.ev)).toEqual([null, 180_000, 250_000, null]);
  });

  it('steps daily records onto weeks: each week shows what was recorded by its Sunday', () => {
    const weekly = { ...fence, period: 'week' as const, statusDate: statusAtEndOf('2027-03-10'), items: [...fence.items, { ...side(1, 0), id: 'later', baselineStart: at('2027-03-15T08:00'), baselineFinish: at('2027-03-19T17:00') }] };
    const curves = periodsOf(weekly);
    expect(curves.periods.map((p) => p.end)).toEqual([at('2027-03-08T00:00'), at('2027-03-15T00:00'), at('2027-03-22T00:00')]);
    const outlook = curveOutlook(curves.periods, { statusDate: weekly.statusDate, records: [recorded('2027-03-02', 100_000), recorded('2027-03-05', 300_000), recorded('2027-03-09', 320_000)], ev: 330_000, ac: 280_000, eac: null, finish: curves.finish });
    expect(outlook.map((o) => o.ev)).toEqual([300_000, 330_000, null]);
  });

  it('draws the forecast from AC at the status date to EAC at the forecast finish, and EAC after it', () => {
    // Earned schedule forecasts 4.8 days: Friday 19:12; the curve runs on to Friday's end.
    const finish = instantAfterPeriods(at('2027-03-01T00:00'), 4.8, 'day');
    expect(finish).toBe(at('2027-03-05T19:12'));
    const curves = periodsOf(fence, finish);
    expect(curves.periods.map((p) => p.end)).toEqual(['02', '03', '04', '05', '06'].map((d) => at(`2027-03-${d}T00:00`)));
    const outlook = curveOutlook(curves.periods, { statusDate: fence.statusDate, records: [], ev: 250_000, ac: 280_000, eac: 448_000, finish });
    // Thursday's end is 1,440 of the 2,592 minutes from the status date to the finish: 2,800 + 1,680 × 5/9.
    expect(outlook.map((o) => o.forecast)).toEqual([null, null, 280_000, 373_333, 448_000]);
    expect(outlook.at(-1)!.forecast).toBe(448_000);
    // No EAC (nothing spent yet), no line.
    expect(curveOutlook(curves.periods, { statusDate: fence.statusDate, records: [], ev: 250_000, ac: 0, eac: null, finish }).every((o) => o.forecast === null)).toBe(true);
  });

  it('runs the periods on to a late forecast finish by at most one planned duration', () => {
    const far = periodsOf(fence, at('2027-06-01T00:00'));
    // From the origin (Monday 00:00) to the planned finish (Thursday 17:00) is 3 days 17 hours; that
    // again after Thursday 17:00 is Monday 10:00, so the last period ends Tuesday 00:00.
    expect(far.periods.at(-1)!.end).toBe(at('2027-03-09T00:00'));
    expect(periodsOf(fence).periods.at(-1)!.end).toBe(at('2027-03-05T00:00'));
  });

  it('gives CPI and SPI at each period end where EV and AC are known', () => {
    const curves = periodsOf(fence);
    const outlook = curveOutlook(curves.periods, { statusDate: fence.statusDate, records: [recorded('2027-03-01', 100_000), recorded('2027-03-02', 180_000)], ev: 250_000, ac: 280_000, eac: 448_000, finish: curves.finish });
    expect(outlook.map((o) => [o.cpi, o.spi])).toEqual([
      [1, 1],
      [180_000 / 220_000, 0.9],
      [250_000 / 280_000, 250_000 / 300_000],
      [null, null],
    ]);
  });

  it('measures a past status date with the EV recorded then, the tasks keeping their own', () => {
    const past = projectEvm({ ...fence, statusDate: statusAtEndOf('2027-03-02'), earnedValue: 180_000 });
    if (!past.ok) throw new Error(past.message);
    expect(past.amounts).toMatchObject({ pv: 200_000, ev: 180_000, ac: 220_000 });
    expect(past.indices.spi).toBe(0.9);
    // Earned schedule from the recorded EV: 1.8 days earned.
    expect(past.schedule.es).toBeCloseTo(1.8, 9);
    expect(past.items.map((i) => i.amounts.ev)).toEqual([100_000, 100_000, 50_000, 0]);
    expect(projectEvm({ ...fence, earnedValue: 0.5 })).toMatchObject({ ok: false, error: 'invalid_input' });
  });
});
