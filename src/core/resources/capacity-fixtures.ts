// Small worlds for the capacity tests: the standard calendar, a copy of it with a holiday, a
// part-time one, and helpers that name days and hours of the week of Monday 2 March 2026.
import type { CalendarDefinition } from '../calendar/calendar-types.ts';
import { standardCalendar } from '../calendar/standard-calendar.ts';
import { dayFromIsoDate, MINUTES_PER_DAY } from '../calendar/wall-time.ts';
import type { AssignmentInput } from './resource-types.ts';

export const MONDAY = dayFromIsoDate('2026-03-02');

/** Wall minutes of `hour`:00 on the day `day` days after Monday 2 March 2026. */
export const at = (day: number, hour: number): number => (MONDAY + day) * MINUTES_PER_DAY + hour * 60;

export const STANDARD = standardCalendar();
/** Standard, with Wednesday 4 March 2026 a holiday. */
export const WITH_HOLIDAY: CalendarDefinition = { id: 'holiday', name: 'Standard with a holiday', baseId: 'standard', week: [], workWeeks: [], exceptions: [{ start: '2026-03-04', end: '2026-03-04', ranges: [], name: 'Holiday' }] };
const MORNING = [{ start: 8 * 60, end: 12 * 60 }];
/** Mornings only, Monday to Friday. */
export const PART_TIME: CalendarDefinition = { id: 'part-time', name: 'Mornings', baseId: null, week: [[], MORNING, MORNING, MORNING, MORNING, MORNING, []], workWeeks: [], exceptions: [] };
export const CALENDARS = [STANDARD, WITH_HOLIDAY, PART_TIME];

let serial = 0;
/** An assignment of `resourceId` with defaults for what a test does not care about. */
export function assignment(resourceId: string, fields: Partial<AssignmentInput> & Pick<AssignmentInput, 'start' | 'finish'>): AssignmentInput {
  serial++;
  return { id: `A${serial}`, resourceId, taskId: `T${serial}`, projectId: 'P1', ...fields };
}
