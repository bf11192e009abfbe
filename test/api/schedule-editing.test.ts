// Editing a schedule in place through the API, on both databases: calendars (working week,
// exceptions, base calendars), a link's type and lag, and moving tasks in the outline.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject } from '../helpers/register-fixtures.ts';

const WORKDAY = [{ start: 480, end: 720 }, { start: 780, end: 1020 }];

describe.each(DIALECTS)('schedule editing on %s', (dialect) => {
  const s = apiSuite(dialect);
  const url = (projectId: string, path = '') => `/api/v1/projects/${projectId}/schedule${path}`;

  /** A project starting Monday 2026-03-02 with A (2d) → B (1d) and an unlinked C (1d). */
  async function plan() {
    const project = await makeProject(s.deps, { name: 'Editable', portfolioId: s.reg.portfolioId, plannedStart: '2026-03-02', managerId: s.cast.manager.user.id });
    const token = s.cast.manager.token;
    const add = async (name: string, durationMinutes: number) => (await call(s.app, 'POST', url(project.id, '/tasks'), { token, body: { name, durationMinutes } })).json().taskId as string;
    const ids = { a: await add('A', 960), b: await add('B', 480), c: await add('C', 480) };
    const link = (await call(s.app, 'POST', url(project.id, '/links'), { token, body: { predecessorId: ids.a, successorId: ids.b } })).json();
    return { projectId: project.id, token, ids, linkId: link.linkId as string, schedule: link.schedule };
  }
  const taskIn = (schedule: { tasks: Array<{ id: string }> }, id: string) => schedule.tasks.find((t) => t.id === id) as Record<string, unknown>;

  it('adds a calendar with a four-day week and a holiday, and reschedules the tasks on it', async () => {
    const { projectId, token, ids } = await plan();
    const week = [[], WORKDAY, WORKDAY, WORKDAY, WORKDAY, [], []];
    const body = { name: 'Four-day week', baseCalendarId: null, definition: { week, workWeeks: [], exceptions: [{ start: '2026-03-03', end: '2026-03-03', ranges: [], name: 'Site closed' }] } };
    const created = await call(s.app, 'POST', url(projectId, '/calendars'), { token, body });
    expect(created.statusCode, created.body).toBe(201);
    const calendarId = created.json().calendarId as string;
    expect(created.json().schedule.calendars.find((c: { id: string }) => c.id === calendarId)).toMatchObject({ name: 'Four-day week', version: 1 });
    const moved = await call(s.app, 'PATCH', url(projectId, `/tasks/${ids.a}`), { token, ifMatch: 1, body: { calendarId } });
    expect(moved.statusCode, moved.body).toBe(200);
    // Mon 2 works, Tue 3 is the holiday, Wed 4 works: two days end on Wednesday evening.
    expect(taskIn(moved.json().schedule, ids.a)).toMatchObject({ start: '2026-03-02T08:00', finish: '2026-03-04T17:00' });
    const reopened = await call(s.app, 'PATCH', url(projectId, `/calendars/${calendarId}`), { token, ifMatch: 1, body: { definition: { ...body.definition, exceptions: [] } } });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().moved.map((m: { taskId: string }) => m.taskId)).toContain(ids.b);
    expect(taskIn(reopened.json().schedule, ids.a)).toMatchObject({ finish: '2026-03-03T17:00' });
    const stale = await call(s.app, 'PATCH', url(projectId, `/calendars/${calendarId}`), { token, ifMatch: 1, body: { name: 'Lost' } });
    expect(stale.statusCode).toBe(409);
  });

  it('derives a calendar from another, refuses loops and calendars without working time, and keeps calendars in use', async () => {
    const { projectId, token, ids } = await plan();
    const projectCalendar = (await call(s.app, 'GET', url(projectId), { token })).json().settings.calendarId as string;
    const derived = await call(s.app, 'POST', url(projectId, '/calendars'), { token, body: { name: 'Team', baseCalendarId: projectCalendar } });
    expect(derived.statusCode, derived.body).toBe(201);
    const teamId = derived.json().calendarId as string;
    expect(derived.json().schedule.calendars.find((c: { id: string }) => c.id === teamId).definition.week).toEqual([null, null, null, null, null, null, null]);

    const problems = async (method: 'POST' | 'PATCH', path: string, body: object, ifMatch?: number) => {
      const res = await call(s.app, method, url(projectId, path), { token, body, ...(ifMatch === undefined ? {} : { ifMatch }) });
      expect(res.statusCode, res.body).toBe(422);
      return res.json().errors.map((e: { path: string }) => e.path);
    };
    const project = (await call(s.app, 'GET', url(projectId), { token })).json().calendars.find((c: { id: string }) => c.id === projectCalendar);
    expect(await problems('PATCH', `/calendars/${projectCalendar}`, { baseCalendarId: teamId }, project.version)).toEqual(['baseCalendarId']);
    expect(await problems('POST', '/calendars', { name: 'Never', baseCalendarId: null, definition: { week: [[], [], [], [], [], [], []], workWeeks: [], exceptions: [] } })).toEqual(['definition.week']);
    expect(await problems('POST', '/calendars', { name: 'Odd', baseCalendarId: null, definition: { week: [[], [{ start: 720, end: 480 }], WORKDAY, WORKDAY, WORKDAY, WORKDAY, null], workWeeks: [], exceptions: [] } })).toEqual([
      'definition.week.1.0',
      'definition.week.6',
    ]);
    expect(await problems('POST', '/calendars', { name: 'Orphan', baseCalendarId: 'nope' })).toEqual(['baseCalendarId']);

    await call(s.app, 'PATCH', url(projectId, `/tasks/${ids.c}`), { token, ifMatch: 1, body: { calendarId: teamId } });
    const inUse = await call(s.app, 'DELETE', url(projectId, `/calendars/${teamId}`), { token });
    expect(inUse.statusCode).toBe(422);
    expect(inUse.json().detail).toMatch(/task "C"/);
    expect((await call(s.app, 'DELETE', url(projectId, `/calendars/${projectCalendar}`), { token })).json().detail).toMatch(/the project/);
    await call(s.app, 'PATCH', url(projectId, `/tasks/${ids.c}`), { token, ifMatch: 2, body: { calendarId: null } });
    const removed = await call(s.app, 'DELETE', url(projectId, `/calendars/${teamId}`), { token });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().schedule.calendars.map((c: { id: string }) => c.id)).toEqual([projectCalendar]);
  });

  it('changes a link’s type and lag under If-Match, and reschedules the successor', async () => {
    const { projectId, token, ids, linkId } = await plan();
    const res = await call(s.app, 'PATCH', url(projectId, `/links/${linkId}`), { token, ifMatch: 1, body: { type: 'SS', lagMinutes: 240 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().schedule.links.find((l: { id: string }) => l.id === linkId)).toMatchObject({ type: 'SS', lagMinutes: 240, version: 2 });
    expect(taskIn(res.json().schedule, ids.b)).toMatchObject({ start: '2026-03-02T13:00', finish: '2026-03-03T12:00' });
    expect(res.json().moved.map((m: { taskId: string }) => m.taskId)).toEqual([ids.b]);
    expect((await call(s.app, 'PATCH', url(projectId, `/links/${linkId}`), { token, ifMatch: 1, body: { lagMinutes: 0 } })).statusCode).toBe(409);
    expect((await call(s.app, 'PATCH', url(projectId, `/links/${linkId}`), { token, body: { lagMinutes: 0 } })).statusCode).toBe(428);
    expect((await call(s.app, 'PATCH', url(projectId, `/links/${linkId}`), { token, ifMatch: 2, body: { predecessorId: ids.c } })).statusCode).toBe(400);
  });

  it('moves a task above another, indents it under a new summary, and keeps the outline well-formed and loop-free', async () => {
    const { projectId, token, ids } = await plan();
    const up = await call(s.app, 'POST', url(projectId, `/tasks/${ids.c}/move`), { token, body: { beforeTaskId: ids.a } });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().schedule.tasks.map((t: { name: string }) => t.name)).toEqual(['C', 'A', 'B']);
    const indented = await call(s.app, 'POST', url(projectId, `/tasks/${ids.c}/move`), { token, body: { beforeTaskId: null, outlineLevel: 2 } });
    expect(indented.statusCode, indented.body).toBe(200);
    const tasks = indented.json().schedule.tasks as Array<{ name: string; outlineLevel: number; summary: boolean; start: string; finish: string }>;
    expect(tasks.map((t) => [t.name, t.outlineLevel, t.summary])).toEqual([['A', 1, false], ['B', 1, true], ['C', 2, false]]);
    // B became C's summary: the link A → B now holds C back until A is done, and B spans C.
    expect(tasks[2]).toMatchObject({ start: '2026-03-04T08:00', finish: '2026-03-04T17:00' });
    expect(tasks[1]).toMatchObject({ start: '2026-03-04T08:00', finish: '2026-03-04T17:00' });
    // As in MS Project, a summary cannot be linked to a task under it: A → B with B under A is a loop.
    const loop = await call(s.app, 'POST', url(projectId, `/tasks/${ids.b}/move`), { token, body: { beforeTaskId: null, outlineLevel: 2 } });
    expect(loop.statusCode).toBe(422);
    expect(loop.json().code).toBe('schedule_cycle');
    const tooDeep = await call(s.app, 'POST', url(projectId, `/tasks/${ids.c}/move`), { token, body: { beforeTaskId: null, outlineLevel: 4 } });
    expect(tooDeep.statusCode).toBe(422);
    expect(tooDeep.json().errors[0].path).toBe('outlineLevel');
    const underItself = await call(s.app, 'POST', url(projectId, `/tasks/${ids.b}/move`), { token, body: { beforeTaskId: ids.c } });
    expect(underItself.statusCode).toBe(422);
    expect(underItself.json().errors[0].path).toBe('beforeTaskId');
    expect((await call(s.app, 'GET', url(projectId), { token })).json().tasks.map((t: { name: string }) => t.name)).toEqual(['A', 'B', 'C']);
  });
});
