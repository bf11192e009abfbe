// Recurring calendar exceptions ("every 2nd Monday of March") expanded into the dated exceptions
// the engine takes. Both MSPDI and MPXJ's JSON describe recurrences this way; the rules follow
// MS Project (as MPXJ's RecurringData reproduces them), checked against the dated lists MS Project
// itself writes next to each recurrence in pre-2007-compatible MSPDI.
import { dayFromNumber, dayNumber, daysInMonth, weekdayOf } from './wall-time.ts';

export type RecurrenceKind = 'daily' | 'weekly' | 'monthly' | 'yearly';

export interface RecurrenceRule {
  readonly kind: RecurrenceKind;
  /** First and last day the recurrence may fall on (YYYY-MM-DD); `finish` null: use `occurrences`. */
  readonly start: string;
  readonly finish: string | null;
  readonly occurrences: number | null;
  /** Every n days, weeks or months (ignored for yearly). */
  readonly frequency: number;
  /** Monthly/yearly: true = "the 2nd Tuesday", false = "day 14". */
  readonly relative: boolean;
  /** Relative: 1–4 = first…fourth, 5 = last. Absolute: day of the month. */
  readonly dayNumber: number | null;
  /** Yearly: 1–12. */
  readonly month: number | null;
  /** Weekly: the weekdays (0 = Sunday); relative monthly/yearly: the one weekday. */
  readonly weekdays: ReadonlyArray<number>;
}

/** Guards against runaway input (a rule with neither finish nor occurrences, or a huge span). */
const MAX_OCCURRENCES = 100_000;

/** The days (YYYY-MM-DD, ascending) a rule falls on, or a reason when it cannot be expanded. */
export function expandRecurrence(rule: RecurrenceRule): { readonly days: ReadonlyArray<string> } | { readonly problem: string } {
  const start = dayNumber(rule.start);
  const finish = rule.finish === null ? null : dayNumber(rule.finish);
  const limit = rule.occurrences !== null && rule.occurrences > 0 ? Math.min(rule.occurrences, MAX_OCCURRENCES) : MAX_OCCURRENCES;
  if (finish === null && (rule.occurrences === null || rule.occurrences <= 0)) return { problem: 'neither an end date nor a number of occurrences' };
  const frequency = Math.max(1, Math.trunc(rule.frequency));
  const out: number[] = [];
  const more = (day: number): boolean => out.length < limit && (finish === null || day <= finish);
  const push = (day: number): void => {
    if (day >= start && more(day)) out.push(day);
  };

  switch (rule.kind) {
    case 'daily':
      for (let day = start; more(day); day += frequency) out.push(day);
      break;
    case 'weekly': {
      if (rule.weekdays.length === 0) return { problem: 'a weekly recurrence without weekdays' };
      const days = [...new Set(rule.weekdays)].sort((a, b) => a - b);
      for (let weekStart = start - weekdayOf(start); more(weekStart); weekStart += 7 * frequency) {
        for (const weekday of days) push(weekStart + weekday);
      }
      break;
    }
    case 'monthly':
    case 'yearly': {
      const relativeDay = rule.relative ? rule.weekdays[0] : undefined;
      if (rule.relative && (relativeDay === undefined || rule.dayNumber === null || rule.dayNumber < 1 || rule.dayNumber > 5)) {
        return { problem: `a relative ${rule.kind} recurrence without a weekday and position` };
      }
      if (!rule.relative && (rule.dayNumber === null || rule.dayNumber < 1 || rule.dayNumber > 31)) return { problem: `an absolute ${rule.kind} recurrence without a day of the month` };
      if (rule.kind === 'yearly' && (rule.month === null || rule.month < 1 || rule.month > 12)) return { problem: 'a yearly recurrence without a month' };
      const startDate = new Date(start * 86_400_000);
      let year = startDate.getUTCFullYear();
      let month = rule.kind === 'yearly' ? rule.month! : startDate.getUTCMonth() + 1;
      const step = rule.kind === 'yearly' ? 12 : frequency;
      // "Day 5 of every 3rd month" starting on the 20th begins with the next month, not 3 later.
      if (rule.kind === 'monthly' && !rule.relative && absoluteDayOf(year, month, rule.dayNumber!) < start) month += 1;
      for (let guard = 0; guard < MAX_OCCURRENCES; guard++) {
        year += Math.floor((month - 1) / 12);
        month = ((month - 1) % 12) + 1;
        const day = rule.relative ? relativeDayOf(year, month, relativeDay!, rule.dayNumber!) : absoluteDayOf(year, month, rule.dayNumber!);
        if (!more(day)) break;
        push(day);
        month += step;
      }
      break;
    }
  }
  return { days: out.map(dayFromNumber) };
}

/** Consecutive days joined into inclusive [start, end] spans. */
export function joinConsecutiveDays(days: ReadonlyArray<string>): Array<{ start: string; end: string }> {
  const spans: Array<{ start: string; end: string }> = [];
  let previous = Number.NaN;
  for (const day of days) {
    const n = dayNumber(day);
    const last = spans[spans.length - 1];
    if (last !== undefined && n === previous + 1) last.end = day;
    else spans.push({ start: day, end: day });
    previous = n;
  }
  return spans;
}

function absoluteDayOf(year: number, month: number, dayOfMonth: number): number {
  const day = Math.min(dayOfMonth, daysInMonth(year, month));
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The nth (1–4) or last (5) given weekday of a month. */
function relativeDayOf(year: number, month: number, weekday: number, position: number): number {
  if (position === 5) {
    const last = Date.UTC(year, month - 1, daysInMonth(year, month)) / 86_400_000;
    return last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  const first = Date.UTC(year, month - 1, 1) / 86_400_000;
  return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (position - 1);
}
