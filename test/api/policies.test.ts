// PMO policies and compliance through the API on both databases: the PMO tunes the built-in
// policies (checked per kind), projects with risks left without a response, long-overdue actions,
// critical issues kept in the project and threatened dependencies show exactly those breaches,
// a portfolio sums them up, and a gate review counts them under the operating model.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject } from '../helpers/register-fixtures.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { systemContext } from '../helpers/register-fixtures.ts';
import { POLICY_KINDS as CORE_KINDS } from '../../src/core/policies/policy-types.ts';
import { POLICY_KINDS } from '../../src/contracts/policy.schema.ts';

type Who = 'manager' | 'pmo' | 'executive' | 'outsider' | 'contributor' | 'admin' | 'member';
/** The UTC date `n` days from today (negative: ago). */
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const MET = ['strategic_fit', 'sponsor_committed', 'objectives_defined', 'planning_resourced'].map((criterionKey) => ({ criterionKey, outcome: 'met' }));

describe.each(DIALECTS)('policies and compliance on %s', (dialect) => {
  const s = apiSuite(dialect);
  const as = (who: Who) => s.cast[who].token;
  const post = async (path: string, body: unknown, who: Who = 'manager') => {
    const res = await call(s.app, 'POST', path, { token: as(who), body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const get = async (path: string, who: Who = 'manager') => {
    const res = await call(s.app, 'GET', path, { token: as(who) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const policy = async (key: string) => (await get('/api/v1/policies', 'pmo')).items.find((p: { key: string }) => p.key === key);
  const putPolicy = (key: string, version: number, body: object, who: Who = 'pmo') => call(s.app, 'PUT', `/api/v1/policies/${key}`, { token: as(who), ifMatch: version, body });
  const tune = async (key: string, change: object) => {
    const { key: _k, builtIn: _b, version, ...body } = await policy(key);
    const res = await putPolicy(key, version, { ...body, ...change });
    expect(res.statusCode, res.body).toBe(200);
  };
  const setModel = async (operatingModel: string) => {
    const current = await get('/api/v1/settings/governance', 'pmo');
    expect((await call(s.app, 'PUT', '/api/v1/settings/governance', { token: as('pmo'), ifMatch: current.version, body: { operatingModel } })).statusCode).toBe(200);
  };
  const project = async (name: string, over: object = {}) =>
    (await makeProject(s.deps, { name, portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id, sponsorId: s.cast.executive.user.id, ...over })).id as string;
  const compliance = async (query: string, who: Who = 'manager') => get(`/api/v1/compliance?${query}`, who);
  const keysOf = (c: { projects: Array<{ breaches: Array<{ policyKey: string }> }> }) => c.projects[0]!.breaches.map((b) => b.policyKey);

  it('lists the built-in policies, the status-report one on for projects in execution, and the kinds with their parameters', async () => {
    const list = await get('/api/v1/policies', 'member');
    expect(list.items.map((p: { key: string; builtIn: boolean; version: number }) => [p.key, p.builtIn, p.version])).toContainEqual(['high_risks_have_response', true, 0]);
    expect(await policy('high_risks_have_response')).toMatchObject({ kind: 'risk_response_required', params: { minScore: 15 }, severity: 'critical', enabled: true });
    const reports = await policy('status_report_current');
    expect(reports).toMatchObject({ enabled: true, params: { maxAgeDays: 35 }, appliesToPhases: ['execute', 'deliver', 'delivery'] });
    expect(reports.description).toContain('in the last 35 days');
    expect(list.kinds.map((k: { kind: string }) => k.kind)).toEqual([...CORE_KINDS]);
    expect([...POLICY_KINDS]).toEqual([...CORE_KINDS]);
    expect(list.kinds.find((k: { kind: string }) => k.kind === 'issue_escalation').params.map((p: { name: string }) => p.name)).toEqual(['priority', 'maxDaysOpen']);
  });

  it('lets only the PMO change policies, checks each parameter against its kind, and keeps a built-in policy’s kind', async () => {
    const body = { name: 'Big risks answered', kind: 'risk_response_required', params: { minScore: 12 }, severity: 'critical', enabled: true };
    expect((await putPolicy('big_risks', 0, body, 'manager')).statusCode).toBe(403);
    const bad = await putPolicy('big_risks', 0, { ...body, params: { minScore: 0, graceDays: 3 } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      { path: 'params.graceDays', message: 'risk_response_required has no parameter graceDays; its parameters are minScore' },
      { path: 'params.minScore', message: 'give a whole number from 1 to 10000 (the lowest score that needs a response), not 0' },
    ]);
    expect(bad.json().detail).toContain('params.graceDays');
    const kindChange = await putPolicy('high_risks_have_response', 0, { ...body, kind: 'overdue_actions', params: { maxDaysOverdue: 3 } });
    expect(kindChange.statusCode).toBe(422);
    expect(kindChange.json().detail).toContain('its kind cannot change');
    expect((await putPolicy('high_risks_have_response', 2, body)).statusCode).toBe(409);
    const saved = await putPolicy('big_risks', 0, { ...body, enabled: false });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers.etag).toBe('"1"');
    expect(saved.json()).toMatchObject({ key: 'big_risks', builtIn: false, version: 1, appliesToPhases: [], description: '' });
    const audit = await get('/api/v1/audit-events?entityType=policy&entityId=big_risks', 'admin');
    expect(audit.items).toEqual([expect.objectContaining({ action: 'create', actorId: s.cast.pmo.user.id })]);
  });

  it('shows exactly the breaches a project has, with the items named and a link to each fix, and drops one when the PMO loosens it', async () => {
    const projectId = await project('Breachy', { phase: 'plan' });
    const risky = await post(`/api/v1/projects/${projectId}/risks`, { title: 'Supplier insolvency', probability: 5, impact: 4, strategy: 'mitigate' });
    await post(`/api/v1/projects/${projectId}/risks`, { title: 'Answered', probability: 5, impact: 5, strategy: 'transfer', response: 'Insured.' });
    await post(`/api/v1/projects/${projectId}/risks`, { title: 'Small', probability: 2, impact: 2 });
    const late = await post(`/api/v1/projects/${projectId}/actions`, { title: 'Sign the contract', dueDate: day(-40) });
    await post(`/api/v1/projects/${projectId}/actions`, { title: 'Recently due', dueDate: day(-3) });
    const issue = await post(`/api/v1/projects/${projectId}/issues`, { title: 'Data centre flooded', priority: 'critical' });
    await s.database.db.updateTable('issues').set({ createdAt: `${day(-9)}T08:00:00.000Z` }).where('id', '=', issue.id).execute();
    const dependency = await post(`/api/v1/projects/${projectId}/dependencies`, { title: 'Identity API', providerProjectId: s.reg.projectId, neededBy: day(-2) });

    const c = await compliance(`projectId=${projectId}`);
    expect(c.asOf).toBe(day(0));
    expect(c.projects).toHaveLength(1);
    expect(c.projects[0]).toMatchObject({ projectId, state: 'critical', critical: 2, warnings: 3 });
    expect(keysOf(c)).toEqual(['high_risks_have_response', 'no_stale_actions', 'critical_issues_escalated', 'gate_deliverables_ready', 'dependencies_on_track']);
    const [risk, action, escalate, deliverables, dep] = c.projects[0].breaches;
    expect(risk).toMatchObject({ severity: 'critical', items: [{ kind: 'risk', id: risky.id, code: risky.code }], fix: { kind: 'risk', id: risky.id } });
    expect(risk.message).toBe(`${risky.code} 'Supplier insolvency' scores 20 but has no response (open risks scoring 15 or more need a response strategy and a response).`);
    expect(action).toMatchObject({ severity: 'warning', fix: { kind: 'action', id: late.id } });
    expect(action.message).toContain(`${late.code} 'Sign the contract' is 40 days overdue`);
    expect(escalate.message).toContain(`${issue.code} 'Data centre flooded' (critical) has been open 9 days`);
    expect(deliverables.items.map((i: { code: string }) => i.code)).toEqual(['project_management_plan', 'schedule_baseline', 'budget', 'risk_register', 'stakeholder_register', 'communication_plan']);
    expect(deliverables).toMatchObject({ severity: 'warning', fix: { kind: 'deliverable', id: null } });
    expect(dep).toMatchObject({ fix: { kind: 'dependency', id: dependency.id } });

    await tune('high_risks_have_response', { params: { minScore: 21 } });
    expect(keysOf(await compliance(`projectId=${projectId}`))).not.toContain('high_risks_have_response');
    await tune('high_risks_have_response', { params: { minScore: 15 } });
    await call(s.app, 'PATCH', `/api/v1/risks/${risky.id}`, { token: as('manager'), ifMatch: 1, body: { response: 'Qualify a second supplier.' } });
    expect(keysOf(await compliance(`projectId=${projectId}`))).not.toContain('high_risks_have_response');
  });

  it('sums up a portfolio and shows each reader only the projects they can see', async () => {
    const portfolio = await createRegisterItem(portfolioKind, systemContext(s.deps), { name: 'Compliance', description: '', ownerId: null });
    const inPortfolio = { portfolioId: portfolio.id, phase: 'initiate' };
    const clean = await project('Clean', inPortfolio);
    for (const requirementKey of ['charter', 'business_case']) await post(`/api/v1/projects/${clean}/deliverables`, { requirementKey, title: requirementKey, status: 'final' });
    const unsponsored = await project('Unsponsored', { ...inPortfolio, sponsorId: null });
    const executing = await project('Unbaselined', { ...inPortfolio, phase: 'execute', managerId: s.cast.contributor.user.id });
    await project('Done', { ...inPortfolio, status: 'completed', sponsorId: null });

    const c = await compliance(`portfolioId=${portfolio.id}`, 'executive');
    expect(c.projects.map((p: { projectId: string }) => p.projectId)).toHaveLength(4);
    const state = (id: string) => c.projects.find((p: { projectId: string }) => p.projectId === id);
    expect(state(clean)).toMatchObject({ state: 'compliant', breaches: [] });
    expect(state(unsponsored).breaches.map((b: { policyKey: string }) => b.policyKey)).toEqual(['gate_deliverables_ready', 'manager_and_sponsor_named']);
    expect(state(executing).breaches.map((b: { policyKey: string }) => b.policyKey)).toEqual(['gate_deliverables_ready', 'schedule_baselined', 'status_report_current']);
    expect(state(executing).breaches[2].message).toContain('has no status report');
    expect(state(executing).breaches[1].fix).toEqual({ kind: 'schedule', id: executing });
    expect(c.summary).toMatchObject({ projects: 4, compliant: 2, withWarnings: 0, withCritical: 2 });
    expect(c.summary.byPolicy.find((p: { policyKey: string }) => p.policyKey === 'schedule_baselined')).toMatchObject({ projects: 1, items: 1 });
    expect(c.summary.byPolicy.find((p: { policyKey: string }) => p.policyKey === 'status_report_current')).toMatchObject({ projects: 1, items: 1 });

    expect((await compliance(`portfolioId=${portfolio.id}`, 'contributor')).projects.map((p: { projectId: string }) => p.projectId)).toEqual([executing]);
    expect((await compliance('', 'outsider')).projects).toEqual([]);
    expect((await call(s.app, 'GET', `/api/v1/compliance?projectId=${clean}`, { token: as('outsider') })).statusCode).toBe(404);
  });

  it('puts a project’s breaches into its gate review: a directive PMO blocks the go, a controlling one takes a waiver, a warning never holds it', async () => {
    await setModel('directive');
    const projectId = await project('Gate with a breach', { phase: 'initiate' });
    for (const requirementKey of ['charter', 'business_case']) await post(`/api/v1/projects/${projectId}/deliverables`, { requirementKey, title: requirementKey, status: 'approved' });
    const risk = await post(`/api/v1/projects/${projectId}/risks`, { title: 'No funding next year', probability: 4, impact: 5 });
    await post(`/api/v1/projects/${projectId}/actions`, { title: 'Forgotten', dueDate: day(-45) });
    const review = await post(`/api/v1/projects/${projectId}/gate-reviews`, {});
    await call(s.app, 'PATCH', `/api/v1/gate-reviews/${review.id}`, { token: as('pmo'), ifMatch: 1, body: { checklist: MET } });

    const live = await get(`/api/v1/gate-reviews/${review.id}`, 'pmo');
    const policyItems = live.readiness.items.filter((i: { kind: string }) => i.kind === 'policy');
    expect(policyItems.map((i: { key: string; state: string }) => [i.key, i.state])).toEqual([['high_risks_have_response', 'blocking'], ['no_stale_actions', 'warning']]);
    expect(policyItems[0].text).toContain(`${risk.code} 'No funding next year' scores 20`);
    expect((await get(`/api/v1/projects/${projectId}/governance`)).readiness.items.filter((i: { kind: string }) => i.kind === 'policy')).toHaveLength(2);
    const go = await call(s.app, 'POST', `/api/v1/gate-reviews/${review.id}/decision`, { token: as('pmo'), ifMatch: 2, body: { decision: 'go' } });
    expect(go.statusCode).toBe(422);
    expect(go.json().errors).toEqual([{ path: expect.stringMatching(/^readiness\.items\[\d+\]$/), message: expect.stringContaining('PMO policy "high_risks_have_response"') }]);

    await setModel('controlling');
    const stray = await call(s.app, 'PATCH', `/api/v1/gate-reviews/${review.id}`, { token: as('pmo'), ifMatch: 2, body: { waivers: [{ itemKey: 'no_such_policy', reason: 'x' }] } });
    expect(stray.statusCode).toBe(422);
    const waived = await call(s.app, 'PATCH', `/api/v1/gate-reviews/${review.id}`, { token: as('pmo'), ifMatch: 2, body: { waivers: [{ itemKey: 'high_risks_have_response', reason: 'Funding risk accepted by the board.' }] } });
    expect(waived.statusCode, waived.body).toBe(200);
    expect(waived.json().readiness).toMatchObject({ canGo: true, needsWaiver: 0 });
    await call(s.app, 'PATCH', `/api/v1/risks/${risk.id}`, { token: as('manager'), ifMatch: 1, body: { strategy: 'mitigate', response: 'Ask for a multi-year budget.' } });
    const after = await get(`/api/v1/gate-reviews/${review.id}`, 'pmo');
    expect(after.readiness.items.filter((i: { kind: string }) => i.kind === 'policy').map((i: { key: string }) => i.key)).toEqual(['no_stale_actions']);
    const decided = await call(s.app, 'POST', `/api/v1/gate-reviews/${review.id}/decision`, { token: as('pmo'), ifMatch: 3, body: { decision: 'go' } });
    expect(decided.statusCode, decided.body).toBe(200);
  });
});
