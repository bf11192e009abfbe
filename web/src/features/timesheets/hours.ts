// Hours as the grid reads and shows them: what people type is read by the core's parseHours (the
// command line reads it the same way); a cell shows h:mm, and nothing for no time.
export { parseHours } from '../../../../src/core/timesheets/typed-hours.ts';

/** `7:30` for 450 minutes; nothing for none. */
export const formatHours = (minutes: number): string => (minutes === 0 ? '' : `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`);

/** `7:30` for 450 minutes, `0:00` for none: for totals. */
export const formatTotal = (minutes: number): string => formatHours(minutes) || '0:00';
