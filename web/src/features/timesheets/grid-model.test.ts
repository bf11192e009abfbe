// The grid as edited: it reads a saved sheet back as typed-out cells, totals rows and days,
// saves only rows with hours, refuses bad cells and days over 24 hours, knows when nothing
// changed, tidies `7.5` to `7:30`, and the arrow keys stop at the grid's edges.
import { describe, expect, it } from 'vitest';
import type { Timesheet } from '../../api/timesheets.ts';
import { arrowTarget, dayTotals, isDirty, overfullDays, rowLabel, rowOfTask, rowsOfSheet, rowTotal, setCell, tidyCell, toSaveRows } from './grid-model.ts';

const row = (taskId: string | null, minutes: number[], over: object = {}) => ({
  projectId: 'p1', projectCode: 'PRJ-001', projectName: 'Portal', taskId, taskName: taskId ? `Task ${taskId}` : null, wbs: taskId ? '1.2' : null, overtime: false, minutes, note: '', totalMinutes: minutes.reduce((s, m) => s + m, 0), visible: true, ...over,
});
const sheet = { rows: [row('t1', [450, 480, 0, 0, 0, 0, 0]), row(null, [0, 0, 60, 0, 0, 0, 0])] } as unknown as Timesheet;

describe('the grid being edited', () => {
  it('reads a saved sheet as cells and adds them up', () => {
    const rows = rowsOfSheet(sheet);
    expect(rows[0]!.cells).toEqual(['7:30', '8:00', '', '', '', '', '']);
    expect(rows.map(rowTotal)).toEqual([930, 60]);
    expect(dayTotals(rows)).toEqual([450, 480, 60, 0, 0, 0, 0]);
    expect(rows.map(rowLabel)).toEqual(['1.2 Task t1', 'PRJ-001 project time']);
  });

  it('saves the rows with hours, and nothing while a cell is not hours or a day passes 24 hours', () => {
    let rows = rowsOfSheet(sheet);
    expect(isDirty(rows, sheet)).toBe(false);
    rows = [...rows, rowOfTask({ projectId: 'p1', projectCode: 'PRJ-001', projectName: 'Portal', taskId: 't2', taskName: 'Build', wbs: '1.3', start: null, finish: null }, true)];
    expect(isDirty(rows, sheet)).toBe(false);
    rows = setCell(rows, 2, 5, '2.5');
    expect(isDirty(rows, sheet)).toBe(true);
    expect(toSaveRows(rows)!.map((r) => [r.taskId, r.overtime, r.minutes])).toEqual([
      ['t1', false, [450, 480, 0, 0, 0, 0, 0]],
      [null, false, [0, 0, 60, 0, 0, 0, 0]],
      ['t2', true, [0, 0, 0, 0, 0, 150, 0]],
    ]);
    expect(toSaveRows(setCell(rows, 0, 0, 'x'))).toBeNull();
    const overfull = setCell(setCell(rows, 0, 1, '16'), 1, 1, '9');
    expect(overfullDays(overfull)).toEqual([1]);
    expect(toSaveRows(overfull)).toBeNull();
    expect(toSaveRows(setCell(setCell(rows, 0, 0, ''), 0, 1, ''))!.map((r) => r.taskId)).toEqual([null, 't2']);
  });

  it('tidies a cell once left, keeping what is not hours as typed', () => {
    expect(['7.5', '7h', '0', 'x', ''].map(tidyCell)).toEqual(['7:30', '7:00', '', 'x', '']);
  });

  it('moves with the arrow keys and stops at the edges', () => {
    expect(arrowTarget(0, 0, 'ArrowRight', 2)).toEqual({ row: 0, day: 1 });
    expect(arrowTarget(0, 0, 'ArrowDown', 2)).toEqual({ row: 1, day: 0 });
    expect(arrowTarget(1, 6, 'ArrowUp', 2)).toEqual({ row: 0, day: 6 });
    expect(arrowTarget(0, 0, 'ArrowLeft', 2)).toBeNull();
    expect(arrowTarget(1, 3, 'ArrowDown', 2)).toBeNull();
    expect(arrowTarget(0, 6, 'ArrowRight', 2)).toBeNull();
  });
});
