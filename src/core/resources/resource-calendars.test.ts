import { describe, expect, it } from 'vitest';
import type { CalendarDefinition } from '../calendar/calendar-types.ts';
import { addLeave, availability, DEFAULT_BASE_CALENDARS, STANDARD_WORKING_DAY } from './resource-calendars.ts';

describe('resource calendars', () => {
  it('adds leave as a non-working exception in date order and refuses overlaps and reversed dates', () => {
    const first = addLeave([], { from: '2027-08-02', to: '2027-08-13', name: 'Summer' });
    expect(first).toEqual({ exceptions: [{ start: '2027-08-02', end: '2027-08-13', ranges: [], name: 'Summer' }] });
    const second = addLeave('exceptions' in first ? first.exceptions : [], { from: '2027-05-03', to: '2027-05-03', name: 'Dentist' });
    expect('exceptions' in second && second.exceptions.map((e) => e.name)).toEqual(['Dentist', 'Summer']);
    expect(addLeave('exceptions' in first ? first.exceptions : [], { from: '2027-08-10', to: '2027-08-20', name: 'More' })).toEqual({
      problems: [{ path: 'from', message: 'overlaps "Summer" from 2027-08-02 to 2027-08-13; change or remove that one in the calendar first' }],
    });
    expect(addLeave([], { from: '2027-08-10', to: '2027-08-01', name: 'x' })).toEqual({ problems: [{ path: 'to', message: 'must be on or after from (2027-08-10)' }] });
  });

  it('gives a part-time person on leave their working minutes and capacity day by day', () => {
    // Mondays to Wednesdays only from March, derived from Standard, on leave on Tuesday 2 March.
    const own: CalendarDefinition = {
      id: 'r1', name: 'Ana', baseId: 'standard', week: Array.from({ length: 7 }, () => undefined),
      workWeeks: [{ start: '2027-03-01', end: '2027-12-31', week: [undefined, undefined, undefined, undefined, [], [], undefined] }],
      exceptions: [{ start: '2027-03-02', end: '2027-03-02', ranges: [] }],
    };
    const days = availability({ calendars: [...DEFAULT_BASE_CALENDARS, own], calendarId: 'r1', maxUnits: [{ from: '2027-03-03', units: 50 }], fallback: 100 }, '2027-02-26', '2027-03-05');
    expect(days.map((d) => [d.date, d.workingMinutes, d.maxUnits, d.capacityMinutes])).toEqual([
      ['2027-02-26', 480, 100, 480], // Friday before the part-time weeks
      ['2027-02-27', 0, 100, 0],
      ['2027-02-28', 0, 100, 0],
      ['2027-03-01', 480, 100, 480],
      ['2027-03-02', 0, 100, 0], // leave
      ['2027-03-03', 480, 50, 240],
      ['2027-03-04', 0, 50, 0], // Thursday off
      ['2027-03-05', 0, 50, 0],
    ]);
    expect(STANDARD_WORKING_DAY.reduce((s, r) => s + r.end - r.start, 0)).toBe(480);
  });

  it('ships Standard, 24 Hours and Night Shift with 40, 168 and 40 hours a week', () => {
    const week = (id: string) => availability({ calendars: DEFAULT_BASE_CALENDARS, calendarId: id, maxUnits: [], fallback: 100 }, '2027-01-03', '2027-01-09').reduce((s, d) => s + d.workingMinutes, 0) / 60;
    expect(DEFAULT_BASE_CALENDARS.map((c) => week(c.id))).toEqual([40, 168, 40]);
  });
});
