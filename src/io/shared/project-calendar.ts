// Every schedule needs a project calendar. Files name one; when the name points nowhere, fall back
// as MS Project and MPXJ do: to the first base calendar, or to MS Project's default "Standard".
import type { CalendarDefinition } from '../../core/calendar/calendar-types.ts';

const STANDARD_DAY = [
  { start: 480, end: 720 },
  { start: 780, end: 1020 },
];

/** MS Project's built-in Standard calendar: Monday–Friday 08:00–12:00 and 13:00–17:00. */
export function standardCalendar(id: string): CalendarDefinition {
  return { id, name: 'Standard', baseId: null, week: [[], STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, []], workWeeks: [], exceptions: [] };
}

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
