// RAID logs through the API on both databases: risks scored on the PMO's matrix with their history
// and heat map, a risk that happens becoming an issue, the rules of issues, decisions and actions,
// dependencies that show a provider's slip, and the spreadsheet export read back.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';

describe.each(DIALECTS)('RAID logs on %s', (dialect) => {
  const s = apiSuite(dialect);
  const post = (path: string, body: unknown, token = s.cast.manager.token) => call(s.app, 'POST', path, { token, body });
  const patch = (path: string, version: number, body: unknown, token = s.cast.manager.token) => call(s.app, 'PATCH', path, { token, body, ifMatch: version });
  const get = (path: string, token = s.cast.manager.token) => call(s.app, 'GET', path, { token });
  /** A project the manager runs with the contributor on its team. */
  const newProject = async (name: string, team = true) => {
    const { id } = await makeProject(s.deps, { name, portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id });
    if (team) await setProjectMember(systemContext(s.deps), id, s.cast.contributor.user.id, 'contributor');
    return id;
  };
  const addRisk = async (projectId: string, body: Record<string, unknown>, token?: string) => {
    const res = await post(`/api/v1/projects/${projectId}/risks`, { title: 'Supplier goes bust', probability: 3, impact: 4, ...body }, token);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it('scores a risk on the matrix, keeps the history of its ratings, and refuses ratings off the matrix', async () => {
    const projectId = await newProject('Risky');
    const risk = await addRisk(projectId, { cause: 'Single supplier', effect: 'Delivery slips a quarter', category: 'supplier', strategy: 'mitigate', response: 'Qualify a second supplier' }, s.cast.contributor.token);
    expect(risk).toMatchObject({ code: expect.stringMatching(/^RSK-\d+$/), score: 12, band: 'high', residualScore: null, status: 'open', projectId, createdBy: s.cast.contributor.user.id });
    const rerated = await patch(`/api/v1/risks/${risk.id}`, 1, { probability: 4, impact: 5, residualProbability: 2, residualImpact: 3 });
    expect(rerated.statusCode, rerated.body).toBe(200);
    expect(rerated.json()).toMatchObject({ score: 20, band: 'critical', residualScore: 6, residualBand: 'medium', version: 2 });
    const renamed = await patch(`/api/v1/risks/${risk.id}`, 2, { title: 'Main supplier goes bust' });
    expect(renamed.statusCode).toBe(200);
    const history = (await get(`/api/v1/risks/${risk.id}/history`)).json().items;
    expect(history.map((h: { score: number; residualScore: number | null }) => [h.score, h.residualScore])).toEqual([[12, null], [20, 6]]);
    expect(history[1].actorName).toBe('Manager Person');

    const off = await patch(`/api/v1/risks/${risk.id}`, 3, { probability: 6 });
    expect(off.statusCode).toBe(422);
    expect(off.json().errors).toEqual([{ path: 'probability', message: expect.stringContaining('1 (Rare) to 5 (Almost certain)') }]);
    const half = await patch(`/api/v1/risks/${risk.id}`, 3, { residualImpact: null });
    expect(half.statusCode).toBe(422);
    expect(half.json().errors[0].path).toBe('residualImpact');
    const foreignTask = await post(`/api/v1/projects/${projectId}/risks`, { title: 'x', probability: 1, impact: 1, taskIds: ['0190a0b0-0000-7000-8000-000000000000'] });
    expect(foreignTask.statusCode).toBe(422);
    expect(foreignTask.json().code).toBe('invalid_reference');
    expect((await get(`/api/v1/risks/${risk.id}`)).json()).toMatchObject({ version: 3, probability: 4 });
  });

  it('draws the heat map of a project and of the portfolio, before and after the response, and follows the PMO’s matrix', async () => {
    const projectId = await newProject('Heat');
    const other = await newProject('Heat too');
    await addRisk(projectId, { probability: 5, impact: 5, residualProbability: 2, residualImpact: 2 });
    await addRisk(projectId, { probability: 5, impact: 5 });
    await addRisk(other, { probability: 1, impact: 2 });
    const closed = await addRisk(projectId, { probability: 3, impact: 3 });
    await patch(`/api/v1/risks/${closed.id}`, 1, { status: 'closed' });
    const cell = (map: { cells: Array<{ probability: number; impact: number; count: number }> }, p: number, i: number) => map.cells.find((c) => c.probability === p && c.impact === i)!.count;

    const project = (await get(`/api/v1/risk-heat-map?projectId=${projectId}`)).json();
    expect(project.total).toBe(2);
    expect(cell(project, 5, 5)).toBe(2);
    expect(cell(project, 3, 3)).toBe(0);
    const residual = (await get(`/api/v1/risk-heat-map?projectId=${projectId}&rating=residual`)).json();
    expect([cell(residual, 5, 5), cell(residual, 2, 2)]).toEqual([1, 1]);
    const portfolio = (await get(`/api/v1/risk-heat-map?portfolioId=${s.reg.portfolioId}&status=open,closed`, s.cast.executive.token)).json();
    expect(cell(portfolio, 1, 2)).toBeGreaterThanOrEqual(1);
    expect(cell(portfolio, 3, 3)).toBeGreaterThanOrEqual(1);
    const critical = (await get(`/api/v1/risks?projectId=${projectId}&band=critical`)).json().items;
    expect(critical).toHaveLength(2);

    // The PMO moves to a 4×4 matrix only once no risk is rated above it.
    const matrix = (await get('/api/v1/settings/risk-matrix')).json();
    expect(matrix.version).toBe(0);
    const small = { probability: matrix.probability.slice(0, 4), impact: matrix.impact.slice(0, 4), bands: [matrix.bands[0], matrix.bands[1], { ...matrix.bands[3], minScore: 12 }] };
    const refused = await call(s.app, 'PUT', '/api/v1/settings/risk-matrix', { token: s.cast.pmo.token, ifMatch: 0, body: small });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toMatch(/RSK-\d+.*Re-rate them/);
    const { version: _v, ...body } = matrix;
    const byManager = await call(s.app, 'PUT', '/api/v1/settings/risk-matrix', { token: s.cast.manager.token, ifMatch: 0, body });
    expect(byManager.statusCode).toBe(403);
    const sharper = { ...body, bands: [...body.bands.slice(0, 3), { ...body.bands[3], minScore: 20 }] };
    const saved = await call(s.app, 'PUT', '/api/v1/settings/risk-matrix', { token: s.cast.pmo.token, ifMatch: 0, body: sharper });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(1);
    const stale = await call(s.app, 'PUT', '/api/v1/settings/risk-matrix', { token: s.cast.pmo.token, ifMatch: 0, body: sharper });
    expect(stale.statusCode).toBe(409);
    const other16 = await addRisk(other, { probability: 4, impact: 4 });
    expect(other16.band).toBe('high');
    const back = await call(s.app, 'PUT', '/api/v1/settings/risk-matrix', { token: s.cast.pmo.token, ifMatch: 1, body });
    expect(back.statusCode).toBe(200);
  });

  it('raises an issue from a risk that happened, once', async () => {
    const projectId = await newProject('Happens');
    const risk = await addRisk(projectId, { description: 'Key engineer leaves', effect: 'Build stalls', impact: 5 });
    const raised = await call(s.app, 'POST', `/api/v1/risks/${risk.id}/occurred`, { token: s.cast.contributor.token, ifMatch: 1, body: { escalationLevel: 'program' } });
    expect(raised.statusCode, raised.body).toBe(201);
    expect(raised.json().risk).toMatchObject({ status: 'occurred', version: 2 });
    expect(raised.json().issue).toMatchObject({ riskId: risk.id, title: risk.title, priority: 'high', severity: 'critical', escalationLevel: 'program', status: 'open', projectId });
    expect(raised.json().issue.description).toContain('Effect: Build stalls');
    const again = await call(s.app, 'POST', `/api/v1/risks/${risk.id}/occurred`, { token: s.cast.contributor.token, ifMatch: 2, body: {} });
    expect(again.statusCode).toBe(422);
    const issues = (await get(`/api/v1/issues?projectId=${projectId}`)).json().items;
    expect(issues).toHaveLength(1);
  });

  it('resolves an issue only with a resolution, and shows what is overdue', async () => {
    const projectId = await newProject('Troubled');
    const late = await post(`/api/v1/projects/${projectId}/issues`, { title: 'Test lab unavailable', priority: 'critical', dueDate: '2020-01-01' });
    expect(late.statusCode, late.body).toBe(201);
    expect(late.json()).toMatchObject({ overdue: true, escalationLevel: 'project', severity: 'moderate' });
    await post(`/api/v1/projects/${projectId}/issues`, { title: 'Licence renewal', priority: 'low' });
    await post(`/api/v1/projects/${projectId}/issues`, { title: 'Data quality', priority: 'high' });
    const bare = await patch(`/api/v1/issues/${late.json().id}`, 1, { status: 'resolved' });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().errors[0].path).toBe('resolution');
    const resolved = await patch(`/api/v1/issues/${late.json().id}`, 1, { status: 'resolved', resolution: 'Booked the partner lab' });
    expect(resolved.json()).toMatchObject({ status: 'resolved', overdue: false, resolvedAt: expect.any(String) });
    const byPriority = (await get(`/api/v1/issues?projectId=${projectId}&sort=priority`)).json().items.map((i: { priority: string }) => i.priority);
    expect(byPriority).toEqual(['critical', 'high', 'low']);
    const open = (await get(`/api/v1/issues?projectId=${projectId}&status=open,in_progress`)).json().items;
    expect(open).toHaveLength(2);
    const badStatus = await get(`/api/v1/issues?status=open,done`);
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.body).toContain('Unknown status done');
  });

  it('records a decision with its outcome, by whom and when, and keeps actions tied to their source', async () => {
    const projectId = await newProject('Decisive');
    const empty = await post(`/api/v1/projects/${projectId}/decisions`, { title: 'Build or buy the portal?', status: 'decided' });
    expect(empty.statusCode).toBe(422);
    const decided = await post(`/api/v1/projects/${projectId}/decisions`, { title: 'Build or buy the portal?', status: 'decided', outcome: 'Buy', rationale: 'Time to market' });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json()).toMatchObject({ decidedBy: s.cast.manager.user.id, decidedByName: 'Manager Person', decidedOn: new Date().toISOString().slice(0, 10) });

    const risk = await addRisk(projectId, {});
    const action = await post(`/api/v1/projects/${projectId}/actions`, { title: 'Qualify second supplier', sourceType: 'risk', sourceId: risk.id, dueDate: '2021-06-30', ownerId: s.cast.contributor.user.id });
    expect(action.statusCode, action.body).toBe(201);
    expect(action.json()).toMatchObject({ overdue: true, ownerName: 'Contributor Person', sourceType: 'risk' });
    const elsewhere = await addRisk(await newProject('Elsewhere'), {});
    const wrong = await post(`/api/v1/projects/${projectId}/actions`, { title: 'x', sourceType: 'risk', sourceId: elsewhere.id });
    expect(wrong.statusCode).toBe(422);
    const notAMeeting = await post(`/api/v1/projects/${projectId}/actions`, { title: 'x', sourceType: 'meeting', sourceId: risk.id });
    expect([notAMeeting.statusCode, notAMeeting.json().detail]).toEqual([422, expect.stringContaining('names no meeting of this project')]);
    const overdue = (await get(`/api/v1/actions?projectId=${projectId}&overdue=true`)).json().items;
    expect(overdue.map((a: { id: string }) => a.id)).toEqual([action.json().id]);
    const done = await patch(`/api/v1/actions/${action.json().id}`, 1, { status: 'done' });
    expect(done.json()).toMatchObject({ overdue: false, completedAt: expect.any(String) });
    const fromRisk = (await get(`/api/v1/actions?sourceType=risk&sourceId=${risk.id}`)).json().items;
    expect(fromRisk).toHaveLength(1);
    const assumption = await post(`/api/v1/projects/${projectId}/assumptions`, { title: 'Vendor API is stable', validateBy: '2020-02-01' });
    expect(assumption.json()).toMatchObject({ status: 'unvalidated', validationOverdue: true });
  });

  it('shows when a provider’s schedule slips past what a consumer needs', async () => {
    const consumer = await newProject('Consumer');
    const provider = (await makeProject(s.deps, { name: 'Provider', portfolioId: s.reg.portfolioId, managerId: s.cast.admin.user.id, plannedStart: '2030-03-04' })).id;
    const task = await post(`/api/v1/projects/${provider}/schedule/tasks`, { name: 'Deliver API', durationMinutes: 480 * 5 }, s.cast.pmo.token);
    const hidden = await post(`/api/v1/projects/${consumer}/dependencies`, { title: 'x', providerProjectId: provider, neededBy: '2030-03-10' });
    expect(hidden.statusCode).toBe(422); // the manager cannot see the provider project
    await setProjectMember(systemContext(s.deps), provider, s.cast.manager.user.id, 'viewer');
    expect(task.statusCode, task.body).toBe(201);
    const taskId = task.json().taskId;
    const self = await post(`/api/v1/projects/${consumer}/dependencies`, { title: 'x', providerProjectId: consumer, neededBy: '2030-03-10' });
    expect(self.statusCode).toBe(422);
    const dep = await post(`/api/v1/projects/${consumer}/dependencies`, { title: 'Customer API', providerProjectId: provider, providerTaskId: taskId, neededBy: '2030-03-10' });
    expect(dep.statusCode, dep.body).toBe(201);
    expect(dep.json()).toMatchObject({ providerProjectCode: expect.any(String), providerTaskName: 'Deliver API', forecastDate: '2030-03-08', slipDays: -2, threatened: false });
    // The provider's task grows to three weeks: the consumer's dependency turns threatened.
    await call(s.app, 'PATCH', `/api/v1/projects/${provider}/schedule/tasks/${taskId}`, { token: s.cast.pmo.token, ifMatch: 1, body: { durationMinutes: 480 * 15 } });
    const now = (await get(`/api/v1/dependencies/${dep.json().id}`)).json();
    expect(now).toMatchObject({ forecastDate: '2030-03-22', slipDays: 12, threatened: true });
    const seenFromProvider = (await get(`/api/v1/dependencies?involvingProjectId=${provider}`, s.cast.pmo.token)).json().items;
    expect(seenFromProvider.map((d: { id: string }) => d.id)).toEqual([dep.json().id]);
  });

  it('lists only the logs of projects a member takes part in', async () => {
    const projectId = await newProject('Private', false);
    await addRisk(projectId, { title: 'Only the team sees this' });
    const mine = (await get('/api/v1/risks?q=only the team', s.cast.contributor.token)).json().items;
    expect(mine).toHaveLength(0); // the contributor is on the register's project, not on this one
    const outsider = (await get('/api/v1/risks?q=only the team', s.cast.outsider.token)).json().items;
    expect(outsider).toHaveLength(0);
    const exec = (await get('/api/v1/risks?q=only the team', s.cast.executive.token)).json().items;
    expect(exec).toHaveLength(1);
    const readAsOutsider = await get(`/api/v1/risks/${exec[0].id}`, s.cast.outsider.token);
    expect(readAsOutsider.statusCode).toBe(404);
  });

  it('exports the logs to XLSX, a sheet per log, and one log to CSV', async () => {
    const projectId = await newProject('Exported');
    await addRisk(projectId, { title: '=HYPERLINK("http://x")', probability: 2, impact: 5, reviewDate: '2026-12-01' });
    await post(`/api/v1/projects/${projectId}/issues`, { title: 'Réseau, "phase 2"' });
    const xlsx = await call(s.app, 'GET', `/api/v1/raid/export?projectId=${projectId}`, { token: s.cast.manager.token });
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/raid-log-PRJ-\d+\.xlsx/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Risks', 'Issues', 'Assumptions', 'Decisions', 'Actions', 'Dependencies']);
    const risks = book.getWorksheet('Risks')!;
    const header = (risks.getRow(1).values as unknown[]).slice(1);
    const row = (risks.getRow(2).values as unknown[]).slice(1);
    const at = (name: string) => row[header.indexOf(name)];
    expect(at('Title')).toBe('=HYPERLINK("http://x")');
    expect([at('Probability'), at('Impact'), at('Score'), at('Band')]).toEqual([2, 5, 10, 'high']);
    expect((at('Review date') as Date).toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(book.getWorksheet('Issues')!.getRow(2).getCell(3).value).toBe('Réseau, "phase 2"');

    const csv = await call(s.app, 'GET', `/api/v1/raid/export?projectId=${projectId}&kinds=issues&format=csv`, { token: s.cast.manager.token });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('"Réseau, ""phase 2"""');
    const several = await call(s.app, 'GET', `/api/v1/raid/export?projectId=${projectId}&kinds=issues,risks&format=csv`, { token: s.cast.manager.token });
    expect(several.statusCode).toBe(422);
  });
});
