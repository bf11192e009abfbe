import { describe, expect, it } from 'vitest';
import type { Schedule, ScheduleTask } from '../../api/types.ts';
import { movedByBoth, problemsFromServer, progressFormOf, progressProblems, progressUpdate, remainingHint, statusDateChange } from './progress-view.ts';

// Build: 5 days, started on Monday, 40 % done; the schedule's status date is Wednesday evening.
const build = { id: 'b', name: 'Build', durationMinutes: 2400, durationElapsed: false, percentComplete: 40, actualStart: '2026-03-02T08:00', actualFinish: null, remainingMinutes: null } as ScheduleTask;
const plan = { settings: { minutesPerDay: 480, statusDate: '2026-03-04T17:00' } } as Schedule;

describe('the Progress dialog', () => {
  it('starts from what is stored, and sends only what the manager changed', () => {
    const form = progressFormOf(build, plan);
    expect(form).toEqual({ percent: 40, actualStart: '2026-03-02T08:00', actualFinish: '', remainingDays: '', statusDate: '2026-03-04T17:00' });
    expect(progressUpdate(build, plan, form)).toEqual({});
    expect(statusDateChange(plan, form)).toBeUndefined();
    expect(progressUpdate(build, plan, { ...form, percent: 60, remainingDays: 1.5 })).toEqual({ percentComplete: 60, remainingMinutes: 720 });
    expect(progressUpdate(build, plan, { ...form, actualStart: '', actualFinish: '2026-03-06T17:00' })).toEqual({ actualStart: null, actualFinish: '2026-03-06T17:00' });
    expect(progressUpdate({ ...build, remainingMinutes: 960 }, plan, { ...form, remainingDays: '' })).toEqual({ remainingMinutes: null });
    expect(statusDateChange(plan, { ...form, statusDate: '2026-03-06T17:00' })).toBe('2026-03-06T17:00');
    expect(statusDateChange(plan, { ...form, statusDate: '' })).toBeNull();
  });

  it('says what an empty remaining duration stands for', () => {
    expect(remainingHint(build, plan, progressFormOf(build, plan))).toBe('3');
    expect(remainingHint(build, plan, { ...progressFormOf(build, plan), percent: 100 })).toBe('0');
  });

  it('checks the form before sending, by field', () => {
    const form = progressFormOf(build, plan);
    expect(progressProblems(form)).toEqual({});
    expect(progressProblems({ ...form, percent: 120 })).toEqual({ percent: 'Give a whole percent from 0 to 100.' });
    expect(progressProblems({ ...form, percent: '' })).toMatchObject({ percent: expect.any(String) });
    expect(progressProblems({ ...form, remainingDays: -1 })).toEqual({ remainingDays: 'Give the working days left (0 or more), or leave it empty.' });
    expect(progressProblems({ ...form, percent: 100, remainingDays: 2 })).toMatchObject({ remainingDays: expect.stringContaining('nothing left') });
    expect(progressProblems({ ...form, actualFinish: '2026-03-01T17:00' })).toEqual({ actualFinish: 'The actual finish is before the actual start.' });
    expect(progressProblems({ ...form, actualFinish: '2026-03-06T17:00' })).toEqual({ actualFinish: expect.stringContaining('set 100 %') });
    expect(progressProblems({ ...form, percent: 100, actualFinish: '2026-03-06T17:00' })).toEqual({});
  });

  it('puts the server’s field errors on the fields they name', () => {
    expect(problemsFromServer([{ path: 'actualFinish', message: 'must be on or after the actual start (2026-03-02T08:00)' }, { path: 'remainingMinutes', message: 'too long.' }, { path: 'name', message: 'x' }])).toEqual({
      actualFinish: 'Must be on or after the actual start (2026-03-02T08:00).',
      remainingDays: 'Too long.',
    });
  });

  it('counts a task moved by the task and then by the status date once, from first to last', () => {
    const m = (taskId: string, startBefore: string, startAfter: string) => ({ taskId, name: taskId, startBefore, startAfter, finishBefore: null, finishAfter: null });
    expect(movedByBoth([m('a', '1', '2'), m('b', '1', '2')], [m('a', '2', '3'), m('b', '2', '1'), m('c', '5', '6')])).toEqual([m('a', '1', '3'), m('c', '5', '6')]);
  });
});
