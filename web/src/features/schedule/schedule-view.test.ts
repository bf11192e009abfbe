import { describe, expect, it } from 'vitest';
import type { Schedule, ScheduleTask } from '../../api/types.ts';
import { chartSpan, formatLocal, movedMessage, predecessorsLabel, toGanttBars, toGanttLinks } from './schedule-view.ts';

const task = (id: string, name: string, outlineLevel: number, extra: Partial<ScheduleTask> = {}): ScheduleTask =>
  ({ id, name, outlineLevel, summary: false, milestone: false, start: '2026-03-02T08:00', finish: '2026-03-03T17:00', critical: false, percentComplete: 0, ...extra }) as ScheduleTask;

const schedule = (tasks: ScheduleTask[], links: Schedule['links'] = []): Schedule =>
  ({ tasks, links, settings: { minutesPerDay: 480 } }) as Schedule;

describe('schedule view helpers', () => {
  it('draws whole working days and puts a milestone at the start or end of its day', () => {
    expect(chartSpan('2026-03-02T08:00', '2026-03-03T17:00', false)).toEqual({ start: new Date(2026, 2, 2), end: new Date(2026, 2, 4) });
    expect(chartSpan('2026-03-03T17:00', '2026-03-03T17:00', true)).toEqual({ start: new Date(2026, 2, 4), end: new Date(2026, 2, 4) });
    expect(chartSpan('2026-03-03T08:00', '2026-03-03T08:00', true).start).toEqual(new Date(2026, 2, 3));
  });

  it('builds the outline tree, opening only tasks with bars under them', () => {
    const bars = toGanttBars(
      schedule([task('p', 'Phase', 1, { summary: true }), task('a', 'A', 2), task('b', 'B', 2, { milestone: true, start: '2026-03-03T17:00', finish: '2026-03-03T17:00' }), task('c', 'C', 1), task('e', 'Empty', 1, { summary: true })]),
    );
    expect(bars.map((b) => [b.id, b.parent, b.type, b.open ?? false])).toEqual([
      ['p', 0, 'summary', true],
      ['a', 'p', 'task', false],
      ['b', 'p', 'milestone', false],
      ['c', 0, 'task', false],
      ['e', 0, 'summary', false],
    ]);
  });

  it('writes predecessors as MS Project does and maps link types to SVAR', () => {
    const plan = schedule([task('a', 'A', 1), task('b', 'B', 1)], [
      { id: 'l1', predecessorId: 'a', successorId: 'b', type: 'FS', lagMinutes: 0, lagElapsed: false, lagPercent: null, version: 1 },
      { id: 'l2', predecessorId: 'a', successorId: 'b', type: 'SS', lagMinutes: 720, lagElapsed: false, lagPercent: null, version: 1 },
    ]);
    const rows = new Map([['a', 1], ['b', 2]]);
    expect(predecessorsLabel(plan.tasks[1]!, plan, rows)).toBe('1, 1SS+1.5d');
    expect(toGanttLinks(plan.links, toGanttBars(plan)).map((l) => l.type)).toEqual(['e2s', 's2s']);
  });

  it('words what moved and formats local times without a zone shift', () => {
    expect(movedMessage([])).toBe('No other task moved');
    expect(movedMessage([{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }])).toBe('4 tasks moved: A, B, C and 1 more');
    expect(formatLocal('2026-03-02T08:00')).toBe('Mon, 2 Mar 26, 08:00');
  });
});
