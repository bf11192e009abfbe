// Working calendars as data: a working week, work weeks that replace it for a period, and dated
// exceptions, optionally derived from a base calendar. Times are minutes; no Date objects.

/** A span of working time within one day, in minutes from midnight: 08:00–12:00 is {start: 480, end: 720}. `end` may be 1440. */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Working time per weekday, Sunday first (index 0 = Sunday … 6 = Saturday), as JavaScript's
 * getUTCDay(). An empty array is a non-working day; `undefined` means "as the base calendar".
 */
export type WeekPattern = ReadonlyArray<ReadonlyArray<TimeRange> | undefined>;

/** Dated exception: from `start` to `end` (inclusive, YYYY-MM-DD) the day has `ranges` (empty: not working). */
export interface CalendarException {
  readonly start: string;
  readonly end: string;
  readonly ranges: ReadonlyArray<TimeRange>;
  readonly name?: string;
}

/** A work week that replaces the default week from `start` to `end` (inclusive, YYYY-MM-DD). */
export interface WorkWeek {
  readonly start: string;
  readonly end: string;
  readonly week: WeekPattern;
  readonly name?: string;
}

export interface CalendarDefinition {
  readonly id: string;
  readonly name: string;
  /** The calendar this one derives from: days it leaves `undefined` and its exceptions come from there. */
  readonly baseId: string | null;
  readonly week: WeekPattern;
  readonly workWeeks: ReadonlyArray<WorkWeek>;
  readonly exceptions: ReadonlyArray<CalendarException>;
}
