// A project's schedule: its calendars, tasks, links and baselines.
import type { Generated } from 'kysely';

export interface ProjectSchedulesTable {
  projectId: string;
  calendarId: string;
  scheduleFrom: string;
  start: string;
  finish: string | null;
  statusDate: string | null;
  minutesPerDay: number;
  minutesPerWeek: number;
  daysPerMonth: number;
  /** 1: approved timesheet hours move the tasks' percent complete (actual against planned work). */
  progressFromTimesheets: Generated<number>;
  computedStart: string | null;
  computedFinish: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ScheduleCalendarsTable {
  id: string;
  projectId: string;
  name: string;
  baseCalendarId: string | null;
  definitionJson: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ScheduleTasksTable {
  id: string;
  projectId: string;
  uid: number;
  position: number;
  outlineLevel: number;
  name: string;
  milestone: number;
  manual: number;
  active: number;
  /** 1 when the duration is an estimate ("3 days?"). */
  estimated: number;
  durationMinutes: number;
  durationElapsed: number;
  calendarId: string | null;
  /** JSON array of the project's calendar ids: the calendars of the task's work resources; null: none. */
  resourceCalendarIdsJson: string | null;
  /** MS Project's leveling delay: working minutes, or wall minutes when elapsed (the default, "edays"). */
  levelingDelayMinutes: Generated<number>;
  levelingDelayElapsed: Generated<number>;
  /** JSON array of a split task's pauses, `{ workMinutes, lengthMinutes }` in order; null: not split. */
  splitGapsJson: string | null;
  constraintType: string;
  constraintDate: string | null;
  deadline: string | null;
  actualStart: string | null;
  actualFinish: string | null;
  percentComplete: number;
  remainingMinutes: number | null;
  /** MS Project's task priority, 0–1000 (500 by default; 1000 = do not level): levelling's order after project priority. */
  priority: Generated<number>;
  manualStart: string | null;
  manualFinish: string | null;
  start: string | null;
  finish: string | null;
  earlyStart: string | null;
  earlyFinish: string | null;
  lateStart: string | null;
  lateFinish: string | null;
  totalSlack: number | null;
  freeSlack: number | null;
  critical: number;
  /** Approved timesheet minutes booked on the task (added when a timesheet is approved). */
  actualWorkMinutes: Generated<number>;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ScheduleLinksTable {
  id: string;
  projectId: string;
  predecessorId: string;
  successorId: string;
  type: string;
  lagMinutes: number;
  lagElapsed: number;
  lagPercent: number | null;
  createdAt: string;
  /** Null until the link is first changed. */
  updatedAt: string | null;
  version: number;
}

export interface ScheduleBaselinesTable {
  projectId: string;
  number: number;
  name: string;
  savedAt: string;
  savedBy: string | null;
  tasksJson: string;
}
