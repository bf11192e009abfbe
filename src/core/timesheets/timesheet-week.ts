// The week of a timesheet: it starts on a Monday and holds seven dates, Monday to Sunday. Dates
// are `YYYY-MM-DD` text, handled as UTC days so no time zone or daylight-saving shift moves them.

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The date `n` days after (or before) `date`. */
export const addDays = (date: string, n: number): string => dateOf(dayNumber(date) + n);

/** Whether a `YYYY-MM-DD` date is a Monday (and a real date). */
export function isMonday(date: string): boolean {
  const day = dayNumber(date);
  return Number.isFinite(day) && dateOf(day) === date && new Date(day * DAY_MS).getUTCDay() === 1;
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  const weekday = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * The seven dates of the week starting on `weekStart`, Monday to Sunday.
 * @example weekDates('2026-11-30') // ['2026-11-30', …, '2026-12-06']
 */
export function weekDates(weekStart: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
}
