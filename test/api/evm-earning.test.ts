// How tasks earn value and their managers' estimates to complete, through the API on both
// databases: on the fence example (four sides of 1,000.00), a 0/100 side at 90 % earns nothing,
// a 50/50 side earns half once started, a milestones side earns the weights of its milestones done;
// the bottom-up EAC is AC + the sum of the sides' estimates, and only once every side has one; the
// portfolio's roll-up agrees with the project's page after each change; bad settings are refused
// with what to fix, a stale If-Match is a conflict, and the settings leave with their task.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { fence } from '../helpers/evm-fixtures.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createScheduleTask } from '../../src/app/schedules/schedule-commands.ts';

type Who = 'admin' | 'pmo' | 'manager' | 'contributor' | 'outsider';
const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe.each(DIALECTS)('how tasks earn value on %s', (dialect) => {
  const s = apiSuite(dialect);
  const send = async (method: 'GET' | 'PUT' | 'DELETE', path: string, who: Who, body?: unknown, ifMatch?: number, status = 200) => {
    const res = await call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const earningUrl = (projectId: string, taskId: string) => `/api/v1/projects/${projectId}/schedule/tasks/${taskId}/earning`;
  /** Sets a task's earning settings as the manager, from the version stored now. */
  const setEarning = async (projectId: string, taskId: string, body: object) => {
    const current = await send('GET', earningUrl(projectId, taskId), 'manager');
    return send('PUT', earningUrl(projectId, taskId), 'manager', body, current.version);
  };
  const page = (projectId: string, eac = 'cpi') => send('GET', `/api/v1/projects/${projectId}/evm?statusDate=2027-03-03&period=day&eac=${eac}`, 'manager');
  const rolledUp = async (projectId: string, eac = 'cpi') =>
    (await send('GET', `/api/v1/evm/portfolio?portfolioId=${s.reg.portfolioId}&statusDate=2027-03-03&eac=${eac}`, 'pmo')).projects.find((p: { projectId: string }) => p.projectId === projectId);
  /** The fence, with the contributor on its team. */
  const teamFence = async (name: string) => {
    const f = await fence(s.deps, s.reg.portfolioId, s.cast.manager.user.id, name);
    await setProjectMember(systemContext(s.deps), f.project.id, s.cast.contributor.user.id, 'contributor');
    return f;
  };
  const evOf = (r: { tasks: Array<{ name: string; earningMethod: string; amounts: { ev: number } }> }) => r.tasks.map((t) => [t.name, t.earningMethod, t.amounts.ev]);

  it('earns by each task’s method, and the portfolio’s roll-up agrees with the project’s page', async () => {
    const f = await teamFence('Fence by method');
    await f.progress(1, 100);
    await f.progress(2, 90);
    await f.progress(3, 10);
    expect((await page(f.project.id)).amounts.ev).toBe(100_000 + 90_000 + 10_000);

    // Unset, a task earns by percent complete at version 0; the first save sends If-Match "0".
    const unset = await send('GET', earningUrl(f.project.id, f.sides[1]!), 'contributor');
    expect(unset).toMatchObject({ taskName: 'Side 2', method: 'percent-complete', milestones: [], etc: null, etcAsOf: null, updatedAt: null, version: 0 });
    const saved = await send('PUT', earningUrl(f.project.id, f.sides[1]!), 'manager', { method: '0/100' }, 0);
    expect(saved).toMatchObject({ method: '0/100', version: 1 });
    await setEarning(f.project.id, f.sides[2]!, { method: '50/50' });
    await setEarning(f.project.id, f.sides[3]!, { method: 'milestones', milestones: [{ name: 'Posts set', weight: 3, done: true }, { name: 'Boards on', weight: 1, done: false }] });

    const r = await page(f.project.id);
    // 0/100 at 90 % earns nothing; 50/50 once started earns half; milestones earn 3 of 4 weights at 0 %.
    expect(evOf(r)).toEqual([['Side 1', 'percent-complete', 100_000], ['Side 2', '0/100', 0], ['Side 3', '50/50', 50_000], ['Side 4', 'milestones', 75_000]]);
    expect(r.amounts.ev).toBe(225_000);
    expect((await rolledUp(f.project.id)).amounts.ev).toBe(225_000);

    // Done at 100 %, the 0/100 side earns all of it, on the page and in the roll-up alike.
    await f.progress(2, 100);
    expect((await page(f.project.id)).amounts.ev).toBe(325_000);
    expect((await rolledUp(f.project.id)).amounts.ev).toBe(325_000);

    // Back to percent complete: the side earns its 100 % again; the schedule's version did not move for any of this.
    await setEarning(f.project.id, f.sides[3]!, { method: 'percent-complete' });
    expect((await page(f.project.id)).tasks[3]).toMatchObject({ earningMethod: 'percent-complete', amounts: { ev: 0 } });
  });

  it('gives the bottom-up EAC as AC + the sum of the estimates to complete, once every task has one', async () => {
    const f = await fence(s.deps, s.reg.portfolioId, s.cast.manager.user.id, 'Fence estimated');
    await f.progress(1, 100);
    await f.progress(2, 50);
    await f.spend(1, '2027-03-01', 110_000);
    await f.spend(2, '2027-03-02', 70_000);
    await setEarning(f.project.id, f.sides[0]!, { method: 'percent-complete', etc: EUR(0) });
    await setEarning(f.project.id, f.sides[1]!, { method: 'percent-complete', etc: EUR(60_000), etcAsOf: '2027-03-02' });
    await setEarning(f.project.id, f.sides[2]!, { method: 'percent-complete', etc: EUR(100_000) });

    // Side 4 has no estimate yet: no bottom-up figure, and the tasks show which one lacks it.
    const partial = await page(f.project.id, 'bottom-up');
    expect(partial.amounts.etcBottomUp).toBeNull();
    expect(partial.indices).toMatchObject({ eacMethod: 'bottom-up', eac: null, eacs: { 'bottom-up': null } });
    expect(partial.tasks.map((t: { amounts: { etcBottomUp: number | null }; etcAsOf: string | null }) => [t.amounts.etcBottomUp, t.etcAsOf])).toEqual([
      [0, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)],
      [60_000, '2027-03-02'],
      [100_000, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)],
      [null, null],
    ]);
    expect((await rolledUp(f.project.id, 'bottom-up')).indices.eac).toBeNull();

    await setEarning(f.project.id, f.sides[3]!, { method: '0/100', etc: EUR(120_000) });
    const whole = await page(f.project.id, 'bottom-up');
    expect(whole.amounts).toMatchObject({ ac: 180_000, etcBottomUp: 280_000 });
    expect(whole.indices).toMatchObject({ eac: 460_000, etc: 280_000, vac: -60_000 });
    expect(await rolledUp(f.project.id, 'bottom-up')).toMatchObject({ amounts: { etcBottomUp: 280_000 }, indices: { eac: 460_000 } });

    // Clearing an estimate takes the bottom-up EAC away again.
    await setEarning(f.project.id, f.sides[3]!, { method: '0/100', etc: null });
    expect((await page(f.project.id, 'bottom-up')).indices.eac).toBeNull();
  });

  it('refuses bad settings with what to fix, a stale version with a conflict, and writers who may not plan costs', async () => {
    const f = await teamFence('Fence refused');
    const url = earningUrl(f.project.id, f.sides[0]!);
    const refused = async (body: object, path: string, detail: RegExp, status = 422) => {
      const problem = await send('PUT', url, 'manager', body, 0, status);
      if (status === 422) expect(problem.errors).toEqual([expect.objectContaining({ path })]);
      expect(problem.detail).toMatch(detail);
    };
    await refused({ method: '50/50', milestones: [{ name: 'Half', weight: 1, done: false }] }, 'milestones', /only when it earns by milestones: choose method "milestones"/);
    await refused({ method: 'milestones', milestones: [] }, 'milestones', /has no milestones with weight/);
    await refused({ method: 'milestones', milestones: [{ name: 'A', weight: 0, done: true }] }, 'milestones', /has no milestones with weight/);
    await refused({ method: 'milestones', milestones: [{ name: 'A', weight: -1, done: true }, { name: 'B', weight: 2, done: false }] }, 'milestones', /negative/);
    await refused({ method: '0/100', etc: { amountMinor: 5_000, currency: 'USD' } }, 'etc.currency', /keeps its money in EUR: give this amount in EUR/);
    await refused({ method: '0/100', etc: null, etcAsOf: '2027-03-01' }, 'etcAsOf', /give etc as well/);
    await refused({ method: '0/100', etc: { amountMinor: -1, currency: 'EUR' } }, 'etc.amountMinor', /amountMinor/, 400);
    await refused({ method: 'by feel' }, 'method', /method/, 400);

    // A summary task is refused: earned value measures the tasks under it.
    const phased = await makeProject(s.deps, { name: 'Phased', portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id });
    const phase = await createScheduleTask(systemContext(s.deps), phased.id, { name: 'Phase 1', durationMinutes: 480 });
    await createScheduleTask(systemContext(s.deps), phased.id, { name: 'Dig', durationMinutes: 480, outlineLevel: 2 });
    const summary = await send('PUT', earningUrl(phased.id, phase.taskId), 'manager', { method: '0/100' }, 0, 422);
    expect(summary.detail).toBe('Task "Phase 1" is a summary task: earned value is measured on the tasks under it (a summary would count them twice). Set the earning method and estimate on those tasks.');
    // A task of another project is not found there.
    await send('GET', earningUrl(phased.id, f.sides[0]!), 'manager', undefined, undefined, 404);

    // The team reads but does not set; someone else's save makes an old version stale.
    await send('PUT', url, 'contributor', { method: '0/100' }, 0, 403);
    await send('PUT', url, 'outsider', { method: '0/100' }, 0, 404);
    await send('PUT', url, 'manager', { method: '0/100' }, 0);
    const stale = await send('PUT', url, 'pmo', { method: '50/50' }, 0, 409);
    expect(stale.detail).toMatch(/changed by someone else/);
    const audit = await send('GET', `/api/v1/audit-events?entityType=task_earning&entityId=${f.sides[0]}`, 'admin');
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['create']);
  });

  it('lets the settings leave with their task', async () => {
    const f = await fence(s.deps, s.reg.portfolioId, s.cast.manager.user.id, 'Fence shortened');
    await setEarning(f.project.id, f.sides[3]!, { method: '50/50', etc: EUR(1_000) });
    const res = await call(s.app, 'DELETE', `/api/v1/projects/${f.project.id}/schedule/tasks/${f.sides[3]}`, { token: s.cast.manager.token });
    expect(res.statusCode, res.body).toBe(200);
    const left = await s.deps.db.selectFrom('taskEarning').select('taskId').where('projectId', '=', f.project.id).execute();
    expect(left).toEqual([]);
  });
});
