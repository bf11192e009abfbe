// Engine values to the text forms MSPDI stores (local date-times, times of day, xsd:durations,
// 0/1 flags, number codes), each the exact inverse of what the MSPDI reader parses.
import type { ConstraintType, LinkType } from '../../core/schedule/schedule-types.ts';
import type { TaskType } from '../imported-project.ts';
import { constraintOf, linkTypeOf, taskTypeOf } from './mspdi-codes.ts';

/** A built element: child elements by name in schema order; a list repeats the element. */
export interface XmlOut {
  [name: string]: string | XmlOut | XmlOut[] | undefined;
}

/** DurationFormat / LagFormat codes the writer uses (the reader's table is in mspdi-codes.ts). */
export const FORMAT_DAYS = 7;
export const FORMAT_ELAPSED_DAYS = 8;
export const FORMAT_PERCENT = 19;
export const FORMAT_ELAPSED_PERCENT = 20;

export function durationFormat(elapsed: boolean): number {
  return elapsed ? FORMAT_ELAPSED_DAYS : FORMAT_DAYS;
}

export function lagFormat(elapsed: boolean, percent: boolean): number {
  return percent ? (elapsed ? FORMAT_ELAPSED_PERCENT : FORMAT_PERCENT) : durationFormat(elapsed);
}

export function flag(value: boolean): string {
  return value ? '1' : '0';
}

/** A decimal field (assignment <Units>): the shortest text that reads back to the same number, without an exponent. */
export function decimal(value: number): string {
  const text = String(value);
  return /e/i.test(text) && Math.abs(value) < 1 ? value.toFixed(20).replace(/\.?0+$/, '') : text;
}

/**
 * MSPDI's integer fields (lags and slack in tenths of a minute, minutes per day, percentages): a
 * fraction would make the file invalid for MS Project, which itself only holds whole values there.
 */
export function whole(value: number): string {
  return String(Math.round(value));
}

/** A whole percentage that stays on the same side of 0 % and 100 %: "started" and "finished" mean what they meant. */
export function wholePercent(value: number): string {
  const rounded = Math.round(value);
  if (rounded >= 100 && value < 100) return '99';
  if (rounded <= 0 && value > 0) return '1';
  return String(rounded);
}

/** Wall minutes as a local date-time, `2026-03-02T08:00:00`. */
export function dateTime(minutes: number): string {
  return new Date(Math.round(minutes * 60) * 1000).toISOString().slice(0, 19);
}

export function optionalDateTime(minutes: number | null): string | undefined {
  return minutes === null ? undefined : dateTime(minutes);
}

/** The first and last instant MS Project writes for a YYYY-MM-DD day in a <TimePeriod>. */
export function dayStart(day: string): string {
  return `${day}T00:00:00`;
}

export function dayEnd(day: string): string {
  return `${day}T23:59:00`;
}

/** Minutes from midnight as `08:30:00`; the end of the day (1440) is written `00:00:00`, as MS Project does. */
export function timeOfDay(minutes: number): string {
  const m = Math.round(minutes) % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}:00`;
}

/**
 * Minutes as an xsd:duration in hours, minutes and seconds (PT8H0M0S), as MS Project writes them.
 * Seconds keep up to six decimals, so any duration the readers produce (rounded to 1e-6 minutes)
 * reads back to the same number.
 */
export function isoDuration(minutes: number): string {
  const micro = Math.round(Math.abs(minutes) * 60_000_000);
  const hours = Math.floor(micro / 3_600_000_000);
  const mins = Math.floor((micro % 3_600_000_000) / 60_000_000);
  const seconds = micro % 60_000_000;
  const whole = Math.floor(seconds / 1_000_000);
  const fraction = seconds % 1_000_000;
  const secondsText = fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(6, '0').replace(/0+$/, '')}`;
  return `${minutes < 0 && micro > 0 ? '-' : ''}PT${hours}H${mins}M${secondsText}S`;
}

export function constraintCode(type: ConstraintType): number {
  return codeOf((code) => constraintOf(code), type, 'constraint type');
}

export function linkTypeCode(type: LinkType): number {
  return codeOf((code) => linkTypeOf(code), type, 'link type');
}

export function taskTypeCode(type: TaskType): number {
  return codeOf((code) => taskTypeOf(code), type, 'task type');
}

/** The code the reader decodes to `value`: the reader's table, searched, so the two never drift apart. */
function codeOf<T>(decode: (code: number) => T | null, value: T, what: string): number {
  for (let code = 0; code < 32; code++) if (decode(code) === value) return code;
  throw new Error(`No MSPDI code for the ${what} ${String(value)}`);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Text XML 1.0 can carry: characters outside its Char production (most control characters, lone surrogates) are dropped; the builder escapes the rest. */
export function xmlText(text: string): string {
  if (!/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/.test(text)) return text;
  let out = '';
  // for…of walks code points: a well-formed surrogate pair is one character, a lone surrogate its own.
  for (const ch of text) if (isXmlChar(ch.codePointAt(0)!)) out += ch;
  return out;
}

function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** At most `max` characters (code points, as the schema's maxLength counts them): MS Project refuses longer names. */
export function limit(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = [...text];
  return points.length <= max ? text : points.slice(0, max).join('');
}
