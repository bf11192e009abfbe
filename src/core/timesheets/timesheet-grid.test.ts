// The week's grid and its entries: weeks start on Monday, a grid stores only its non-empty cells
// and reads back the same, a day holds at most 24 hours, and a save's difference names exactly the
// cells it adds, changes and clears, which is what the locked period is checked against.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, isMonday, mondayOf, weekDates } from './timesheet-week.ts';
import { diffEntries, entriesOfGrid, formatMinutes, gridOfEntries, gridProblems, lockedDatesOf, type GridRow } from './timesheet-grid.ts';

const WEEK = '2026-11-30';
const row = (taskId: string | null, minutes: number[], over: Partial<GridRow> = {}): GridRow => ({ projectId: 'p1', taskId, overtime: false, minutes, note: '', ...over });

describe('the week', () => {
  it('starts on Monday and runs to Sunday', () => {
    expect(isMonday('2026-11-30')).toBe(true);
    expect(isMonday('2026-12-01')).toBe(false);
    expect(isMonday('2026-02-30')).toBe(false);
    expect(weekDates(WEEK)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(mondayOf('2026-12-06')).toBe(WEEK);
    expect(mondayOf(WEEK)).toBe(WEEK);
  });

  it('finds the Monday of any day, at most six days before it', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(fc.property(day, (d) => isMonday(mondayOf(d)) && d >= mondayOf(d) && addDays(mondayOf(d), 6) >= d));
  });
});

describe('the grid', () => {
  it('stores the non-empty cells and reads back the same rows', () => {
    const rows = [row('t1', [450, 480, 0, 0, 0, 0, 0], { note: 'Design' }), row(null, [0, 0, 60, 0, 0, 0, 0]), row('t1', [0, 0, 0, 0, 0, 120, 0], { overtime: true })];
    const entries = entriesOfGrid(WEEK, rows);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toEqual({ projectId: 'p1', taskId: 't1', overtime: false, date: '2026-11-30', minutes: 450, note: 'Design' });
    expect(gridOfEntries(WEEK, entries)).toEqual(rows);
  });

  it('adds up two stored cells of the same row and day (a deleted task leaves its time on the project)', () => {
    const stored = [
      { projectId: 'p1', taskId: null, overtime: false, date: WEEK, minutes: 60, note: '' },
      { projectId: 'p1', taskId: null, overtime: false, date: WEEK, minutes: 30, note: 'Stand-up' },
    ];
    expect(gridOfEntries(WEEK, stored)).toEqual([row(null, [90, 0, 0, 0, 0, 0, 0], { note: 'Stand-up' })]);
  });

  it('refuses a row given twice and a day over 24 hours', () => {
    expect(gridProblems(WEEK, [row('t1', [600, 0, 0, 0, 0, 0, 0]), row('t2', [840, 0, 0, 0, 0, 0, 0])])).toEqual([]);
    expect(gridProblems(WEEK, [row('t1', [600, 0, 0, 0, 0, 0, 0]), row('t2', [841, 0, 0, 0, 0, 0, 0]), row('t1', [0, 0, 0, 0, 0, 0, 0])])).toEqual([
      { path: 'rows.2', message: expect.stringContaining('has a row already') },
      { path: 'days.0', message: '2026-11-30 adds up to 24:01: a day holds at most 24:00' },
    ]);
    expect(gridProblems(WEEK, [row('t1', [60, 0, 0, 0, 0, 0, 0]), row('t1', [60, 0, 0, 0, 0, 0, 0], { overtime: true })])).toEqual([]);
  });
});

describe('a save’s difference', () => {
  const before = entriesOfGrid(WEEK, [row('t1', [480, 480, 0, 0, 0, 0, 0]), row('t2', [0, 0, 240, 0, 0, 0, 0])]).map((e, i) => ({ ...e, id: `e${i}` }));

  it('names the cells added, changed and cleared, and nothing for an unchanged grid', () => {
    const after = entriesOfGrid(WEEK, [row('t1', [480, 420, 0, 0, 0, 0, 0]), row('t3', [0, 0, 0, 60, 0, 0, 0])]);
    const diff = diffEntries(before, after);
    expect(diff.added.map((e) => [e.taskId, e.date])).toEqual([['t3', '2026-12-03']]);
    expect(diff.changed.map((c) => [c.before.id, c.after.minutes])).toEqual([['e1', 420]]);
    expect(diff.removed.map((e) => e.id)).toEqual(['e2']);
    expect(diffEntries(before, entriesOfGrid(WEEK, gridOfEntries(WEEK, before)))).toEqual({ added: [], changed: [], removed: [] });
  });

  it('touches the locked period only where a cell on or before the lock changes', () => {
    const after = entriesOfGrid(WEEK, [row('t1', [480, 480, 0, 0, 0, 0, 0]), row('t2', [0, 0, 180, 0, 0, 0, 60])]);
    const diff = diffEntries(before, after);
    expect(lockedDatesOf(diff, null)).toEqual([]);
    expect(lockedDatesOf(diff, '2026-12-01')).toEqual([]);
    expect(lockedDatesOf(diff, '2026-12-02')).toEqual(['2026-12-02']);
    expect(lockedDatesOf(diffEntries(before, []), '2026-12-31')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('writes hours as h:mm', () => {
    expect([0, 5, 450, 1440].map(formatMinutes)).toEqual(['0:00', '0:05', '7:30', '24:00']);
  });
});
