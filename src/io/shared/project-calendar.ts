// Every schedule needs a project calendar. Files name one; when the name points nowhere, fall back
// as MS Project and MPXJ do: to the first base calendar, or to MS Project's default "Standard".
import type { CalendarDefinition } from '../../core/calendar/calendar-types.ts';
import { standardCalendar } from '../../core/calendar/standard-calendar.ts';
import type { TaskInput } from '../../core/schedule/schedule-types.ts';
import { earliest } from './numbers.ts';

export function resolveProjectCalendar(
  calendars: ReadonlyArray<CalendarDefinition>,
  wanted: string | null,
  warnings: string[],
): { readonly calendars: ReadonlyArray<CalendarDefinition>; readonly projectCalendarId: string } {
  if (wanted !== null && calendars.some((c) => c.id === wanted)) return { calendars, projectCalendarId: wanted };
  const base = calendars.find((c) => c.baseId === null);
  if (base !== undefined) {
    warnings.push(`The project calendar ${wanted ?? '(not named)'} is not in the file; calendar ${base.id} (${base.name}) is used.`);
    return { calendars, projectCalendarId: base.id };
  }
  let id = 'standard';
  while (calendars.some((c) => c.id === id)) id += '_';
  warnings.push(`The file has no usable base calendar; MS Project's default Standard calendar (Monday–Friday 08:00–17:00) is assumed.`);
  return { calendars: [...calendars, standardCalendar(id)], projectCalendarId: id };
}

/**
 * The start the project was scheduled from: the stored start, unless MS Project's own project
 * summary task (UID 0) or a task that cannot start before the project (see `boundStart`) shows
 * an earlier one (a stored start can be stale: tools that write these files do not always update
 * it, and MPXJ reads Project 98's wrongly); without any, the earliest task start.
 */
export function projectStartOf(stored: number | null, summaryStart: number | null, tasks: ReadonlyArray<TaskInput>): number | null {
  return earliest([stored, summaryStart, earliest(tasks.map(boundStart))]) ?? earliest(tasks.map((t) => t.start));
}

/**
 * The stored start of a task MS Project never schedules before the project start: automatic,
 * active, not started, and held only by constraints that push later (ASAP, SNET, FNET); else null.
 */
function boundStart(task: TaskInput): number | null {
  const pushesLater = task.constraintType === 'ASAP' || task.constraintType === 'SNET' || task.constraintType === 'FNET';
  return pushesLater && task.active && !task.manual && !task.summary && task.actualStart === null ? task.start : null;
}

/** A task's calendar by file UID, or null (the project calendar) with a warning when the file lacks it. */
export function taskCalendarId(calendarUid: number | null, calendarIds: ReadonlySet<string>, where: string, warnings: string[]): string | null {
  if (calendarUid === null || calendarUid < 0) return null;
  const id = String(calendarUid);
  if (calendarIds.has(id)) return id;
  warnings.push(`${where} uses calendar ${calendarUid}, which is not in the file; the project calendar is used.`);
  return null;
}
