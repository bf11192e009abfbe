import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTimeZone, utcMsAt, wallMinutesAt } from './time-zones.ts';
import { isoFromWall, wallFromIso } from './wall-time.ts';

describe('time zones', () => {
  it('reads a UTC instant off a zone’s clock, summer and winter', () => {
    expect(isoFromWall(wallMinutesAt(Date.parse('2026-07-01T12:00:00Z'), 'Europe/Berlin'))).toBe('2026-07-01T14:00:00');
    expect(isoFromWall(wallMinutesAt(Date.parse('2026-12-01T12:00:00Z'), 'Europe/Berlin'))).toBe('2026-12-01T13:00:00');
    expect(isoFromWall(wallMinutesAt(Date.parse('2026-12-01T02:00:00Z'), 'America/New_York'))).toBe('2026-11-30T21:00:00');
  });

  it('finds the instant a wall time shows, after a spring-forward gap and at the first of a repeated hour', () => {
    expect(new Date(utcMsAt(wallFromIso('2026-07-01T14:00'), 'Europe/Berlin')).toISOString()).toBe('2026-07-01T12:00:00.000Z');
    // 2026-03-29 02:30 does not happen in Berlin: clocks go from 02:00 to 03:00.
    expect(new Date(utcMsAt(wallFromIso('2026-03-29T02:30'), 'Europe/Berlin')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 2026-10-25 02:30 happens twice in Berlin; the first is in summer time.
    expect(new Date(utcMsAt(wallFromIso('2026-10-25T02:30'), 'Europe/Berlin')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('knows real zones only', () => {
    expect(isTimeZone('Australia/Sydney')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('round-trips every minute-aligned instant through the wall clock', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 * 24 * 365 * 20 }), fc.constantFrom(...zones), (minute, zone) => {
      const utcMs = Date.parse('2020-01-01T00:00:00Z') + minute * 60_000;
      const back = utcMsAt(wallMinutesAt(utcMs, zone), zone);
      // A repeated wall time maps to its first showing: an hour earlier at most.
      expect(utcMs - back === 0 || utcMs - back === 3_600_000).toBe(true);
      expect(wallMinutesAt(back, zone)).toBe(wallMinutesAt(utcMs, zone));
    }));
  });
});
