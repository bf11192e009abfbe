import { describe, expect, it } from 'vitest';
import type { Schedule, ScheduleTask } from '../../api/types.ts';
import { addDays, barDragToUpdate, chartSpan, dayStart, formatLocal, ganttLinkToCreate, movedMessage, percentByTask, predecessorsLabel, toGanttBars, toGanttLinks, workingDaysBetween } from './schedule-view.ts';

const task = (id: string, name: string, outlineLevel: number, extra: Partial<ScheduleTask> = {}): ScheduleTask =>
  ({ id, name, outlineLevel, summary: false, milestone: false, start: '2026-03-02T08:00', finish: '2026-03-03T17:00', critical: false, percentComplete: 0, ...extra }) as ScheduleTask;

// The standard week (Mon–Fri 08:00–12:00, 13:00–17:00), a holiday on Fri 6 Mar, and a night-shift
// calendar derived from it that works 22:00–06:00 on weekdays, except Wednesdays.
const DAY = [{ start: 480, end: 720 }, { start: 780, end: 1020 }];
const calendars = [
  { id: 'std', name: 'Standard', baseCalendarId: null, version: 1, definition: { week: [[], DAY, DAY, DAY, DAY, DAY, []], workWeeks: [], exceptions: [{ start: '2026-03-06', end: '2026-03-06', ranges: [] }] } },
  { id: 'night', name: 'Night', baseCalendarId: 'std', version: 1, definition: { week: [null, [{ start: 0, end: 360 }], null, [], null, null, null], workWeeks: [], exceptions: [] } },
];
const schedule = (tasks: ScheduleTask[], links: Schedule['links'] = []): Schedule =>
  ({ tasks, links, calendars, settings: { minutesPerDay: 480, calendarId: 'std' } }) as unknown as Schedule;

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

  it('rolls a summary’s percent complete up from its tasks, weighted by duration, and fills each bar to it', () => {
    const plan = schedule([
      task('p', 'Phase', 1, { summary: true }),
      task('a', 'A', 2, { durationMinutes: 2400, percentComplete: 100 }),
      task('s', 'Sub', 2, { summary: true }),
      task('b', 'B', 3, { durationMinutes: 480, percentComplete: 50 }),
      task('m', 'Gate', 3, { milestone: true, durationMinutes: 0, percentComplete: 0 }),
      task('c', 'C', 1, { durationMinutes: 960, percentComplete: 25 }),
      task('z', 'Zero', 1, { summary: true }),
      task('y', 'Y', 2, { milestone: true, durationMinutes: 0, percentComplete: 100 }),
    ]);
    // Phase: (5d × 100 + 1d × 50) / 6d = 91.7 → 91 (never 100 before every task is done).
    expect(Object.fromEntries(percentByTask(plan))).toEqual({ p: 91, a: 100, s: 50, b: 50, m: 0, c: 25, z: 100, y: 100 });
    expect(toGanttBars(plan).map((bar) => [bar.id, bar.progress])).toEqual([['p', 91], ['a', 100], ['s', 50], ['b', 50], ['m', 0], ['c', 25], ['z', 100], ['y', 100]]);
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

  it('snaps dates to whole days at the calendar’s day start, and counts working days', () => {
    const plan = schedule([]);
    expect(addDays('2026-03-30', 3)).toBe('2026-04-02');
    expect(addDays('2026-03-02', -2)).toBe('2026-02-28');
    expect(dayStart(plan, 'std', '2026-03-03')).toBe(480);
    expect(dayStart(plan, 'std', '2026-03-07')).toBe(480); // a Saturday: the week's usual start
    expect(dayStart(plan, 'night', '2026-03-02')).toBe(0); // own Monday
    expect(dayStart(plan, 'night', '2026-03-03')).toBe(480); // Tuesday as its base
    expect(workingDaysBetween(plan, 'std', '2026-03-05', '2026-03-10')).toBe(2); // Thu, (Fri holiday, weekend), Mon
    expect(workingDaysBetween(plan, 'std', '2026-03-10', '2026-03-05')).toBe(-2);
    expect(workingDaysBetween(plan, 'night', '2026-03-02', '2026-03-07')).toBe(3); // Mon, Tue, Thu (no Wed, Fri holiday inherited)
  });

  it('turns a moved bar into "start no earlier than", or new dates for a manual task', () => {
    const plan = schedule([]);
    const build = task('b', 'Build', 1, { start: '2026-03-04T13:00', finish: '2026-03-05T12:00', durationMinutes: 480, version: 3 });
    expect(barDragToUpdate(plan, build, 'move', 2)).toEqual({ constraintType: 'SNET', constraintDate: '2026-03-06T08:00' });
    expect(barDragToUpdate(plan, build, 'move', -3)).toEqual({ constraintType: 'SNET', constraintDate: '2026-03-01T08:00' });
    expect(barDragToUpdate(plan, { ...build, calendarId: 'night' }, 'move', 5)).toEqual({ constraintType: 'SNET', constraintDate: '2026-03-09T00:00' });
    expect(barDragToUpdate(plan, { ...build, milestone: true, start: '2026-03-04T17:00' }, 'move', 1)).toEqual({ constraintType: 'SNET', constraintDate: '2026-03-05T17:00' });
    expect(barDragToUpdate(plan, { ...build, manual: true }, 'move', 1)).toEqual({ start: '2026-03-05T13:00', finish: '2026-03-06T12:00' });
    expect(barDragToUpdate(plan, build, 'move', 0)).toBeNull();
    expect(barDragToUpdate(plan, { ...build, summary: true }, 'move', 1)).toBeNull();
  });

  it('turns a resized bar into a duration in whole working days', () => {
    const plan = schedule([]);
    // Mon 2 Mar 08:00 → Tue 3 Mar 17:00: the bar ends at Wed 4 Mar's start.
    const design = task('d', 'Design', 1, { durationMinutes: 960 });
    expect(barDragToUpdate(plan, design, 'end', 1)).toEqual({ durationMinutes: 1440 });
    expect(barDragToUpdate(plan, design, 'end', 6)).toEqual({ durationMinutes: 5 * 480 }); // + Wed, Thu, (Fri holiday, weekend), Mon
    expect(barDragToUpdate(plan, design, 'end', -1)).toEqual({ durationMinutes: 480 });
    expect(barDragToUpdate(plan, design, 'end', -5)).toEqual({ durationMinutes: 480 }); // never under a day
    expect(barDragToUpdate(plan, { ...design, durationMinutes: 720 }, 'end', 1)).toEqual({ durationMinutes: 1440 }); // 1.5d → 2d + 1d
    expect(barDragToUpdate(plan, { ...design, durationElapsed: true, durationMinutes: 2880 }, 'end', 1)).toEqual({ durationMinutes: 4320 });
    expect(barDragToUpdate(plan, { ...design, manual: true }, 'end', 2)).toEqual({ durationMinutes: 1920, finish: '2026-03-05T17:00' });
    const saturday = task('s', 'Sat', 1, { start: '2026-03-04T08:00', finish: '2026-03-05T17:00', durationMinutes: 960 });
    expect(barDragToUpdate(plan, saturday, 'end', 2)).toBeNull(); // onto the holiday and the weekend: no working day added
  });

  it('turns a link drawn in the chart into the API’s link, SVAR’s types mapped back', () => {
    expect(ganttLinkToCreate({ source: 'a', target: 'b', type: 'e2s' })).toEqual({ predecessorId: 'a', successorId: 'b', type: 'FS' });
    expect(['s2s', 'e2e', 's2e'].map((type) => ganttLinkToCreate({ source: 'a', target: 'b', type })?.type)).toEqual(['SS', 'FF', 'SF']);
    expect(ganttLinkToCreate({ source: 'a', target: 'a', type: 'e2s' })).toBeNull();
    expect(ganttLinkToCreate({ source: 'a', target: 'b', type: 'x2y' })).toBeNull();
  });
});
