// The PMO charter through the API on both databases: the PMO writes its mandate, scope, services
// and names the project that runs its own roadmap; everyone reads it with the operating model and
// how the roadmap stands; an improvement step of a maturity assessment becomes an action of the
// roadmap project (once per step), shown beside the step and counted on the charter.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject } from '../helpers/register-fixtures.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager';
const SERVICES = [
  { key: 'portfolio_reporting', name: 'Portfolio reporting', kind: 'reporting', serviceLevel: 'By the 5th working day of each month', audience: 'Executives' },
  { key: 'health_checks', name: 'Project health checks', kind: 'assurance', serviceLevel: 'Within 10 working days of a request', audience: 'Sponsors' },
];

describe.each(DIALECTS)('the PMO charter on %s', (dialect) => {
  const s = apiSuite(dialect);
  const get = (path: string, who: Who = 'pmo') => call(s.app, 'GET', path, { token: s.cast[who].token });
  const put = (path: string, version: number, body: unknown, who: Who = 'pmo') => call(s.app, 'PUT', path, { token: s.cast[who].token, body, ifMatch: version });
  const post = (path: string, body: unknown, who: Who = 'pmo') => call(s.app, 'POST', path, { token: s.cast[who].token, body });

  it('is written by the PMO, read by everyone with its operating model and roadmap, and names what is wrong', async () => {
    const empty = (await get('/api/v1/pmo/charter', 'member')).json();
    expect(empty).toMatchObject({ mandate: '', services: [], roadmap: null, version: 0, operatingModel: expect.any(String) });
    const roadmap = await makeProject(s.deps, { name: 'PMO roadmap 2027', portfolioId: s.reg.portfolioId });
    const body = { mandate: 'Make every project succeed.', scopePortfolioIds: [s.reg.portfolioId], services: SERVICES, roadmapProjectId: roadmap.id };
    expect((await put('/api/v1/pmo/charter', 0, body, 'manager')).statusCode).toBe(403);
    const saved = await put('/api/v1/pmo/charter', 0, body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, portfolios: [{ id: s.reg.portfolioId }], roadmap: { projectId: roadmap.id, code: roadmap.code, openActions: 0, improvementActions: 0 } });
    expect((await get('/api/v1/pmo/charter', 'executive')).json().services.map((x: { key: string }) => x.key)).toEqual(['portfolio_reporting', 'health_checks']);

    const twice = await put('/api/v1/pmo/charter', 1, { ...body, services: [SERVICES[0], SERVICES[0]] });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().detail).toContain('"portfolio_reporting" is used twice');
    const nowhere = await put('/api/v1/pmo/charter', 1, { ...body, roadmapProjectId: '01900000-0000-7000-8000-000000000000' });
    expect(nowhere.statusCode).toBe(422);
    expect(nowhere.json().detail).toContain('Create the PMO\'s roadmap as a project first');
    expect((await put('/api/v1/pmo/charter', 0, body)).statusCode).toBe(409);
  });

  it('turns an improvement step into an action of the roadmap project, once', async () => {
    const a = (await post('/api/v1/maturity/assessments', { title: 'Steps', respondentIds: [s.cast.pmo.user.id], targets: { governance: 4 } })).json();
    const answered = (await call(s.app, 'PUT', `/api/v1/maturity/assessments/${a.id}/answers`, { token: s.cast.pmo.token, body: { answers: { stage_gates: 2, methodology: 4 } } })).json();
    expect(answered.improvementSteps.find((x: { questionKey: string }) => x.questionKey === 'stage_gates').action).toBeNull();

    expect((await post(`/api/v1/maturity/assessments/${a.id}/actions`, { questionKey: 'stage_gates' }, 'executive')).statusCode).toBe(403);
    const res = await post(`/api/v1/maturity/assessments/${a.id}/actions`, { questionKey: 'stage_gates', ownerId: s.cast.pmo.user.id, dueDate: '2027-03-31' });
    expect(res.statusCode, res.body).toBe(201);
    const charter = (await get('/api/v1/pmo/charter')).json();
    expect(res.json()).toMatchObject({
      projectId: charter.roadmapProjectId, sourceType: 'maturity', sourceId: a.id, sourceCode: a.code, dueDate: '2027-03-31',
      title: 'Governance: reach level 3 on "How are projects approved to move from one phase to the next?"',
    });
    expect(res.json().description).toContain('Next practice: Every project passes defined gates');
    expect(charter.roadmap).toMatchObject({ openActions: 1, improvementActions: 1 });
    const step = (await get(`/api/v1/maturity/assessments/${a.id}`)).json().improvementSteps.find((x: { questionKey: string }) => x.questionKey === 'stage_gates');
    expect(step.action).toMatchObject({ code: res.json().code, status: 'open' });

    const again = await post(`/api/v1/maturity/assessments/${a.id}/actions`, { questionKey: 'stage_gates' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain(`already has the action ${res.json().code}`);
    const atTarget = await post(`/api/v1/maturity/assessments/${a.id}/actions`, { questionKey: 'methodology' });
    expect(atTarget.statusCode).toBe(422);
    expect(atTarget.json().detail).toContain('already at its target');
  });
});
