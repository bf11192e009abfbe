// The what-if and the apply path share one implementation of the schedule edits: these tests run
// it in memory (no database) on a small plan A → B → C, one working day each.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ScheduleTaskRow } from '../../db/tables.ts';
import { standardCalendar } from '../../core/calendar/standard-calendar.ts';
import { AppError } from '../errors.ts';
import { computeSchedule } from '../schedules/reschedule.ts';
import { fromEngineCalendar, type ScheduleState } from '../schedules/schedule-state.ts';
import { applyChangeEdits, auditsOf } from './change-edits.ts';
import { assessImpact } from './change-impact.ts';

const NOW = '2026-03-01T00:00:00.000Z';
const env = () => {
  let n = 0;
  return { now: NOW, newId: () => `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}` };
};

function task(id: string, uid: number, name: string, durationMinutes = 480): ScheduleTaskRow {
  return {
    id, projectId: 'p', uid, position: uid, outlineLevel: 1, name, milestone: 0, manual: 0, active: 1, estimated: 0, durationMinutes, durationElapsed: 0,
    calendarId: null, resourceCalendarIdsJson: null, levelingDelayMinutes: 0, levelingDelayElapsed: 0, priority: 500, splitGapsJson: null, constraintType: 'ASAP', constraintDate: null,
    deadline: null, actualStart: null, actualFinish: null, percentComplete: 0, remainingMinutes: null, manualStart: null, manualFinish: null,
    start: null, finish: null, earlyStart: null, earlyFinish: null, lateStart: null, lateFinish: null, totalSlack: null, freeSlack: null, critical: 0, actualWorkMinutes: 0,
    createdAt: NOW, updatedAt: NOW, version: 1,
  };
}
const link = (id: string, predecessorId: string, successorId: string) => ({ id, projectId: 'p', predecessorId, successorId, type: 'FS', lagMinutes: 0, lagElapsed: 0, lagPercent: null, createdAt: NOW, updatedAt: null, version: 1 });

/** A → B → C, each a day, from Monday 2 March 2026, as stored (rescheduled). */
function plan(durations: [number, number, number] = [480, 480, 480]): ScheduleState {
  const state: ScheduleState = {
    projectId: 'p',
    settings: { projectId: 'p', calendarId: 'std', scheduleFrom: 'start', start: '2026-03-02T08:00', finish: null, statusDate: null, minutesPerDay: 480, minutesPerWeek: 2400, daysPerMonth: 20, progressFromTimesheets: 0, computedStart: null, computedFinish: null, createdAt: NOW, updatedAt: NOW, version: 1 },
    calendars: [fromEngineCalendar(standardCalendar('std'))],
    tasks: [task('a', 1, 'A', durations[0]), task('b', 2, 'B', durations[1]), task('c', 3, 'C', durations[2])],
    links: [link('ab', 'a', 'b'), link('bc', 'b', 'c')],
  };
  return computeSchedule(state).state;
}

describe('change request edits and their what-if', () => {
  it('shows the new finish and what moves when a task takes longer, without touching the schedule it was given', () => {
    const state = plan();
    const copy = structuredClone(state);
    const impact = assessImpact(state, [{ op: 'set_duration', taskId: 'a', durationMinutes: 960 }], env());
    expect(state).toEqual(copy);
    expect(impact).toMatchObject({ projectFinishBefore: '2026-03-04T17:00', projectFinishAfter: '2026-03-05T17:00', finishDeltaWorkingDays: 1, addedTasks: [], warnings: [] });
    expect(impact.moved.map((m) => [m.name, m.finishBefore, m.finishAfter])).toEqual([['A', '2026-03-02T17:00', '2026-03-03T17:00'], ['B', '2026-03-03T17:00', '2026-03-04T17:00'], ['C', '2026-03-04T17:00', '2026-03-05T17:00']]);
  });

  it('adds a task between two others and reports it on the critical path', () => {
    const impact = assessImpact(plan(), [{ op: 'remove_link', linkId: 'bc' }, { op: 'add_task', name: 'Migrate data', durationMinutes: 960, milestone: false, afterTaskId: 'b', beforeTaskId: 'c' }], env());
    expect(impact.addedTasks).toEqual([{ name: 'Migrate data', start: '2026-03-04T08:00', finish: '2026-03-05T17:00', critical: true }]);
    expect(impact.criticalPath.joined).toEqual([{ taskId: null, name: 'Migrate data' }]);
    expect(impact.finishDeltaWorkingDays).toBe(2);
    expect(impact.moved.map((m) => m.name)).toEqual(['C']);
  });

  it('names the tasks of a loop the edits would make', () => {
    const loop = () => assessImpact(plan(), [{ op: 'add_link', predecessorId: 'c', successorId: 'a', type: 'FS', lagMinutes: 0 }], env());
    expect(loop).toThrow(AppError);
    try {
      loop();
    } catch (error) {
      expect((error as AppError).code).toBe('schedule_cycle');
      expect((error as AppError).message).toMatch(/A \(1\).*B \(2\).*C \(3\)|loop/);
      expect((error as AppError).errors?.map((e) => e.message)).toEqual(expect.arrayContaining(['in the loop: A', 'in the loop: C']));
    }
  });

  it('refuses an edit that names a task no longer in the schedule, saying which edit', () => {
    try {
      applyChangeEdits(plan(), [{ op: 'set_duration', taskId: 'a', durationMinutes: 60 }, { op: 'set_constraint', taskId: 'gone', type: 'SNET', date: '2026-03-09T08:00' }], env());
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_reference', message: expect.stringMatching(/^Edit 2 \(set_constraint\): No task/), errors: [{ path: 'scheduleEdits[1].taskId' }] });
    }
    expect(() => applyChangeEdits(plan(), [{ op: 'add_link', predecessorId: 'a', successorId: 'b', type: 'FS', lagMinutes: 0 }], env())).toThrow(/Edit 1 \(add_link\): "A" and "B" are already linked/);
  });

  it('turns edits into the writes the task and link commands make, one audit per record', () => {
    const state = plan();
    const applied = applyChangeEdits(state, [{ op: 'set_duration', taskId: 'a', durationMinutes: 60 }, { op: 'set_constraint', taskId: 'a', type: 'SNET', date: '2026-03-03T08:00' }, { op: 'add_task', name: 'D', durationMinutes: 480, milestone: true, afterTaskId: 'c', beforeTaskId: null }], env());
    expect(applied.writes.map((w) => w.kind)).toEqual(['update_task', 'update_task', 'insert_task', 'insert_link']);
    expect(applied.state.tasks.find((t) => t.id === 'a')).toMatchObject({ durationMinutes: 60, constraintType: 'SNET', constraintDate: '2026-03-03T08:00', version: 3 });
    expect(auditsOf(state, applied.writes).map((a) => [a.entityType, a.action])).toEqual([['schedule_task', 'update'], ['schedule_task', 'create'], ['schedule_link', 'create']]);
  });

  it('moves nothing when the edits restate the plan, and never changes its input (property)', () => {
    fc.assert(
      fc.property(fc.tuple(fc.integer({ min: 0, max: 4800 }), fc.integer({ min: 0, max: 4800 }), fc.integer({ min: 0, max: 4800 })), fc.integer({ min: 0, max: 2 }), (durations, i) => {
        const state = plan(durations);
        const copy = structuredClone(state);
        const id = ['a', 'b', 'c'][i]!;
        const same = assessImpact(state, [{ op: 'set_duration', taskId: id, durationMinutes: durations[i]! }], env());
        expect(same.moved).toEqual([]);
        expect(same.finishDeltaWorkingDays).toBe(0);
        const longer = assessImpact(state, [{ op: 'set_duration', taskId: id, durationMinutes: durations[i]! + 480 }], env());
        expect(longer.finishDeltaWorkingDays).toBe(1);
        expect(state).toEqual(copy);
      }),
      { numRuns: 60 },
    );
  });
});
