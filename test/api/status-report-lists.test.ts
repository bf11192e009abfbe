// Status reports across projects and over time, on both databases: periods of each project's
// cadence (one report per period, refused with a clear message when taken), the PMO's thresholds
// recolouring open reports but never submitted ones, the lists and the due list, a project's trend
// from its frozen reports, and the status-report policy fed by the latest submission.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { systemContext } from '../helpers/register-fixtures.ts';
import { reportableProject } from '../helpers/status-fixtures.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { addDays, periodOf } from '../../src/core/status/reporting-period.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
const today = () => new Date().toISOString().slice(0, 10);

describe.each(DIALECTS)('status report lists on %s', (dialect) => {
  const s = apiSuite(dialect);
  const api = (who: Who, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, opts: { body?: unknown; ifMatch?: number } = {}) => call(s.app, method, url, { token: s.cast[who].token, ...opts });
  const ok = async (res: Awaited<ReturnType<typeof api>>, status = 200) => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const start = (projectId: string, body: object = {}, who: Who = 'manager') => api(who, 'POST', `/api/v1/projects/${projectId}/status-reports`, { body });
  /** Starts, writes and submits a report; accepted too when asked. */
  const submitted = async (projectId: string, body: object = {}, accept = false) => {
    const report = await ok(await start(projectId, body), 201);
    await ok(await api('manager', 'PATCH', `/api/v1/status-reports/${report.id}`, { ifMatch: 1, body: { summary: 'Progressing.' } }));
    const done = await ok(await api('manager', 'POST', `/api/v1/status-reports/${report.id}/submit`, { ifMatch: 2, body: {} }));
    return accept ? ok(await api('pmo', 'POST', `/api/v1/status-reports/${report.id}/review`, { ifMatch: 3, body: { decision: 'accept' } })) : done;
  };
  const newPortfolio = async (name: string) => (await createRegisterItem(portfolioKind, systemContext(s.deps), { name, description: '', ownerId: null })).id;
  const ids = (page: { items: Array<{ project: { id: string } }> }) => page.items.map((i) => i.project.id);

  it('reports on periods of the project’s cadence, one report per period', async () => {
    const p = await reportableProject(s.deps, s.cast, { name: 'Periods', portfolioId: s.reg.portfolioId });
    const month = periodOf('monthly', today());
    const current = await ok(await start(p.projectId), 201);
    expect([current.periodStart, current.periodEnd]).toEqual([month.start, month.end]);
    const again = await start(p.projectId, { periodStart: month.start });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'duplicate', errors: [{ path: 'periodStart', message: 'a report for this period exists' }] });
    expect(again.json().detail).toContain(`already has status report ${current.code} for ${month.start} – ${month.end}`);
    const offset = await start(p.projectId, { periodStart: addDays(month.start, 1) });
    expect(offset.statusCode).toBe(422);
    expect(offset.json().detail).toContain(`Use ${month.start}`);
    expect((await start(p.projectId, { periodStart: addDays(month.end, 1) })).statusCode).toBe(422);
    const previous = periodOf('monthly', addDays(month.start, -1));
    expect(await ok(await start(p.projectId, { periodStart: previous.start }), 201)).toMatchObject({ periodStart: previous.start, periodEnd: previous.end });
    expect((await start(p.projectId, {}, 'contributor')).statusCode).toBe(403);
    expect((await start(p.projectId, {}, 'outsider')).statusCode).toBe(404);

    const url = `/api/v1/projects/${p.projectId}/reporting`;
    expect(await ok(await api('contributor', 'GET', url))).toEqual({ projectId: p.projectId, cadence: 'monthly', currentPeriod: month, version: 0 });
    expect((await api('manager', 'PUT', url, { ifMatch: 0, body: { cadence: 'weekly' } })).statusCode).toBe(403);
    const weekly = await ok(await api('pmo', 'PUT', url, { ifMatch: 0, body: { cadence: 'weekly' } }));
    expect(weekly).toMatchObject({ cadence: 'weekly', currentPeriod: periodOf('weekly', today()), version: 1 });
    expect((await api('pmo', 'PUT', url, { ifMatch: 0, body: { cadence: 'fortnightly' } })).statusCode).toBe(409);
    const overlap = await start(p.projectId);
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().detail).toContain(`which overlaps ${periodOf('weekly', today()).start}`);

    const history = await ok(await api('executive', 'GET', `/api/v1/projects/${p.projectId}/status-reports`));
    expect(history.items.map((i: { periodStart: string }) => i.periodStart)).toEqual([month.start, previous.start]);
    expect(history.items[0]).toMatchObject({ project: { id: p.projectId, cadence: 'weekly' }, report: { id: current.id, status: 'draft', overall: null, dimensions: null } });
    const first = await ok(await api('manager', 'GET', `/api/v1/projects/${p.projectId}/status-reports?limit=1`));
    expect((await ok(await api('manager', 'GET', `/api/v1/projects/${p.projectId}/status-reports?limit=1&cursor=${first.nextCursor}`))).items[0].periodStart).toBe(previous.start);
  });

  it('lets the PMO tune the thresholds: open reports follow them, submitted ones keep theirs', async () => {
    const url = '/api/v1/settings/status-thresholds';
    const defaults = await ok(await api('member', 'GET', url));
    expect(defaults).toMatchObject({ version: 0, schedule: { baselineNumber: 0, finishSlipDays: { amberAbove: 5, redAbove: 15 } }, cost: { overrunPercent: { amberAbove: 5, redAbove: 10 } } });
    const { version: _v, ...body } = defaults;
    const p = await reportableProject(s.deps, s.cast, { name: 'Thresholds', portfolioId: s.reg.portfolioId });
    await p.build(17);
    const frozen = await submitted(p.projectId, { periodStart: periodOf('monthly', addDays(periodOf('monthly', today()).start, -1)).start });
    const open = await ok(await start(p.projectId), 201);
    const colourOf = (r: { rag: { dimensions: Array<{ key: string; computed: string }> } }) => r.rag.dimensions.find((l) => l.key === 'schedule')!.computed;
    expect([colourOf(frozen), colourOf(open)]).toEqual(['amber', 'amber']);

    expect((await api('manager', 'PUT', url, { ifMatch: 0, body })).statusCode).toBe(403);
    const bad = await api('pmo', 'PUT', url, { ifMatch: 0, body: { ...body, schedule: { ...body.schedule, finishSlipDays: { amberAbove: 10, redAbove: 8 } } } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([{ path: 'schedule.finishSlipDays.redAbove', message: 'red must start above amber (10); it is 8' }]);
    const relaxed = { ...body, schedule: { ...body.schedule, finishSlipDays: { amberAbove: 10, redAbove: 20 }, milestoneSlipDays: { amberAbove: 10, redAbove: 20 } } };
    expect(await ok(await api('pmo', 'PUT', url, { ifMatch: 0, body: relaxed }))).toMatchObject({ version: 1, schedule: { finishSlipDays: { amberAbove: 10 } } });
    expect((await api('pmo', 'PUT', url, { ifMatch: 0, body: relaxed })).statusCode).toBe(409);
    const reread = async (id: string) => ok(await api('manager', 'GET', `/api/v1/status-reports/${id}`));
    expect(colourOf(await reread(open.id))).toBe('green');
    expect(colourOf(await reread(frozen.id))).toBe('amber');
    expect((await reread(frozen.id)).figures.thresholds.schedule.finishSlipDays).toEqual({ amberAbove: 5, redAbove: 15 });
    await ok(await api('pmo', 'PUT', url, { ifMatch: 1, body }));
  });

  it('lists reports across visible projects and the projects whose current report is due', async () => {
    const portfolioId = await newPortfolio('Reporting');
    const quiet = await reportableProject(s.deps, s.cast, { name: 'Quiet', portfolioId });
    const drafting = await reportableProject(s.deps, s.cast, { name: 'Drafting', portfolioId });
    const done = await reportableProject(s.deps, s.cast, { name: 'Done', portfolioId });
    await reportableProject(s.deps, s.cast, { name: 'Not started', portfolioId, status: 'proposed' });
    const other = await reportableProject(s.deps, s.cast, { name: 'Elsewhere', portfolioId, managerId: null });
    const draft = await ok(await start(drafting.projectId), 201);
    const report = await submitted(done.projectId, {}, true);
    const month = periodOf('monthly', today());

    const due = await ok(await api('pmo', 'GET', `/api/v1/status-reports?due=true&portfolioId=${portfolioId}`));
    expect(ids(due)).toEqual([quiet.projectId, drafting.projectId, other.projectId]);
    expect(due.items.map((i: { project: { name: string } }) => i.project.name)).toEqual(['Quiet', 'Drafting', 'Elsewhere']);
    expect(due.items[0]).toEqual({ project: expect.objectContaining({ id: quiet.projectId, cadence: 'monthly' }), periodStart: month.start, periodEnd: month.end, report: null });
    expect(due.items[1].report).toMatchObject({ id: draft.id, status: 'draft', overall: null });
    expect(ids(await ok(await api('manager', 'GET', `/api/v1/status-reports?due=true&portfolioId=${portfolioId}`)))).toEqual([quiet.projectId, drafting.projectId]);
    const page = await ok(await api('pmo', 'GET', `/api/v1/status-reports?due=true&portfolioId=${portfolioId}&limit=2`));
    expect(ids(await ok(await api('pmo', 'GET', `/api/v1/status-reports?due=true&portfolioId=${portfolioId}&cursor=${page.nextCursor}`)))).toEqual([other.projectId]);
    const mixed = await api('pmo', 'GET', '/api/v1/status-reports?due=true&status=draft');
    expect(mixed.statusCode).toBe(422);
    expect(mixed.json().detail).toContain('does not combine with status');

    const all = await ok(await api('executive', 'GET', `/api/v1/status-reports?portfolioId=${portfolioId}`));
    expect(all.items.map((i: { report: { id: string } }) => i.report.id).sort()).toEqual([draft.id, report.id].sort());
    const reviewed = await ok(await api('pmo', 'GET', `/api/v1/status-reports?portfolioId=${portfolioId}&status=reviewed&periodEnd=${month.end}`));
    expect(reviewed.items).toEqual([{ project: expect.objectContaining({ id: done.projectId, name: 'Done' }), periodStart: month.start, periodEnd: month.end, report: expect.objectContaining({ id: report.id, status: 'reviewed', overall: 'green', dimensions: expect.objectContaining({ schedule: 'green', cost: 'grey' }) }) }]);
    expect(ids(await ok(await api('contributor', 'GET', `/api/v1/status-reports?projectId=${drafting.projectId}`)))).toEqual([drafting.projectId]);
    expect((await ok(await api('outsider', 'GET', `/api/v1/status-reports?portfolioId=${portfolioId}`))).items).toEqual([]);
  });

  it('charts a project’s submitted reports over time and clears the status-report policy once it reports', async () => {
    const p = await reportableProject(s.deps, s.cast, { name: 'Trend', portfolioId: s.reg.portfolioId, sponsorId: s.cast.executive.user.id });
    const keys = async () => (await ok(await api('manager', 'GET', `/api/v1/compliance?projectId=${p.projectId}`))).projects[0].breaches.map((b: { policyKey: string }) => b.policyKey);
    expect(await keys()).toContain('status_report_current');
    const month = periodOf('monthly', today());
    const previous = periodOf('monthly', addDays(month.start, -1));
    await submitted(p.projectId, { periodStart: previous.start }, true);
    expect(await keys()).not.toContain('status_report_current');

    await p.build(17);
    await ok(await api('manager', 'POST', `/api/v1/projects/${p.projectId}/risks`, { body: { title: 'Landlord sells the building', probability: 5, impact: 5 } }), 201);
    await ok(await api('manager', 'POST', `/api/v1/projects/${p.projectId}/actions`, { body: { title: 'Call the landlord', dueDate: '2026-01-05' } }), 201);
    await submitted(p.projectId);
    await ok(await start(p.projectId, { periodStart: periodOf('monthly', addDays(previous.start, -1)).start }), 201);

    const trend = await ok(await api('executive', 'GET', `/api/v1/projects/${p.projectId}/status-trend`));
    expect(trend.cadence).toBe('monthly');
    expect(trend.points.map((t: { periodStart: string; status: string }) => [t.periodStart, t.status])).toEqual([[previous.start, 'reviewed'], [month.start, 'submitted']]);
    expect(trend.points[0]).toMatchObject({ overall: { computed: 'green', effective: 'green' }, finishSlipDays: 0, worstMilestoneSlipDays: 0, openRisks: 0, risksWithoutResponse: 0, overdueActions: 0 });
    expect(trend.points[1]).toMatchObject({ overall: { computed: 'red' }, finishSlipDays: 7, worstMilestoneSlipDays: 7, openRisks: 1, risksWithoutResponse: 1, overdueActions: 1, openIssues: 0 });
    expect(trend.points[1].dimensions).toMatchObject({ schedule: { computed: 'amber', effective: 'amber' }, risk: { computed: 'red' }, cost: { computed: 'grey' } });
    expect((await api('outsider', 'GET', `/api/v1/projects/${p.projectId}/status-trend`)).statusCode).toBe(404);
  });
});
