// The rules a schedule's data must keep, checked before the engine runs.
import type { ScheduleTaskRow } from '../../db/tables.ts';
import { AppError, type FieldProblem } from '../errors.ts';
import type { ScheduleState } from './schedule-state.ts';

type TaskFields = Pick<ScheduleTaskRow, 'name' | 'calendarId' | 'constraintType' | 'constraintDate' | 'actualStart' | 'actualFinish' | 'manual' | 'manualStart' | 'manualFinish' | 'percentComplete'>;

export function checkTask(state: ScheduleState, task: TaskFields): void {
  const errors: FieldProblem[] = [];
  if (task.calendarId !== null && !state.calendars.some((c) => c.id === task.calendarId)) {
    errors.push({ path: 'calendarId', message: 'no calendar of this project has this id' });
  }
  if (task.constraintType !== 'ASAP' && task.constraintType !== 'ALAP' && task.constraintDate === null) {
    errors.push({ path: 'constraintDate', message: `a ${task.constraintType} constraint needs a date` });
  }
  if (task.actualFinish !== null && task.actualStart === null) errors.push({ path: 'actualStart', message: 'a task that finished must have started' });
  if (task.actualFinish !== null && task.actualStart !== null && task.actualFinish < task.actualStart) errors.push({ path: 'actualFinish', message: `must be on or after the actual start (${task.actualStart})` });
  if (task.manual === 1 && (task.manualStart === null || task.manualFinish === null)) errors.push({ path: 'start', message: 'a manually scheduled task needs a start and a finish' });
  if (task.manualStart !== null && task.manualFinish !== null && task.manualFinish < task.manualStart) errors.push({ path: 'finish', message: 'must be on or after start' });
  if (errors.length > 0) {
    throw new AppError('validation_failed', `Task "${task.name}" is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`, { errors });
  }
}

/** The first task is at level 1 and no task is more than one level deeper than the one before it. */
export function checkOutline(tasks: ReadonlyArray<Pick<ScheduleTaskRow, 'name' | 'outlineLevel'>>): void {
  let previous = 0;
  for (const t of tasks) {
    if (t.outlineLevel > previous + 1) {
      throw new AppError('validation_failed', `Task "${t.name}" cannot be at outline level ${t.outlineLevel}: at most one level deeper than the task above it (${previous}).`, {
        errors: [{ path: 'outlineLevel', message: `at most ${previous + 1} here` }],
      });
    }
    previous = t.outlineLevel;
  }
}
