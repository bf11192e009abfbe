// A project's schedule through the API, on both databases: planning, rescheduling with what
// moved, loops refused, import, baselines and settings.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject } from '../helpers/register-fixtures.ts';
import { MSPDI_SAMPLE } from '../helpers/schedule-fixtures.ts';

describe.each(DIALECTS)('schedule on %s', (dialect) => {
  const s = apiSuite(dialect);
  const url = (projectId: string, path = '') => `/api/v1/projects/${projectId}/schedule${path}`;

  async function plannedProject() {
    const p = await makeProject(s.deps, { name: 'Planned', portfolioId: s.reg.portfolioId, plannedStart: '2026-03-02', managerId: s.cast.manager.user.id });
    const token = s.cast.manager.token;
    const add = async (name: string, durationMinutes: number) => (await call(s.app, 'POST', url(p.id, '/tasks'), { token, body: { name, durationMinutes } })).json();
    const a = await add('Design', 960);
    const b = await add('Build', 480);
    const c = await add('Docs', 480);
    await call(s.app, 'POST', url(p.id, '/links'), { token, body: { predecessorId: a.taskId, successorId: b.taskId } });
    const last = await call(s.app, 'POST', url(p.id, '/links'), { token, body: { predecessorId: a.taskId, successorId: c.taskId, type: 'FS', lagMinutes: -240 } });
    return { project: p, ids: { a: a.taskId as string, b: b.taskId as string, c: c.taskId as string }, last: last.json(), token };
  }

  it('schedules tasks as they are planned and names the critical path', async () => {
    const { project, ids, last } = await plannedProject();
    expect(last.linkId).toBeDefined();
    const schedule = (await call(s.app, 'GET', url(project.id), { token: s.cast.executive.token })).json();
    const byId = new Map(schedule.tasks.map((t: { id: string }) => [t.id, t]));
    expect(byId.get(ids.a)).toMatchObject({ start: '2026-03-02T08:00', finish: '2026-03-03T17:00', critical: true, totalSlack: 0 });
    expect(byId.get(ids.b)).toMatchObject({ start: '2026-03-04T08:00', finish: '2026-03-04T17:00', critical: true });
    expect(byId.get(ids.c)).toMatchObject({ start: '2026-03-03T13:00', finish: '2026-03-04T12:00', critical: false, totalSlack: 240 });
    expect(schedule.criticalPath).toEqual([ids.a, ids.b]);
    expect(schedule).toMatchObject({ projectStart: '2026-03-02T08:00', projectFinish: '2026-03-04T17:00' });
  });

  it('answers a change with the tasks that moved', async () => {
    const { project, ids, token } = await plannedProject();
    const res = await call(s.app, 'PATCH', url(project.id, `/tasks/${ids.a}`), { token, ifMatch: 1, body: { durationMinutes: 1440 } });
    expect(res.statusCode, res.body).toBe(200);
    const moved = res.json().moved as Array<{ taskId: string; finishBefore: string; finishAfter: string }>;
    expect(moved.map((m) => m.taskId).sort()).toEqual([ids.a, ids.b, ids.c].sort());
    expect(moved.find((m) => m.taskId === ids.b)).toMatchObject({ finishBefore: '2026-03-04T17:00', finishAfter: '2026-03-05T17:00' });
    const stale = await call(s.app, 'PATCH', url(project.id, `/tasks/${ids.a}`), { token, ifMatch: 1, body: { name: 'Lost' } });
    expect(stale.statusCode).toBe(409);
  });

  it('records progress at the status date as MS Project’s Update Tasks does, moving what is left of the plan', async () => {
    const { project, ids, token } = await plannedProject();
    const settings = (await call(s.app, 'GET', url(project.id), { token })).json().settings;
    const status = await call(s.app, 'PATCH', url(project.id, '/settings'), { token, ifMatch: settings.version, body: { statusDate: '2026-03-04T17:00' } });
    expect(status.statusCode, status.body).toBe(200);
    const patch = (version: number, body: object) => call(s.app, 'PATCH', url(project.id, `/tasks/${ids.a}`), { token, ifMatch: version, body });
    const design = (res: { json: () => { schedule: { tasks: Array<{ id: string }> } } }) => res.json().schedule.tasks.find((t) => t.id === ids.a);

    // Half of Design (2 days from Monday) is done by Wednesday evening: it started as scheduled and
    // its last day runs after the status date, on Thursday; Build follows on Friday.
    const half = await patch(1, { percentComplete: 50 });
    expect(half.statusCode, half.body).toBe(200);
    expect(design(half)).toMatchObject({ percentComplete: 50, actualStart: '2026-03-02T08:00', actualFinish: null, remainingMinutes: null, finish: '2026-03-05T17:00' });
    expect(half.json().schedule.projectFinish).toBe('2026-03-06T17:00');
    // Two days remain, not one: Design lasts its done day plus two, to Friday; the project to Monday.
    const longer = await patch(2, { remainingMinutes: 960 });
    expect(design(longer)).toMatchObject({ durationMinutes: 1440, remainingMinutes: 960, finish: '2026-03-06T17:00' });
    expect(longer.json().schedule.projectFinish).toBe('2026-03-09T17:00');
    // An actual finish before the actual start is refused, saying which date is wrong.
    const backwards = await patch(3, { actualFinish: '2026-03-01T17:00' });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().errors).toEqual([{ path: 'actualFinish', message: 'must be on or after the actual start (2026-03-02T08:00)' }]);
    // Marked done: it finished when the plan had it finish, and Build follows on the next working morning.
    const finished = await patch(3, { percentComplete: 100 });
    expect(design(finished)).toMatchObject({ percentComplete: 100, actualFinish: '2026-03-06T17:00' });
    expect(finished.json().schedule.projectFinish).toBe('2026-03-09T17:00');
  });

  it('keeps a manual task with an estimated duration off the critical path until the estimate is firm', async () => {
    const { project, token } = await plannedProject();
    const body = { name: 'Vendor review', manual: true, estimated: true, durationMinutes: 960, start: '2026-03-02T08:00', finish: '2026-03-04T17:00' };
    const created = await call(s.app, 'POST', url(project.id, '/tasks'), { token, body });
    expect(created.statusCode, created.body).toBe(201);
    const taskOf = (schedule: { tasks: Array<{ id: string }> }) => schedule.tasks.find((t) => t.id === created.json().taskId);
    expect(taskOf(created.json().schedule)).toMatchObject({ estimated: true, totalSlack: 0, critical: false });
    const firm = await call(s.app, 'PATCH', url(project.id, `/tasks/${created.json().taskId}`), { token, ifMatch: 1, body: { estimated: false } });
    expect(firm.statusCode, firm.body).toBe(200);
    expect(taskOf(firm.json().schedule)).toMatchObject({ estimated: false, critical: true });
  });

  it('refuses a link that would make a loop, naming the tasks, and keeps the schedule as it was', async () => {
    const { project, ids, token } = await plannedProject();
    const before = (await call(s.app, 'GET', url(project.id), { token })).json();
    const reverse = await call(s.app, 'POST', url(project.id, '/links'), { token, body: { predecessorId: ids.b, successorId: ids.a } });
    expect(reverse.statusCode).toBe(409);
    const d = (await call(s.app, 'POST', url(project.id, '/tasks'), { token, body: { name: 'Deploy', durationMinutes: 480 } })).json().taskId;
    expect((await call(s.app, 'POST', url(project.id, '/links'), { token, body: { predecessorId: ids.b, successorId: d } })).statusCode).toBe(201);
    const loop = await call(s.app, 'POST', url(project.id, '/links'), { token, body: { predecessorId: d, successorId: ids.a } });
    expect(loop.statusCode).toBe(422);
    expect(loop.json().code).toBe('schedule_cycle');
    expect(loop.json().detail).toMatch(/Design \(1\).*Build \(2\).*Deploy \(4\)|Build.*Deploy.*Design|Deploy.*Design.*Build/);
    const after = (await call(s.app, 'GET', url(project.id), { token })).json();
    expect(after.links).toHaveLength(before.links.length + 1);
    expect(after.tasks).toHaveLength(before.tasks.length + 1);
  });

  it('imports an MS Project file, replacing the schedule, all or nothing', async () => {
    const { project, token } = await plannedProject();
    const bad = await call(s.app, 'POST', url(project.id, '/import'), { token, body: { content: MSPDI_SAMPLE.slice(0, 200) } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toMatch(/Nothing was changed/);
    expect((await call(s.app, 'GET', url(project.id), { token })).json().tasks).toHaveLength(3);
    const res = await call(s.app, 'POST', url(project.id, '/import'), { token, body: { content: MSPDI_SAMPLE } });
    expect(res.statusCode, res.body).toBe(200);
    const schedule = res.json().schedule;
    expect(schedule.tasks.map((t: { name: string }) => t.name)).toEqual(['Phase', 'Dig', 'Pour', 'Cure']);
    expect(schedule.tasks[0]).toMatchObject({ summary: true, start: '2026-03-02T08:00', finish: '2026-03-10T17:00' });
    expect(schedule.tasks[3]).toMatchObject({ start: '2026-03-05T08:00', finish: '2026-03-10T17:00', critical: true });
  });

  it('saves a baseline and reports the variance of later changes in working minutes', async () => {
    const { project, ids, token } = await plannedProject();
    const saved = await call(s.app, 'PUT', url(project.id, '/baselines/0'), { token, body: {} });
    expect(saved.statusCode, saved.body).toBe(200);
    await call(s.app, 'PATCH', url(project.id, `/tasks/${ids.a}`), { token, ifMatch: 1, body: { durationMinutes: 1440 } });
    const compared = (await call(s.app, 'GET', url(project.id, '/baselines/0'), { token: s.cast.executive.token })).json();
    const b = compared.tasks.find((t: { taskId: string }) => t.taskId === ids.b);
    expect(b).toMatchObject({ baselineFinish: '2026-03-04T17:00', finish: '2026-03-05T17:00', finishVarianceMinutes: 480, startVarianceMinutes: 480, durationVarianceMinutes: 0 });
    expect((await call(s.app, 'GET', url(project.id, '/baselines'), { token })).json().items).toEqual([expect.objectContaining({ number: 0, name: 'Baseline' })]);
    expect((await call(s.app, 'GET', url(project.id, '/baselines/4'), { token })).statusCode).toBe(404);
    expect((await call(s.app, 'PUT', url(project.id, '/baselines/11'), { token, body: {} })).statusCode).toBe(400);
  });

  it('moves the whole plan when the project start changes, and deletes a summary with its children', async () => {
    const { project, token } = await plannedProject();
    const settings = (await call(s.app, 'GET', url(project.id), { token })).json().settings;
    const res = await call(s.app, 'PATCH', url(project.id, '/settings'), { token, ifMatch: settings.version, body: { start: '2026-03-09T08:00' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().moved).toHaveLength(3);
    expect(res.json().schedule.projectStart).toBe('2026-03-09T08:00');
    const noFinish = await call(s.app, 'PATCH', url(project.id, '/settings'), { token, ifMatch: settings.version + 1, body: { scheduleFrom: 'finish' } });
    expect(noFinish.statusCode).toBe(422);
    expect(noFinish.json().errors[0].path).toBe('finish');
    const backward = await call(s.app, 'PATCH', url(project.id, '/settings'), { token, ifMatch: settings.version + 1, body: { scheduleFrom: 'finish', finish: '2026-03-20T17:00' } });
    expect(backward.statusCode, backward.body).toBe(200);
    // Design (2d) → Build (1d) must end on Friday the 20th: the project starts on Wednesday the 18th.
    expect(backward.json().schedule).toMatchObject({ projectStart: '2026-03-18T08:00', projectFinish: '2026-03-20T17:00' });
    const imported = (await call(s.app, 'POST', url(project.id, '/import'), { token, body: { content: MSPDI_SAMPLE } })).json().schedule;
    const del = await call(s.app, 'DELETE', url(project.id, `/tasks/${imported.tasks[0].id}`), { token });
    expect(del.statusCode).toBe(200);
    expect(del.json().schedule.tasks).toHaveLength(0);
  });

  it('checks task data: constraint dates, actuals, calendars and the outline', async () => {
    const { project, token } = await plannedProject();
    const cases: Array<[object, string]> = [
      [{ name: 'X', constraintType: 'SNET' }, 'constraintDate'],
      [{ name: 'X', actualFinish: '2026-03-02T17:00' }, 'actualStart'],
      [{ name: 'X', calendarId: 'nope' }, 'calendarId'],
      [{ name: 'X', outlineLevel: 3 }, 'outlineLevel'],
      [{ name: 'X', manual: true }, 'start'],
    ];
    for (const [body, path] of cases) {
      const res = await call(s.app, 'POST', url(project.id, '/tasks'), { token, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const badDate = await call(s.app, 'POST', url(project.id, '/tasks'), { token, body: { name: 'X', deadline: '2026-02-30T08:00' } });
    expect(badDate.statusCode).toBe(400);
  });
});
