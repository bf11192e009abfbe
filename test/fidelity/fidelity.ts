// The fidelity harness: reads every MS Project file of the oracle folders that carries MS Project's
// computed dates, reschedules it with our engine, and compares each task's early/late start and
// finish, total slack and critical flag with what MS Project stored.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schedule } from '../../src/core/schedule/schedule.ts';
import { isoFromWall } from '../../src/core/calendar/wall-time.ts';
import { readMspdi } from '../../src/io/mspdi/read-mspdi.ts';
import { readMpxjJson } from '../../src/io/mpxj-json/read-mpxj-json.ts';
import type { ImportResult, OracleTask } from '../../src/io/imported-project.ts';
import type { TaskSchedule } from '../../src/core/schedule/schedule-types.ts';

export const ORACLES = join(import.meta.dirname, '../../../shared/oracles');
export const FOLDERS = { mspdi: { dir: 'mspdi', ext: '.xml', read: readMspdi }, 'msproject-json': { dir: 'msproject-json', ext: '.json', read: readMpxjJson } } as const;
export type FolderName = keyof typeof FOLDERS;

const FIELDS = ['earlyStart', 'earlyFinish', 'lateStart', 'lateFinish', 'totalSlack', 'critical'] as const;
type Field = (typeof FIELDS)[number];

export interface Difference {
  readonly uid: number;
  readonly name: string;
  readonly field: Field;
  readonly expected: string;
  readonly actual: string;
}

export interface FileReport {
  readonly file: string;
  /** compared: every task matched or not; skipped: no oracle values; failed: could not read or schedule. */
  readonly status: 'match' | 'differ' | 'skipped' | 'failed';
  readonly tasks: number;
  readonly matchingTasks: number;
  readonly differences: ReadonlyArray<Difference>;
  readonly message?: string;
}

const show = (field: Field, value: number | boolean): string =>
  typeof value === 'boolean' ? String(value) : field === 'totalSlack' ? `${value} min` : isoFromWall(value).slice(0, 16);

function compareTask(oracle: OracleTask, ours: TaskSchedule): Difference[] {
  const differences: Difference[] = [];
  for (const field of FIELDS) {
    const expected = oracle[field];
    if (expected === null) continue;
    const actual = ours[field];
    // Stored dates are read to the minute (seconds rounded), so ours are compared to the minute too.
    const same = field === 'totalSlack' ? Math.abs((actual as number) - (expected as number)) < 1 : field === 'critical' ? actual === expected : Math.round(actual as number) === expected;
    if (!same) differences.push({ uid: oracle.uid, name: oracle.name, field, expected: show(field, expected), actual: show(field, actual) });
  }
  return differences;
}

export function checkFile(file: string, result: ImportResult): FileReport {
  if (!result.ok) return { file, status: 'failed', tasks: 0, matchingTasks: 0, differences: [], message: `${result.error.message} (${result.error.location.text})` };
  const { oracle, schedule: input } = result.project;
  if (!oracle) return { file, status: 'skipped', tasks: 0, matchingTasks: 0, differences: [] };
  const computed = schedule(input);
  if (!computed.ok) return { file, status: 'failed', tasks: oracle.size, matchingTasks: 0, differences: [], message: computed.message };
  const ours = new Map(computed.tasks.map((t) => [t.uid, t]));
  const differences: Difference[] = [];
  let compared = 0;
  let matching = 0;
  for (const expected of oracle.values()) {
    const mine = ours.get(expected.uid);
    if (!mine || expected.earlyStart === null) continue;
    compared++;
    const diff = compareTask(expected, mine);
    if (diff.length === 0) matching++;
    differences.push(...diff);
  }
  if (compared === 0) return { file, status: 'skipped', tasks: 0, matchingTasks: 0, differences: [] };
  return { file, status: differences.length === 0 ? 'match' : 'differ', tasks: compared, matchingTasks: matching, differences };
}

export function checkFolder(folder: FolderName): FileReport[] {
  const { dir, ext, read } = FOLDERS[folder];
  const path = join(ORACLES, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((file) => checkFile(file, read(readFileSync(join(path, file), 'utf8'))));
}

export interface FolderSummary {
  readonly folder: FolderName;
  readonly files: number;
  readonly compared: number;
  readonly matching: number;
  readonly failed: number;
  /** Share of compared files in which every task matches, in percent. */
  readonly matchRate: number;
}

export function summarise(folder: FolderName, reports: ReadonlyArray<FileReport>): FolderSummary {
  const compared = reports.filter((r) => r.status === 'match' || r.status === 'differ' || r.status === 'failed');
  const matching = reports.filter((r) => r.status === 'match').length;
  return {
    folder,
    files: reports.length,
    compared: compared.length,
    matching,
    failed: reports.filter((r) => r.status === 'failed').length,
    matchRate: compared.length === 0 ? 0 : Math.floor((matching / compared.length) * 1000) / 10,
  };
}
