// The contract the scheduler's short paths rely on: working totals convert exactly as the
// instant-based methods do, and `roundTrips` promises only what holds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WorkCalendar } from './work-calendar.ts';
import { standardCalendar } from './standard-calendar.ts';
import { wallFromIso } from './wall-time.ts';
import type { CalendarDefinition, TimeRange } from './calendar-types.ts';

const day = (...ranges: Array<[number, number]>): TimeRange[] => ranges.map(([start, end]) => ({ start, end }));
const weekdays = (ranges: TimeRange[]): CalendarDefinition['week'] => [[], ranges, ranges, ranges, ranges, ranges, []];

const calendars: CalendarDefinition[] = [
  { ...standardCalendar(), exceptions: [{ start: '2026-03-04', end: '2026-03-05', ranges: [] }, { start: '2026-03-14', end: '2026-03-14', ranges: day([540, 780]) }] },
  { id: 'night', name: 'Night', baseId: null, week: weekdays(day([0, 240], [1200, 1440])), workWeeks: [], exceptions: [] },
  { id: 'always', name: '24 hours', baseId: null, week: Array.from({ length: 7 }, () => day([0, 1440])), workWeeks: [], exceptions: [] },
  // Not whole minutes, out of order, overlapping: the straightforward walk, no tables.
  { id: 'odd', name: 'Odd', baseId: null, week: weekdays(day([780, 1020.5], [480, 720])), workWeeks: [], exceptions: [{ start: '2026-03-10', end: '2026-03-10', ranges: day([480, 900], [600, 1000]) }] },
];
const start = wallFromIso('2026-03-02T08:00');
const instants = fc.integer({ min: -200 * 1440, max: 600 * 1440 }).map((offset) => start + offset);
const minutes = fc.integer({ min: 1, max: 480 * 300 });

describe.each(calendars.map((c) => c.id))('working totals on %s', (id) => {
  const cal = () => new WorkCalendar(id, calendars, start);

  it('adds and subtracts work as addWorking and subtractWorking do', () => {
    fc.assert(
      fc.property(instants, minutes, (instant, m) => {
        const c = cal();
        expect(c.instantAtTotal(c.workingTotal(instant) + m, 'finish')).toBe(c.addWorking(instant, m));
        expect(c.instantAtTotal(c.workingTotal(instant) - m, 'start')).toBe(c.subtractWorking(instant, m));
        expect(c.instantAtTotal(c.workingTotal(instant), 'start')).toBe(c.nextWorkingMinute(instant));
        expect(c.instantAtTotal(c.workingTotal(instant), 'finish')).toBe(c.previousWorkingEnd(instant));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips a total only when converting it back gives it, and resolves only what it has resolved', () => {
    fc.assert(
      fc.property(instants, minutes, (instant, m) => {
        const c = cal();
        const total = c.workingTotal(instant) + m;
        if (c.roundTrips(total)) {
          expect(c.workingTotal(c.instantAtTotal(total, 'start'))).toBe(total);
          expect(c.workingTotal(c.instantAtTotal(total, 'finish'))).toBe(total);
        }
        const resolved = c.resolvedTotal(instant + m);
        if (!Number.isNaN(resolved)) expect(resolved).toBe(c.workingTotal(instant + m));
        if (!c.exactTotals) expect(c.roundTrips(total)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
