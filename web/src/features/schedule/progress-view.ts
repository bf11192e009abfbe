// Pure logic of recording progress on the schedule page, as MS Project's Update Tasks offers it:
// the dialog's form (percent complete, actual start and finish, remaining duration in days, and the
// status date they are measured at) from a task, the checks made before sending, the task update it
// sends (only what changed: the server fills in the rest as MS Project does, e.g. the actual start
// of a task given progress), where the server's field errors go, and what a save that changed both
// the task and the status date moved.
import type { FieldProblem } from '../../api/api-problem.ts';
import type { Schedule, ScheduleChange, ScheduleTask, ScheduleTaskUpdate } from '../../api/types.ts';
import { daysToMinutes, minutesToDays } from './schedule-view.ts';

export interface ProgressForm {
  percent: number | string;
  /** `YYYY-MM-DDTHH:MM`, or '' for none. */
  actualStart: string;
  actualFinish: string;
  /** Working days, or '' to let the remaining follow the percent. */
  remainingDays: number | string;
  statusDate: string;
}

export type ProgressField = 'percent' | 'actualStart' | 'actualFinish' | 'remainingDays' | 'statusDate';
export type ProgressProblems = Partial<Record<ProgressField, string>>;

/** Working minutes per day of the task's duration (elapsed durations count whole days). */
const perDayOf = (task: ScheduleTask, schedule: Schedule): number => (task.durationElapsed ? 1440 : schedule.settings.minutesPerDay);

export function progressFormOf(task: ScheduleTask, schedule: Schedule): ProgressForm {
  return {
    percent: task.percentComplete,
    actualStart: task.actualStart ?? '',
    actualFinish: task.actualFinish ?? '',
    remainingDays: task.remainingMinutes === null ? '' : minutesToDays(task.remainingMinutes, perDayOf(task, schedule)),
    statusDate: schedule.settings.statusDate ?? '',
  };
}

const numberOf = (value: number | string): number | null => {
  if (typeof value === 'number') return value;
  if (value.trim() === '') return null;
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) ? n : NaN;
};

/** What is wrong with the form before anything is sent, by field. */
export function progressProblems(form: ProgressForm): ProgressProblems {
  const problems: ProgressProblems = {};
  const percent = numberOf(form.percent);
  if (percent === null || !Number.isInteger(percent) || percent < 0 || percent > 100) problems.percent = 'Give a whole percent from 0 to 100.';
  const remaining = numberOf(form.remainingDays);
  if (remaining !== null && (Number.isNaN(remaining) || remaining < 0)) problems.remainingDays = 'Give the working days left (0 or more), or leave it empty.';
  else if (remaining !== null && remaining > 0 && percent === 100) problems.remainingDays = 'A task at 100 % has nothing left: lower its percent complete, or clear this.';
  if (form.actualStart && form.actualFinish && form.actualFinish < form.actualStart) problems.actualFinish = 'The actual finish is before the actual start.';
  else if (form.actualFinish && percent !== null && percent < 100) problems.actualFinish = 'A task with an actual finish is 100 % complete: set 100 %, or clear the actual finish.';
  return problems;
}

/** The task update for what the manager changed in the form; empty when nothing did. */
export function progressUpdate(task: ScheduleTask, schedule: Schedule, form: ProgressForm): ScheduleTaskUpdate {
  const was = progressFormOf(task, schedule);
  const patch: ScheduleTaskUpdate = {};
  const percent = numberOf(form.percent);
  if (percent !== null && percent !== task.percentComplete) patch.percentComplete = percent;
  if (form.actualStart !== was.actualStart) patch.actualStart = form.actualStart || null;
  if (form.actualFinish !== was.actualFinish) patch.actualFinish = form.actualFinish || null;
  const remaining = numberOf(form.remainingDays);
  if (String(form.remainingDays) !== String(was.remainingDays)) patch.remainingMinutes = remaining === null ? null : daysToMinutes(remaining, perDayOf(task, schedule));
  return patch;
}

/** The status date to save, or undefined when the form leaves it as it is. */
export function statusDateChange(schedule: Schedule, form: ProgressForm): string | null | undefined {
  const was = schedule.settings.statusDate ?? '';
  return form.statusDate === was ? undefined : form.statusDate || null;
}

/** What an empty remaining duration stands for: the part of the duration the percent leaves. */
export function remainingHint(task: ScheduleTask, schedule: Schedule, form: ProgressForm): string {
  const percent = numberOf(form.percent);
  if (percent === null || Number.isNaN(percent)) return '';
  const left = task.durationMinutes * (1 - Math.min(100, Math.max(0, percent)) / 100);
  return `${minutesToDays(left, perDayOf(task, schedule))}`;
}

const FIELD_OF_PATH: Record<string, ProgressField> = { percentComplete: 'percent', actualStart: 'actualStart', actualFinish: 'actualFinish', remainingMinutes: 'remainingDays', statusDate: 'statusDate' };

/** The server's field errors on the dialog's fields ("must be on or after …" → "Must be on or after …."). */
export function problemsFromServer(errors: readonly FieldProblem[]): ProgressProblems {
  const problems: ProgressProblems = {};
  for (const { path, message } of errors) {
    const field = FIELD_OF_PATH[path.replace(/^body\./, '')];
    if (!field || problems[field]) continue;
    const text = message.trim();
    problems[field] = `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
  }
  return problems;
}

type Moved = ScheduleChange['moved'][number];

/** The tasks two changes in a row moved, each once: from where the first found it to where the last left it. */
export function movedByBoth(first: readonly Moved[], second: readonly Moved[]): Moved[] {
  const byTask = new Map<string, Moved>();
  for (const m of [...first, ...second]) {
    const earlier = byTask.get(m.taskId);
    byTask.set(m.taskId, earlier ? { ...m, startBefore: earlier.startBefore, finishBefore: earlier.finishBefore } : m);
  }
  return [...byTask.values()].filter((m) => m.startBefore !== m.startAfter || m.finishBefore !== m.finishAfter);
}
