// The project manager's bottom-up estimate to complete as one number everywhere, through the API on
// both databases: a finished task counts 0 without an estimate, estimates on tasks added since the
// baseline count, and the tasks' sum is there once every unfinished costed task has one; the
// manager's estimate for the whole project (dated, noted, audited, under If-Match) stands in for
// that sum while given; earned value's bottom-up EAC, the financials' forecast and the status
// report's cost all use the same figure and say where it comes from, the PMBOK formula EACs
// staying beside it.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { fence } from '../helpers/evm-fixtures.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createScheduleTask, getSchedule, updateScheduleTask } from '../../src/app/schedules/schedule-commands.ts';

type Who = 'admin' | 'pmo' | 'manager' | 'contributor' | 'outsider';
type Json = Record<string, any>;
const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe.each(DIALECTS)('the manager’s estimate to complete on %s', (dialect) => {
  const s = apiSuite(dialect);
  const send = async (method: 'GET' | 'PUT' | 'POST', path: string, who: Who, body?: unknown, ifMatch?: number, status = 200): Promise<Json> => {
    const res = await call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const estimateUrl = (projectId: string) => `/api/v1/projects/${projectId}/evm/estimate`;
  const setEstimate = async (projectId: string, body: object) => send('PUT', estimateUrl(projectId), 'manager', body, (await send('GET', estimateUrl(projectId), 'manager')).version);
  const setTaskEtc = async (projectId: string, taskId: string, etc: number | null) => {
    const url = `/api/v1/projects/${projectId}/schedule/tasks/${taskId}/earning`;
    return send('PUT', url, 'manager', { method: 'percent-complete', etc: etc === null ? null : EUR(etc) }, (await send('GET', url, 'manager')).version);
  };
  const page = (projectId: string, query = 'eac=bottom-up') => send('GET', `/api/v1/projects/${projectId}/evm?${query}`, 'manager');
  const rolledUp = async (projectId: string) => (await send('GET', `/api/v1/evm/portfolio?portfolioId=${s.reg.portfolioId}&eac=bottom-up`, 'pmo')).projects.find((p: Json) => p.projectId === projectId);
  const forecastOf = async (projectId: string) => (await send('GET', `/api/v1/projects/${projectId}/financials`, 'manager')).forecast;

  it('counts a finished task 0 to complete without an estimate, and estimates on tasks added since the baseline', async () => {
    const f = await fence(s.deps, s.reg.portfolioId, s.cast.manager.user.id, 'Fence finished sides');
    // An estimate entered while side 1 was under way no longer counts once it is done.
    await setTaskEtc(f.project.id, f.sides[0]!, 30_000);
    await f.progress(1, 100);
    await f.progress(2, 50);
    await setTaskEtc(f.project.id, f.sides[1]!, 60_000);
    await setTaskEtc(f.project.id, f.sides[2]!, 100_000);
    const partial = await page(f.project.id);
    expect(partial.bottomUp).toEqual({ source: null, asOf: null, note: null, tasksWithoutEstimate: 1 });
    expect(partial.tasks.map((t: Json) => t.amounts.etcBottomUp)).toEqual([0, 60_000, 100_000, null]);
    expect(partial.indices.eacs['bottom-up']).toBeNull();

    // Side 4 finished by its actual finish, at 0 %: nothing left to estimate there either.
    const system = systemContext(s.deps);
    const side4 = (await getSchedule(system, f.project.id)).tasks.find((t) => t.id === f.sides[3])!;
    await updateScheduleTask(system, f.project.id, side4.id, side4.version, { actualStart: '2027-03-04T08:00', actualFinish: '2027-03-04T17:00' });
    const whole = await page(f.project.id);
    expect(whole.bottomUp).toEqual({ source: 'task-estimates', asOf: null, note: null, tasksWithoutEstimate: 0 });
    expect(whole.amounts.etcBottomUp).toBe(160_000);
    expect(whole.indices).toMatchObject({ eacMethod: 'bottom-up', eac: whole.amounts.ac + 160_000 });

    // A task added since the baseline earns nothing, but the work left on it counts once estimated.
    const extra = await createScheduleTask(system, f.project.id, { name: 'Gate', durationMinutes: 480 });
    expect((await page(f.project.id)).amounts.etcBottomUp).toBe(160_000);
    await setTaskEtc(f.project.id, extra.taskId, 25_000);
    const withGate = await page(f.project.id);
    expect([withGate.amounts.etcBottomUp, withGate.tasks.length]).toEqual([185_000, 4]);
    expect((await rolledUp(f.project.id)).amounts.etcBottomUp).toBe(185_000);
    expect(await forecastOf(f.project.id)).toMatchObject({ source: 'task-estimates', remainingMinor: 185_000, estimateAsOf: null, estimateNote: null });
  });

  it('takes the manager’s estimate for the whole project in place of the tasks’ sum, in earned value, the financials and the status report alike', async () => {
    // A fence built last March: side 1 done at a cost of 1,100, side 2 half done.
    const f = await fence(s.deps, s.reg.portfolioId, s.cast.manager.user.id, 'Fence forecast top-down', 'EUR', '2026-03-02');
    await setProjectMember(systemContext(s.deps), f.project.id, s.cast.contributor.user.id, 'contributor');
    await f.progress(1, 100);
    await f.progress(2, 50);
    await f.spend(1, '2026-03-02', 110_000);
    const none = await send('GET', estimateUrl(f.project.id), 'contributor');
    expect(none).toEqual({ projectId: f.project.id, etc: null, asOf: null, note: '', updatedBy: null, updatedAt: null, version: 0 });
    const before = await page(f.project.id);
    expect(before.bottomUp).toEqual({ source: null, asOf: null, note: null, tasksWithoutEstimate: 3 });
    // Without any estimate the financials fall back to the planned cost not yet earned (500 + 1,000 + 1,000), and say so.
    expect(await forecastOf(f.project.id)).toMatchObject({ source: 'planned-costs', remainingMinor: 250_000, atCompletionMinor: 360_000 });
    const report = await send('POST', `/api/v1/projects/${f.project.id}/status-reports`, 'manager', {}, undefined, 201);
    const costOf = async () => {
      const r = await send('GET', `/api/v1/status-reports/${report.id}`, 'manager');
      return { forecast: r.figures.cost.forecast.amountMinor, basis: r.figures.cost.forecastBasis, reason: r.rag.dimensions.find((d: Json) => d.key === 'cost').reasons[0] };
    };
    // Money spent on the baseline: earned value's EAC, BAC / CPI = 4,000 × 1,100 / 1,500.
    expect(await costOf()).toEqual({ forecast: 293_333, basis: 'earned-value', reason: expect.stringMatching(/^The forecast cost \(earned value’s EAC, BAC \/ CPI\) is 26\.7 % under the budget/) });

    const given = await send('PUT', estimateUrl(f.project.id), 'manager', { etc: EUR(350_000), asOf: '2026-03-03', note: 'Supplier quotes of 3 March' }, 0);
    expect(given).toMatchObject({ etc: EUR(350_000), asOf: '2026-03-03', note: 'Supplier quotes of 3 March', updatedBy: { id: s.cast.manager.user.id }, version: 1 });
    const topDown = await page(f.project.id);
    expect(topDown.bottomUp).toEqual({ source: 'project-estimate', asOf: '2026-03-03', note: 'Supplier quotes of 3 March', tasksWithoutEstimate: 3 });
    expect(topDown.amounts).toMatchObject({ ac: 110_000, etcBottomUp: 350_000 });
    // The bottom-up EAC is AC + the estimate; the formula EACs stay beside it.
    expect(topDown.indices).toMatchObject({ eac: 460_000, etc: 350_000, vac: -60_000, eacs: { 'bottom-up': 460_000, cpi: 293_333, 'budget-rate': 110_000 + 400_000 - 150_000 } });
    expect((await rolledUp(f.project.id)).amounts.etcBottomUp).toBe(350_000);
    expect(await forecastOf(f.project.id)).toMatchObject({ source: 'project-estimate', estimateAsOf: '2026-03-03', estimateNote: 'Supplier quotes of 3 March', remainingMinor: 350_000, atCompletionMinor: 460_000 });
    expect(await costOf()).toEqual({ forecast: 460_000, basis: 'project-estimate', reason: 'The forecast cost (actual cost + the manager’s estimate to complete the project) is 15 % over the budget: amber above 5 %, red above 10 %.' });

    // Estimates on every unfinished task do not override the project's estimate while it stands …
    for (const [side, etc] of [[2, 60_000], [3, 100_000], [4, 100_000]] as const) await setTaskEtc(f.project.id, f.sides[side - 1]!, etc);
    expect((await page(f.project.id)).amounts.etcBottomUp).toBe(350_000);
    // … and count once it is withdrawn: the project's figure is their sum again.
    const withdrawn = await send('PUT', estimateUrl(f.project.id), 'manager', { etc: null }, 1);
    expect(withdrawn).toMatchObject({ etc: null, asOf: null, note: '', version: 2 });
    expect((await page(f.project.id)).bottomUp).toEqual({ source: 'task-estimates', asOf: null, note: null, tasksWithoutEstimate: 0 });
    expect(await forecastOf(f.project.id)).toMatchObject({ source: 'task-estimates', remainingMinor: 260_000, atCompletionMinor: 370_000 });
    expect(await costOf()).toMatchObject({ forecast: 370_000, basis: 'task-estimates' });
    expect((await rolledUp(f.project.id)).amounts.etcBottomUp).toBe(260_000);

    const audit = await send('GET', `/api/v1/audit-events?entityType=project_estimate&entityId=${f.project.id}`, 'admin');
    expect(audit.items.map((e: Json) => e.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses an estimate in another currency or dated without an amount, stale versions and writers who may not plan costs', async () => {
    const f = await fence(s.deps, s.reg.portfolioId, s.cast.manager.user.id, 'Fence estimate refused');
    await setProjectMember(systemContext(s.deps), f.project.id, s.cast.contributor.user.id, 'contributor');
    const url = estimateUrl(f.project.id);
    const currency = await send('PUT', url, 'manager', { etc: { amountMinor: 5_000, currency: 'USD' } }, 0, 422);
    expect(currency.errors).toEqual([expect.objectContaining({ path: 'etc.currency' })]);
    expect(currency.detail).toMatch(/keeps its money in EUR: give this amount in EUR/);
    const dated = await send('PUT', url, 'manager', { etc: null, asOf: '2027-03-01' }, 0, 422);
    expect(dated).toMatchObject({ detail: 'asOf dates an estimate to complete: give etc as well, or leave out asOf.', errors: [expect.objectContaining({ path: 'asOf' })] });
    expect((await send('PUT', url, 'manager', { etc: { amountMinor: -1, currency: 'EUR' } }, 0, 400)).detail).toMatch(/amountMinor/);
    await send('PUT', url, 'contributor', { etc: EUR(1_000) }, 0, 403);
    await send('PUT', url, 'outsider', { etc: EUR(1_000) }, 0, 404);
    await send('GET', url, 'outsider', undefined, undefined, 404);
    await send('PUT', url, 'manager', { etc: EUR(1_000) }, 0);
    expect((await send('PUT', url, 'pmo', { etc: EUR(2_000) }, 0, 409)).detail).toMatch(/changed by someone else/);
    // Today is the default date of an estimate.
    expect((await send('GET', url, 'contributor')).asOf).toBe(new Date().toISOString().slice(0, 10));
  });

  it('gives a bottom-up EAC from the project’s estimate even before there is a cost baseline', async () => {
    const bare = await makeProject(s.deps, { name: 'Unplanned', portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id, budget: EUR(100_000) });
    await setEstimate(bare.id, { etc: EUR(80_000), note: 'Top-down, before planning' });
    const r = await page(bare.id);
    expect(r.notAssessed).toMatch(/has no baseline 0/);
    expect(r).toMatchObject({ amounts: { ac: 0, etcBottomUp: 80_000 }, indices: { eac: 80_000 }, bottomUp: { source: 'project-estimate', note: 'Top-down, before planning' } });
    expect(await forecastOf(bare.id)).toMatchObject({ source: 'project-estimate', remainingMinor: 80_000, atCompletionMinor: 80_000, varianceAtCompletionMinor: null });
  });
});
