// MS Project's "Standard" calendar: Monday to Friday, 08:00–12:00 and 13:00–17:00.
import type { CalendarDefinition, TimeRange } from './calendar-types.ts';

export const STANDARD_DAY: ReadonlyArray<TimeRange> = [
  { start: 8 * 60, end: 12 * 60 },
  { start: 13 * 60, end: 17 * 60 },
];

export function standardCalendar(id = 'standard', name = 'Standard'): CalendarDefinition {
  return { id, name, baseId: null, week: [[], STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, STANDARD_DAY, []], workWeeks: [], exceptions: [] };
}
