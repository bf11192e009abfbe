// Reporting periods: known periods of each cadence, and (fast-check) that periods tile the calendar.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, CADENCES, isPeriodStart, nextPeriod, overlaps, periodOf } from './reporting-period.ts';

describe('reporting periods', () => {
  it('runs weeks Monday to Sunday, fortnights from Monday 2024-01-01, months by the calendar', () => {
    expect(periodOf('weekly', '2026-11-24')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(periodOf('weekly', '2026-11-29')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(periodOf('fortnightly', '2024-01-14')).toEqual({ start: '2024-01-01', end: '2024-01-14' });
    expect(periodOf('fortnightly', '2023-12-31')).toEqual({ start: '2023-12-18', end: '2023-12-31' });
    expect(periodOf('monthly', '2028-02-10')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodOf('monthly', '2026-12-31')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
    expect(isPeriodStart('monthly', '2026-11-01')).toBe(true);
    expect(isPeriodStart('weekly', '2026-11-24')).toBe(false);
    expect(overlaps({ start: '2026-11-01', end: '2026-11-30' }, { start: '2026-11-30', end: '2026-12-06' })).toBe(true);
  });

  it('holds every date in exactly one period, and each period starts the day after the last one ends', () => {
    const date = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(fc.constantFrom(...CADENCES), date, (cadence, d) => {
        const p = periodOf(cadence, d);
        expect(p.start <= d && d <= p.end).toBe(true);
        expect(periodOf(cadence, p.start)).toEqual(p);
        expect(periodOf(cadence, p.end)).toEqual(p);
        const next = nextPeriod(cadence, p);
        expect(next.start).toBe(addDays(p.end, 1));
        expect(overlaps(p, next)).toBe(false);
        expect(periodOf(cadence, addDays(p.start, -1)).end).toBe(addDays(p.start, -1));
      }),
    );
  });
});
