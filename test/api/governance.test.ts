// Governance through the API on both databases: the methodology library, projects that follow a
// methodology, and a gate review from request to decision under each operating model, with the
// decision log, the conditions as actions and the project's move to its next phase.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject } from '../helpers/register-fixtures.ts';

const MET = ['strategic_fit', 'sponsor_committed', 'objectives_defined', 'planning_resourced'].map((criterionKey) => ({ criterionKey, outcome: 'met' }));

describe.each(DIALECTS)('governance on %s', (dialect) => {
  const s = apiSuite(dialect);
  const as = (who: 'manager' | 'pmo' | 'executive' | 'outsider' | 'contributor' | 'admin') => s.cast[who].token;
  const setModel = async (operatingModel: string) => {
    const current = (await call(s.app, 'GET', '/api/v1/settings/governance', { token: as('pmo') })).json();
    const res = await call(s.app, 'PUT', '/api/v1/settings/governance', { token: as('pmo'), ifMatch: current.version, body: { operatingModel } });
    expect(res.statusCode, res.body).toBe(200);
  };
  /** A project in its Initiate phase, run by the manager, sponsored by the executive. */
  const initiating = async (name: string) =>
    (await makeProject(s.deps, { name, portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id, sponsorId: s.cast.executive.user.id, phase: 'initiate' })).id;
  const request = async (projectId: string, body: object = {}) => {
    const res = await call(s.app, 'POST', `/api/v1/projects/${projectId}/gate-reviews`, { token: as('manager'), body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it('lists the built-in methodologies, lets the PMO add its own, and keeps phases that projects are in', async () => {
    const list = (await call(s.app, 'GET', '/api/v1/methodologies', { token: as('contributor') })).json().items;
    expect(list.map((m: { key: string; builtIn: boolean; version: number }) => [m.key, m.builtIn, m.version])).toEqual(expect.arrayContaining([['predictive', true, 0], ['agile', true, 0], ['hybrid', true, 0]]));
    const lite = { name: 'Lite', lifecycle: 'predictive', phases: [{ key: 'do', name: 'Do', gate: null }] };
    expect((await call(s.app, 'PUT', '/api/v1/methodologies/lite', { token: as('manager'), ifMatch: 0, body: lite })).statusCode).toBe(403);
    const twice = await call(s.app, 'PUT', '/api/v1/methodologies/lite', { token: as('pmo'), ifMatch: 0, body: { ...lite, phases: [...lite.phases, ...lite.phases] } });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().detail).toContain('used twice');
    const saved = await call(s.app, 'PUT', '/api/v1/methodologies/lite', { token: as('pmo'), ifMatch: 0, body: lite });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ key: 'lite', builtIn: false, version: 1 });

    await initiating('Keeps initiate');
    const predictive = (await call(s.app, 'GET', '/api/v1/methodologies/predictive', { token: as('pmo') })).json();
    const { key: _k, builtIn: _b, version: _v, ...body } = predictive;
    const dropped = await call(s.app, 'PUT', '/api/v1/methodologies/predictive', { token: as('pmo'), ifMatch: 0, body: { ...body, phases: body.phases.slice(1) } });
    expect(dropped.statusCode).toBe(422);
    expect(dropped.json().detail).toMatch(/in phase initiate/);
  });

  it('starts a project in its methodology’s first phase and lets only gates (or the PMO) move it', async () => {
    const created = await call(s.app, 'POST', '/api/v1/projects', { token: as('pmo'), body: { name: 'Agile app', portfolioId: s.reg.portfolioId, methodologyKey: 'agile', managerId: s.cast.manager.user.id } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ methodologyKey: 'agile', phase: 'discovery' });
    const wrongPhase = await call(s.app, 'POST', '/api/v1/projects', { token: as('pmo'), body: { name: 'x', portfolioId: s.reg.portfolioId, methodologyKey: 'agile', phase: 'execute' } });
    expect(wrongPhase.statusCode).toBe(422);
    expect(wrongPhase.json().detail).toContain('discovery, inception, delivery, transition');
    const unknown = await call(s.app, 'POST', '/api/v1/projects', { token: as('pmo'), body: { name: 'x', portfolioId: s.reg.portfolioId, methodologyKey: 'scrumfall' } });
    expect(unknown.statusCode).toBe(422);
    const byManager = await call(s.app, 'PATCH', `/api/v1/projects/${created.json().id}`, { token: as('manager'), ifMatch: 1, body: { phase: 'inception' } });
    expect(byManager.statusCode).toBe(403);
    expect(byManager.json().detail).toContain('request a gate review');
    const byPmo = await call(s.app, 'PATCH', `/api/v1/projects/${created.json().id}`, { token: as('pmo'), ifMatch: 1, body: { phase: 'inception' } });
    expect(byPmo.json()).toMatchObject({ phase: 'inception', version: 2 });
  });

  it('takes a gate from request to a conditional go under the controlling model: waivers, decision log, actions, next phase', async () => {
    await setModel('controlling');
    const projectId = await initiating('Gated');
    const review = await request(projectId, { note: 'Charter signed; business case in review.' });
    expect(review).toMatchObject({ code: expect.stringMatching(/^GATE-\d+$/), status: 'requested', phaseKey: 'initiate', phaseName: 'Initiate', canDecide: false, approverRoles: ['sponsor', 'pmo'] });
    expect((await call(s.app, 'POST', `/api/v1/projects/${projectId}/gate-reviews`, { token: as('manager'), body: {} })).statusCode).toBe(409);

    const queue = async (who: 'pmo' | 'manager' | 'executive') => (await call(s.app, 'GET', '/api/v1/gate-reviews?awaitingMe=true', { token: as(who) })).json().items.map((r: { id: string }) => r.id);
    expect(await queue('pmo')).toContain(review.id);
    expect(await queue('executive')).toContain(review.id); // the sponsor
    expect(await queue('manager')).not.toContain(review.id);

    const answered = await call(s.app, 'PATCH', `/api/v1/gate-reviews/${review.id}`, { token: as('manager'), ifMatch: 1, body: { checklist: MET } });
    expect(answered.statusCode, answered.body).toBe(200);
    await call(s.app, 'POST', `/api/v1/projects/${projectId}/deliverables`, { token: as('manager'), body: { requirementKey: 'charter', title: 'Project charter v1.0', status: 'approved', url: 'https://docs.example.org/charter' } });
    await call(s.app, 'POST', `/api/v1/projects/${projectId}/deliverables`, { token: as('manager'), body: { requirementKey: 'business_case', title: 'Business case (draft)', status: 'draft' } });

    const notReady = await call(s.app, 'POST', `/api/v1/gate-reviews/${review.id}/decision`, { token: as('pmo'), ifMatch: 2, body: { decision: 'go' } });
    expect(notReady.statusCode).toBe(422);
    const live = (await call(s.app, 'GET', `/api/v1/gate-reviews/${review.id}`, { token: as('pmo') })).json();
    expect(live.deliverables).toEqual([expect.objectContaining({ requirementKey: 'charter', present: true }), expect.objectContaining({ requirementKey: 'business_case', present: false })]);
    expect(live.readiness.items.find((i: { key: string }) => i.key === 'business_case')).toMatchObject({ state: 'needs_waiver' });
    expect(live.canDecide).toBe(true);

    const managerWaives = await call(s.app, 'PATCH', `/api/v1/gate-reviews/${review.id}`, { token: as('manager'), ifMatch: 2, body: { waivers: [{ itemKey: 'business_case', reason: 'x' }] } });
    expect(managerWaives.statusCode).toBe(403);
    const waived = await call(s.app, 'PATCH', `/api/v1/gate-reviews/${review.id}`, { token: as('pmo'), ifMatch: 2, body: { waivers: [{ itemKey: 'business_case', reason: 'Board approved the investment case in March; the formal document follows.' }] } });
    expect(waived.json().readiness).toMatchObject({ canGo: true, needsWaiver: 0 });

    const noConditions = await call(s.app, 'POST', `/api/v1/gate-reviews/${review.id}/decision`, { token: as('executive'), ifMatch: 3, body: { decision: 'go_with_conditions' } });
    expect(noConditions.statusCode).toBe(422);
    const decided = await call(s.app, 'POST', `/api/v1/gate-reviews/${review.id}/decision`, {
      token: as('executive'),
      ifMatch: 3,
      body: { decision: 'go_with_conditions', comment: 'Proceed; finish the business case.', conditions: [{ text: 'Final business case signed by finance', dueDate: '2026-12-15', ownerId: s.cast.manager.user.id }] },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'decided', decision: 'go_with_conditions', decidedBy: s.cast.executive.user.id, decidedByName: 'Executive Person', canDecide: false });
    expect(decided.json().readiness.items.find((i: { key: string }) => i.key === 'business_case').state).toBe('waived');

    const project = (await call(s.app, 'GET', `/api/v1/projects/${projectId}`, { token: as('manager') })).json();
    expect(project.phase).toBe('plan');
    const decision = (await call(s.app, 'GET', `/api/v1/decisions/${decided.json().decisionId}`, { token: as('manager') })).json();
    expect(decision).toMatchObject({ title: 'Gate 1 – Approval to plan: Go with conditions', status: 'decided', rationale: 'Proceed; finish the business case.', decidedBy: s.cast.executive.user.id });
    expect(decision.outcome).toContain('moves to Plan');
    const actions = (await call(s.app, 'GET', `/api/v1/actions?sourceType=gate&sourceId=${review.id}`, { token: as('manager') })).json().items;
    expect(actions).toEqual([expect.objectContaining({ title: 'Final business case signed by finance', ownerId: s.cast.manager.user.id, dueDate: '2026-12-15', status: 'open' })]);
    expect(decided.json().conditions[0].actionId).toBe(actions[0].id);
    const late = await call(s.app, 'PATCH', `/api/v1/gate-reviews/${review.id}`, { token: as('pmo'), ifMatch: 4, body: { note: 'late' } });
    expect(late.statusCode).toBe(422);

    const governance = (await call(s.app, 'GET', `/api/v1/projects/${projectId}/governance`, { token: as('manager') })).json();
    expect(governance.phases.map((p: { state: string }) => p.state)).toEqual(['done', 'current', 'next', 'next']);
    expect(governance.currentGate.key).toBe('approval_to_execute');
    expect(governance.openReviewId).toBeNull();
  });

  it('blocks a gate with a missing deliverable under the directive model even with a waiver, and stops a project on a stop', async () => {
    await setModel('directive');
    const projectId = await initiating('Directed');
    const review = await request(projectId);
    await call(s.app, 'PATCH', `/api/v1/gate-reviews/${review.id}`, { token: as('pmo'), ifMatch: 1, body: { checklist: MET, waivers: [{ itemKey: 'charter', reason: 'Later' }, { itemKey: 'business_case', reason: 'Later' }] } });
    const go = await call(s.app, 'POST', `/api/v1/gate-reviews/${review.id}/decision`, { token: as('pmo'), ifMatch: 2, body: { decision: 'go' } });
    expect(go.statusCode).toBe(422);
    expect(go.json().detail).toContain('not ready');
    const stop = await call(s.app, 'POST', `/api/v1/gate-reviews/${review.id}/decision`, { token: as('pmo'), ifMatch: 2, body: { decision: 'stop', comment: 'No business case, no funding.' } });
    expect(stop.statusCode, stop.body).toBe(200);
    expect((await call(s.app, 'GET', `/api/v1/projects/${projectId}`, { token: as('pmo') })).json()).toMatchObject({ status: 'cancelled', phase: 'initiate' });
    await setModel('controlling');
  });

  it('lets a named approver outside the team see and decide the review, and the manager withdraw one', async () => {
    const projectId = await initiating('Steered');
    const review = await request(projectId, { approverIds: [s.cast.outsider.user.id] });
    const seen = await call(s.app, 'GET', `/api/v1/gate-reviews/${review.id}`, { token: as('outsider') });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().canDecide).toBe(true);
    expect((await call(s.app, 'GET', `/api/v1/projects/${projectId}`, { token: as('outsider') })).statusCode).toBe(404);
    const hold = await call(s.app, 'POST', `/api/v1/gate-reviews/${review.id}/decision`, { token: as('outsider'), ifMatch: 1, body: { decision: 'hold', comment: 'Come back with the charter.' } });
    expect(hold.statusCode, hold.body).toBe(200);
    expect((await call(s.app, 'GET', `/api/v1/projects/${projectId}`, { token: as('pmo') })).json().phase).toBe('initiate');
    const next = await request(projectId);
    const withdrawn = await call(s.app, 'POST', `/api/v1/gate-reviews/${next.id}/withdraw`, { token: as('manager'), ifMatch: 1 });
    expect(withdrawn.json().status).toBe('withdrawn');
    const history = (await call(s.app, 'GET', `/api/v1/gate-reviews?projectId=${projectId}`, { token: as('manager') })).json().items;
    expect(history.map((r: { status: string }) => r.status)).toEqual(['withdrawn', 'decided']);
    const csv = await call(s.app, 'GET', `/api/v1/gate-reviews/export?projectId=${projectId}&format=csv`, { token: as('manager') });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/gate-reviews-PRJ-\d+\.csv/);
    const rows = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(rows[0]).toMatch(/^Code,Project,Project name,Phase,Gate,Status/);
    expect(rows.find((r) => r.includes(',decided,'))).toMatch(/hold,Outsider Person,.*Come back with the charter\./);
  });
});
