// Progress as a project manager records it, the way MS Project's Update Tasks keeps it consistent:
// percent complete, actual start and finish, remaining duration. A task said to be partly done has
// started (on its scheduled start unless told otherwise), one said to be done has finished (on its
// scheduled finish unless told otherwise), an actual finish makes it 100 %, and a remaining
// duration re-estimates the task: its duration becomes the part done (duration × percent) plus
// what remains, as MS Project's "Duration = Actual Duration + Remaining Duration". A new percent
// without a remaining duration lets the remaining follow the percent again. Summary tasks roll up
// from their children, so progress is recorded on those.
//
// "Scheduled" is where the plan has the task now, except for a task not yet started: the engine
// plans work not yet done after the status date, so such a task sits there until its progress is
// recorded, and the dates it was due on are the ones the plan gives it without that push.
//
// Percent complete stays the manager's figure (earned value uses it); the engine schedules the
// unfinished part after the project's status date (settings.statusDate).
import type { ScheduleTaskUpdate } from '../../contracts/schedule.schema.ts';
import type { ScheduleTaskRow } from '../../db/tables.ts';
import { AppError } from '../errors.ts';
import { computeSchedule } from './reschedule.ts';
import { findTask } from './schedule-edits.ts';
import { summaryFlags, type ScheduleState } from './schedule-state.ts';

type ProgressTask = Pick<ScheduleTaskRow, 'name' | 'start' | 'finish' | 'durationMinutes' | 'percentComplete' | 'actualStart' | 'actualFinish'>;

const PROGRESS_FIELDS = ['percentComplete', 'remainingMinutes', 'actualStart', 'actualFinish'] as const;

const refuse = (task: ProgressTask, path: string, message: string): AppError =>
  new AppError('validation_failed', `Task "${task.name}": ${message}`, { errors: [{ path, message }] });

/** `input` for the task `taskId` of `state`, with the progress fields MS Project would fill in. */
export function progressUpdate(state: ScheduleState, taskId: string, input: ScheduleTaskUpdate): ScheduleTaskUpdate {
  if (!PROGRESS_FIELDS.some((field) => input[field] !== undefined)) return input;
  const task = findTask(state, taskId);
  const summary = summaryFlags(state.tasks)[state.tasks.indexOf(task)] ?? false;
  const planned = state.settings.statusDate === null || summary || task.actualStart !== null ? task : findTask(computeSchedule({ ...state, settings: { ...state.settings, statusDate: null } }).state, taskId);
  return withProgressRules({ ...task, start: planned.start, finish: planned.finish }, summary, input);
}

/**
 * The task update with the progress fields MS Project would fill in, `task` carrying its scheduled
 * start and finish. An update that touches no
 * progress field comes back as it is.
 *
 * @example
 * // Build (5d, scheduled from 2 March 08:00) marked half done:
 * withProgressRules(build, false, { percentComplete: 50 })
 * // → { percentComplete: 50, remainingMinutes: null, actualStart: '2026-03-02T08:00' }
 */
export function withProgressRules(task: ProgressTask, summary: boolean, input: ScheduleTaskUpdate): ScheduleTaskUpdate {
  const touched = PROGRESS_FIELDS.filter((field) => input[field] !== undefined);
  if (touched.length === 0) return input;
  if (summary) throw refuse(task, touched[0]!, 'a summary task’s progress rolls up from the tasks under it: record progress on those tasks.');
  const out: ScheduleTaskUpdate = { ...input };
  const given = (field: (typeof PROGRESS_FIELDS)[number]) => input[field] !== undefined;

  // What the other fields say about percent complete when it is not given.
  if (!given('percentComplete')) {
    if (input.actualFinish) out.percentComplete = 100;
    else if (input.actualStart === null) out.percentComplete = 0;
    else if (input.remainingMinutes === 0) out.percentComplete = 100;
  }
  const percent = out.percentComplete ?? task.percentComplete;
  const percentSet = out.percentComplete !== undefined;

  if (input.remainingMinutes !== undefined && input.remainingMinutes !== null && input.remainingMinutes > 0) {
    if (percent === 100) throw refuse(task, 'remainingMinutes', 'a task that is 100 % complete has no remaining duration: lower its percent complete as well.');
    out.durationMinutes = Math.round(((input.durationMinutes ?? task.durationMinutes) * percent) / 100) + input.remainingMinutes;
  } else if (percentSet && !given('remainingMinutes')) {
    out.remainingMinutes = null;
  }

  const actualStart = given('actualStart') ? input.actualStart! : task.actualStart;
  if (percent > 0 && actualStart === null) {
    if (given('actualStart')) throw refuse(task, 'actualStart', 'a task with progress has started: give its actual start, or set its percent complete to 0.');
    if (task.start === null) throw refuse(task, 'actualStart', 'the task has no scheduled start yet: give its actual start.');
    out.actualStart = task.start;
  } else if (percentSet && percent === 0 && !given('actualStart') && task.actualStart !== null) {
    out.actualStart = null;
  }

  const actualFinish = given('actualFinish') ? input.actualFinish! : task.actualFinish;
  if (input.actualFinish && percent < 100) throw refuse(task, 'actualFinish', `a task with an actual finish is 100 % complete: set 100 % rather than ${percent} %, or leave the actual finish empty.`);
  if (percentSet && percent === 100 && actualFinish === null) {
    if (given('actualFinish')) throw refuse(task, 'actualFinish', 'a task that is 100 % complete has finished: give its actual finish, or lower its percent complete.');
    const start = out.actualStart !== undefined ? out.actualStart : task.actualStart;
    if (task.finish === null || (start !== null && task.finish < start)) throw refuse(task, 'actualFinish', task.finish === null ? 'the task has no scheduled finish yet: give its actual finish.' : `give its actual finish: the scheduled finish (${task.finish}) is before the actual start (${start}).`);
    out.actualFinish = task.finish;
  } else if (percentSet && percent < 100 && !given('actualFinish') && task.actualFinish !== null) {
    out.actualFinish = null;
  }
  return out;
}
