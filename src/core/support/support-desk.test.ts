import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_LEVELS, requestSla, serviceLevelProblems, transitionProblem } from './support-desk.ts';

describe('support desk queue', () => {
  it('moves new → in progress → resolved → closed, reopens a resolved request, and says why not otherwise', () => {
    expect(transitionProblem('new', 'in_progress')).toBeNull();
    expect(transitionProblem('resolved', 'in_progress')).toBeNull();
    expect(transitionProblem('in_progress', 'closed')).toBe('From in progress a request moves to resolved, not closed.');
    expect(transitionProblem('closed', 'in_progress')).toBe('A closed request is final; raise a new one.');
  });
});

describe('service levels', () => {
  const raised = { category: 'tool_help' as const, raisedAt: '2026-05-04T09:00:00.000Z' };
  it('is pending and unbreached before the targets pass', () => {
    const sla = requestSla({ ...raised, firstResponseAt: null, resolvedAt: null }, DEFAULT_SERVICE_LEVELS, '2026-05-04T12:00:00.000Z');
    expect(sla.firstResponse).toEqual({ dueAt: '2026-05-04T13:00:00.000Z', minutes: 180, met: null, breached: false });
    expect(sla.breached).toBe(false);
  });
  it('flags an overdue first response while it waits, and a late resolution on record', () => {
    const waiting = requestSla({ ...raised, firstResponseAt: null, resolvedAt: null }, DEFAULT_SERVICE_LEVELS, '2026-05-04T13:01:00.000Z');
    expect(waiting.firstResponse).toMatchObject({ met: null, breached: true, minutes: 241 });
    const late = requestSla({ ...raised, firstResponseAt: '2026-05-04T10:00:00.000Z', resolvedAt: '2026-05-05T02:00:00.000Z' }, DEFAULT_SERVICE_LEVELS, '2026-05-06T00:00:00.000Z');
    expect(late.firstResponse).toMatchObject({ met: true, breached: false, minutes: 60 });
    expect(late.resolution).toMatchObject({ dueAt: '2026-05-05T01:00:00.000Z', met: false, breached: true, minutes: 1020 });
    expect(late.breached).toBe(true);
  });
  it('refuses a resolution target sooner than the first response', () => {
    expect(serviceLevelProblems({ ...DEFAULT_SERVICE_LEVELS, consulting: { firstResponseHours: 24, resolutionHours: 8 } }))
      .toEqual([{ path: 'consulting.resolutionHours', message: 'resolution (8 h) must not come before first response (24 h)' }]);
  });
});
