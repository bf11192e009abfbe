// Next due dates from the frequency and the last time an item was done, and how an item stands on
// a day; properties: a periodic item is always due after it was done, within its period, and an
// item needs a reminder exactly when its date is no later than the look-ahead.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, daysBetween, dueStanding, needsReminder, nextDueAfter } from './communication-due.ts';

const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('nextDueAfter', () => {
  it('adds the period, clamping months to their last day, and has none for milestone and ad-hoc items', () => {
    expect(nextDueAfter('weekly', '2027-03-01')).toBe('2027-03-08');
    expect(nextDueAfter('fortnightly', '2027-12-25')).toBe('2028-01-08');
    expect(nextDueAfter('monthly', '2027-01-31')).toBe('2027-02-28');
    expect(nextDueAfter('monthly', '2028-01-31')).toBe('2028-02-29');
    expect(nextDueAfter('quarterly', '2027-11-30')).toBe('2028-02-29');
    expect(nextDueAfter('per_milestone', '2027-03-01')).toBeNull();
    expect(nextDueAfter('ad_hoc', '2027-03-01')).toBeNull();
  });

  it('always lands after the day it was done and within the period', () => {
    const bounds = { weekly: [7, 7], fortnightly: [14, 14], monthly: [28, 31], quarterly: [89, 92] } as const;
    fc.assert(
      fc.property(date, fc.constantFrom('weekly', 'fortnightly', 'monthly', 'quarterly') as fc.Arbitrary<keyof typeof bounds>, (done, frequency) => {
        const days = daysBetween(done, nextDueAfter(frequency, done)!);
        expect(days).toBeGreaterThanOrEqual(bounds[frequency][0]);
        expect(days).toBeLessThanOrEqual(bounds[frequency][1]);
      }),
    );
  });

  it('adds days and months consistently with daysBetween', () => {
    fc.assert(fc.property(date, fc.integer({ min: -400, max: 400 }), (d, n) => daysBetween(d, addDays(d, n)) === n));
    expect(addMonths('2027-08-31', -6)).toBe('2027-02-28');
  });
});

describe('dueStanding', () => {
  it('tells overdue, due, upcoming, later, unscheduled and paused apart', () => {
    expect(dueStanding({ status: 'active', nextDueOn: '2027-03-01' }, '2027-03-04')).toEqual({ state: 'overdue', daysOverdue: 3 });
    expect(dueStanding({ status: 'active', nextDueOn: '2027-03-04' }, '2027-03-04')).toEqual({ state: 'due', daysOverdue: 0 });
    expect(dueStanding({ status: 'active', nextDueOn: '2027-03-06' }, '2027-03-04', 2)).toEqual({ state: 'upcoming', daysOverdue: null });
    expect(dueStanding({ status: 'active', nextDueOn: '2027-03-07' }, '2027-03-04', 2)).toEqual({ state: 'later', daysOverdue: null });
    expect(dueStanding({ status: 'active', nextDueOn: null }, '2027-03-04')).toEqual({ state: 'unscheduled', daysOverdue: null });
    expect(dueStanding({ status: 'paused', nextDueOn: '2027-01-01' }, '2027-03-04')).toEqual({ state: 'paused', daysOverdue: null });
  });

  it('needs a reminder exactly when an active item is due no later than the look-ahead', () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: 0, max: 60 }), fc.boolean(), (due, on, within, paused) => {
        const item = { status: paused ? ('paused' as const) : ('active' as const), nextDueOn: due };
        expect(needsReminder(item, on, within)).toBe(!paused && due <= addDays(on, within));
      }),
    );
  });
});
