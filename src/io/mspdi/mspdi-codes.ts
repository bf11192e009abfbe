// The number codes and text forms MSPDI uses, confirmed against MPXJ's MSPDIReader/DatatypeConverter
// and the oracle files: duration and lag formats, constraints, link types, xsd:duration values.
import type { ConstraintType, LinkType } from '../../core/schedule/schedule-types.ts';
import type { TaskType } from '../imported-project.ts';

/**
 * DurationFormat / LagFormat codes. 3 m, 4 em, 5 h, 6 eh, 7 d, 8 ed, 9 w, 10 ew, 11 mo, 12 emo,
 * 19 %, 20 e%, 21 "not set" (project summary), 35–44 and 51–52 the same units marked estimated
 * ("?"), 53 d (new tasks, Project 2010+). Elapsed units count wall-clock time (24 h days, 7-day weeks).
 */
const ELAPSED_FORMATS = new Set([4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52]);
const PERCENT_FORMATS = new Set([19, 20, 51, 52]);

export function isElapsedFormat(code: number | null): boolean {
  return code !== null && ELAPSED_FORMATS.has(code);
}

export function isPercentFormat(code: number | null): boolean {
  return code !== null && PERCENT_FORMATS.has(code);
}

/**
 * A percentage lag's <LinkLag> is the percentage itself (50 = 50 % of the predecessor's duration),
 * not tenths of a minute like time lags, as MPXJ reads and writes it (MSPDIReader.readPredecessor;
 * MPP files store the same raw number). No oracle file carries a percentage lag to confirm it.
 */
export const PERCENT_LAG_SCALE = 1;

/** Time lags, slack and leveling delay are stored in tenths of a minute. */
export const TENTHS_PER_MINUTE = 10;

const CONSTRAINTS: ReadonlyArray<ConstraintType> = ['ASAP', 'ALAP', 'MSO', 'MFO', 'SNET', 'SNLT', 'FNET', 'FNLT'];

export function constraintOf(code: number | null): ConstraintType | null {
  return CONSTRAINTS[code ?? 0] ?? null;
}

const LINK_TYPES: ReadonlyArray<LinkType> = ['FF', 'FS', 'SF', 'SS'];

export function linkTypeOf(code: number | null): LinkType | null {
  return LINK_TYPES[code ?? 1] ?? null;
}

const TASK_TYPES: ReadonlyArray<TaskType> = ['fixed-units', 'fixed-duration', 'fixed-work'];

export function taskTypeOf(code: number | null): TaskType {
  return TASK_TYPES[code ?? 0] ?? 'fixed-units';
}

const ISO_DURATION =
  /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * An xsd:duration in minutes. MS Project writes hours, minutes and seconds only (PT8H0M0S: working
 * hours, or wall-clock hours for an elapsed format), which convert exactly. Day, week, month and
 * year parts (written by other tools) count working days of `minutesPerDay`, 5-day weeks and
 * months of `daysPerMonth` days, as MPXJ converts them. Null when malformed.
 */
export function parseIsoDuration(text: string, minutesPerDay: number, daysPerMonth: number): number | null {
  const m = ISO_DURATION.exec(text.trim());
  if (m === null || m.slice(2).every((part) => part === undefined)) return null;
  const part = (i: number): number => (m[i] === undefined ? 0 : Number(m[i]));
  const days = part(5) + part(4) * 5 + (part(3) + part(2) * 12) * daysPerMonth;
  const minutes = days * minutesPerDay + part(6) * 60 + part(7) + part(8) / 60;
  const rounded = Math.round(minutes * 1e6) / 1e6;
  return m[1] === '-' ? -rounded : rounded;
}
