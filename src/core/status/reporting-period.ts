// Reporting periods: a project reports weekly (Monday to Sunday), fortnightly (two such weeks,
// counted from Monday 2024-01-01 so every project's fortnights line up across year ends) or
// monthly (calendar months). Periods of one cadence tile the calendar: every date lies in exactly
// one, and each starts the day after the previous one ends. Dates are YYYY-MM-DD, in UTC arithmetic.

export const CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];
export const DEFAULT_CADENCE: Cadence = 'monthly';

export interface Period {
  readonly start: string;
  readonly end: string;
}

const DAY_MS = 86_400_000;
/** A Monday: fortnights are counted from here. */
const FORTNIGHT_ANCHOR = Date.UTC(2024, 0, 1);

const toMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const toDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The date `days` after `date` (before it when negative). */
export const addDays = (date: string, days: number): string => toDate(toMs(date) + days * DAY_MS);

/**
 * The period of a cadence that holds a date.
 * @example
 * periodOf('weekly', '2026-11-26');  // { start: '2026-11-23', end: '2026-11-29' }
 * periodOf('monthly', '2026-11-26'); // { start: '2026-11-01', end: '2026-11-30' }
 */
export function periodOf(cadence: Cadence, date: string): Period {
  const ms = toMs(date);
  if (cadence === 'monthly') {
    const d = new Date(ms);
    const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    return { start: toDate(start), end: toDate(next - DAY_MS) };
  }
  const length = cadence === 'weekly' ? 7 : 14;
  const days = Math.floor((ms - FORTNIGHT_ANCHOR) / DAY_MS);
  const offset = ((days % length) + length) % length;
  const start = ms - offset * DAY_MS;
  return { start: toDate(start), end: toDate(start + (length - 1) * DAY_MS) };
}

/** Whether a date starts a period of the cadence. */
export const isPeriodStart = (cadence: Cadence, date: string): boolean => periodOf(cadence, date).start === date;

/** The period after one. */
export const nextPeriod = (cadence: Cadence, period: Period): Period => periodOf(cadence, addDays(period.end, 1));

/** Whether two periods share a day. */
export const overlaps = (a: Period, b: Period): boolean => a.start <= b.end && b.start <= a.end;
