// Status reports through the API on both databases: colours computed from the project's real data
// (a schedule slipped against baseline 0, a critical risk without a response, a change awaiting the
// board, no cost forecast), overrides that need a justification and keep the computed colour,
// submission freezing the figures against later changes, and the PMO's review: sent back, the
// report is open and live again until resubmitted and accepted.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { reportableProject } from '../helpers/status-fixtures.ts';
import { CADENCES as CORE_CADENCES } from '../../src/core/status/reporting-period.ts';
import { DIMENSIONS as CORE_DIMENSIONS } from '../../src/core/status/status-types.ts';
import { REPORT_STATUSES as CORE_STATUSES } from '../../src/core/status/report-lifecycle.ts';
import { CADENCES, DIMENSIONS, REPORT_STATUSES } from '../../src/contracts/status-report.schema.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
interface Line {
  key: string;
  computed: string;
  effective: string;
  reasons: string[];
  override: { colour: string; justification: string } | null;
}

describe.each(DIALECTS)('status reports on %s', (dialect) => {
  const s = apiSuite(dialect);
  const api = (who: Who, method: 'GET' | 'POST' | 'PATCH', url: string, opts: { body?: unknown; ifMatch?: number } = {}) => call(s.app, method, url, { token: s.cast[who].token, ...opts });
  const ok = async (res: Awaited<ReturnType<typeof api>>, status = 200) => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const dim = (report: { rag: { dimensions: Line[] } }, key: string) => report.rag.dimensions.find((l) => l.key === key)!;
  const start = async (projectId: string, body: object = {}) => ok(await api('manager', 'POST', `/api/v1/projects/${projectId}/status-reports`, { body }), 201);
  const read = async (id: string, who: Who = 'manager') => ok(await api(who, 'GET', `/api/v1/status-reports/${id}`));
  const patch = (id: string, version: number, body: object, who: Who = 'manager') => api(who, 'PATCH', `/api/v1/status-reports/${id}`, { ifMatch: version, body });
  const step = (id: string, action: 'submit' | 'review', version: number, body: object, who: Who) => api(who, 'POST', `/api/v1/status-reports/${id}/${action}`, { ifMatch: version, body });

  it('says the same colours, statuses and cadences as the core', () => {
    expect([...DIMENSIONS]).toEqual([...CORE_DIMENSIONS]);
    expect([...REPORT_STATUSES]).toEqual([...CORE_STATUSES]);
    expect([...CADENCES]).toEqual([...CORE_CADENCES]);
  });

  it('computes each colour from the project’s live data, with the figures in the reasons', async () => {
    const p = await reportableProject(s.deps, s.cast, { name: 'Colours', portfolioId: s.reg.portfolioId, budget: { amountMinor: 50_000_000, currency: 'EUR' } });
    const fresh = await start(p.projectId);
    expect(fresh).toMatchObject({ code: expect.stringMatching(/^SR-\d+$/), status: 'draft', live: true, canEdit: true, canReview: false });
    expect(dim(fresh, 'schedule')).toMatchObject({ computed: 'green', effective: 'green' });
    expect(dim(fresh, 'schedule').reasons[0]).toBe('The forecast finish (2027-01-22) is the same as baseline 0 (2027-01-22): amber above 5 working days, red above 15 working days.');
    expect(dim(fresh, 'cost')).toMatchObject({ computed: 'grey', reasons: ['There is no cost forecast for the project yet, so cost is not assessed against the budget.'] });
    expect(fresh.figures.cost).toEqual({ budget: { amountMinor: 50_000_000, currency: 'EUR' }, forecast: null, forecastBasis: null, cpi: null, spi: null });
    expect(dim(fresh, 'resources').computed).toBe('grey');
    expect(dim(fresh, 'quality').computed).toBe('grey');
    expect(fresh.rag.overall).toMatchObject({ computed: 'green', effective: 'green' });
    expect(fresh.rag.overall.reasons).toEqual(['The overall colour is the worst of the assessed dimensions: green, from schedule, scope, risk.', 'Not assessed: cost, resources, quality.']);

    await p.build(17);
    const risk = await ok(await api('contributor', 'POST', `/api/v1/projects/${p.projectId}/risks`, { body: { title: 'Data centre lease ends', probability: 5, impact: 4 } }), 201);
    await ok(await api('contributor', 'POST', `/api/v1/projects/${p.projectId}/risks`, { body: { title: 'Minor', probability: 1, impact: 2 } }), 201);
    const late = await ok(await api('contributor', 'POST', `/api/v1/projects/${p.projectId}/actions`, { body: { title: 'Sign the lease', dueDate: '2026-01-10' } }), 201);
    const cr = await ok(await api('contributor', 'POST', `/api/v1/projects/${p.projectId}/change-requests`, { body: { title: 'Add a reporting module', reason: 'Asked by finance', category: 'scope' } }), 201);
    await ok(await api('manager', 'POST', `/api/v1/change-requests/${cr.id}/submit`, { ifMatch: 1, body: { comment: '' } }));

    const live = await read(fresh.id);
    expect(dim(live, 'schedule').computed).toBe('amber');
    expect(dim(live, 'schedule').reasons).toEqual([
      'The forecast finish (2027-02-02) is 7 working days later than baseline 0 (2027-01-22): amber above 5 working days, red above 15 working days.',
      "Of 1 milestone still to reach, the worst is 'Go-live', forecast for 2027-01-26, 7 working days later than baseline 0 (2027-01-15): amber above 5 working days, red above 15 working days.",
    ]);
    expect(live.figures.schedule).toMatchObject({ baselineNumber: 0, baselineFinish: '2027-01-22T17:00', forecastFinish: '2027-02-02T17:00', finishSlipDays: 7 });
    expect(live.figures.schedule.milestones).toEqual([expect.objectContaining({ name: 'Go-live', baselineFinish: '2027-01-15T17:00', forecastFinish: '2027-01-26T17:00', slipDays: 7, done: false })]);
    expect(dim(live, 'risk').computed).toBe('red');
    expect(dim(live, 'risk').reasons[0]).toBe(`1 open risk in the Critical band has no response (${risk.code} 'Data centre lease ends'): red from 1.`);
    expect(live.figures.risks).toMatchObject({ open: 2, withoutResponse: 1, top: [expect.objectContaining({ code: risk.code, score: 20, band: 'Critical', hasResponse: false }), expect.objectContaining({ title: 'Minor' })] });
    expect(live.figures.actions).toMatchObject({ overdue: 1, items: [expect.objectContaining({ code: late.code, dueDate: '2026-01-10' })] });
    expect(dim(live, 'scope')).toMatchObject({ computed: 'amber' });
    expect(dim(live, 'scope').reasons[0]).toBe(`1 change request affecting scope waits for the change board (${cr.code} 'Add a reporting module'): amber from 1.`);
    expect(live.rag.overall).toMatchObject({ computed: 'red', effective: 'red' });
    expect(live.rag.overall.reasons[0]).toBe('The overall colour is the worst of the assessed dimensions: red, from risk.');

    await p.build(27);
    const worse = await read(fresh.id);
    expect(dim(worse, 'schedule')).toMatchObject({ computed: 'red' });
    expect(dim(worse, 'schedule').reasons[0]).toContain('is 17 working days later than baseline 0');
  });

  it('takes an override only with a written justification, and keeps the computed colour beside it', async () => {
    const p = await reportableProject(s.deps, s.cast, { name: 'Overridden', portfolioId: s.reg.portfolioId });
    await ok(await api('manager', 'POST', `/api/v1/projects/${p.projectId}/risks`, { body: { title: 'Vendor exits the market', probability: 4, impact: 5 } }), 201);
    const report = await start(p.projectId);
    const bare = await patch(report.id, 1, { overrides: { risk: { colour: 'amber' } } });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().errors).toEqual([{ path: 'overrides.risk.justification', message: expect.stringContaining('needs a written justification') }]);
    expect((await patch(report.id, 1, { overrides: { risk: { colour: 'grey', justification: 'x' } } })).statusCode).toBe(400);
    expect((await patch(report.id, 1, { summary: 'x' }, 'contributor')).statusCode).toBe(403);
    expect((await patch(report.id, 1, { summary: 'x' }, 'outsider')).statusCode).toBe(404);

    const justification = 'The vendor signed a two-year extension on 20 November; the register is updated next week.';
    const overridden = await ok(await patch(report.id, 1, { summary: 'On track apart from the vendor.', overrides: { risk: { colour: 'amber', justification } } }));
    expect(dim(overridden, 'risk')).toMatchObject({ computed: 'red', effective: 'amber', override: { colour: 'amber', justification } });
    expect(overridden.rag.overall).toMatchObject({ computed: 'red', effective: 'amber', override: null });
    expect(overridden.summary).toBe('On track apart from the vendor.');
    const overall = await ok(await patch(report.id, 2, { overrides: { overall: { colour: 'green', justification: 'Sponsor accepts the vendor risk.' } } }));
    expect(overall.rag.overall).toMatchObject({ computed: 'red', effective: 'green' });
    expect(dim(overall, 'risk').effective).toBe('amber');
    const removed = await ok(await patch(report.id, 3, { overrides: { risk: null, overall: null } }));
    expect(dim(removed, 'risk')).toMatchObject({ computed: 'red', effective: 'red', override: null });
    expect((await patch(report.id, 3, { summary: 'stale' })).statusCode).toBe(409);
  });

  it('freezes the figures on submission: later changes to the project leave a submitted report as it was', async () => {
    const p = await reportableProject(s.deps, s.cast, { name: 'Frozen', portfolioId: s.reg.portfolioId });
    const report = await start(p.projectId);
    const empty = await step(report.id, 'submit', 1, {}, 'manager');
    expect(empty.statusCode).toBe(422);
    expect(empty.json().errors).toEqual([{ path: 'summary', message: 'required to submit' }]);
    await ok(await patch(report.id, 1, { summary: 'Build is on plan.', accomplishments: 'Design signed off.', nextPeriod: 'Start the build.', blockers: 'None.', decisionsNeeded: 'Approve the test budget.', overrides: { quality: { colour: 'green', justification: 'Peer review done outside Orrery.' } } }));
    expect((await step(report.id, 'submit', 2, {}, 'contributor')).statusCode).toBe(403);
    const submitted = await ok(await step(report.id, 'submit', 2, { comment: 'For the steering committee.' }, 'manager'));
    expect(submitted).toMatchObject({ status: 'submitted', live: false, canEdit: false, submittedBy: s.cast.manager.user.id, submittedAt: expect.any(String) });
    expect(dim(submitted, 'schedule').computed).toBe('green');
    expect(dim(submitted, 'quality')).toMatchObject({ computed: 'grey', effective: 'green' });

    await p.build(30);
    await ok(await api('manager', 'POST', `/api/v1/projects/${p.projectId}/risks`, { body: { title: 'Arrived after the report', probability: 5, impact: 5 } }), 201);
    const later = await read(submitted.id, 'executive');
    expect(later.figures).toEqual(submitted.figures);
    expect(later.rag).toEqual(submitted.rag);
    expect(later.figures.risks.open).toBe(0);
    expect(later.figures.schedule.finishSlipDays).toBe(0);
    expect(later).toMatchObject({ accomplishments: 'Design signed off.', nextPeriod: 'Start the build.', blockers: 'None.', decisionsNeeded: 'Approve the test budget.' });
    const frozen = await patch(report.id, 3, { summary: 'Too late' });
    expect(frozen.statusCode).toBe(422);
    expect(frozen.json().detail).toContain('is submitted: its figures and words are frozen');
    const audit = await s.deps.db.selectFrom('auditEvents').select(['action', 'actorId']).where('entityType', '=', 'status_report').where('entityId', '=', report.id).orderBy('at').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'submit']);
  });

  it('lets only the PMO review: sent back with a comment it is open and live again, then resubmitted and accepted', async () => {
    const p = await reportableProject(s.deps, s.cast, { name: 'Reviewed', portfolioId: s.reg.portfolioId });
    const report = await start(p.projectId);
    await ok(await patch(report.id, 1, { summary: 'All well.' }));
    const submitted = await ok(await step(report.id, 'submit', 2, {}, 'manager'));
    expect((await read(report.id, 'pmo')).canReview).toBe(true);
    expect((await step(report.id, 'review', 3, { decision: 'accept' }, 'manager')).statusCode).toBe(403);
    expect((await step(report.id, 'review', 3, { decision: 'accept' }, 'executive')).statusCode).toBe(403);
    const silent = await step(report.id, 'review', 3, { decision: 'send_back' }, 'pmo');
    expect(silent.statusCode).toBe(422);
    expect(silent.json().errors).toEqual([{ path: 'comment', message: 'required to send a report back' }]);

    const back = await ok(await step(report.id, 'review', 3, { decision: 'send_back', comment: 'Say how the slip will be recovered.' }, 'pmo'));
    expect(back).toMatchObject({ status: 'sent_back', live: true, canEdit: true, reviewComment: 'Say how the slip will be recovered.', reviewedBy: s.cast.pmo.user.id });
    expect((await read(report.id)).canEdit).toBe(true);
    await p.build(20);
    const reopened = await read(report.id);
    expect(dim(reopened, 'schedule').computed).toBe('amber');
    expect(reopened.figures.asOf > submitted.figures.asOf).toBe(true);
    await ok(await patch(report.id, 4, { summary: 'Build slipped 10 days; a second team joins on Monday.' }));
    const again = await ok(await step(report.id, 'submit', 5, {}, 'manager'));
    expect(again).toMatchObject({ status: 'submitted', live: false });
    expect(dim(again, 'schedule').reasons[0]).toContain('10 working days later than baseline 0');
    const accepted = await ok(await step(report.id, 'review', 6, { decision: 'accept', comment: 'Thanks.' }, 'pmo'));
    expect(accepted).toMatchObject({ status: 'reviewed', canReview: false, reviewComment: 'Thanks.' });
    expect(accepted.history.map((h: { action: string }) => h.action)).toEqual(['create', 'submit', 'send_back', 'submit', 'accept']);
    const final = await step(report.id, 'review', 7, { decision: 'send_back', comment: 'Once more' }, 'pmo');
    expect(final.statusCode).toBe(422);
    expect(final.json().detail).toContain('A reviewed report is final');
    expect((await step(report.id, 'submit', 7, {}, 'manager')).statusCode).toBe(422);
  });
});
