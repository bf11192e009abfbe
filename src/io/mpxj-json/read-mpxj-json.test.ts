// The MPXJ JSON reader on a small hand-written document: calendars, seconds, links, flags, oracle values, bad files.
import { describe, expect, it } from 'vitest';
import type { ImportedProject, ImportResult } from '../imported-project.ts';
import { readMpxjJson } from './read-mpxj-json.ts';

const at = (y: number, m: number, d: number, h = 0, min = 0): number => Date.UTC(y, m - 1, d, h, min) / 60000;
const office = { type: 'working', hours: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }] };
const off = { type: 'non_working' };
const inherit = { type: 'default' };
const DAY = 480 * 60;

const document = {
  property_values: {
    start_date: '2024-01-02T08:00:00.0',
    finish_date: '2024-01-31T17:00:00.0',
    status_date: '2024-01-15T17:00:00.0',
    schedule_from: 'START',
    default_calendar_unique_id: 1,
    minutes_per_day: 480,
    minutes_per_week: 2400,
    days_per_month: 20,
    project_title: 'Bridge',
    application_version: 16,
    default_start_time: '08:00',
    default_end_time: '17:00',
    default_task_type: 'FIXED_UNITS',
  },
  calendars: [
    {
      unique_id: 1,
      name: 'Standard',
      type: 'GLOBAL',
      sunday: off,
      monday: office,
      tuesday: office,
      wednesday: office,
      thursday: office,
      friday: { type: 'working', hours: [{ from: '22:00', to: '00:00' }] },
      saturday: off,
      exceptions: [
        { name: 'Christmas', from: '2024-12-25', to: '2024-12-26', type: 'non_working' },
        { name: 'Every other Monday', type: 'non_working', recurrence: { type: 'weekly', start_date: '2024-01-01', finish_date: '2024-01-29', occurrences: 3, frequency: 2, weekly_days: ['monday'] } },
        { name: 'Last Friday', type: 'non_working', recurrence: { type: 'monthly', start_date: '2024-01-01', finish_date: '2024-02-23', occurrences: 2, frequency: 1, relative: true, day_number: 5, weekly_days: ['friday'] } },
        { name: 'Founders day', type: 'non_working', recurrence: { type: 'yearly', start_date: '2024-01-01', finish_date: '2025-05-02', occurrences: 2, day_number: 2, month_number: 5 } },
        { name: 'Saturday shift', from: '2024-06-01', to: '2024-06-01', type: 'working', hours: [{ from: '09:00', to: '13:00' }] },
      ],
    },
    { unique_id: 2, parent_unique_id: 1, name: 'Alice', type: 'RESOURCE', personal: true, sunday: inherit, monday: inherit, tuesday: inherit, wednesday: inherit, thursday: inherit, friday: inherit, saturday: { type: 'working', hours: [{ from: '00:00', to: '00:00' }] } },
  ],
  resources: [{ type: 'WORK', calendar_unique_id: 1 }, { unique_id: 1, name: 'Alice', type: 'WORK', calendar_unique_id: 2 }],
  tasks: [
    { unique_id: 0, name: 'Bridge', summary: true, active: true, duration: 20 * DAY, early_start: '2024-01-02T08:00:00.0', early_finish: '2024-01-31T17:00:00.0', critical: true, start: '2024-01-02T08:00:00.0', finish: '2024-01-31T17:00:00.0' },
    { unique_id: 1, id: 1, name: 'Phase', outline_level: 1, active: true, duration: 2 * DAY, start: '2024-01-02T08:00:00.0', finish: '2024-01-03T17:00:00.0', early_start: '2024-01-02T08:00:00.0', early_finish: '2024-01-03T17:00:00.0', late_start: '2024-01-04T08:00:00.0', late_finish: '2024-01-05T17:00:00.0', total_slack: 2 * DAY, successors: [{ unique_id: 9, predecessor_task_unique_id: 1, successor_task_unique_id: 5, type: 'SF', lag: 3000, lag_units: '%' }] },
    {
      unique_id: 2, id: 2, name: 'Dig', outline_level: 2, active: true, duration: DAY, type: 'FIXED_DURATION', constraint_type: 'START_NO_EARLIER_THAN', constraint_date: '2024-01-02T08:00:00.0', deadline: '2024-01-10T17:00:00.0',
      actual_start: '2024-01-02T08:00:00.0', percent_complete: 50.0, remaining_duration: DAY / 2, start: '2024-01-02T08:00:00.0', finish: '2024-01-02T17:00:00.0', leveling_delay: 86400, leveling_delay_units: 'ed',
      early_start: '2024-01-02T08:00:00.0', early_finish: '2024-01-02T17:00:00.0', late_start: '2024-01-02T08:00:00.0', late_finish: '2024-01-02T17:00:00.0', critical: true,
      work_splits: [{ start: '2024-01-02T08:00:00.0', end: '2024-01-02T12:00:00.0' }, { start: '2024-01-03T08:00:00.0', end: '2024-01-03T12:00:00.0' }],
    },
    { unique_id: 3, id: 3, name: 'Cure', outline_level: 2, active: true, duration: 86400, actual_duration_units: 'ed', calendar_unique_id: 2, predecessors: [{ unique_id: 1, predecessor_task_unique_id: 2, successor_task_unique_id: 3, type: 'FS', lag: DAY }] },
    { unique_id: 4, id: 4, null: true },
    {
      unique_id: 5, id: 5, name: 'Done', outline_level: 1, active: true, milestone: true, constraint_type: 'FINISH_NO_LATER_THAN', constraint_date: '2024-01-31T17:00:00.0',
      predecessors: [
        { unique_id: 2, predecessor_task_unique_id: 3, successor_task_unique_id: 5, type: 'FF', lag: -DAY / 2 },
        { unique_id: 3, task_unique_id: 2, type: 'SS', lag: 86400, lag_units: 'ed' },
        { unique_id: 9, predecessor_task_unique_id: 1, successor_task_unique_id: 5, type: 'SF', lag: 3000, lag_units: '%' },
        { unique_id: 4, predecessor_task_unique_id: 4, successor_task_unique_id: 5, type: 'FS' },
      ],
    },
    { unique_id: 6, id: 6, name: 'Sketch', outline_level: 1, task_mode: 'MANUALLY_SCHEDULED', duration: 1800, start: '2024-01-05T09:00:00.0', finish: '2024-01-05T09:30:00.0', actual_finish: '2024-01-05T09:30:00.0' },
  ],
  assignments: [{ task_unique_id: 2, resource_unique_id: 1, assignment_units: 50.0, work: 4 * 3600 }],
};
const TEXT = JSON.stringify(document, null, 2);

function project(result: ImportResult): ImportedProject {
  if (!result.ok) throw new Error(`${result.error.message} (${result.error.location.text})`);
  return result.project;
}

const sample = project(readMpxjJson(TEXT));
const taskOf = (uid: number) => sample.schedule.tasks.find((t) => t.uid === uid)!;
const calendar = (id: string) => sample.schedule.calendars.find((c) => c.id === id)!;

describe('readMpxjJson: project and calendars', () => {
  it('reads the project properties', () => {
    const s = sample.schedule;
    expect(sample.name).toBe('Bridge');
    expect(s).toMatchObject({ scheduleFromStart: true, projectStart: at(2024, 1, 2, 8), projectFinish: at(2024, 1, 31, 17), statusDate: at(2024, 1, 15, 17), projectCalendarId: '1' });
    expect([s.minutesPerDay, s.minutesPerWeek, s.daysPerMonth]).toEqual([480, 2400, 20]);
    expect(sample.meta).toMatchObject({ format: 'mpxj-json', saveVersion: 16, defaultStartTime: 480, defaultFinishTime: 1020 });
    const backward = project(readMpxjJson(JSON.stringify({ ...document, property_values: { ...document.property_values, schedule_from: 'FINISH' } })));
    expect(backward.schedule.scheduleFromStart).toBe(false);
  });

  it('reads day types, a midnight end as 1440 and "default" days as inherited', () => {
    expect(calendar('1').week).toEqual([
      [],
      [{ start: 480, end: 720 }, { start: 780, end: 1020 }],
      [{ start: 480, end: 720 }, { start: 780, end: 1020 }],
      [{ start: 480, end: 720 }, { start: 780, end: 1020 }],
      [{ start: 480, end: 720 }, { start: 780, end: 1020 }],
      [{ start: 1320, end: 1440 }],
      [],
    ]);
    expect(calendar('2')).toMatchObject({ baseId: '1', week: [undefined, undefined, undefined, undefined, undefined, undefined, [{ start: 0, end: 1440 }]] });
    expect(sample.resources).toEqual([
      { uid: 0, name: '', kind: 'work', calendarId: '1' },
      { uid: 1, name: 'Alice', kind: 'work', calendarId: '2' },
    ]);
    expect(sample.assignments).toEqual([{ taskUid: 2, resourceUid: 1, units: 0.5, work: 240 }]);
  });

  it('expands recurring exceptions into dated ones', () => {
    expect(calendar('1').exceptions.map((e) => [e.start, e.end, e.name, e.ranges.length])).toEqual([
      ['2024-01-01', '2024-01-01', 'Every other Monday', 0],
      ['2024-01-15', '2024-01-15', 'Every other Monday', 0],
      ['2024-01-26', '2024-01-26', 'Last Friday', 0],
      ['2024-01-29', '2024-01-29', 'Every other Monday', 0],
      ['2024-02-23', '2024-02-23', 'Last Friday', 0],
      ['2024-05-02', '2024-05-02', 'Founders day', 0],
      ['2024-06-01', '2024-06-01', 'Saturday shift', 1],
      ['2024-12-25', '2024-12-26', 'Christmas', 0],
      ['2025-05-02', '2025-05-02', 'Founders day', 0],
    ]);
  });
});

describe('readMpxjJson: tasks', () => {
  it('leaves out the project summary and null tasks', () => {
    expect(sample.schedule.tasks.map((t) => t.uid)).toEqual([1, 2, 3, 5, 6]);
    expect(sample.meta.projectSummary).toMatchObject({ uid: 0, critical: true, summary: true });
  });

  it('gives a task without a calendar of its own the calendar of the resource working on it', () => {
    expect(taskOf(2).resourceCalendarIds).toEqual(['2']);
    expect(taskOf(3).resourceCalendarIds).toBeUndefined();
  });

  it('reads a duration written without units as elapsed when the stored span is it in wall time but not in working time', () => {
    const base = { outline_level: 1, active: true, start: '2024-01-08T08:00:00.0' };
    const tasks = [
      { ...base, unique_id: 1, duration: 7 * 86400, finish: '2024-01-15T08:00:00.0' },
      { ...base, unique_id: 2, duration: 2 * DAY, finish: '2024-01-09T17:00:00.0' },
      { ...base, unique_id: 3, duration: 3600, finish: '2024-01-08T09:00:00.0' },
      { ...base, unique_id: 4, duration: 86400, duration_units: 'h', finish: '2024-01-09T08:00:00.0' },
    ];
    const read = project(readMpxjJson(JSON.stringify({ property_values: document.property_values, calendars: document.calendars, tasks })));
    const elapsed = read.schedule.tasks.map((t) => [t.uid, t.elapsed]);
    // An hour from 08:00 is an hour either way: nothing betrays elapsed units, so it stays working time.
    expect(elapsed).toEqual([[1, true], [2, false], [3, false], [4, false]]);
  });

  it('starts the project at a task that cannot start before it, when the stored start is later', () => {
    const started = { unique_id: 1, id: 1, name: 'Started early', outline_level: 1, active: true, duration: DAY, start: '2024-01-03T08:00:00.0', actual_start: '2024-01-03T08:00:00.0' };
    const pinned = { unique_id: 2, id: 2, name: 'Pinned', outline_level: 1, active: true, duration: DAY, start: '2024-01-04T08:00:00.0', constraint_type: 'MUST_START_ON', constraint_date: '2024-01-04T08:00:00.0' };
    const plain = { unique_id: 3, id: 3, name: 'Plain', outline_level: 1, active: true, duration: DAY, start: '2024-01-05T08:00:00.0' };
    const file = (tasks: object[]) => JSON.stringify({ property_values: { ...document.property_values, start_date: '2024-01-09T08:00:00.0' }, calendars: document.calendars, tasks });
    expect(project(readMpxjJson(file([started, pinned, plain]))).schedule.projectStart).toBe(at(2024, 1, 5, 8));
    expect(project(readMpxjJson(file([started, pinned]))).schedule.projectStart).toBe(at(2024, 1, 9, 8));
  });

  it('reads durations written in seconds, elapsed when the duration units are', () => {
    expect(taskOf(1)).toMatchObject({ duration: 960, elapsed: false, summary: true });
    expect(taskOf(3)).toMatchObject({ duration: 1440, elapsed: true, calendarId: '2' });
    expect(taskOf(5)).toMatchObject({ duration: 0, milestone: true, constraintType: 'FNLT', constraintDate: at(2024, 1, 31, 17) });
  });

  it('reads constraints, progress and flags; an absent `active` is an inactive task', () => {
    expect(taskOf(2)).toMatchObject({
      constraintType: 'SNET', constraintDate: at(2024, 1, 2, 8), deadline: at(2024, 1, 10, 17), actualStart: at(2024, 1, 2, 8),
      percentComplete: 50, remainingDuration: 240, manual: false, active: true,
    });
    expect(taskOf(6)).toMatchObject({ manual: true, active: false, duration: 30, actualFinish: at(2024, 1, 5, 9, 30), constraintType: 'ASAP', constraintDate: null });
    expect(taskOf(2)).toMatchObject({ levelingDelay: 1440, levelingDelayElapsed: true });
    // Two segments of four hours with the afternoon between them: a pause of four working hours.
    expect(taskOf(2).splitGaps).toEqual([{ work: 240, length: 240 }]);
    expect(sample.taskDetails.get(2)).toMatchObject({ type: 'fixed-duration', splits: [{ start: at(2024, 1, 2, 8), finish: at(2024, 1, 2, 12) }, { start: at(2024, 1, 3, 8), finish: at(2024, 1, 3, 12) }] });
    expect(sample.taskDetails.get(1)).toMatchObject({ type: 'fixed-units', splits: null });
  });

  it('reads links from predecessor lists only: lags in seconds, leads, elapsed and percentage lags', () => {
    expect(sample.schedule.links).toEqual([
      { predecessorUid: 2, successorUid: 3, type: 'FS', lag: 480, lagElapsed: false, lagPercent: null },
      { predecessorUid: 3, successorUid: 5, type: 'FF', lag: -240, lagElapsed: false, lagPercent: null },
      { predecessorUid: 2, successorUid: 5, type: 'SS', lag: 1440, lagElapsed: true, lagPercent: null },
      { predecessorUid: 1, successorUid: 5, type: 'SF', lag: 0, lagElapsed: false, lagPercent: 50 },
    ]);
    expect(sample.meta.warnings.some((w) => w.includes('predecessor 4 of task 5'))).toBe(true);
  });

  it('keeps the stored dates; slack the writer left out is zero on a scheduled task', () => {
    expect(sample.oracle?.get(1)).toMatchObject({ earlyStart: at(2024, 1, 2, 8), lateFinish: at(2024, 1, 5, 17), totalSlack: 960, freeSlack: 0, critical: false, summary: true });
    expect(sample.oracle?.get(2)).toMatchObject({ totalSlack: 0, freeSlack: 0, critical: true });
    expect(sample.oracle?.has(3)).toBe(false);
  });
});

describe('readMpxjJson: bad files', () => {
  it('refuses truncated JSON and says where it ends', () => {
    const cut = TEXT.slice(0, TEXT.indexOf('"Dig"') + 3);
    const result = readMpxjJson(cut);
    expect(result).toMatchObject({ ok: false, error: { location: { line: cut.split('\n').length } } });
    expect(!result.ok && result.error.message).toMatch(/truncated/);
  });

  it('points at the character where JSON goes wrong', () => {
    const result = readMpxjJson('{\n  "tasks": [1, 2,, 3]\n}');
    expect(result).toMatchObject({ ok: false, error: { location: { line: 2, column: 18, text: 'line 2, column 18' } } });
    expect(!result.ok && result.error.message).toMatch(/expected a value .* found ","/);
    expect(readMpxjJson('{"a": "b" "c"}')).toMatchObject({ ok: false, error: { location: { line: 1, column: 11 } } });
    expect(readMpxjJson('')).toMatchObject({ ok: false });
  });

  it('refuses JSON that is not MPXJ output', () => {
    expect(readMpxjJson('[1, 2]')).toMatchObject({ ok: false, error: { location: { path: '$' } } });
    const other = readMpxjJson('{"name": "package", "version": "1.0.0"}');
    expect(other).toMatchObject({ ok: false, error: { location: { path: 'property_values' } } });
    expect(!other.ok && other.error.message).toMatch(/not MPXJ JSON/);
  });

  it('names the field path of an unreadable value', () => {
    const bad = { ...document, tasks: document.tasks.map((t) => (t.unique_id === 2 ? { ...t, duration: '8h' } : t)) };
    const result = readMpxjJson(JSON.stringify(bad));
    expect(result).toMatchObject({ ok: false, error: { location: { path: 'tasks[2].duration' } } });
    expect(!result.ok && result.error.message).toMatch(/"8h" is not a number/);
  });
});

describe('readMpxjJson: scale', () => {
  it('reads 20,000 linked tasks without losing a task or a link (speed is measured by npm run bench, not here)', () => {
    const n = 20_000;
    const tasks = Array.from({ length: n }, (_, k) => ({
      unique_id: k + 1, id: k + 1, outline_level: 1, active: true, duration: DAY, early_start: '2024-01-02T08:00:00.0',
      predecessors: k > 0 ? [{ predecessor_task_unique_id: k, successor_task_unique_id: k + 1, type: 'FS', lag: DAY }] : [],
    }));
    const p = project(readMpxjJson(JSON.stringify({ ...document, tasks })));
    expect(p.schedule.tasks).toHaveLength(n);
    expect(p.schedule.links).toHaveLength(n - 1);
  });
});
