// What `orrery timesheet set` reads: day=hours pairs (refused with the form to use), a task by WBS
// number, name or id (refused with the tasks one may book), and one row's days changed in a week
// whose other rows and days stay as saved.
import { describe, expect, it } from 'vitest';
import { findTask, gridWithRow, parseDays } from './timesheet-week-input.ts';

const row = (taskId: string | null, minutes: number[], overtime = false) => ({ projectId: 'p1', taskId, overtime, minutes, note: '' });

describe('parseDays', () => {
  it('reads day=hours pairs, in one option or several, the last of a day standing', () => {
    expect([...parseDays(['mon=8,tue=7.5', 'Wednesday=7:30', 'mon=0', ' sun = 1h '])]).toEqual([[0, 0], [1, 450], [2, 450], [6, 60]]);
  });

  it('refuses what is not a day or not hours, and no days at all', () => {
    expect(() => parseDays(['someday=8'])).toThrow('--day takes day=hours pairs such as mon=8,tue=7.5 (days mon … sun; hours as 7.5, 7:30 or 7h30; 0 clears a day); got someday=8.');
    expect(() => parseDays(['mo=8'])).toThrow('got mo=8');
    expect(() => parseDays(['mon'])).toThrow('got mon');
    expect(() => parseDays(['mon=25'])).toThrow('--day mon=25: 25 is not hours. Write 7.5, 7:30 or 7h30 (at most 24 hours a day).');
    expect(() => parseDays([])).toThrow('Say which days with --day');
  });
});

describe('findTask', () => {
  const choices = [
    { taskId: null, taskName: null, wbs: null },
    { taskId: 't1', taskName: 'Design', wbs: '1.1' },
    { taskId: 't2', taskName: 'Build', wbs: '1.2' },
    { taskId: 't3', taskName: 'Build', wbs: '2.1' },
    { taskId: 't1', taskName: 'Design', wbs: '1.1' },
  ];

  it('finds a task by WBS number, id or a name of its own, in any case', () => {
    expect([findTask(choices, '1.2', 'PRJ-1'), findTask(choices, 't3', 'PRJ-1'), findTask(choices, ' design ', 'PRJ-1')]).toEqual(['t2', 't3', 't1']);
  });

  it('asks for the WBS number of a name two tasks share, and lists what one may book when nothing matches', () => {
    expect(() => findTask(choices, 'build', 'PRJ-1')).toThrow('Several tasks of PRJ-1 are named build: give the WBS number (1.2, 2.1) or the id.');
    expect(() => findTask(choices, 'Test', 'PRJ-1')).toThrow('No open task of PRJ-1 is Test for this person: they may book on 1.1 Design, 1.2 Build, 2.1 Build.');
    expect(() => findTask([], 'Test', 'PRJ-1')).toThrow('they may book on none of its tasks (leave --task out for time on the project itself)');
  });
});

describe('gridWithRow', () => {
  it('changes the given days of one row, keeps every other row and day, adds a new row and drops one left empty', () => {
    const sheet = { rows: [row('t1', [480, 480, 0, 0, 0, 0, 0]), row('t2', [0, 0, 240, 0, 0, 0, 0]), row('t1', [0, 0, 0, 0, 0, 120, 0], true)] };
    expect(gridWithRow(sheet, { projectId: 'p1', taskId: 't1', overtime: false }, new Map([[1, 0], [2, 60]]), ' Reviews ').rows).toEqual([
      { ...row('t1', [480, 0, 60, 0, 0, 0, 0]), note: 'Reviews' },
      row('t2', [0, 0, 240, 0, 0, 0, 0]),
      row('t1', [0, 0, 0, 0, 0, 120, 0], true),
    ]);
    expect(gridWithRow(sheet, { projectId: 'p1', taskId: 't2', overtime: false }, new Map([[2, 0]])).rows.map((r) => r.taskId)).toEqual(['t1', 't1']);
    expect(gridWithRow(sheet, { projectId: 'p1', taskId: null, overtime: false }, new Map([[4, 30]])).rows.at(-1)).toEqual(row(null, [0, 0, 0, 0, 30, 0, 0]));
    expect(sheet.rows[0]!.minutes).toEqual([480, 480, 0, 0, 0, 0, 0]);
  });
});
