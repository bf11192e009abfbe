// Hours as people type them, into a timesheet cell or on the command line: `7.5`, `7,5`, `7:30`,
// `7h30`, `7h` and `45m` are all understood; nothing is no time. A cell holds at most a day
// (24 hours); anything else is not hours (null), and the caller says so.
import { MINUTES_PER_DAY } from './timesheet-grid.ts';

/**
 * Minutes of what was typed; 0 for nothing, null for text that is not hours (or more than a day).
 * @example parseHours('7:30') // 450
 */
export function parseHours(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  if (t === '') return 0;
  let minutes: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2}):(\d{2})$/.exec(t))) {
    if (Number(m[2]) >= 60) return null;
    minutes = Number(m[1]) * 60 + Number(m[2]);
  } else if ((m = /^(\d{1,2})h(?:(\d{1,2})(?:m|min)?)?$/.exec(t))) {
    const extra = Number(m[2] ?? 0);
    if (extra >= 60) return null;
    minutes = Number(m[1]) * 60 + extra;
  } else if ((m = /^(\d{1,4})(?:m|min)$/.exec(t))) {
    minutes = Number(m[1]);
  } else if ((m = /^(\d{0,2})(?:[.,](\d{1,3}))?$/.exec(t)) && (m[1] || m[2])) {
    minutes = Math.round(Number(`${m[1] || '0'}.${m[2] ?? '0'}`) * 60);
  } else {
    return null;
  }
  return minutes <= MINUTES_PER_DAY ? minutes : null;
}
