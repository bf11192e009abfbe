// Local date-time text from schedule files to the engine's wall minutes and YYYY-MM-DD days, with
// no time zone and no Date objects kept: MS Project's dates are the project's local clock.

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTES_PER_DAY = 1440;
const MS_PER_DAY = 86_400_000;

/** `2026-03-02T08:00:00` (seconds and a fraction optional) → wall minutes, or null when malformed. */
export function parseWallMinutes(text: string): number | null {
  const m = DATE_TIME.exec(text.trim());
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCalendarDay(year, month, day)) return null;
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0))) return null;
  return Math.round(Date.UTC(year, month - 1, day, hour, minute, second) / 60_000);
}

/** The YYYY-MM-DD day of a date or date-time text, or null when malformed. */
export function parseDay(text: string): string | null {
  const minutes = parseWallMinutes(text);
  return minutes === null ? null : dayOfWallMinutes(minutes);
}

/**
 * `08:30:00` → 510. An end of day written as `00:00:00` (or `24:00:00`) is midnight at the end of
 * the day, 1440, when `isEnd` is set. Null when malformed.
 */
export function parseTimeOfDay(text: string, isEnd: boolean): number | null {
  const m = TIME_OF_DAY.exec(text.trim());
  if (m === null) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null;
  const value = hour * 60 + minute;
  if (isEnd && (value === 0 || value === MINUTES_PER_DAY)) return MINUTES_PER_DAY;
  return value === MINUTES_PER_DAY ? null : value;
}

export function dayOfWallMinutes(minutes: number): string {
  return new Date(Math.floor(minutes / MINUTES_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a YYYY-MM-DD day. */
export function dayNumber(day: string): number {
  const m = DAY.exec(day);
  if (m === null) throw new Error(`not a day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

export function dayFromNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Weekday of a day number, 0 = Sunday (as getUTCDay). */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
