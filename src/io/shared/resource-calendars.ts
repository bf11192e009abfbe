// MS Project schedules the work of a task on the calendars of the resources doing it: a task with
// no calendar of its own, worked by one resource that takes Thursday off, finishes a day later.
// The readers record that calendar on the task (TaskInput.resourceCalendarId) for the engine.
import type { TaskInput } from '../../core/schedule/schedule-types.ts';
import type { ImportedAssignment, ImportedResource, ImportedTaskDetail } from '../imported-project.ts';

/**
 * The tasks, each automatically scheduled leaf without a calendar of its own given the calendar
 * its work resources share. A task with its own calendar keeps it (MS Project would intersect the
 * two unless told to ignore the resources'); one whose resources work to different calendars keeps
 * the project's (each assignment would need scheduling on its own).
 */
export function withResourceCalendars(
  tasks: ReadonlyArray<TaskInput>,
  resources: ReadonlyArray<ImportedResource>,
  assignments: ReadonlyArray<ImportedAssignment>,
  details: ReadonlyMap<number, ImportedTaskDetail>,
): TaskInput[] {
  const calendarOfResource = new Map<number, string>();
  // UID 0 is MS Project's unnamed placeholder resource (and where an assignment without one points).
  for (const r of resources) if (r.uid > 0 && r.kind === 'work' && r.calendarId !== null) calendarOfResource.set(r.uid, r.calendarId);
  // task uid → the one calendar its work resources share, or null when they differ.
  const shared = new Map<number, string | null>();
  for (const a of assignments) {
    const calendarId = calendarOfResource.get(a.resourceUid);
    if (calendarId === undefined || !(a.units > 0)) continue;
    const seen = shared.get(a.taskUid);
    shared.set(a.taskUid, seen === undefined || seen === calendarId ? calendarId : null);
  }
  return tasks.map((task) => {
    const calendarId = shared.get(task.uid);
    const onResources = calendarId != null && task.calendarId === null && !task.summary && !task.manual && details.get(task.uid)?.ignoreResourceCalendar !== true;
    return onResources ? { ...task, resourceCalendarId: calendarId } : task;
  });
}
