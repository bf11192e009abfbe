// A week's grid (rows of project + task + overtime, seven cells of minutes) and the entries it is
// stored as (one per non-empty cell). Saving replaces the whole grid, so what changed is the
// difference between the stored entries and the new grid's: that difference is what the locked
// period is checked against and what a save writes. Pure: no clock, no database.
import { weekDates } from './timesheet-week.ts';

/** Minutes in a day: no day of a sheet may hold more. */
export const MINUTES_PER_DAY = 1440;

export interface RowKey {
  readonly projectId: string;
  readonly taskId: string | null;
  readonly overtime: boolean;
}

export interface GridRow extends RowKey {
  /** Minutes Monday to Sunday (seven numbers). */
  readonly minutes: readonly number[];
  readonly note: string;
}

export interface Entry extends RowKey {
  /** Set on stored entries. */
  readonly id?: string;
  readonly date: string;
  readonly minutes: number;
  readonly note: string;
}

export interface GridProblem {
  readonly path: string;
  readonly message: string;
}

export const rowKeyOf = (r: RowKey): string => `${r.projectId}|${r.taskId ?? ''}|${r.overtime ? 1 : 0}`;
const entryKeyOf = (e: Entry): string => `${rowKeyOf(e)}|${e.date}`;

/** What is wrong with a grid: a row given twice, a day over 24 hours. */
export function gridProblems(weekStart: string, rows: readonly GridRow[]): GridProblem[] {
  const problems: GridProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const key = rowKeyOf(row);
    if (seen.has(key)) problems.push({ path: `rows.${i}`, message: 'this task (and overtime flag) has a row already: put its hours in one row' });
    seen.add(key);
  });
  weekDates(weekStart).forEach((date, d) => {
    const total = rows.reduce((sum, row) => sum + (row.minutes[d] ?? 0), 0);
    if (total > MINUTES_PER_DAY) problems.push({ path: `days.${d}`, message: `${date} adds up to ${formatMinutes(total)}: a day holds at most 24:00` });
  });
  return problems;
}

/** The entries a grid is stored as: one per non-empty cell. */
export function entriesOfGrid(weekStart: string, rows: readonly GridRow[]): Entry[] {
  const dates = weekDates(weekStart);
  return rows.flatMap((row) =>
    dates.flatMap((date, d) => {
      const minutes = row.minutes[d] ?? 0;
      return minutes > 0 ? [{ projectId: row.projectId, taskId: row.taskId, overtime: row.overtime, date, minutes, note: row.note }] : [];
    }),
  );
}

/** The grid of stored entries, rows in the order first seen; cells of the same row and day add up. */
export function gridOfEntries(weekStart: string, entries: readonly Entry[]): GridRow[] {
  const dates = weekDates(weekStart);
  const rows = new Map<string, { key: RowKey; minutes: number[]; note: string }>();
  for (const e of entries) {
    const d = dates.indexOf(e.date);
    if (d < 0) continue;
    const key = rowKeyOf(e);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key: { projectId: e.projectId, taskId: e.taskId, overtime: e.overtime }, minutes: [0, 0, 0, 0, 0, 0, 0], note: '' }));
    row.minutes[d]! += e.minutes;
    if (row.note === '' && e.note !== '') row.note = e.note;
  }
  return [...rows.values()].map((r) => ({ ...r.key, minutes: r.minutes, note: r.note }));
}

export interface EntryDiff {
  readonly added: readonly Entry[];
  readonly changed: ReadonlyArray<{ readonly before: Entry; readonly after: Entry }>;
  readonly removed: readonly Entry[];
}

/** What turns the stored entries into the new ones; unchanged entries are in none of the lists. */
export function diffEntries(before: readonly Entry[], after: readonly Entry[]): EntryDiff {
  const wanted = new Map(after.map((e) => [entryKeyOf(e), e]));
  const changed: Array<{ before: Entry; after: Entry }> = [];
  const removed: Entry[] = [];
  for (const b of before) {
    const key = entryKeyOf(b);
    const a = wanted.get(key);
    if (!a) {
      removed.push(b);
      continue;
    }
    wanted.delete(key);
    if (a.minutes !== b.minutes || a.note !== b.note) changed.push({ before: b, after: a });
  }
  return { added: [...wanted.values()], changed, removed };
}

/** The dates, in order, that a change touches on or before `lockedThrough` (none without a lock). */
export function lockedDatesOf(diff: EntryDiff, lockedThrough: string | null): string[] {
  if (lockedThrough === null) return [];
  const dates = [...diff.added, ...diff.removed, ...diff.changed.map((c) => c.after)].map((e) => e.date).filter((d) => d <= lockedThrough);
  return [...new Set(dates)].sort();
}

/** `7:30` for 450 minutes. */
export const formatMinutes = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
