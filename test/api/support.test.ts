// The PMO support desk through the API on both databases: a project manager raises a request; the
// PMO assigns it, takes it up (its first response) and resolves it with a resolution; times are
// measured against the category's service level and breaches flagged, in the queue too; requesters
// see only their own requests; moves outside the queue's order are refused with the way on; audited.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';

describe.each(DIALECTS)('support desk on %s', (dialect) => {
  const s = apiSuite(dialect);
  const as = (who: Who) => s.cast[who].token;
  const get = (path: string, who: Who = 'pmo') => call(s.app, 'GET', path, { token: as(who) });
  const raise = async (body: unknown, who: Who = 'manager') => {
    const res = await call(s.app, 'POST', '/api/v1/support/requests', { token: as(who), body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const patch = (id: string, version: number, body: unknown, who: Who = 'pmo') => call(s.app, 'PATCH', `/api/v1/support/requests/${id}`, { token: as(who), body, ifMatch: version });

  it('takes a request from new to closed, timing its first response and resolution', async () => {
    const r = await raise({ title: 'Baseline will not save', category: 'tool_help', description: 'The button is greyed out.' });
    expect(r).toMatchObject({ code: expect.stringMatching(/^SUP-\d+$/), status: 'new', requester: { id: s.cast.manager.user.id }, firstResponse: { met: null, breached: false }, canManage: false });
    // Tool help: 4 working hours to first response, so at least 4 hours away whenever it is raised.
    expect(Date.parse(r.firstResponse.dueAt) - Date.parse(r.raisedAt)).toBeGreaterThanOrEqual(4 * 3_600_000);
    expect((await patch(r.id, 1, { status: 'in_progress' }, 'manager')).statusCode).toBe(403);

    const taken = await patch(r.id, 1, { status: 'in_progress', assigneeId: s.cast.pmo.user.id });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json()).toMatchObject({ status: 'in_progress', assignee: { id: s.cast.pmo.user.id }, firstResponse: { met: true, breached: false }, firstResponseAt: expect.any(String) });
    const unresolved = await patch(r.id, 2, { status: 'resolved' });
    expect(unresolved.statusCode).toBe(422);
    expect(unresolved.json().detail).toContain('Say how');
    const skipped = await patch(r.id, 2, { status: 'closed' });
    expect(skipped.json().detail).toBe('From in progress a request moves to resolved, not closed.');
    const resolved = (await patch(r.id, 2, { status: 'resolved', resolution: 'Saved baseline 0 after closing the task editor.' })).json();
    expect(resolved).toMatchObject({ status: 'resolved', resolutionTime: { met: true, breached: false }, breached: false });
    const closed = (await patch(r.id, 3, { status: 'closed' })).json();
    expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String), resolvedAt: resolved.resolvedAt });
    const actions = (await s.database.db.selectFrom('auditEvents').select('action').where('entityId', '=', r.id).orderBy('at').execute()).map((e) => e.action);
    expect(actions).toEqual(['create', 'in_progress', 'resolved', 'closed']);
  });

  it('flags a request waiting past its service level, in the queue and its count', async () => {
    const levels = (await get('/api/v1/support/service-levels')).json();
    const { version, ...body } = levels;
    const tight = await call(s.app, 'PUT', '/api/v1/support/service-levels', { token: as('pmo'), ifMatch: version, body: { ...body, consulting: { firstResponseHours: 1, resolutionHours: 1 } } });
    expect(tight.statusCode, tight.body).toBe(200);
    const r = await raise({ title: 'Help shaping the business case', category: 'consulting' });
    // A request raised on a Friday morning (a working hour on the Standard calendar) is long past a one-hour target.
    await s.database.db.updateTable('supportRequests').set({ raisedAt: '2026-11-20T09:00:00.000Z' }).where('id', '=', r.id).execute();
    const queue = (await get('/api/v1/support/requests?breached=true', 'executive')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(r.id);
    expect(queue.items.find((i: { id: string }) => i.id === r.id)).toMatchObject({ breached: true, firstResponse: { met: null, breached: true } });
    expect(queue.breached).toBeGreaterThanOrEqual(1);
    const bad = await call(s.app, 'PUT', '/api/v1/support/service-levels', { token: as('pmo'), ifMatch: tight.json().version, body: { ...body, reporting: { firstResponseHours: 10, resolutionHours: 2 } } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toContain('resolution (2 h) must not come before first response (10 h)');
  });

  it('counts working hours of the PMO’s calendar in its time zone, or elapsed hours when the PMO says so', async () => {
    const { version, clock, ...levels } = (await get('/api/v1/support/service-levels')).json();
    expect(clock).toEqual({ basis: 'working', calendarId: 'standard', timeZone: 'UTC' });
    const r = await raise({ title: 'Gantt will not print', category: 'tool_help' });
    // Raised on Friday 20 November 2026 at 20:00 UTC, 15:00 in New York; answered on Monday 09:30 there.
    await s.database.db.updateTable('supportRequests').set({ raisedAt: '2026-11-20T20:00:00.000Z', firstResponseAt: '2026-11-23T14:30:00.000Z', status: 'in_progress' }).where('id', '=', r.id).execute();
    const firstResponse = async () => (await get(`/api/v1/support/requests/${r.id}`)).json().firstResponse;
    // On UTC's clock it came in after hours: due Monday 12:00 UTC, answered at 14:30, late.
    expect(await firstResponse()).toEqual({ dueAt: '2026-11-23T12:00:00.000Z', minutes: 330, met: false, breached: true });

    const newYork = await call(s.app, 'PUT', '/api/v1/support/service-levels', { token: as('pmo'), ifMatch: version, body: { ...levels, clock: { basis: 'working', calendarId: 'standard', timeZone: 'America/New_York' } } });
    expect(newYork.statusCode, newYork.body).toBe(200);
    // Friday 15:00–17:00 and Monday 08:00–10:00 in New York: due 15:00 UTC; answered 3.5 working hours in.
    expect(await firstResponse()).toEqual({ dueAt: '2026-11-23T15:00:00.000Z', minutes: 210, met: true, breached: false });

    const { version: v2, clock: _, ...same } = newYork.json();
    const kept = await call(s.app, 'PUT', '/api/v1/support/service-levels', { token: as('pmo'), ifMatch: v2, body: same });
    expect(kept.json().clock.timeZone).toBe('America/New_York'); // leaving the clock out keeps it
    const elapsed = await call(s.app, 'PUT', '/api/v1/support/service-levels', { token: as('pmo'), ifMatch: v2 + 1, body: { ...same, clock: { basis: 'elapsed', calendarId: 'standard', timeZone: 'UTC' } } });
    expect(elapsed.statusCode, elapsed.body).toBe(200);
    expect(await firstResponse()).toEqual({ dueAt: '2026-11-21T00:00:00.000Z', minutes: 3990, met: false, breached: true });

    const bad = await call(s.app, 'PUT', '/api/v1/support/service-levels', { token: as('pmo'), ifMatch: v2 + 2, body: { ...same, clock: { basis: 'working', calendarId: 'moon', timeZone: 'Mars/Olympus' } } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      { path: 'clock.calendarId', message: expect.stringContaining('no base calendar "moon"; choose one of standard') },
      { path: 'clock.timeZone', message: expect.stringContaining('"Mars/Olympus" is not a time zone') },
    ]);
    expect((await get('/api/v1/support/service-levels')).json()).toMatchObject({ version: v2 + 2, clock: { basis: 'elapsed' } });
  });

  it('shows requesters only their own requests', async () => {
    const mine = await raise({ title: 'Training on EVM', category: 'training' }, 'contributor');
    const theirs = await raise({ title: 'Assurance review', category: 'assurance' }, 'manager');
    const seen = (await get('/api/v1/support/requests', 'contributor')).json().items.map((i: { id: string }) => i.id);
    expect(seen).toContain(mine.id);
    expect(seen).not.toContain(theirs.id);
    expect((await get(`/api/v1/support/requests/${theirs.id}`, 'contributor')).statusCode).toBe(404);
  });
});
