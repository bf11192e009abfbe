import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WorkCalendar } from './work-calendar.ts';
import { standardCalendar } from './standard-calendar.ts';
import { isoFromWall, wallFromIso } from './wall-time.ts';
import type { CalendarDefinition } from './calendar-types.ts';

const w = wallFromIso;
const iso = (t: number) => isoFromWall(t).slice(0, 16);
const standard = standardCalendar();
const cal = (defs: CalendarDefinition[] = [standard], id = 'standard') => new WorkCalendar(id, defs, w('2026-03-02T08:00'));

describe('working time on the Standard calendar', () => {
  const c = cal();
  it('finishes a one-day task at 17:00 the same day, across lunch', () => {
    expect(iso(c.addWorking(w('2026-03-02T08:00'), 480))).toBe('2026-03-02T17:00');
    expect(iso(c.addWorking(w('2026-03-02T08:00'), 240))).toBe('2026-03-02T12:00');
  });
  it('carries work over the weekend', () => {
    expect(iso(c.addWorking(w('2026-03-06T13:00'), 480))).toBe('2026-03-09T12:00');
    expect(iso(c.addWorking(w('2026-03-02T08:00'), 5 * 480))).toBe('2026-03-06T17:00');
  });
  it('starts at the next working minute and finishes at the previous working end', () => {
    expect(iso(c.nextWorkingMinute(w('2026-03-02T17:00')))).toBe('2026-03-03T08:00');
    expect(iso(c.nextWorkingMinute(w('2026-03-07T10:00')))).toBe('2026-03-09T08:00');
    expect(iso(c.nextWorkingMinute(w('2026-03-02T12:30')))).toBe('2026-03-02T13:00');
    expect(iso(c.previousWorkingEnd(w('2026-03-09T08:00')))).toBe('2026-03-06T17:00');
    expect(iso(c.previousWorkingEnd(w('2026-03-02T12:30')))).toBe('2026-03-02T12:00');
  });
  it('works backwards from a finish', () => {
    expect(iso(c.subtractWorking(w('2026-03-09T12:00'), 480))).toBe('2026-03-06T13:00');
    expect(iso(c.subtractWorking(w('2026-03-02T17:00'), 480))).toBe('2026-03-02T08:00');
  });
  it('counts working minutes between instants', () => {
    expect(c.workingBetween(w('2026-03-02T08:00'), w('2026-03-09T08:00'))).toBe(5 * 480);
    expect(c.workingBetween(w('2026-03-09T08:00'), w('2026-03-02T08:00'))).toBe(-5 * 480);
  });
  it('reaches far into the past and future', () => {
    expect(iso(c.addWorking(w('2026-03-02T08:00'), 480 * 5 * 52 * 30))).toBe('2056-01-21T17:00');
    expect(iso(c.subtractWorking(w('2026-03-02T08:00'), 480 * 5 * 52 * 30))).toBe('1996-04-08T08:00');
  });
  it('round-trips: the start of work that finishes where other work of the same length ends is its start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 480 * 400 }), (offsetHours, minutes) => {
        const start = c.nextWorkingMinute(w('2025-01-01T00:00') + offsetHours * 60);
        const finish = c.addWorking(start, minutes);
        expect(c.workingBetween(start, finish)).toBe(minutes);
        expect(c.subtractWorking(finish, minutes)).toBe(start);
      }),
    );
  });
});

describe('exceptions, work weeks and base calendars', () => {
  const holidays: CalendarDefinition = {
    ...standardCalendar('holidays', 'With holidays'),
    exceptions: [
      { start: '2026-03-03', end: '2026-03-04', ranges: [] },
      { start: '2026-03-07', end: '2026-03-07', ranges: [{ start: 9 * 60, end: 13 * 60 }] },
    ],
    workWeeks: [{ start: '2026-03-16', end: '2026-03-20', week: [undefined, [{ start: 7 * 60, end: 15 * 60 }], undefined, undefined, undefined, undefined, undefined] }],
  };
  const night: CalendarDefinition = { id: 'night', name: 'Night shift', baseId: 'holidays', week: [undefined, [{ start: 0, end: 480 }], undefined, undefined, undefined, undefined, undefined], workWeeks: [], exceptions: [] };
  const c = cal([holidays, night], 'holidays');

  it('skips non-working exception days and uses changed hours on a working Saturday', () => {
    expect(iso(c.addWorking(w('2026-03-02T08:00'), 960))).toBe('2026-03-05T17:00');
    expect(iso(c.addWorking(w('2026-03-06T08:00'), 720))).toBe('2026-03-07T13:00');
  });
  it('uses a work week for its period only', () => {
    expect(iso(c.nextWorkingMinute(w('2026-03-16T00:00')))).toBe('2026-03-16T07:00');
    expect(iso(c.nextWorkingMinute(w('2026-03-23T00:00')))).toBe('2026-03-23T08:00');
  });
  it('lets a derived calendar change a weekday and keep the rest (and the holidays) of its base', () => {
    const n = cal([holidays, night], 'night');
    expect(iso(n.nextWorkingMinute(w('2026-03-09T00:00')))).toBe('2026-03-09T00:00');
    expect(iso(n.addWorking(w('2026-03-09T00:00'), 600))).toBe('2026-03-10T10:00');
    expect(iso(n.nextWorkingMinute(w('2026-03-03T00:00')))).toBe('2026-03-05T08:00');
  });
  it('refuses a calendar without any working time', () => {
    const none: CalendarDefinition = { id: 'none', name: 'None', baseId: null, week: [[], [], [], [], [], [], []], workWeeks: [], exceptions: [] };
    expect(() => cal([none], 'none').nextWorkingMinute(w('2026-03-02T08:00'))).toThrow(/no working time/);
  });
});

describe('the working time of a task with resources (a combination of calendars)', () => {
  // A night shift, Monday 23:00 to Saturday 08:00 with a break at 03:00–04:00, and a holiday on the Standard calendar's Ann.
  const nights: CalendarDefinition = {
    id: 'nights', name: 'Night shift', baseId: null,
    week: [[], [{ start: 1380, end: 1440 }], ...[2, 3, 4, 5].map(() => [{ start: 0, end: 180 }, { start: 240, end: 480 }, { start: 1380, end: 1440 }]), [{ start: 0, end: 180 }, { start: 240, end: 480 }]],
    workWeeks: [], exceptions: [],
  };
  const ann: CalendarDefinition = { id: 'ann', name: 'Ann', baseId: 'standard', week: [], workWeeks: [], exceptions: [{ start: '2026-03-04', end: '2026-03-04', ranges: [] }] };
  const defs = [standard, nights, ann];
  const combined = (anyOf: string[], within: string | null = null) => new WorkCalendar({ anyOf, within }, defs, w('2026-03-02T08:00'));

  it('works whenever any of the resources works (their union)', () => {
    const both = combined(['standard', 'nights']);
    // Monday: 8 h by day and 1 h from 23:00; Tuesday: 7 h at night and 8 h by day.
    expect(both.workingBetween(w('2026-03-02T00:00'), w('2026-03-03T00:00'))).toBe(540);
    expect(both.workingBetween(w('2026-03-03T00:00'), w('2026-03-04T00:00'))).toBe(960);
    expect(iso(both.addWorking(w('2026-03-02T08:00'), 540))).toBe('2026-03-03T00:00');
    expect(both.id).toBe('standard+nights');
  });
  it('keeps to a single resource’s calendar, exceptions included', () => {
    expect(iso(combined(['ann']).addWorking(w('2026-03-03T08:00'), 960))).toBe('2026-03-05T17:00');
  });
  it('works only while the task’s own calendar works too (the intersection)', () => {
    const day = combined(['nights', 'ann'], 'standard');
    expect(day.workingBetween(w('2026-03-04T00:00'), w('2026-03-05T00:00'))).toBe(0);
    expect(day.workingBetween(w('2026-03-05T00:00'), w('2026-03-06T00:00'))).toBe(480);
  });
});

describe('instants with seconds', () => {
  it('lands a total on a day boundary on the right side despite floating-point error', () => {
    const c = cal();
    // 09:08:24 is minute 548.4; 3428.4 working minutes before it is exactly 08:00 on the 8th working day before.
    const finish = w('2026-03-13T09:08') + 0.4;
    expect(iso(c.subtractWorking(finish, 3428.4))).toBe('2026-03-04T08:00');
  });
});
