// Intake through the API on both databases: a member's request from draft through the PMO's
// triage and business case to a project made from a template carrying its data; the PMO's own
// form fields checked on submit; refusals that say what to do; who may do what; the audit trail.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';

type Who = 'member' | 'manager' | 'contributor' | 'outsider' | 'executive' | 'pmo' | 'admin';

const CASE = {
  currency: 'EUR',
  periodicity: 'year',
  annualDiscountRate: 0.1,
  lines: [
    { label: 'Build', kind: 'cost', amountsMinor: [100_000] },
    { label: 'Savings', kind: 'benefit', amountsMinor: [0, 40_000, 40_000, 40_000] },
  ],
};

describe.each(DIALECTS)('project requests on %s', (dialect) => {
  const s = apiSuite(dialect);
  const api = (who: Who, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, opts: { body?: unknown; ifMatch?: number } = {}) => call(s.app, method, url, { token: s.cast[who].token, ...opts });
  const draft = async (who: Who = 'member', body: object = {}) => {
    const res = await api(who, 'POST', '/api/v1/requests', {
      body: { title: 'Customer portal', problem: 'Customers phone us for every order status.', objectives: 'Self-service order tracking.', objectiveIds: [s.reg.objectiveId], portfolioId: s.reg.portfolioId, programId: s.reg.programId, sponsorId: s.cast.executive.user.id, costEstimate: { amountMinor: 100_000, currency: 'EUR' }, durationEstimateMonths: 6, desiredStart: '2027-01-04', expectedBenefits: 'Fewer calls', keyRisks: 'Legacy order system', ...body },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const step = (who: Who, id: string, version: number, action: string, comment = '') => api(who, 'POST', `/api/v1/requests/${id}/steps`, { ifMatch: version, body: { action, comment } });
  const audits = async (id: string) => (await s.database.db.selectFrom('auditEvents').select(['action', 'actorId']).where('entityId', '=', id).orderBy('at').execute());

  it('takes a member’s request through triage and a business case to a project from a template that carries its data', async () => {
    const req = await draft();
    expect(req).toMatchObject({ code: expect.stringMatching(/^REQ-\d{3}$/), status: 'draft', requester: { id: s.cast.member.user.id }, canEdit: true, actions: ['submit', 'withdraw'] });
    let r = (await step('member', req.id, 1, 'submit', 'Please consider')).json();
    expect(r.status).toBe('submitted');
    expect(r.canEdit).toBe(false);
    const inbox = (await api('pmo', 'GET', '/api/v1/me/notifications')).json().items;
    expect(inbox).toContainEqual(expect.objectContaining({ kind: 'approval_waiting', title: `Project request ${req.code} waits for triage`, link: `/requests/${req.id}` }));
    r = (await step('pmo', req.id, 2, 'screen', 'Fits the digital strategy')).json();
    r = (await step('pmo', req.id, 3, 'build_case', 'Show the numbers')).json();
    expect(r.status).toBe('business_case');
    const asked = (await api('member', 'GET', '/api/v1/me/notifications')).json().items;
    expect(asked).toContainEqual(expect.objectContaining({ kind: 'request_decided', title: `Project request ${req.code} needs a business case`, body: 'Pmo Person on “Customer portal”: “Show the numbers”', link: `/requests/${req.id}` }));

    const refused = await api('pmo', 'POST', `/api/v1/requests/${req.id}/approve`, { ifMatch: 4, body: { templateKey: 'it_system_implementation' } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain('add at least one cost line');

    const cased = await api('member', 'PUT', `/api/v1/requests/${req.id}/business-case`, { ifMatch: 4, body: CASE });
    expect(cased.statusCode, cased.body).toBe(200);
    const figures = cased.json().businessCase.figures;
    expect(figures.npvMinor).toBe(-526);
    expect(figures.payback).toEqual({ periods: 2.5, years: 2.5 });
    expect(figures.roi).toBeCloseTo(0.2, 10);
    expect(figures.rows).toHaveLength(4);
    expect(figures.irr.annualRate).toBeCloseTo(0.0970, 3);

    const approved = await api('pmo', 'POST', `/api/v1/requests/${req.id}/approve`, { ifMatch: 5, body: { templateKey: 'it_system_implementation', managerId: s.cast.manager.user.id, comment: 'Worth it on strategy' } });
    expect(approved.statusCode, approved.body).toBe(200);
    const done = approved.json();
    expect(done).toMatchObject({ status: 'approved', decidedBy: s.cast.pmo.user.id, actions: [], project: { code: expect.stringMatching(/^PRJ-/), name: 'Customer portal' } });
    expect(done.history.map((h: { action: string }) => h.action)).toEqual(['create', 'submit', 'screen', 'build_case', 'approve']);
    const told = (await api('member', 'GET', '/api/v1/me/notifications')).json().items;
    expect(told[0]).toMatchObject({ kind: 'request_decided', title: `Project request ${req.code} approved: it is project ${done.project.code}`, body: 'Pmo Person on “Customer portal”: “Worth it on strategy”' });

    const project = (await api('manager', 'GET', `/api/v1/projects/${done.project.id}`)).json();
    expect(project).toMatchObject({
      name: 'Customer portal', portfolioId: s.reg.portfolioId, programId: s.reg.programId, sponsorId: s.cast.executive.user.id, managerId: s.cast.manager.user.id,
      objectiveIds: [s.reg.objectiveId], budget: { amountMinor: 100_000, currency: 'EUR' }, plannedStart: '2027-01-04', plannedFinish: '2027-07-03', status: 'active',
    });
    expect(project.description).toContain('Problem: Customers phone us for every order status.');
    expect(project.description).toContain(`From project request ${req.code}.`);
    const decisions = (await api('manager', 'GET', `/api/v1/decisions?projectId=${done.project.id}`)).json().items;
    expect(decisions[0]).toMatchObject({ title: `Project request ${req.code} approved: Customer portal`, rationale: 'Worth it on strategy' });
    const origin = (await api('manager', 'GET', `/api/v1/requests?projectId=${done.project.id}`)).json().items;
    expect(origin.map((o: { code: string }) => o.code)).toEqual([req.code]);
    expect((await api('manager', 'GET', `/api/v1/requests/${req.id}`)).statusCode).toBe(200);

    const trail = await audits(req.id);
    expect(trail.map((a) => a.action)).toEqual(['create', 'submit', 'screen', 'build_case', 'business_case', 'approve']);
    expect(trail[0]!.actorId).toBe(s.cast.member.user.id);
    expect(trail[5]!.actorId).toBe(s.cast.pmo.user.id);
  });

  it('checks the PMO’s own fields: types when saved, required ones on submit, naming each', async () => {
    const fields = await api('pmo', 'GET', '/api/v1/settings/intake-fields');
    const saved = await api('pmo', 'PUT', '/api/v1/settings/intake-fields', {
      ifMatch: fields.json().version,
      body: { fields: [{ key: 'deadline', label: 'Regulatory deadline', type: 'date', required: true }, { key: 'urgency', label: 'Urgency', type: 'choice', options: ['low', 'high'] }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const bad = await api('member', 'POST', '/api/v1/requests', { body: { title: 'Bad', fields: { urgency: 'medium' } } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([{ path: 'fields.urgency', message: '"Urgency" is one of "low", "high", not "medium".' }]);
    const req = await draft('member', { problem: '', fields: { urgency: 'high' } });
    const notReady = await step('member', req.id, 1, 'submit');
    expect(notReady.statusCode).toBe(422);
    expect(notReady.json().errors).toEqual([
      { path: 'problem', message: 'Describe the problem or opportunity.' },
      { path: 'fields.deadline', message: '"Regulatory deadline" is required: fill it in before submitting.' },
    ]);
    const fixed = await api('member', 'PATCH', `/api/v1/requests/${req.id}`, { ifMatch: 1, body: { problem: 'Audit finding', fields: { urgency: 'high', deadline: '2027-06-30' } } });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect((await step('member', req.id, 2, 'submit')).json().status).toBe('submitted');
    const dup = await api('pmo', 'PUT', '/api/v1/settings/intake-fields', { ifMatch: saved.json().version, body: { fields: [{ key: 'a', label: 'A', type: 'text' }, { key: 'a', label: 'B', type: 'text' }] } });
    expect(dup.statusCode).toBe(422);
    expect(dup.json().errors[0].path).toBe('fields[1].key');
    await api('pmo', 'PUT', '/api/v1/settings/intake-fields', { ifMatch: saved.json().version, body: { fields: [] } });
  });

  it('refuses with reasons: a skipped stage, a rejection without why, anything after a rejection', async () => {
    const req = await draft();
    await step('member', req.id, 1, 'submit');
    const skip = await step('pmo', req.id, 2, 'build_case');
    expect(skip.statusCode).toBe(422);
    expect(skip.json().detail).toBe(`Project request ${req.code} is submitted. A submitted request cannot be moved to business case. A request moves to business case from screening. From submitted it can be: screen, reject, defer, withdraw.`);
    const noWhy = await step('pmo', req.id, 2, 'reject');
    expect(noWhy.statusCode).toBe(422);
    expect(noWhy.json().errors).toEqual([{ path: 'comment', message: expect.stringContaining('Say why') }]);
    expect((await step('pmo', req.id, 2, 'defer', 'Next year’s budget')).json().status).toBe('deferred');
    expect((await step('pmo', req.id, 3, 'reopen', 'Budget freed')).json().status).toBe('screening');
    const rejected = (await step('pmo', req.id, 4, 'reject', 'Duplicates PRJ-001')).json();
    expect(rejected).toMatchObject({ status: 'rejected', actions: [], decidedBy: s.cast.pmo.user.id });
    expect(rejected.history.at(-1)).toMatchObject({ action: 'reject', from: 'screening', to: 'rejected', comment: 'Duplicates PRJ-001', actorName: 'Pmo Person' });
    const told = (await api('member', 'GET', '/api/v1/me/notifications')).json().items.filter((n: { link: string }) => n.link === `/requests/${req.id}`);
    expect(told.map((n: { title: string; body: string }) => [n.title, n.body])).toEqual([
      [`Project request ${req.code} rejected`, 'Pmo Person on “Customer portal”: “Duplicates PRJ-001”'],
      [`Project request ${req.code} deferred`, 'Pmo Person on “Customer portal”: “Next year’s budget”'],
    ]);
    const again = await step('pmo', req.id, 5, 'reopen', 'Please');
    expect(again.statusCode).toBe(422);
    expect(again.json().detail).toContain('It is closed.');
    const stale = await step('pmo', req.id, 3, 'reopen', 'x');
    expect(stale.statusCode).toBe(409);
  });

  it('lets members triage nothing, see only their own, and executives read without acting', async () => {
    const req = await draft('member');
    expect((await api('outsider', 'GET', `/api/v1/requests/${req.id}`)).statusCode).toBe(404);
    expect((await api('outsider', 'GET', '/api/v1/requests')).json().items.map((i: { id: string }) => i.id)).not.toContain(req.id);
    expect((await api('outsider', 'POST', `/api/v1/requests/${req.id}/steps`, { ifMatch: 1, body: { action: 'submit' } })).statusCode).toBe(404);
    await step('member', req.id, 1, 'submit');
    const selfTriage = await step('member', req.id, 2, 'screen');
    expect(selfTriage.statusCode).toBe(403);
    expect(selfTriage.json().detail).toContain('the PMO triages and decides requests');
    const exec = (await api('executive', 'GET', `/api/v1/requests/${req.id}`)).json();
    expect(exec).toMatchObject({ canEdit: false, actions: [] });
    expect((await api('executive', 'POST', '/api/v1/requests', { body: { title: 'X' } })).statusCode).toBe(403);
    expect((await step('executive', req.id, 2, 'screen')).statusCode).toBe(403);
    const pmo = (await api('pmo', 'GET', `/api/v1/requests/${req.id}`)).json();
    expect(pmo.actions).toEqual(['screen', 'reject', 'defer']);
    const named = await api('pmo', 'PATCH', `/api/v1/requests/${req.id}`, { ifMatch: 2, body: { reviewerIds: [s.cast.outsider.user.id] } });
    expect(named.json().reviewers).toEqual([{ id: s.cast.outsider.user.id, name: 'Outsider Person' }]);
    const comment = await api('outsider', 'POST', `/api/v1/requests/${req.id}/comments`, { ifMatch: 3, body: { comment: 'Check GDPR' } });
    expect(comment.statusCode, comment.body).toBe(200);
    expect(comment.json().history.at(-1)).toMatchObject({ action: 'comment', comment: 'Check GDPR', from: 'submitted', to: 'submitted' });
    const memberEdit = await api('member', 'PATCH', `/api/v1/requests/${req.id}`, { ifMatch: 4, body: { title: 'Changed' } });
    expect(memberEdit.statusCode).toBe(422);
    expect(memberEdit.json().detail).toContain('the PMO changes it during triage');
  });

  it('lets the PMO score a request on the scoring model with its breakdown, while it is being decided', async () => {
    const r = await draft();
    const submitted = (await step('member', r.id, r.version, 'submit')).json();
    const url = `/api/v1/requests/${r.id}/scores/default`;
    expect((await api('member', 'GET', url)).json()).toMatchObject({ subjectType: 'request', code: r.code, version: 0, score: null, canEdit: false });
    const levels = { strategic_alignment: 5, financial_value: 4, risk: 2, urgency: 3, compliance: 1, resource_fit: 3 };
    expect((await api('member', 'PUT', url, { body: { levels }, ifMatch: 0 })).statusCode).toBe(403);
    const missing = await api('pmo', 'PUT', url, { body: { levels: { strategic_alignment: 5 } }, ifMatch: 0 });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().detail).toContain('is not rated');
    const scored = await api('pmo', 'PUT', url, { body: { levels }, ifMatch: 0 });
    expect(scored.statusCode, scored.body).toBe(200);
    expect(scored.json()).toMatchObject({ subjectType: 'request', version: 1, canEdit: true, score: expect.any(Number) });
    expect(scored.json().breakdown.map((b: { key: string }) => b.key)).toEqual(Object.keys(levels));
    expect((await api('executive', 'GET', url)).json().score).toBe(scored.json().score);
    // Once decided, the score stands.
    let current = submitted;
    for (const action of ['screen', 'reject']) current = (await step('pmo', r.id, current.version, action, 'Out of strategy')).json();
    expect((await api('pmo', 'PUT', url, { body: { levels }, ifMatch: 1 })).statusCode).toBe(403);
  });

  it('pages the list newest first and filters it by status', async () => {
    const a = await draft('contributor', { title: 'Paged A' });
    const b = await draft('contributor', { title: 'Paged B' });
    const first = (await api('contributor', 'GET', '/api/v1/requests?limit=1')).json();
    expect(first.items.map((i: { id: string }) => i.id)).toEqual([b.id]);
    const second = (await api('contributor', 'GET', `/api/v1/requests?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    expect(second.nextCursor).toBeNull();
    expect((await api('contributor', 'GET', '/api/v1/requests?status=submitted')).json().items).toEqual([]);
  });

  it('refuses a program outside the target portfolio and objectives that do not exist', async () => {
    const other = await api('pmo', 'POST', '/api/v1/portfolios', { body: { name: 'Other' } });
    const res = await api('member', 'POST', '/api/v1/requests', { body: { title: 'Wrong program', portfolioId: other.json().id, programId: s.reg.programId } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: 'programId', message: 'not in the target portfolio' }]);
    const missing = await api('member', 'POST', '/api/v1/requests', { body: { title: 'No objective', objectiveIds: ['0190a0f0-0000-7000-8000-000000000000'] } });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().code).toBe('invalid_reference');
  });
});
