// Wall-clock minutes: the engine's only notion of time. An instant is the number of minutes since
// 1970-01-01T00:00 in the project's local time, so day arithmetic is integer division by 1440 and
// no time zone or daylight-saving rule ever moves a working hour.

export const MINUTES_PER_DAY = 1440;

/** Day number (days since 1970-01-01) of an instant. */
export const dayOf = (instant: number): number => Math.floor(instant / MINUTES_PER_DAY);

/** Weekday of a day number, Sunday = 0 (1970-01-01 was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** `2026-03-02` → day number. */
export function dayFromIsoDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** `2026-03-02T08:00` (seconds and a `Z` allowed and ignored) → wall minutes. */
export function wallFromIso(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!match) throw new RangeError(`Not a date-time: ${text}`);
  const [, y, mo, d, h = '0', mi = '0'] = match;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) / 60_000;
}

/** Wall minutes → `2026-03-02T08:00:00`, the form MS Project writes. */
export function isoFromWall(instant: number): string {
  return new Date(instant * 60_000).toISOString().slice(0, 19);
}

export const isoDateFromDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
