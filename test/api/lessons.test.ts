// Closure reports and lessons learned through the API on both databases: a closure report's
// figures come from the project's data (slip against baseline 0, cost against budget, approved
// changes, risks turned into issues) and freeze on submission; the PMO accepts; lessons are found by
// ranked full-text search (the better match first, matched words marked), curated by the PMO, and
// suggested to a new project that shares tags, objectives or words with them; every change audited.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { reportableProject } from '../helpers/status-fixtures.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { createExpense } from '../../src/app/finance/expenses.ts';
import { createLogItem } from '../../src/app/raid/raid-log.ts';
import { changeRequestKind } from '../../src/app/changes/change-requests.ts';
import { decideChangeRequest, submitChangeRequest } from '../../src/app/changes/change-request-commands.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe.each(DIALECTS)('closure reports and lessons on %s', (dialect) => {
  const s = apiSuite(dialect);
  const as = (who: Who) => s.cast[who].token;
  const get = (path: string, who: Who = 'pmo') => call(s.app, 'GET', path, { token: as(who) });
  const post = (path: string, body: unknown, who: Who = 'pmo', ifMatch?: number) => call(s.app, 'POST', path, { token: as(who), body, ...(ifMatch !== undefined && { ifMatch }) });
  const patch = (path: string, version: number, body: unknown, who: Who = 'pmo') => call(s.app, 'PATCH', path, { token: as(who), body, ifMatch: version });
  const audits = async (entityId: string) => (await s.database.db.selectFrom('auditEvents').select('action').where('entityId', '=', entityId).orderBy('at').orderBy('id').execute()).map((a) => a.action);

  /** A project that slipped 2 of its 15 baselined days, spent 60 000 of a 50 000 budget, approved one change and saw one risk happen. */
  async function closingProject(name: string) {
    const system = systemContext(s.deps);
    const p = await reportableProject(s.deps, s.cast, { name, portfolioId: s.reg.portfolioId, budget: EUR(5_000_000) });
    await p.build(12);
    await createExpense(system, p.projectId, { kind: 'expense', incurredOn: '2026-11-02', amount: EUR(6_000_000), category: 'material', costType: 'opex', supplier: '', reference: '', taskId: null, purchaseOrderId: null, description: 'Servers' });
    let cr = await createLogItem(changeRequestKind, system, p.projectId, { title: 'Add SSO', description: '', ownerId: null, category: 'scope', priority: 'medium', reason: 'Security', requestedBy: 'CISO', scopeImpact: 'SSO login', costImpact: EUR(500_000), riskImpact: '', scheduleEdits: [] });
    cr = await submitChangeRequest(system, cr.id, 1, { comment: '' });
    await decideChangeRequest(system, cr.id, 2, { decision: 'approved', comment: '' });
    const risk = (await post(`/api/v1/projects/${p.projectId}/risks`, { title: 'Vendor delivers late', probability: 3, impact: 4 }, 'manager')).json();
    await post(`/api/v1/projects/${p.projectId}/risks`, { title: 'Key user leaves', probability: 2, impact: 3 }, 'manager');
    expect((await post(`/api/v1/risks/${risk.id}/occurred`, { title: 'Servers arrived three weeks late' }, 'manager', risk.version)).statusCode).toBe(201);
    return p;
  }

  it('computes the closure figures from the project\'s data and freezes them on submission; the PMO accepts', async () => {
    const p = await closingProject('Data centre move');
    const base = `/api/v1/projects/${p.projectId}`;
    expect((await get(`${base}/closure-report`, 'manager')).json().detail).toContain('has no closure report yet');
    expect((await post(`${base}/closure-report`, {}, 'contributor')).statusCode).toBe(403);
    const created = await post(`${base}/closure-report`, { wentWell: 'Cut-over rehearsals.' }, 'manager');
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ code: expect.stringMatching(/^CLO-\d+$/), status: 'draft', frozen: false, canEdit: true, canReview: false });
    expect(draft.figures.schedule).toMatchObject({ baselineNumber: 0, baselineStart: '2027-01-04T08:00', baselineFinish: '2027-01-22T17:00', finish: '2027-01-26T17:00', slipDays: 2, baselineDays: 15, slipPercent: 13.3 });
    expect(draft.figures.cost).toEqual({ currency: 'EUR', budgetMinor: 5_000_000, actualMinor: 6_000_000, varianceMinor: -1_000_000, variancePercent: -20 });
    expect(draft.figures.scope).toMatchObject({ approvedChanges: 1, costImpactMinor: 500_000, changes: [{ title: 'Add SSO', status: 'approved' }] });
    expect(draft.figures.risks).toMatchObject({ identified: 2, happened: 1, items: [{ riskTitle: 'Vendor delivers late', issueTitle: 'Servers arrived three weeks late' }] });
    expect(draft.figures.benefits).toMatchObject({ planned: 0, realised: 0, items: [] });
    const benefit = await post(`${base}/benefits`, { title: 'Fewer outages', category: 'non_financial', measure: 'Outages per quarter', unit: 'outages', direction: 'lower_is_better', baseline: 10, target: 2, expectedBy: '2027-06-30' }, 'manager');
    expect(benefit.statusCode, benefit.body).toBe(201);
    expect((await post(`/api/v1/benefits/${benefit.json().id}/measurements`, { measuredOn: '2026-11-01', value: 2 }, 'manager')).statusCode).toBe(201);
    const withBenefit = (await get(`${base}/closure-report`, 'manager')).json();
    expect(withBenefit.figures.benefits).toMatchObject({ planned: 1, realised: 1, items: [{ title: 'Fewer outages', status: 'realised', realisationPct: 100 }] });
    expect((await post(`${base}/closure-report`, {}, 'manager')).statusCode).toBe(409);

    const written = await patch(`/api/v1/closure-reports/${draft.id}`, draft.version, { wentBadly: 'Hardware lead times.', recommendations: 'Order hardware before the plan is baselined.' }, 'manager');
    expect(written.statusCode, written.body).toBe(200);
    const submitted = await post(`/api/v1/closure-reports/${draft.id}/submit`, {}, 'manager', written.json().version);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', frozen: true, canEdit: false });

    // Later spending does not move a submitted report's figures, but does move the live ones.
    await createExpense(systemContext(s.deps), p.projectId, { kind: 'expense', incurredOn: '2026-11-03', amount: EUR(1_000_000), category: 'material', costType: 'opex', supplier: '', reference: '', taskId: null, purchaseOrderId: null, description: 'Cables' });
    expect((await get(`${base}/closure-report`, 'executive')).json().figures.cost.actualMinor).toBe(6_000_000);
    expect((await get(`${base}/closure-figures`, 'executive')).json().cost.actualMinor).toBe(7_000_000);

    const version = submitted.json().version;
    expect((await post(`/api/v1/closure-reports/${draft.id}/review`, { decision: 'accept' }, 'manager', version)).statusCode).toBe(403);
    const noComment = await post(`/api/v1/closure-reports/${draft.id}/review`, { decision: 'send_back' }, 'pmo', version);
    expect(noComment.statusCode).toBe(422);
    expect(noComment.json().detail).toContain('Say what to change');
    const accepted = await post(`/api/v1/closure-reports/${draft.id}/review`, { decision: 'accept' }, 'pmo', version);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', canReview: false });
    expect(accepted.json().history.map((h: { action: string }) => h.action)).toEqual(['create', 'submit', 'accept']);
    expect((await patch(`/api/v1/closure-reports/${draft.id}`, accepted.json().version, { wentWell: 'Changed' }, 'pmo')).statusCode).toBe(422);
    expect(await audits(draft.id)).toEqual(['create', 'update', 'submit', 'accept']);
  });

  it('finds lessons by ranked full-text search with marked snippets, the better match first', async () => {
    const p = await closingProject('Warehouse system');
    const report = (await post(`/api/v1/projects/${p.projectId}/closure-report`, { wentWell: 'Training.' }, 'manager')).json();
    const lesson = async (title: string, description: string, recommendation: string, tags: string[] = [], who: Who = 'contributor') => {
      const res = await post('/api/v1/lessons', { source: { type: 'closure_report', id: report.id }, title, description, category: 'procurement', phase: 'execute', impact: 'negative', recommendation, tags }, who);
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const strong = await lesson('Hardware vendor delivered late', 'The hardware vendor missed two delivery dates and the vendor contract had no penalty.', 'Put delivery penalties in every vendor contract.', ['vendor']);
    const weak = await lesson('Training plan came late', 'End-user training started a week before go-live; one supplier (a vendor of e-learning) was slow.', 'Start training early.');
    await lesson('Weekly demos kept sponsors close', 'Demos every Friday built trust.', 'Demo weekly.');

    const found = await get('/api/v1/lessons?q=vendor%20late', 'member');
    expect(found.statusCode, found.body).toBe(200);
    const hits = found.json().items;
    expect(hits.map((h: { id: string }) => h.id)).toEqual([strong.id, weak.id]);
    expect(hits[0].rank).toBeGreaterThan(hits[1].rank);
    expect(hits[0].snippet.filter((part: { match: boolean }) => part.match).map((part: { text: string }) => part.text.toLowerCase())).toContain('vendor');
    expect(found.json().total).toBe(2);
    // Stemming: "deliveries" finds "delivery"/"delivered"; a phrase must match in order; exclusions work.
    expect((await get('/api/v1/lessons?q=deliveries')).json().items.map((h: { id: string }) => h.id)).toEqual([strong.id]);
    expect((await get('/api/v1/lessons?q=%22training%20started%22')).json().items.map((h: { id: string }) => h.id)).toEqual([weak.id]);
    expect((await get('/api/v1/lessons?q=vendor%20-training')).json().items.map((h: { id: string }) => h.id)).toEqual([strong.id]);
    expect((await get('/api/v1/lessons?q=vendor&category=stakeholders')).json().items).toEqual([]);
    expect((await get('/api/v1/lessons?q=NEAR(%22vendor')).statusCode).toBe(200);
    expect((await get(`/api/v1/lessons/${strong.id}`, 'outsider')).json()).toMatchObject({ title: 'Hardware vendor delivered late', source: { type: 'closure_report', label: `${report.code} closure report` }, canEdit: false });
  });

  it('lets the team propose and reword lessons, and only the PMO accept them and build them into a standard', async () => {
    const p = await reportableProject(s.deps, s.cast, { name: 'Curated', portfolioId: s.reg.portfolioId });
    const meeting = await post(`/api/v1/projects/${p.projectId}/meetings`, { title: 'Sprint 4 retrospective', type: 'team', startsAt: '2027-01-15T15:00', endsAt: '2027-01-15T16:00' }, 'manager');
    expect(meeting.statusCode, meeting.body).toBe(201);
    const bad = await post('/api/v1/lessons', { source: { type: 'gate_review', id: meeting.json().id }, title: 'Wrong source', category: 'other', impact: 'positive' }, 'contributor');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toContain('There is no gate review');
    expect((await post('/api/v1/lessons', { source: { type: 'retrospective', id: meeting.json().id }, title: 'Not mine', category: 'other', impact: 'positive' }, 'executive')).statusCode).toBe(403);
    const proposed = (await post('/api/v1/lessons', { source: { type: 'retrospective', id: meeting.json().id }, title: 'Pair on reviews', category: 'quality', impact: 'positive', tags: ['reviews'] }, 'contributor')).json();
    expect(proposed).toMatchObject({ status: 'proposed', canEdit: true, canReview: false, source: { label: expect.stringContaining('Sprint 4 retrospective') } });

    const reworded = await patch(`/api/v1/lessons/${proposed.id}`, proposed.version, { description: 'Pairing halved review time.' }, 'contributor');
    expect(reworded.statusCode, reworded.body).toBe(200);
    expect((await patch(`/api/v1/lessons/${proposed.id}`, reworded.json().version, { status: 'accepted' }, 'contributor')).statusCode).toBe(403);
    const skip = await patch(`/api/v1/lessons/${proposed.id}`, reworded.json().version, { status: 'built_in', standardNote: 'Handbook' }, 'pmo');
    expect(skip.statusCode).toBe(422);
    const accepted = await patch(`/api/v1/lessons/${proposed.id}`, reworded.json().version, { status: 'accepted' }, 'pmo');
    expect(accepted.json()).toMatchObject({ status: 'accepted', acceptedAt: expect.any(String) });
    expect((await patch(`/api/v1/lessons/${proposed.id}`, accepted.json().version, { title: 'Too late' }, 'contributor')).statusCode).toBe(403);
    const noNote = await patch(`/api/v1/lessons/${proposed.id}`, accepted.json().version, { status: 'built_in' }, 'pmo');
    expect(noNote.statusCode).toBe(422);
    expect(noNote.json().errors).toEqual([{ path: 'standardNote', message: expect.stringContaining('which standard') }]);
    const built = await patch(`/api/v1/lessons/${proposed.id}`, accepted.json().version, { status: 'built_in', standardNote: 'Agile delivery handbook §3.2' }, 'pmo');
    expect(built.json()).toMatchObject({ status: 'built_in', standardNote: 'Agile delivery handbook §3.2' });
    expect((await get(`/api/v1/lessons?status=built_in&projectId=${p.projectId}`, 'member')).json().items.map((l: { id: string }) => l.id)).toEqual([proposed.id]);
    expect(await audits(proposed.id)).toEqual(['create', 'update', 'accept', 'build_in']);
  });

  it('suggests accepted lessons of other projects to a starting project, most relevant first, saying why', async () => {
    const source = await reportableProject(s.deps, s.cast, { name: 'Payroll replacement', portfolioId: s.reg.portfolioId, objectiveIds: [s.reg.objectiveId] });
    const report = (await post(`/api/v1/projects/${source.projectId}/closure-report`, { wentWell: 'x' }, 'manager')).json();
    const add = async (title: string, tags: string[], accept = true) => {
      const l = (await post('/api/v1/lessons', { source: { type: 'closure_report', id: report.id }, title, description: '', category: 'technical', impact: 'negative', tags }, 'manager')).json();
      if (accept) await patch(`/api/v1/lessons/${l.id}`, l.version, { status: 'accepted' }, 'pmo');
      return l;
    };
    const tagged = await add('Interfaces took longest', ['interfaces', 'sap']);
    const worded = await add('Data migration of payroll history needed three dry runs', []);
    await add('Unvetted lesson about interfaces', ['interfaces'], false);
    await add('Unrelated lesson on catering', []);

    const starting = await makeProject(s.deps, { name: 'HR payroll migration', description: 'Move payroll history to the new HR suite; interfaces to SAP.', portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id, tags: ['SAP', 'interfaces'] });
    const res = await get(`/api/v1/projects/${starting.id}/lesson-suggestions`, 'manager');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { lesson: { id: string } }) => i.lesson.id)).toEqual([tagged.id, worded.id]);
    expect(items[0]).toMatchObject({ sameMethodology: true, sharedTags: ['interfaces', 'sap'] });
    expect(items[1].textSimilarity).toBeGreaterThan(0.1);
    expect((await get(`/api/v1/projects/${starting.id}/lesson-suggestions`, 'member')).statusCode).toBe(404);
  });
});
