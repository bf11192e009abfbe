// What `orrery timesheet set` reads: day=hours pairs (`mon=8,tue=7.5`, hours typed as in the web
// grid), a project's task named by its WBS number, name or id, and the week's grid with one row's
// days changed, every other row and day kept as saved (the API saves a week whole).
import type { TimesheetRow, TimesheetSave } from '../../contracts/timesheet.schema.ts';
import { parseHours } from '../../core/timesheets/typed-hours.ts';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DAY_HELP = 'day=hours pairs such as mon=8,tue=7.5 (days mon … sun; hours as 7.5, 7:30 or 7h30; 0 clears a day)';

/** Minutes per day of the week (0 = Monday) from `--day` values; a day given twice keeps the last. */
export function parseDays(values: readonly string[]): Map<number, number> {
  const days = new Map<number, number>();
  for (const pair of values.flatMap((v) => v.split(',')).map((p) => p.trim()).filter((p) => p !== '')) {
    const match = /^([a-z]+)\s*=\s*(.*)$/i.exec(pair);
    const name = match?.[1]!.toLowerCase() ?? '';
    const day = name.length >= 3 ? DAYS.findIndex((d) => d.startsWith(name)) : -1;
    if (!match || day < 0) throw new Error(`--day takes ${DAY_HELP}; got ${pair}.`);
    const minutes = parseHours(match[2]!);
    if (minutes === null) throw new Error(`--day ${pair}: ${match[2]} is not hours. Write 7.5, 7:30 or 7h30 (at most 24 hours a day).`);
    days.set(day, minutes);
  }
  if (days.size === 0) throw new Error(`Say which days with --day: ${DAY_HELP}.`);
  return days;
}

export interface TaskChoice {
  readonly taskId: string | null;
  readonly taskName: string | null;
  readonly wbs: string | null;
}

/** The task of a project that `raw` names (id, WBS number or name, any case) among the person's choices. */
export function findTask(choices: readonly TaskChoice[], raw: string, projectCode: string): string {
  const wanted = raw.trim().toLowerCase();
  const tasks = [...new Map(choices.filter((c) => c.taskId !== null).map((c) => [c.taskId!, c])).values()];
  const matches = tasks.filter((c) => c.taskId === raw.trim() || c.wbs === wanted || c.taskName?.toLowerCase() === wanted);
  if (matches.length === 1) return matches[0]!.taskId!;
  if (matches.length > 1) throw new Error(`Several tasks of ${projectCode} are named ${raw}: give the WBS number (${matches.map((m) => m.wbs).join(', ')}) or the id.`);
  const open = tasks.map((c) => `${c.wbs} ${c.taskName}`);
  const list = open.length === 0 ? 'they may book on none of its tasks (leave --task out for time on the project itself)' : `they may book on ${open.slice(0, 12).join(', ')}${open.length > 12 ? ' …' : ''}`;
  throw new Error(`No open task of ${projectCode} is ${raw} for this person: ${list}.`);
}

export interface RowKey {
  readonly projectId: string;
  readonly taskId: string | null;
  readonly overtime: boolean;
}

/** The week's grid as saved with one row's days set (the row is added if new); rows left without hours are dropped. */
export function gridWithRow(sheet: { readonly rows: ReadonlyArray<Pick<TimesheetRow, 'projectId' | 'taskId' | 'overtime' | 'minutes' | 'note'>> }, key: RowKey, days: ReadonlyMap<number, number>, note?: string): TimesheetSave {
  const rows = sheet.rows.map((r) => ({ projectId: r.projectId, taskId: r.taskId, overtime: r.overtime, minutes: [...r.minutes], note: r.note }));
  let row = rows.find((r) => r.projectId === key.projectId && r.taskId === key.taskId && r.overtime === key.overtime);
  if (!row) rows.push((row = { ...key, minutes: [0, 0, 0, 0, 0, 0, 0], note: '' }));
  for (const [day, minutes] of days) row.minutes[day] = minutes;
  if (note !== undefined) row.note = note.trim();
  return { rows: rows.filter((r) => r.minutes.some((m) => m > 0)) };
}
