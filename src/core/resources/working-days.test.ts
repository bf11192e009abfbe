import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WorkCalendar } from '../calendar/work-calendar.ts';
import { MINUTES_PER_DAY } from '../calendar/wall-time.ts';
import { calendarChains, WorkingDays } from './working-days.ts';
import { CALENDARS, MONDAY } from './capacity-fixtures.ts';

describe('working days', () => {
  it('measures the working time between any two instants as WorkCalendar does, also far outside the days it was built for', () => {
    const chainOf = calendarChains(CALENDARS);
    fc.assert(
      fc.property(fc.constantFrom('standard', 'holiday', 'part-time'), fc.integer({ min: -800 * MINUTES_PER_DAY, max: 800 * MINUTES_PER_DAY }), fc.integer({ min: -800 * MINUTES_PER_DAY, max: 800 * MINUTES_PER_DAY }), (id, a, b) => {
        const days = new WorkingDays(id, chainOf(id), MONDAY, MONDAY + 6);
        const calendar = new WorkCalendar(id, CALENDARS, MONDAY * MINUTES_PER_DAY);
        const from = MONDAY * MINUTES_PER_DAY + a;
        const to = MONDAY * MINUTES_PER_DAY + b;
        const before = days.workingTotal(from);
        expect(days.workingTotal(to) - before).toBe(calendar.workingBetween(from, to));
        expect(days.workingTotal(from)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('hands each calendar its base calendars and nothing else', () => {
    expect(calendarChains(CALENDARS)('holiday').map((c) => c.id)).toEqual(['holiday', 'standard']);
  });
});
