import { describe, expect, it } from 'vitest';
import { schedule } from './schedule.ts';
import { link, plan, task } from './plan-builder.ts';
import { isoFromWall, wallFromIso } from '../calendar/wall-time.ts';
import type { ScheduleInput, TaskSchedule } from './schedule-types.ts';
import { standardCalendar } from '../calendar/standard-calendar.ts';

const iso = (t: number) => isoFromWall(t).slice(0, 16);
function run(input: ScheduleInput): Map<number, TaskSchedule> {
  const result = schedule(input);
  if (!result.ok) throw new Error(result.message);
  return new Map(result.tasks.map((t) => [t.uid, t]));
}
const dates = (t: TaskSchedule) => [iso(t.earlyStart), iso(t.earlyFinish), iso(t.lateStart), iso(t.lateFinish)];

describe('forward and backward pass', () => {
  it('chains finish-to-start links over working time, with slack on the shorter branch', () => {
    const r = run(plan([task(1, 'Design', '2d'), task(2, 'Build', '1d'), task(3, 'Docs', '1d')], [link(1, 2), link(1, 3)]));
    expect(dates(r.get(1)!)).toEqual(['2026-03-02T08:00', '2026-03-03T17:00', '2026-03-02T08:00', '2026-03-03T17:00']);
    expect(dates(r.get(2)!)).toEqual(['2026-03-04T08:00', '2026-03-04T17:00', '2026-03-04T08:00', '2026-03-04T17:00']);
    expect(r.get(1)!.critical).toBe(true);
    const parallel = run(plan([task(1, 'A', '3d'), task(2, 'B', '1d')]));
    expect(parallel.get(2)!.totalSlack).toBe(960);
    expect(parallel.get(2)!.freeSlack).toBe(960);
    expect(parallel.get(2)!.critical).toBe(false);
  });

  it('honours start-to-start, finish-to-finish and start-to-finish links with lags and leads', () => {
    const r = run(
      plan(
        [task(1, 'A', '3d'), task(2, 'SS+1d', '1d'), task(3, 'FF+0', '1d'), task(4, 'FS-1d', '2d'), task(5, 'SF', '1d')],
        [link(1, 2, 'SS', '1d'), link(1, 3, 'FF'), link(1, 4, 'FS', '-1d'), link(1, 5, 'SF', '2d')],
      ),
    );
    expect(iso(r.get(2)!.earlyStart)).toBe('2026-03-03T08:00');
    expect(iso(r.get(3)!.earlyStart)).toBe('2026-03-04T08:00');
    expect(iso(r.get(3)!.earlyFinish)).toBe('2026-03-04T17:00');
    expect(iso(r.get(4)!.earlyStart)).toBe('2026-03-04T08:00');
    expect(iso(r.get(5)!.earlyFinish)).toBe('2026-03-03T17:00');
  });

  it('puts a milestone at its predecessor’s finish, not the next morning', () => {
    const r = run(plan([task(1, 'Work', '1d'), task(2, 'Done', '0d')], [link(1, 2)]));
    expect(iso(r.get(2)!.earlyStart)).toBe('2026-03-02T17:00');
    expect(iso(r.get(2)!.earlyFinish)).toBe('2026-03-02T17:00');
    expect(r.get(2)!.critical).toBe(true);
  });

  it('passes links into a summary down to its children, and links out of it from its last child', () => {
    const r = run(
      plan(
        [task(1, 'Prep', '1d'), task(2, 'Phase', '0d', { summary: true }), task(3, 'P1', '2d', { outlineLevel: 2 }), task(4, 'P2', '1d', { outlineLevel: 2 }), task(5, 'After', '1d')],
        [link(1, 2), link(3, 4), link(2, 5)],
      ),
    );
    expect(iso(r.get(3)!.earlyStart)).toBe('2026-03-03T08:00');
    expect(dates(r.get(2)!).slice(0, 2)).toEqual(['2026-03-03T08:00', '2026-03-05T17:00']);
    expect(iso(r.get(5)!.earlyStart)).toBe('2026-03-06T08:00');
    expect(r.get(2)!.totalSlack).toBe(0);
  });

  it('rolls late dates up through nested summary tasks', () => {
    const r = run(plan([task(1, 'Programme', '0d', { summary: true }), task(2, 'Phase', '0d', { summary: true, outlineLevel: 2 }), task(3, 'Work', '2d', { outlineLevel: 3 })]));
    expect(dates(r.get(1)!)).toEqual(['2026-03-02T08:00', '2026-03-03T17:00', '2026-03-02T08:00', '2026-03-03T17:00']);
    expect(r.get(1)!.totalSlack).toBe(0);
    expect(r.get(1)!.critical).toBe(true);
  });

  it('reports negative slack when a deadline or a must-finish constraint is missed', () => {
    const deadline = wallFromIso('2026-03-03T17:00');
    const r = run(plan([task(1, 'A', '3d', { deadline }), task(2, 'B', '1d', { constraintType: 'MFO', constraintDate: deadline })], [link(1, 2)]));
    expect(r.get(1)!.totalSlack).toBe(-960);
    expect(r.get(1)!.critical).toBe(true);
    expect(iso(r.get(2)!.earlyFinish)).toBe('2026-03-03T17:00');
  });

  it('keeps a task from starting before its start-no-earlier-than date', () => {
    const r = run(plan([task(1, 'A', '1d', { constraintType: 'SNET', constraintDate: wallFromIso('2026-03-05T00:00') })]));
    expect(iso(r.get(1)!.earlyStart)).toBe('2026-03-05T08:00');
  });

  it('schedules unfinished work from the status date', () => {
    const statusDate = wallFromIso('2026-03-11T08:00');
    const r = run(
      plan(
        [
          task(1, 'Started, half done', '4d', { actualStart: wallFromIso('2026-03-02T08:00'), percentComplete: 50, remainingDuration: 960 }),
          task(2, 'Not started', '1d'),
          task(3, 'Done', '1d', { actualStart: wallFromIso('2026-03-02T08:00'), actualFinish: wallFromIso('2026-03-02T17:00'), percentComplete: 100, remainingDuration: 0 }),
        ],
        [],
        { statusDate },
      ),
    );
    expect(iso(r.get(1)!.earlyStart)).toBe('2026-03-02T08:00');
    expect(iso(r.get(1)!.earlyFinish)).toBe('2026-03-12T17:00');
    expect(iso(r.get(2)!.earlyStart)).toBe('2026-03-11T08:00');
    expect(iso(r.get(3)!.earlyFinish)).toBe('2026-03-02T17:00');
    expect(r.get(3)!.critical).toBe(false);
  });

  it('keeps an unlinked manual task with an estimated duration off the critical path, as MS Project does', () => {
    const manual = (uid: number, name: string, estimated: boolean) =>
      task(uid, name, '2d', { manual: true, estimated, start: wallFromIso('2026-03-02T08:00'), finish: wallFromIso('2026-03-03T17:00') });
    const r = run(plan([manual(1, 'Firm', false), manual(2, 'Estimate', true), manual(3, 'Linked estimate', true), task(4, 'Next', '0d')], [link(3, 4)]));
    expect([1, 2, 3].map((uid) => r.get(uid)!.totalSlack)).toEqual([0, 0, 0]);
    expect([1, 2, 3].map((uid) => r.get(uid)!.critical)).toEqual([true, false, true]);
  });

  it('gives a manual task linked on to another a late finish at its successor’s late start, and ignores its start links', () => {
    const manual = (uid: number, start: string, finish: string) => task(uid, `M${uid}`, '1d', { manual: true, start: wallFromIso(start), finish: wallFromIso(finish) });
    const r = run(
      plan(
        [manual(1, '2026-03-02T08:00', '2026-03-02T17:00'), manual(2, '2026-03-03T08:00', '2026-03-03T17:00'), manual(3, '2026-03-02T08:00', '2026-03-02T17:00'), manual(4, '2026-03-03T08:00', '2026-03-03T17:00'), task(5, 'Long', '5d')],
        [link(1, 2), link(3, 4, 'SS', '1d')],
      ),
    );
    // 08:00 on the successor's late start day, not 17:00 the day before.
    expect(dates(r.get(1)!).slice(2)).toEqual(['2026-03-05T08:00', '2026-03-06T08:00']);
    expect(dates(r.get(3)!).slice(2)).toEqual(['2026-03-06T08:00', '2026-03-06T17:00']);
  });

  it('shows a started task’s late start at its actual start, and a finished task’s late finish at its actual finish', () => {
    const r = run(
      plan([
        task(1, 'Started', '2d', { actualStart: wallFromIso('2026-03-02T08:00'), percentComplete: 50, remainingDuration: 480 }),
        task(2, 'Done', '1d', { actualStart: wallFromIso('2026-03-02T08:00'), actualFinish: wallFromIso('2026-03-02T17:00'), percentComplete: 100, remainingDuration: 0 }),
        task(3, 'Long', '5d'),
      ]),
    );
    expect(dates(r.get(1)!).slice(2)).toEqual(['2026-03-02T08:00', '2026-03-06T17:00']);
    expect(r.get(1)!.totalSlack).toBe(1440);
    expect(dates(r.get(2)!).slice(2)).toEqual(['2026-03-02T08:00', '2026-03-02T17:00']);
    expect(r.get(2)!.totalSlack).toBe(0);
  });

  it('shows negative slack on a must-finish milestone its predecessors would finish after', () => {
    const r = run(plan([task(1, 'Work', '3d'), task(2, 'Gate', '0d', { constraintType: 'MFO', constraintDate: wallFromIso('2026-03-03T17:00') })], [link(1, 2)]));
    expect(iso(r.get(2)!.earlyFinish)).toBe('2026-03-03T17:00');
    expect(r.get(2)!.totalSlack).toBe(-480);
  });

  it('finishes an elapsed task at the project finish itself and counts its slack in wall minutes', () => {
    // 3 edays from Monday 08:00 end Thursday 08:00; a 1-hour elapsed task may finish right then.
    const r = run(plan([task(1, 'Long', '0d', { duration: 3 * 1440, elapsed: true, milestone: false }), task(2, 'Short', '0d', { duration: 60, elapsed: true, milestone: false })]));
    expect(dates(r.get(2)!)).toEqual(['2026-03-02T08:00', '2026-03-02T09:00', '2026-03-05T07:00', '2026-03-05T08:00']);
    expect(r.get(2)!.totalSlack).toBe(3 * 1440 - 60);
    expect(r.get(1)!.totalSlack).toBe(0);
  });

  it('schedules a task on its resources’ calendar, within its own calendar when it has one', () => {
    const standard = standardCalendar();
    const resource = { ...standardCalendar('r1'), name: 'R1', baseId: 'standard', week: [], exceptions: [{ start: '2026-03-03', end: '2026-03-03', ranges: [] }] };
    const r = run(plan([task(1, 'Worked by R1', '2d', { resourceCalendarIds: ['r1'] }), task(2, 'Own calendar and R1', '2d', { calendarId: 'standard', resourceCalendarIds: ['r1'] })], [], { calendars: [standard, resource] }));
    expect(iso(r.get(1)!.earlyFinish)).toBe('2026-03-04T17:00');
    expect(iso(r.get(2)!.earlyFinish)).toBe('2026-03-04T17:00');
  });

  it('keeps a split task’s pauses: its finish lies their length later, early and late', () => {
    // 10 days of work with a 3-day pause after the first 4: 13 working days from start to finish.
    const r = run(plan([task(1, 'Split', '10d', { splitGaps: [{ work: 1920, length: 1440 }] }), task(2, 'Long', '15d'), task(3, 'After', '1d')], [link(1, 3)]));
    expect(dates(r.get(1)!)).toEqual(['2026-03-02T08:00', '2026-03-18T17:00', '2026-03-03T08:00', '2026-03-19T17:00']);
    expect(r.get(1)!.totalSlack).toBe(480);
    expect(iso(r.get(3)!.earlyStart)).toBe('2026-03-19T08:00');
  });

  it('starts a task its leveling delay after its early start, and leaves its late dates alone', () => {
    const r = run(plan([task(1, 'Delayed', '1d', { levelingDelay: 1440, levelingDelayElapsed: true }), task(2, 'Other', '3d')]));
    expect(dates(r.get(1)!)).toEqual(['2026-03-03T08:00', '2026-03-03T17:00', '2026-03-04T08:00', '2026-03-04T17:00']);
    expect(r.get(1)!.totalSlack).toBe(480);
  });

  it('shows a started task’s actual start as its late start, and a finished task’s actual finish as its late finish', () => {
    const r = run(
      plan([
        task(1, 'Started', '4d', { actualStart: wallFromIso('2026-03-02T08:00'), percentComplete: 25 }),
        task(2, 'Done', '1d', { actualStart: wallFromIso('2026-03-02T08:00'), actualFinish: wallFromIso('2026-03-02T17:00'), percentComplete: 100 }),
        task(3, 'Long', '6d'),
      ]),
    );
    // The slack is still the finish's: two days.
    expect(dates(r.get(1)!)).toEqual(['2026-03-02T08:00', '2026-03-05T17:00', '2026-03-02T08:00', '2026-03-09T17:00']);
    expect(r.get(1)!.totalSlack).toBe(960);
    expect(dates(r.get(2)!)).toEqual(['2026-03-02T08:00', '2026-03-02T17:00', '2026-03-02T08:00', '2026-03-02T17:00']);
    expect(r.get(2)!.totalSlack).toBe(0);
    expect(r.get(2)!.critical).toBe(false);
  });

  it('schedules back from the finish date: the project starts where its work must begin to finish on time', () => {
    const finish = wallFromIso('2026-03-13T17:00');
    const r = run(
      plan([task(1, 'A', '2d'), task(2, 'B', '1d'), task(3, 'Late C', '1d', { constraintType: 'ALAP' }), task(4, 'Early D', '1d')], [link(1, 2)], { scheduleFromStart: false, projectFinish: finish }),
    );
    expect(dates(r.get(1)!)).toEqual(['2026-03-11T08:00', '2026-03-12T17:00', '2026-03-11T08:00', '2026-03-12T17:00']);
    expect(dates(r.get(2)!)).toEqual(['2026-03-13T08:00', '2026-03-13T17:00', '2026-03-13T08:00', '2026-03-13T17:00']);
    expect([iso(r.get(3)!.start), iso(r.get(3)!.finish)]).toEqual(['2026-03-13T08:00', '2026-03-13T17:00']);
    expect([iso(r.get(4)!.start), r.get(4)!.totalSlack]).toEqual(['2026-03-11T08:00', 960]);
    const result = schedule(plan([task(1, 'A', '2d')], [], { scheduleFromStart: false, projectFinish: finish }));
    expect(result.ok && [iso(result.projectStart), iso(result.projectFinish)]).toEqual(['2026-03-12T08:00', '2026-03-13T17:00']);
  });

  it('shows negative slack when a constraint keeps work from finishing by the finish date', () => {
    const finish = wallFromIso('2026-03-13T17:00');
    const r = run(plan([task(1, 'Not before Friday', '2d', { constraintType: 'SNET', constraintDate: wallFromIso('2026-03-13T08:00') })], [], { scheduleFromStart: false, projectFinish: finish }));
    expect(iso(r.get(1)!.earlyFinish)).toBe('2026-03-16T17:00');
    expect(r.get(1)!.totalSlack).toBe(-480);
  });

  it('reports a dependency cycle by naming its tasks, without hanging', () => {
    const result = schedule(plan([task(1, 'A', '1d'), task(2, 'B', '1d'), task(3, 'C', '1d')], [link(1, 2), link(2, 3), link(3, 1)]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(new Set(result.cycle)).toEqual(new Set([1, 2, 3]));
      expect(result.message).toMatch(/A \(1\)|B \(2\)|C \(3\)/);
    }
  });
});
