// Resource levelling through the API on both databases: a person on two parallel tasks is
// over-allocated; the preview shows which task moves, by how much, the finish before and after and
// writes nothing; levelling writes a levelling delay (not dates), leaves no over-allocation and is
// audited; clearing undoes it. Other projects' work is respected; a started task stays put; a
// part-timer's days off do not block a task spanning them; a portfolio is levelled by project priority; a task needing more than a person has is a warning.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { createScheduleTask, updateScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { createScheduleLink } from '../../src/app/schedules/schedule-links.ts';
import { createAssignment } from '../../src/app/resources/assignments.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import type { ProjectPriority } from '../../src/contracts/project.schema.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
const DAY = 480;
interface Task { id: string; name: string; start: string; finish: string; levelingDelayMinutes: number; priority: number; version: number }

describe.each(DIALECTS)('resource levelling on %s', (dialect) => {
  const s = apiSuite(dialect);
  const system = () => systemContext(s.deps);
  const person = async (name: string, body: object = {}) => (await call(s.app, 'POST', '/api/v1/resources', { token: s.cast.pmo.token, body: { kind: 'person', name, ...body } })).json().id as string;

  /** A project starting on a Monday in March 2027 with tasks of some days, each on some people full time. */
  async function project(name: string, tasks: Array<[string, number, string[]]>, options: { portfolioId?: string; priority?: ProjectPriority } = {}) {
    const p = await makeProject(s.deps, { name, portfolioId: options.portfolioId ?? s.reg.portfolioId, plannedStart: '2027-03-01', managerId: s.cast.manager.user.id, priority: options.priority ?? 'medium' });
    const ids: Record<string, string> = {};
    for (const [task, days, people] of tasks) {
      ids[task] = (await createScheduleTask(system(), p.id, { name: task, durationMinutes: days * DAY })).taskId;
      for (const resourceId of people) await createAssignment(system(), p.id, ids[task]!, { resourceId, units: 100 });
    }
    return { id: p.id, code: p.code, tasks: ids };
  }
  const schedule = async (projectId: string) => (await call(s.app, 'GET', `/api/v1/projects/${projectId}/schedule`, { token: s.cast.manager.token })).json() as { tasks: Task[]; projectFinish: string };
  const taskOf = async (projectId: string, name: string) => (await schedule(projectId)).tasks.find((t) => t.name === name)!;
  const level = (path: string, body: object = {}, who: Who = 'manager', method: 'POST' | 'DELETE' = 'POST') => call(s.app, method, `/api/v1${path}`, { token: s.cast[who].token, ...(method === 'POST' && { body: { from: '2027-03-01', ...body } }) });

  it('previews which task waits for the person, by how much and what it does to the finish, writing nothing', async () => {
    const ana = await person('Ana Previewed');
    const p = await project('Parallel', [['Design', 2, [ana]], ['Build', 3, [ana]]]);
    const before = await schedule(p.id);
    const res = await level(`/projects/${p.id}/levelling/preview`, {}, 'executive');
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json();
    expect(preview).toMatchObject({ from: '2027-03-01', mode: 'rule', applied: false, overAllocatedBefore: 2, overAllocatedAfter: 0, remaining: [], warnings: [] });
    // Equal priority and slack: the longer Build (less slack) keeps its start; Design waits three days.
    expect(preview.moved).toEqual([
      { projectId: p.id, projectCode: p.code, taskId: p.tasks.Design, name: 'Design', startBefore: '2027-03-01T08:00', startAfter: '2027-03-04T08:00', finishBefore: '2027-03-02T17:00', finishAfter: '2027-03-05T17:00', levelingDelayDays: 3 },
    ]);
    expect(preview.projects).toEqual([{ projectId: p.id, code: p.code, name: 'Parallel', finishBefore: '2027-03-03T17:00', finishAfter: '2027-03-05T17:00', delayedTasks: 1 }]);
    expect(await schedule(p.id)).toEqual(before);
  });

  it('levels by writing a levelling delay, leaves nobody over-allocated, audits it, and clearing undoes it', async () => {
    const ana = await person('Ana Levelled');
    const p = await project('Levelled', [['Design', 2, [ana]], ['Build', 4, [ana]], ['Deploy', 1, []]]);
    await createScheduleLink(system(), p.id, { predecessorId: p.tasks.Design!, successorId: p.tasks.Deploy!, type: 'FS', lagMinutes: 0, lagElapsed: false, lagPercent: null });
    const res = await level(`/projects/${p.id}/levelling`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applied: true, overAllocatedBefore: 2, overAllocatedAfter: 0 });
    // Deploy follows Design through its link: it moves without a delay of its own.
    expect(res.json().moved.map((m: { name: string; levelingDelayDays: number }) => [m.name, m.levelingDelayDays])).toEqual([['Design', 4], ['Deploy', 0]]);
    const design = await taskOf(p.id, 'Design');
    expect(design).toMatchObject({ start: '2027-03-05T08:00', levelingDelayMinutes: 4 * DAY });
    expect((await taskOf(p.id, 'Deploy')).start).toBe('2027-03-09T08:00');
    const capacity = (await call(s.app, 'GET', `/api/v1/capacity?from=2027-03-01&to=2027-03-12&unit=day&groupBy=resource`, { token: s.cast.pmo.token })).json();
    expect(capacity.rows.find((r: { key: string }) => r.key === ana).overAllocated.every((o: boolean) => !o)).toBe(true);
    const audit = (await call(s.app, 'GET', `/api/v1/audit-events?entityType=schedule&entityId=${p.id}`, { token: s.cast.admin.token })).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toContain('level_resources');

    // Levelling again changes nothing and writes nothing.
    expect((await level(`/projects/${p.id}/levelling`)).json().moved).toEqual([]);
    expect((await taskOf(p.id, 'Design')).version).toBe(design.version);

    const cleared = await level(`/projects/${p.id}/levelling`, {}, 'manager', 'DELETE');
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ cleared: 1 });
    expect(await taskOf(p.id, 'Design')).toMatchObject({ start: '2027-03-01T08:00', levelingDelayMinutes: 0 });
  });

  it('fits around what other projects already ask of the person', async () => {
    const bo = await person('Bo Shared');
    await project('Other work', [['Support', 2, [bo]]]);
    const p = await project('Newcomer', [['Migrate', 1, [bo]]]);
    const preview = (await level(`/projects/${p.id}/levelling/preview`)).json();
    expect(preview.moved).toMatchObject([{ name: 'Migrate', startAfter: '2027-03-03T08:00' }]);
    expect(preview).toMatchObject({ overAllocatedBefore: 1, overAllocatedAfter: 0 });
  });

  it('leaves a started task where it is and moves the one not started', async () => {
    const cy = await person('Cy Started');
    const p = await project('Underway', [['Running', 3, [cy]], ['Waiting', 3, [cy]]]);
    const waiting = await taskOf(p.id, 'Waiting');
    await updateScheduleTask(system(), p.id, waiting.id, waiting.version, { actualStart: '2027-03-01T08:00', percentComplete: 10 });
    const preview = (await level(`/projects/${p.id}/levelling/preview`)).json();
    expect(preview.moved).toMatchObject([{ name: 'Running', startAfter: '2027-03-04T08:00' }]);
  });

  it('lets a part-timer’s days off pass: a task spanning them waits only for the days she works', async () => {
    const fay = await person('Fay Mon–Wed');
    const partTime = { week: [null, null, null, null, null, null, null], workWeeks: [{ start: '2027-01-01', end: '2027-12-31', week: [null, null, null, null, [], [], null], name: 'Mon–Wed' }], exceptions: [] };
    const set = await call(s.app, 'PUT', `/api/v1/resources/${fay}/calendar`, { token: s.cast.pmo.token, body: { baseCalendarId: 'standard', definition: partTime }, ifMatch: 0 });
    expect(set.statusCode, set.body).toBe(200);
    const p = await project('Part time', [['First', 5, [fay]], ['Second', 4, [fay]]]);
    const preview = (await level(`/projects/${p.id}/levelling/preview`)).json();
    // First (Mon–Fri) keeps Fay Mon–Wed; Second starts on Thursday, when she is off anyway, and works her next Mon–Tue.
    expect(preview.moved).toMatchObject([{ name: 'Second', startAfter: '2027-03-04T08:00', levelingDelayDays: 3 }]);
    expect(preview).toMatchObject({ overAllocatedBefore: 3, overAllocatedAfter: 0 });
  });

  it('delays lower task priorities first and never a task of priority 1000', async () => {
    const gus = await person('Gus Prioritised');
    const p = await project('Priorities', [['Routine', 3, [gus]], ['Urgent', 2, [gus]], ['Pinned', 1, [gus]]]);
    const urgent = await taskOf(p.id, 'Urgent');
    await updateScheduleTask(system(), p.id, urgent.id, urgent.version, { priority: 800 });
    const pinned = await taskOf(p.id, 'Pinned');
    await updateScheduleTask(system(), p.id, pinned.id, pinned.version, { priority: 1000 });
    expect((await taskOf(p.id, 'Pinned'))).toMatchObject({ priority: 1000 });
    const preview = (await level(`/projects/${p.id}/levelling/preview`)).json();
    // Pinned keeps Monday whatever the load; Urgent (800) goes next, then Routine (500), longest slack or not.
    expect(preview.moved.map((m: { name: string; startAfter: string }) => [m.name, m.startAfter])).toEqual([['Routine', '2027-03-04T08:00'], ['Urgent', '2027-03-02T08:00']]);
    expect(preview).toMatchObject({ overAllocatedAfter: 0 });
  });

  it('levels a portfolio by project priority, for the PMO only', async () => {
    const portfolio = await createRegisterItem(portfolioKind, system(), { name: 'Levelling portfolio', description: '', ownerId: null });
    const dee = await person('Dee Contended');
    const low = await project('Nice to have', [['Polish', 2, [dee]]], { portfolioId: portfolio.id, priority: 'low' });
    const critical = await project('Regulatory', [['Comply', 2, [dee]]], { portfolioId: portfolio.id, priority: 'critical' });
    expect((await level(`/portfolios/${portfolio.id}/levelling/preview`, {}, 'manager')).statusCode).toBe(403);
    const res = await level(`/portfolios/${portfolio.id}/levelling`, { mode: 'optimise', schedules: 200 }, 'pmo');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().moved).toMatchObject([{ projectId: low.id, name: 'Polish', startAfter: '2027-03-03T08:00' }]);
    expect((await taskOf(critical.id, 'Comply')).start).toBe('2027-03-01T08:00');
    expect((await taskOf(low.id, 'Polish')).levelingDelayMinutes).toBe(2 * DAY);
  });

  it('warns about a task that needs more of a person than they ever have, and refuses unknown records', async () => {
    const eve = await person('Eve Half', { maxUnits: [{ from: '2027-01-01', units: 50 }] });
    const p = await project('Too much', [['Crunch', 2, [eve]]]);
    const preview = (await level(`/projects/${p.id}/levelling/preview`)).json();
    expect(preview.warnings).toEqual([{ projectId: p.id, taskId: p.tasks.Crunch, message: expect.stringMatching(/^Crunch needs 100 % of Eve Half, who has at most 50 % free/) }]);
    expect(preview.overAllocatedAfter).toBe(2);
    const unknown = await level('/portfolios/00000000-0000-7000-8000-000000000000/levelling/preview', {}, 'pmo');
    expect(unknown.statusCode).toBe(404);
    const bad = await level(`/projects/${p.id}/levelling/preview`, { mode: 'best' });
    expect(bad.statusCode).toBe(400);
  });
});
