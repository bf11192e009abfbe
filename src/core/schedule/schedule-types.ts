// The schedule engine's input and output. Instants are "wall minutes": minutes since
// 1970-01-01T00:00 in the project's own local time (no time zone, no daylight saving), so
// 2026-03-02T08:00 is Date.UTC(2026, 2, 2, 8, 0) / 60000. Durations are minutes.
import type { CalendarDefinition } from '../calendar/calendar-types.ts';

export type ConstraintType = 'ASAP' | 'ALAP' | 'SNET' | 'SNLT' | 'FNET' | 'FNLT' | 'MSO' | 'MFO';
export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

/**
 * A pause in a split task's work: after `work` working minutes of the task's work, `length`
 * working minutes (of the task's calendar, or wall minutes when the task is elapsed) without work.
 */
export interface SplitGap {
  readonly work: number;
  readonly length: number;
}

export interface TaskInput {
  /** Stable identifier (MS Project's UniqueID). */
  readonly uid: number;
  /** Row number (MS Project's ID). */
  readonly id: number;
  readonly name: string;
  /** 1 for top-level tasks; a summary task's children follow it with a deeper level. */
  readonly outlineLevel: number;
  readonly summary: boolean;
  readonly milestone: boolean;
  /** Manually scheduled: keeps `start`/`finish` as the user set them. */
  readonly manual: boolean;
  /**
   * The duration is an estimate (MS Project's "3 days?"), or a manually scheduled task's dates are
   * text placeholders ("TBD"). MS Project keeps such a manual task off the critical path unless it is linked.
   */
  readonly estimated: boolean;
  /** Working minutes on the task's calendar; wall minutes when `elapsed`. */
  readonly duration: number;
  readonly elapsed: boolean;
  /** null: the project calendar. */
  readonly calendarId: string | null;
  /**
   * Calendars of the work resources assigned to the task, if any. MS Project lays such a task's
   * duration on its resources' working time: when any of them works, and within the task's own
   * calendar when it has one. Leave it out (or empty) for a task that ignores resource calendars.
   */
  readonly resourceCalendarIds?: ReadonlyArray<string>;
  readonly constraintType: ConstraintType;
  readonly constraintDate: number | null;
  readonly deadline: number | null;
  /** Progress. */
  readonly actualStart: number | null;
  readonly actualFinish: number | null;
  readonly percentComplete: number;
  readonly remainingDuration: number | null;
  /** Dates as stored in the file (used for manually scheduled tasks). */
  readonly start: number | null;
  readonly finish: number | null;
  /** Inactive tasks take no part in the schedule. */
  readonly active: boolean;
  /**
   * A split task's pauses, in order (absent or empty: not split). MS Project moves a split task
   * as a whole, pauses included, so its finish lies their length after start + duration.
   */
  readonly splitGaps?: ReadonlyArray<SplitGap>;
  /**
   * Leveling delay (absent or 0: none): MS Project starts the task this long after the start its
   * links and constraints allow; its late dates do not move. Working minutes of the task's
   * calendar, or wall minutes when `levelingDelayElapsed` (MS Project's default unit, "edays").
   */
  readonly levelingDelay?: number;
  readonly levelingDelayElapsed?: boolean;
  /** MS Project's task priority, 0–1000 (absent: 500). The scheduler ignores it; resource levelling orders by it. */
  readonly priority?: number;
}

export interface LinkInput {
  readonly predecessorUid: number;
  readonly successorUid: number;
  readonly type: LinkType;
  /** Lag in minutes (negative: lead): working minutes, or wall minutes when `lagElapsed`. Ignored when `lagPercent` is set. */
  readonly lag: number;
  readonly lagElapsed: boolean;
  /** A lag given as a percentage of the predecessor's duration (50 = half), or null. */
  readonly lagPercent: number | null;
}

export interface ScheduleInput {
  readonly scheduleFromStart: boolean;
  /** Project start (forward scheduling) and finish (backward scheduling), in wall minutes. */
  readonly projectStart: number;
  readonly projectFinish: number | null;
  readonly statusDate: number | null;
  readonly calendars: ReadonlyArray<CalendarDefinition>;
  readonly projectCalendarId: string;
  readonly minutesPerDay: number;
  readonly minutesPerWeek: number;
  readonly daysPerMonth: number;
  /** Tasks in outline order (as MS Project lists them). */
  readonly tasks: ReadonlyArray<TaskInput>;
  readonly links: ReadonlyArray<LinkInput>;
}

export interface TaskSchedule {
  readonly uid: number;
  readonly start: number;
  readonly finish: number;
  readonly earlyStart: number;
  readonly earlyFinish: number;
  readonly lateStart: number;
  readonly lateFinish: number;
  /** Working minutes on the task's calendar; negative when a constraint or deadline is missed. */
  readonly totalSlack: number;
  readonly freeSlack: number;
  readonly critical: boolean;
}

export type ScheduleResult =
  | { readonly ok: true; readonly tasks: ReadonlyArray<TaskSchedule>; readonly projectStart: number; readonly projectFinish: number }
  | { readonly ok: false; readonly error: 'cycle'; readonly cycle: ReadonlyArray<number>; readonly message: string };
