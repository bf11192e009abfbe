import { describe, expect, it } from 'vitest';
import { standardCalendar } from '../calendar/standard-calendar.ts';
import { DEFAULT_SERVICE_LEVELS, ELAPSED_CLOCK, requestSla, serviceLevelProblems, slaClockOf, transitionProblem, workingClock } from './support-desk.ts';

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

describe('service levels in working hours', () => {
  // Friday 20 November 2026, 16:00 UTC; the Standard calendar works 08:00–12:00 and 13:00–17:00, Monday to Friday.
  const friday = { category: 'tool_help' as const, raisedAt: '2026-11-20T16:00:00.000Z', firstResponseAt: null, resolvedAt: null };
  const calendars = [standardCalendar()];
  const around = Date.parse(friday.raisedAt);

  it('runs the clock in working hours only: 4 h from Friday 16:00 falls due on Monday at 11:00', () => {
    const clock = workingClock('standard', calendars, 'UTC', around);
    const sla = requestSla(friday, DEFAULT_SERVICE_LEVELS, '2026-11-23T09:00:00.000Z', clock);
    expect(sla.firstResponse).toEqual({ dueAt: '2026-11-23T11:00:00.000Z', minutes: 120, met: null, breached: false });
    expect(requestSla(friday, DEFAULT_SERVICE_LEVELS, '2026-11-23T11:01:00.000Z', clock).firstResponse).toMatchObject({ breached: true, minutes: 241 });
  });

  it('starts the clock at the next working minute and skips the calendar’s holidays', () => {
    const withHoliday = [{ ...standardCalendar(), exceptions: [{ start: '2026-11-23', end: '2026-11-23', ranges: [], name: 'Closure' }] }];
    const clock = workingClock('standard', withHoliday, 'UTC', around);
    const saturday = { ...friday, raisedAt: '2026-11-21T10:00:00.000Z' };
    expect(requestSla(saturday, DEFAULT_SERVICE_LEVELS, '2026-11-21T12:00:00.000Z', clock).firstResponse).toMatchObject({ dueAt: '2026-11-24T12:00:00.000Z', minutes: 0 });
  });

  it('reads working hours on the PMO’s own clock: 15:00 in New York is 20:00 UTC', () => {
    const clock = slaClockOf({ basis: 'working', calendarId: 'standard', timeZone: 'America/New_York' }, calendars, around);
    const sla = requestSla({ ...friday, raisedAt: '2026-11-20T20:00:00.000Z', firstResponseAt: '2026-11-23T14:30:00.000Z' }, DEFAULT_SERVICE_LEVELS, '2026-11-24T00:00:00.000Z', clock);
    // Friday 15:00–17:00 and Monday 08:00–10:00 in New York: due 15:00 UTC; answered 09:30 New York, 3.5 working hours in.
    expect(sla.firstResponse).toEqual({ dueAt: '2026-11-23T15:00:00.000Z', minutes: 210, met: true, breached: false });
  });

  it('counts plain elapsed hours when the PMO chooses so', () => {
    const clock = slaClockOf({ basis: 'elapsed', calendarId: 'standard', timeZone: 'UTC' }, calendars, around);
    expect(clock).toBe(ELAPSED_CLOCK);
    expect(requestSla(friday, DEFAULT_SERVICE_LEVELS, '2026-11-20T21:00:00.000Z', clock).firstResponse).toMatchObject({ dueAt: '2026-11-20T20:00:00.000Z', breached: true, minutes: 300 });
  });
});
