// Which calendars a task's work follows. MS Project schedules the work of a task with work
// resources assigned on those resources' calendars (when any of them works, and within the task's
// own calendar if it has one), not on the project calendar; only a task with a calendar of its own
// that is set to ignore resource calendars keeps to that calendar alone.
import type { TaskInput } from '../../core/schedule/schedule-types.ts';
import type { ImportedAssignment, ImportedResource, ImportedTaskDetail } from '../imported-project.ts';

/**
 * The tasks, each with the calendars of the work resources assigned to it (`resourceCalendarIds`).
 * A resource without a calendar of its own works on the project calendar. Summary tasks keep their
 * span from their children and are left as they are.
 */
export function withResourceCalendars(
  tasks: ReadonlyArray<TaskInput>,
  resources: ReadonlyArray<ImportedResource>,
  assignments: ReadonlyArray<ImportedAssignment>,
  details: ReadonlyMap<number, ImportedTaskDetail>,
  projectCalendarId: string,
): TaskInput[] {
  const calendarOfResource = new Map<number, string>();
  // UID 0 is MS Project's hidden placeholder resource, not a resource anyone is assigned.
  for (const r of resources) if (r.kind === 'work' && r.uid !== 0) calendarOfResource.set(r.uid, r.calendarId ?? projectCalendarId);
  const byTask = new Map<number, string[]>();
  for (const a of assignments) {
    const calendar = calendarOfResource.get(a.resourceUid);
    if (calendar === undefined) continue;
    const list = byTask.get(a.taskUid);
    if (list) list.push(calendar);
    else byTask.set(a.taskUid, [calendar]);
  }
  return tasks.map((task) => {
    const calendars = byTask.get(task.uid);
    if (!calendars || task.summary) return task;
    if (task.calendarId !== null && details.get(task.uid)?.ignoreResourceCalendar === true) return task;
    return { ...task, resourceCalendarIds: [...new Set(calendars)] };
  });
}
