// Elapsed durations the writer lost. MPXJ's reader of MS Project 98 files (and others) can leave a
// task's duration units out altogether, so an elapsed duration ("7ed") arrives as plain minutes and
// would be read as working time (7 × 24 h = 21 working days). MS Project scheduled such a task over
// wall time, so its stored start→finish span is exactly its duration, while the working time between
// those dates on the calendars it works on is not; that shape betrays the elapsed units.
import type { CalendarCombination } from '../../core/calendar/day-ranges.ts';
import { CalendarHasNoWorkingTime, WorkCalendar } from '../../core/calendar/work-calendar.ts';
import type { CalendarDefinition } from '../../core/calendar/calendar-types.ts';
import type { TaskInput } from '../../core/schedule/schedule-types.ts';

/**
 * The tasks, with those in `unitless` (UIDs of tasks written without any duration units) marked
 * elapsed when their stored span is their duration in wall minutes but not in working minutes.
 * Run after resource calendars are attached: a task's work follows its resources' calendars.
 */
export function withInferredElapsed(
  tasks: ReadonlyArray<TaskInput>,
  unitless: ReadonlySet<number>,
  calendars: ReadonlyArray<CalendarDefinition>,
  projectCalendarId: string,
): TaskInput[] {
  const built = new Map<string, WorkCalendar>();
  const calendarOf = (task: TaskInput, around: number): WorkCalendar => {
    const resources = task.resourceCalendarIds ?? [];
    const id: string | CalendarCombination = resources.length > 0 ? { anyOf: resources, within: task.calendarId } : (task.calendarId ?? projectCalendarId);
    const key = JSON.stringify(id);
    let calendar = built.get(key);
    if (!calendar) built.set(key, (calendar = new WorkCalendar(id, calendars, around)));
    return calendar;
  };
  return tasks.map((task) => (unitless.has(task.uid) && spansElapsed(task, calendarOf) ? { ...task, elapsed: true } : task));
}

function spansElapsed(task: TaskInput, calendarOf: (task: TaskInput, around: number) => WorkCalendar): boolean {
  const { start, finish, duration } = task;
  if (task.elapsed || task.summary || task.milestone || duration <= 0 || start === null || finish === null) return false;
  // Cheap test first: only a span of exactly the duration in wall minutes can be elapsed.
  if (finish - start !== duration) return false;
  try {
    return calendarOf(task, start).workingBetween(start, finish) !== duration;
  } catch (error) {
    // Resources that never work within the task's own calendar: the engine falls back to that
    // calendar (pass-state.ts); nothing here proves the units elapsed, so the task keeps them.
    if (error instanceof CalendarHasNoWorkingTime) return false;
    throw error;
  }
}
