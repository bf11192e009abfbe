import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { withProgressRules } from './task-progress.ts';

// Build: 5 days (2,400 working minutes) scheduled Mon 2 → Fri 6 March 2026, not started.
const build = { name: 'Build', start: '2026-03-02T08:00', finish: '2026-03-06T17:00', durationMinutes: 2400, percentComplete: 0, actualStart: null, actualFinish: null };
const started = { ...build, percentComplete: 40, actualStart: '2026-03-03T08:00' };
const done = { ...started, percentComplete: 100, actualFinish: '2026-03-09T12:00' };

const refusal = (f: () => unknown): { path: string; message: string } => {
  try {
    f();
  } catch (error) {
    if (error instanceof AppError) return { path: error.errors?.[0]?.path ?? '', message: error.message };
  }
  throw new Error('not refused');
};

describe('progress rules (MS Project’s Update Tasks)', () => {
  it('leaves an update without progress alone', () => {
    expect(withProgressRules(build, false, { name: 'Build it' })).toEqual({ name: 'Build it' });
  });

  it('starts a task given progress on its scheduled start, and lets the remaining follow the percent', () => {
    expect(withProgressRules(build, false, { percentComplete: 50 })).toEqual({ percentComplete: 50, remainingMinutes: null, actualStart: '2026-03-02T08:00' });
    // Its own actual start stands.
    expect(withProgressRules(started, false, { percentComplete: 60 })).toEqual({ percentComplete: 60, remainingMinutes: null });
  });

  it('finishes a task marked 100 % on its scheduled finish, and an actual finish makes it 100 %', () => {
    expect(withProgressRules(build, false, { percentComplete: 100 })).toEqual({ percentComplete: 100, remainingMinutes: null, actualStart: '2026-03-02T08:00', actualFinish: '2026-03-06T17:00' });
    expect(withProgressRules(started, false, { actualFinish: '2026-03-09T12:00' })).toEqual({ actualFinish: '2026-03-09T12:00', percentComplete: 100, remainingMinutes: null });
    expect(withProgressRules(started, false, { remainingMinutes: 0 })).toMatchObject({ percentComplete: 100, actualFinish: '2026-03-06T17:00' });
  });

  it('reopens a finished task given less than 100 %, and unstarts one set to 0 % or without its actual start', () => {
    expect(withProgressRules(done, false, { percentComplete: 80 })).toEqual({ percentComplete: 80, remainingMinutes: null, actualFinish: null });
    expect(withProgressRules(done, false, { percentComplete: 0 })).toEqual({ percentComplete: 0, remainingMinutes: null, actualStart: null, actualFinish: null });
    expect(withProgressRules(started, false, { actualStart: null })).toEqual({ actualStart: null, percentComplete: 0, remainingMinutes: null });
  });

  it('re-estimates the duration from a remaining duration: the part done plus what remains', () => {
    // 40 % of 5 days is 2 days done; 4 days remain: the task now lasts 6 days.
    expect(withProgressRules(started, false, { remainingMinutes: 1920 })).toEqual({ remainingMinutes: 1920, durationMinutes: 960 + 1920 });
    // With a new percent in the same update: 50 % of 5 days done, 1 day remains.
    expect(withProgressRules(started, false, { percentComplete: 50, remainingMinutes: 480 })).toEqual({ percentComplete: 50, remainingMinutes: 480, durationMinutes: 1200 + 480 });
  });

  it('refuses what cannot be true, saying what to do', () => {
    expect(refusal(() => withProgressRules(build, true, { percentComplete: 50 }))).toEqual({ path: 'percentComplete', message: expect.stringContaining('summary task’s progress rolls up') });
    expect(refusal(() => withProgressRules(done, false, { remainingMinutes: 480 }))).toEqual({ path: 'remainingMinutes', message: expect.stringContaining('lower its percent complete') });
    expect(refusal(() => withProgressRules(build, false, { percentComplete: 30, actualStart: null }))).toEqual({ path: 'actualStart', message: expect.stringContaining('give its actual start') });
    expect(refusal(() => withProgressRules(started, false, { percentComplete: 100, actualFinish: null }))).toEqual({ path: 'actualFinish', message: expect.stringContaining('give its actual finish') });
    expect(refusal(() => withProgressRules(started, false, { percentComplete: 60, actualFinish: '2026-03-06T17:00' }))).toEqual({ path: 'actualFinish', message: expect.stringContaining('set 100 % rather than 60 %') });
    // Started after its scheduled finish: the scheduled finish cannot stand in for the actual one.
    expect(refusal(() => withProgressRules(build, false, { percentComplete: 100, actualStart: '2026-03-10T08:00' }))).toEqual({
      path: 'actualFinish',
      message: 'Task "Build": give its actual finish: the scheduled finish (2026-03-06T17:00) is before the actual start (2026-03-10T08:00).',
    });
  });
});
