import { describe, expect, it } from 'vitest';
import { workCost } from './assignment-cost.ts';

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
});
