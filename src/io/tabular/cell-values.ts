// The reading of a cell that CSV and XLSX must agree on: which strings are numbers in a numeric
// column, and which are dates. Dates become UTC instants holding the local wall-clock time,
// because exceljs writes a Date's UTC fields as the Excel serial: no time-zone shift either way.
import type { ColumnKind } from './table-sheet.ts';

const NUMERIC_KINDS: ReadonlySet<ColumnKind> = new Set(['number', 'percent', 'money']);
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export function isNumericKind(kind: ColumnKind): boolean {
  return NUMERIC_KINDS.has(kind);
}

/** '12.5' → 12.5; undefined for anything that is not a plain finite number ('1,5', '=1+1', ''). */
export function numberFromText(text: string): number | undefined {
  if (!PLAIN_NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** '2026-03-02T08:30' → the instant 2026-03-02T08:30Z; undefined unless a real calendar date and time. */
export function isoLocalToUtcDate(text: string): Date | undefined {
  const match = ISO_LOCAL.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC: it reads years 0-99 as 1900-1999
  date.setUTCHours(hour, minute, second, 0);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}
