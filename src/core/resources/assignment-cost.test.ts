import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overtimeByDay, workCost } from './assignment-cost.ts';

describe('workCost', () => {
  it('prices each day at its own rate and rounds once', () => {
    // 20 minutes at 10.00/h is 3.333…; three such days are exactly 10.00, not 3 × 3.33.
    expect(workCost('2026-03-02', [20, 20, 20], () => 1000)).toEqual({ costMinor: 1000, unpricedMinutes: 0 });
    // a rate change mid-task applies from its day
    expect(workCost('2026-03-02', [480, 480], (d) => (d >= '2026-03-03' ? 9000 : 6000))).toEqual({ costMinor: 48000 + 72000, unpricedMinutes: 0 });
  });
  it('counts minutes without a rate apart instead of pricing them at zero', () => {
    expect(workCost('2026-03-02', [480, 480, 480], (d) => (d < '2026-03-04' ? 6000 : null))).toEqual({ costMinor: 96000, unpricedMinutes: 480 });
    expect(workCost('2026-03-02', [0, 480], () => null)).toEqual({ costMinor: 0, unpricedMinutes: 480 });
  });
  it('prices planned overtime at the overtime rate of its day, the rest of the work at the standard rate', () => {
    // 16 h of work, 4 h of it overtime: 12 h × 60.00 + 4 h × 90.00.
    expect(workCost('2026-03-02', [480, 480], () => 6000, { minutes: 240, hourlyMinorOn: () => 9000 })).toEqual({ costMinor: 72_000 + 36_000, unpricedMinutes: 0 });
    // The overtime rate rises on Tuesday: Monday's 2 h of overtime at 90.00, Tuesday's at 120.00.
    expect(workCost('2026-03-02', [480, 480], () => 6000, { minutes: 240, hourlyMinorOn: (d) => (d >= '2026-03-03' ? 12_000 : 9000) })).toEqual({ costMinor: 72_000 + 18_000 + 24_000, unpricedMinutes: 0 });
    // Overtime beyond the work counts as all of the work being overtime.
    expect(workCost('2026-03-02', [480], () => 6000, { minutes: 9_999, hourlyMinorOn: () => 9000 })).toEqual({ costMinor: 72_000, unpricedMinutes: 0 });
    // No overtime rate on a day: those overtime minutes are unpriced, not free.
    expect(workCost('2026-03-02', [480, 480], () => 6000, { minutes: 240, hourlyMinorOn: (d) => (d >= '2026-03-03' ? 9000 : null) })).toEqual({ costMinor: 72_000 + 18_000, unpricedMinutes: 120 });
  });
});

describe('overtimeByDay', () => {
  it('follows the shape of the work in whole minutes', () => {
    expect(overtimeByDay([480, 480, 240], 120)).toEqual([48, 48, 24]);
    expect(overtimeByDay([480, 480, 480], 100)).toEqual([34, 33, 33]);
    expect(overtimeByDay([0, 480, 0], 60)).toEqual([0, 60, 0]);
    expect(overtimeByDay([480, 480], 0)).toEqual([0, 0]);
    expect(overtimeByDay([], 60)).toEqual([]);
  });
  it('adds up to the overtime (at most the work), never above a day’s work', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1440 }), { maxLength: 60 }), fc.integer({ min: 0, max: 100_000 }), (days, overtime) => {
        const spread = overtimeByDay(days, overtime);
        const work = days.reduce((a, b) => a + b, 0);
        expect(spread.reduce((a, b) => a + b, 0)).toBe(Math.min(overtime, work));
        spread.forEach((m, i) => expect(m >= 0 && m <= days[i]!).toBe(true));
      }),
    );
  });
});
