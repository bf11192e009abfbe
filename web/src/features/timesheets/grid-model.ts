// The week grid being edited, apart from React: rows (project + task + overtime) with the text of
// each day's cell as typed, what it adds up to, which cells are not hours and which days pass 24
// hours, the rows to save (empty rows left out), whether anything changed, and where the arrow
// keys lead. The page keeps these rows in state and re-reads them from the server after a save.
import type { BookableTask, SaveRow, Timesheet } from '../../api/timesheets.ts';
import { formatHours, parseHours } from './hours.ts';

export const DAYS = 7;
const MINUTES_PER_DAY = 1440;

export interface EditRow {
  readonly key: string;
  readonly projectId: string;
  readonly taskId: string | null;
  readonly overtime: boolean;
  readonly projectCode: string;
  readonly projectName: string;
  readonly taskName: string | null;
  readonly wbs: string | null;
  readonly note: string;
  /** What each day's cell holds, as typed (Monday to Sunday). */
  readonly cells: readonly string[];
}

export const rowKey = (r: { projectId: string; taskId: string | null; overtime: boolean }): string => `${r.projectId}|${r.taskId ?? ''}|${r.overtime ? 1 : 0}`;

/** What a row is called in the grid and for screen readers. */
export const rowLabel = (r: Pick<EditRow, 'taskName' | 'wbs' | 'overtime' | 'projectCode'>): string =>
  `${r.taskName ? `${r.wbs ? `${r.wbs} ` : ''}${r.taskName}` : `${r.projectCode} project time`}${r.overtime ? ' (overtime)' : ''}`;

export function rowsOfSheet(sheet: Timesheet): EditRow[] {
  return sheet.rows.map((r) => ({
    key: rowKey(r),
    projectId: r.projectId,
    taskId: r.taskId,
    overtime: r.overtime,
    projectCode: r.projectCode,
    projectName: r.projectName,
    taskName: r.taskName,
    wbs: r.wbs,
    note: r.note,
    cells: r.minutes.map(formatHours),
  }));
}

/** A new empty row for a task picked from the bookable ones. */
export const rowOfTask = (t: BookableTask, overtime: boolean): EditRow => ({
  key: rowKey({ projectId: t.projectId, taskId: t.taskId, overtime }),
  projectId: t.projectId,
  taskId: t.taskId,
  overtime,
  projectCode: t.projectCode,
  projectName: t.projectName,
  taskName: t.taskName,
  wbs: t.wbs,
  note: '',
  cells: Array<string>(DAYS).fill(''),
});

const minutesOf = (row: EditRow): Array<number | null> => row.cells.map(parseHours);

/** A row's total; cells that are not hours count as nothing. */
export const rowTotal = (row: EditRow): number => minutesOf(row).reduce<number>((s, m) => s + (m ?? 0), 0);

export function dayTotals(rows: readonly EditRow[]): number[] {
  const totals = Array<number>(DAYS).fill(0);
  for (const row of rows) minutesOf(row).forEach((m, d) => (totals[d]! += m ?? 0));
  return totals;
}

export const isBadCell = (text: string): boolean => parseHours(text) === null;
export const overfullDays = (rows: readonly EditRow[]): number[] => dayTotals(rows).flatMap((t, d) => (t > MINUTES_PER_DAY ? [d] : []));

/** The rows to save (rows without hours left out), or null while a cell is not hours or a day is over 24 hours. */
export function toSaveRows(rows: readonly EditRow[]): SaveRow[] | null {
  if (rows.some((r) => r.cells.some(isBadCell)) || overfullDays(rows).length > 0) return null;
  return rows
    .map((r) => ({ projectId: r.projectId, taskId: r.taskId, overtime: r.overtime, minutes: minutesOf(r) as number[], note: r.note }))
    .filter((r) => r.minutes.some((m) => m > 0));
}

/** Whether the grid differs from the saved sheet (a bad cell counts as a change). */
export function isDirty(rows: readonly EditRow[], sheet: Timesheet): boolean {
  const now = toSaveRows(rows);
  if (now === null) return true;
  const saved = toSaveRows(rowsOfSheet(sheet))!;
  const key = (list: SaveRow[]) => JSON.stringify([...list].sort((a, b) => rowKey(a).localeCompare(rowKey(b))));
  return key(now) !== key(saved);
}

export function setCell(rows: readonly EditRow[], index: number, day: number, text: string): EditRow[] {
  return rows.map((r, i) => (i === index ? { ...r, cells: r.cells.map((c, d) => (d === day ? text : c)) } : r));
}

/** A cell's text tidied once left: `7.5` reads `7:30`; what is not hours stays as typed. */
export function tidyCell(text: string): string {
  const minutes = parseHours(text);
  return minutes === null ? text : formatHours(minutes);
}

export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/** The cell an arrow key leads to from (row, day), or null at the grid's edge. */
export function arrowTarget(row: number, day: number, key: Arrow, rowCount: number): { row: number; day: number } | null {
  const [r, d] = key === 'ArrowUp' ? [row - 1, day] : key === 'ArrowDown' ? [row + 1, day] : key === 'ArrowLeft' ? [row, day - 1] : [row, day + 1];
  return r >= 0 && r < rowCount && d >= 0 && d < DAYS ? { row: r, day: d } : null;
}
