// Periods of curves and earned schedule, and time measured in them.
import { describe, expect, it } from 'vitest';
import { wallFromIso } from '../calendar/wall-time.ts';
import { nextPeriodStart, periodBoundaries, periodsBetween, periodStartOf } from './periods.ts';
import { standardWorkingTime } from './planned-value.ts';

const at = wallFromIso;
const calendar = standardWorkingTime(at('2026-03-02T00:00'));

describe('periods', () => {
  it('starts days at midnight, weeks on Monday and months on the first', () => {
    expect(periodStartOf(at('2026-03-04T10:30'), 'day')).toBe(at('2026-03-04T00:00'));
    expect(periodStartOf(at('2026-03-08T23:59'), 'week')).toBe(at('2026-03-02T00:00'));
    expect(periodStartOf(at('2026-03-09T00:00'), 'week')).toBe(at('2026-03-09T00:00'));
    expect(periodStartOf(at('2026-12-31T12:00'), 'month')).toBe(at('2026-12-01T00:00'));
    expect(nextPeriodStart(at('2026-12-01T00:00'), 'month')).toBe(at('2027-01-01T00:00'));
    expect(nextPeriodStart(at('2028-02-01T00:00'), 'month')).toBe(at('2028-03-01T00:00'));
  });

  it('lays boundaries from the origin to the end of the period holding the last instant', () => {
    expect(periodBoundaries(at('2026-01-01T00:00'), at('2026-03-15T00:00'), 'month')).toEqual([at('2026-01-01'), at('2026-02-01'), at('2026-03-01'), at('2026-04-01')]);
    expect(periodBoundaries(at('2026-03-02T00:00'), at('2026-03-04T00:00'), 'day')).toEqual([at('2026-03-02'), at('2026-03-03'), at('2026-03-04')]);
    expect(periodBoundaries(at('2026-03-02T00:00'), at('2026-03-01T00:00'), 'week')).toEqual([at('2026-03-02'), at('2026-03-09')]);
  });

  it('measures time in periods by the working time passed within a period', () => {
    const monday = at('2026-03-02T00:00');
    expect(periodsBetween(monday, at('2026-03-04T17:00'), 'day', calendar)).toBe(3);
    expect(periodsBetween(monday, at('2026-03-05T00:00'), 'day', calendar)).toBe(3);
    expect(periodsBetween(monday, at('2026-03-04T12:00'), 'day', calendar)).toBe(2.5);
    expect(periodsBetween(monday, at('2026-03-04T17:00'), 'week', calendar)).toBe(0.6);
    expect(periodsBetween(monday, at('2026-03-01T00:00'), 'day', calendar)).toBe(0);
    expect(periodsBetween(at('2026-02-01T00:00'), at('2026-03-31T17:00'), 'month', calendar)).toBe(2);
  });

  it('measures clock time in a period without working time', () => {
    expect(periodsBetween(at('2026-03-02T00:00'), at('2026-03-07T12:00'), 'day', calendar)).toBe(5.5);
  });
});
