// MS Project's task priority as both file formats carry it (MSPDI <Priority>, MPXJ JSON "priority").
import type { TaskInput } from '../../core/schedule/schedule-types.ts';

/** A task's priority, 0–1000, kept only when it is not MS Project's default 500 (nothing for a value out of range). */
export function priorityOf(priority: number | null | undefined): Pick<TaskInput, 'priority'> {
  return priority === null || priority === undefined || priority === 500 || !(priority >= 0 && priority <= 1000) ? {} : { priority: Math.round(priority) };
}
