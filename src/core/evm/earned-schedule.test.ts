// Earned schedule on PV curves, including where Lipke's formula leaves a choice open.
import { describe, expect, it } from 'vitest';
import { earnedSchedule, earnedScheduleTime } from './earned-schedule.ts';

const FENCE = [0, 1000, 2000, 3000, 4000];

describe('earned schedule', () => {
  it("is C + I on the cumulative PV curve (Lipke's fence)", () => {
    const f = earnedSchedule({ pv: FENCE, ev: 2500, at: 3, pd: 4 });
    expect(f.es).toBe(2.5);
    expect(f.svT).toBe(-0.5);
    expect(f.spiT).toBeCloseTo(0.8333, 4);
    expect(f.ieacT).toBeCloseTo(4.8, 12);
    expect(f.ieacTPlanRate).toBe(4.5);
    expect(f.tspi).toBe(1.5);
    expect(f.tspiToIeac).toBeCloseTo(1.5 / 1.8, 12);
  });

  it('interpolates within unequal periods and is ahead of schedule when EV is ahead of PV', () => {
    expect(earnedScheduleTime([0, 100, 400, 500], 250, 1, 3)).toBe(1.5);
    expect(earnedSchedule({ pv: FENCE, ev: 3000, at: 2, pd: 4 }).spiT).toBe(1.5);
  });

  it('takes the time nearest AT where EV meets a flat stretch of the plan (a weekend)', () => {
    const weekend = [0, 100, 200, 200, 200, 300];
    expect(earnedScheduleTime(weekend, 200, 3, 5)).toBe(3);
    expect(earnedScheduleTime(weekend, 200, 1.5, 5)).toBe(2);
    expect(earnedScheduleTime(weekend, 200, 9, 5)).toBe(4);
    expect(earnedScheduleTime([0, 0, 0, 100], 0, 1, 3)).toBe(1);
  });

  it('is the planned duration once everything is earned, however long it took', () => {
    expect(earnedScheduleTime([0, 50, 100, 100, 100], 100, 4, 2)).toBe(2);
    expect(earnedSchedule({ pv: [0, 50, 100, 100], ev: 100, at: 3, pd: 2 }).svT).toBe(-1);
    // Periods are whole, the planned duration need not be: ES stays within it.
    expect(earnedScheduleTime([0, 100, 200], 200, 2, 1.5)).toBe(1.5);
  });

  it('has no SPI(t) at AT 0, and nothing at all without planned value', () => {
    const start = earnedSchedule({ pv: FENCE, ev: 0, at: 0, pd: 4 });
    expect(start.es).toBe(0);
    expect(start.spiT).toBeNull();
    expect(start.ieacT).toBeNull();
    expect(start.tspi).toBe(1);
    const none = earnedSchedule({ pv: [0, 0, 0], ev: 0, at: 1, pd: 2 });
    expect(none).toEqual({ pd: 2, at: 1, es: null, svT: null, spiT: null, ieacT: null, ieacTPlanRate: null, tspi: null, tspiToIeac: null });
  });

  it('has no IEAC(t) while nothing is earned, and no TSPI at the planned finish', () => {
    const stuck = earnedSchedule({ pv: FENCE, ev: 0, at: 2, pd: 4 });
    expect(stuck.spiT).toBe(0);
    expect(stuck.ieacT).toBeNull();
    expect(stuck.tspiToIeac).toBeNull();
    expect(earnedSchedule({ pv: FENCE, ev: 3500, at: 4, pd: 4 }).tspi).toBeNull();
  });
});
