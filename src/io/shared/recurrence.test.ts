// Recurring calendar exceptions expand to the days MS Project would mark.
import { describe, expect, it } from 'vitest';
import { expandRecurrence, joinConsecutiveDays, type RecurrenceRule } from './recurrence.ts';

const rule = (over: Partial<RecurrenceRule>): RecurrenceRule => ({
  kind: 'daily',
  start: '2024-01-01',
  finish: null,
  occurrences: null,
  frequency: 1,
  relative: false,
  dayNumber: null,
  month: null,
  weekdays: [],
  ...over,
});

const days = (r: RecurrenceRule): ReadonlyArray<string> => {
  const result = expandRecurrence(r);
  if ('problem' in result) throw new Error(result.problem);
  return result.days;
};

describe('expandRecurrence', () => {
  it('repeats every n days up to the finish date', () => {
    expect(days(rule({ kind: 'daily', start: '2000-02-01', finish: '2000-02-10', frequency: 3 }))).toEqual(['2000-02-01', '2000-02-04', '2000-02-07', '2000-02-10']);
  });

  it('counts weeks from the Sunday of the starting week and skips days before the start', () => {
    // 2001-01-01 is a Monday; every 2nd week on Tuesday, four times.
    expect(days(rule({ kind: 'weekly', start: '2001-01-01', occurrences: 4, frequency: 2, weekdays: [2] }))).toEqual(['2001-01-02', '2001-01-16', '2001-01-30', '2001-02-13']);
    expect(days(rule({ kind: 'weekly', start: '2024-01-03', occurrences: 3, weekdays: [1, 3] }))).toEqual(['2024-01-03', '2024-01-08', '2024-01-10']);
  });

  it('finds the nth and the last weekday of a month', () => {
    // First Monday of every 2nd month from January 2002.
    expect(days(rule({ kind: 'monthly', start: '2002-01-01', occurrences: 3, frequency: 2, relative: true, dayNumber: 1, weekdays: [1] }))).toEqual(['2002-01-07', '2002-03-04', '2002-05-06']);
    // Last Friday of each month.
    expect(days(rule({ kind: 'monthly', start: '2024-01-01', occurrences: 2, relative: true, dayNumber: 5, weekdays: [5] }))).toEqual(['2024-01-26', '2024-02-23']);
  });

  it('clamps an absolute day to the month length and starts next month when the day has passed', () => {
    expect(days(rule({ kind: 'monthly', start: '2024-01-15', occurrences: 3, dayNumber: 31 }))).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
    expect(days(rule({ kind: 'monthly', start: '2024-01-20', occurrences: 2, frequency: 3, dayNumber: 5 }))).toEqual(['2024-02-05', '2024-05-05']);
  });

  it('repeats yearly on a date or on the nth weekday of a month', () => {
    expect(days(rule({ kind: 'yearly', start: '2005-01-01', finish: '2007-02-01', dayNumber: 1, month: 2 }))).toEqual(['2005-02-01', '2006-02-01', '2007-02-01']);
    // First Tuesday of March.
    expect(days(rule({ kind: 'yearly', start: '2004-01-01', occurrences: 2, relative: true, dayNumber: 1, month: 3, weekdays: [2] }))).toEqual(['2004-03-02', '2005-03-01']);
  });

  it('reports a rule that cannot be expanded instead of guessing', () => {
    expect(expandRecurrence(rule({ kind: 'weekly', occurrences: 3 }))).toHaveProperty('problem');
    expect(expandRecurrence(rule({ kind: 'daily' }))).toHaveProperty('problem');
  });
});

describe('joinConsecutiveDays', () => {
  it('joins runs of days into inclusive spans', () => {
    expect(joinConsecutiveDays(['2024-02-28', '2024-02-29', '2024-03-01', '2024-03-05'])).toEqual([
      { start: '2024-02-28', end: '2024-03-01' },
      { start: '2024-03-05', end: '2024-03-05' },
    ]);
  });
});
