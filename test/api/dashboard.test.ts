// The dashboards through the API on both databases, on a small hand-made portfolio whose figures
// are known: phases with their methodology's names, milestones due and slipped against baseline 0,
// the top risks in order, escalated issues, budgets per currency, objectives, what a member sees,
// the program roll-up, and "my work" for a manager, the PMO and a sponsor.
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { objectiveKind } from '../../src/app/register/objectives.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { programKind } from '../../src/app/register/programs.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createScheduleTask, updateScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { saveBaseline } from '../../src/app/schedules/baselines.ts';
import { createLogItem } from '../../src/app/raid/raid-log.ts';
import { RAID_LOGS } from '../../src/app/raid/raid-kinds.ts';
import { requestGateReview } from '../../src/app/governance/gate-review-commands.ts';
import { changeRequestKind } from '../../src/app/changes/change-requests.ts';
import { submitChangeRequest } from '../../src/app/changes/change-request-commands.ts';
import { createQualityReview, updateQualityReview } from '../../src/app/quality/review-commands.ts';
import { createFinding } from '../../src/app/quality/finding-commands.ts';
import { ActionCreate, IssueCreate, RiskCreate } from '../../src/contracts/raid.schema.ts';
import { ScheduleTaskCreate } from '../../src/contracts/schedule.schema.ts';
import { addDays } from '../../src/core/portfolio/milestone-watch.ts';

const TODAY = new Date().toISOString().slice(0, 10);
/** A weekday `offset` days from today (a weekend moves on to Monday), at 08:00. */
const workday = (offset: number): string => {
  const d = new Date(`${addDays(TODAY, offset)}T00:00Z`);
  const shift = d.getUTCDay() === 6 ? 2 : d.getUTCDay() === 0 ? 1 : 0;
  return `${addDays(TODAY, offset + shift)}T08:00`;
};
type Ref = { id: string; code: string };
const codes = (refs: Ref[]) => refs.map((r) => r.code);

describe.each(DIALECTS)('dashboards on %s', (dialect) => {
  const s = apiSuite(dialect);
  const get = async (url: string, who: 'pmo' | 'member' | 'manager' | 'executive' | 'outsider' = 'pmo') => {
    const res = await call(s.app, 'GET', url, { token: s.cast[who].token });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const w = {} as Record<'portfolio' | 'program' | 'serves' | 'unserved' | 'alpha' | 'beta' | 'gamma' | 'review' | 'change' | 'finding' | 'overdue' | 'later', { id: string; code: string }>;

  beforeAll(async () => {
    const system = systemContext(s.deps);
    const { cast } = s;
    w.portfolio = await createRegisterItem(portfolioKind, system, { name: 'Dashboards', description: '', ownerId: null });
    w.program = await createRegisterItem(programKind, system, { name: 'Cloud move', description: '', portfolioId: w.portfolio.id, managerId: null });
    w.serves = await createRegisterItem(objectiveKind, system, { name: 'Cut costs', description: '', ownerId: null, status: 'active', targetDate: null });
    w.unserved = await createRegisterItem(objectiveKind, system, { name: 'Enter Asia', description: '', ownerId: null, status: 'active', targetDate: null });
    const base = { portfolioId: w.portfolio.id, status: 'active' as const };
    w.alpha = await makeProject(s.deps, { ...base, name: 'Alpha', programId: w.program.id, phase: 'execute', managerId: cast.manager.user.id, sponsorId: cast.executive.user.id, budget: { amountMinor: 100_000, currency: 'EUR' }, objectiveIds: [w.serves.id], tags: ['Cloud'] });
    w.beta = await makeProject(s.deps, { ...base, name: 'Beta', programId: w.program.id, status: 'on_hold', phase: 'plan', budget: { amountMinor: 5_000, currency: 'USD' }, objectiveIds: [w.serves.id] });
    w.gamma = await makeProject(s.deps, { ...base, name: 'Gamma', methodologyKey: 'agile', phase: 'discovery' });
    await setProjectMember(system, w.gamma.id, cast.member.user.id, 'contributor');

    const milestone = async (projectId: string, name: string, date: string) => (await createScheduleTask(system, projectId, ScheduleTaskCreate.parse({ name, milestone: true, durationMinutes: 0, constraintType: 'MSO', constraintDate: date }))).taskId;
    await milestone(w.alpha.id, 'Go-live', workday(10));
    const design = await milestone(w.alpha.id, 'Design signed off', workday(-5));
    await milestone(w.alpha.id, 'Benefits review', workday(60));
    await saveBaseline(system, w.alpha.id, 0, undefined);
    await updateScheduleTask(system, w.alpha.id, design, 1, { constraintDate: workday(3) });
    await milestone(w.beta.id, 'Supplier chosen', workday(-10));
    await saveBaseline(system, w.beta.id, 0, undefined);

    const risk = (projectId: string, title: string, probability: number, impact: number, extra: object = {}) => createLogItem(RAID_LOGS.risks, system, projectId, RiskCreate.parse({ title, probability, impact, ...extra }));
    await risk(w.alpha.id, 'Cloud bill doubles', 5, 5, { ownerId: cast.manager.user.id, reviewDate: addDays(TODAY, -1) });
    await risk(w.alpha.id, 'Staff turnover', 2, 2);
    await risk(w.beta.id, 'Supplier fails', 4, 4);
    await risk(w.gamma.id, 'Users do not adopt', 3, 3);
    await risk(w.gamma.id, 'Closed long ago', 5, 5, { status: 'closed' });
    const issue = (projectId: string, title: string, escalationLevel: string, status = 'open') => createLogItem(RAID_LOGS.issues, system, projectId, IssueCreate.parse({ title, escalationLevel, status, priority: 'high', resolution: status === 'resolved' ? 'Settled out of court' : '' }));
    await issue(w.alpha.id, 'Data centre lease ends early', 'executive');
    await issue(w.alpha.id, 'Test server slow', 'project');
    await issue(w.beta.id, 'Contract dispute', 'pmo', 'resolved');
    await issue(w.gamma.id, 'Budget frozen', 'program');
    const action = (title: string, dueDate: string, status = 'open') => createLogItem(RAID_LOGS.actions, system, w.alpha.id, ActionCreate.parse({ title, dueDate, status, ownerId: cast.manager.user.id }));
    w.later = await action('Book the cut-over weekend', addDays(TODAY, 10));
    w.overdue = await action('Sign the hosting contract', addDays(TODAY, -2));
    await action('Already done', addDays(TODAY, -9), 'done');

    w.review = await requestGateReview(system, w.beta.id, { note: '', approverIds: [] });
    const cr = await createLogItem(changeRequestKind, system, w.alpha.id, { title: 'Add a region', description: '', ownerId: null, category: 'scope', priority: 'high', reason: 'Latency', requestedBy: '', scopeImpact: '', costImpact: null, riskImpact: '', scheduleEdits: [] });
    w.change = await submitChangeRequest(system, cr.id, 1, { comment: '' });
    const quality = await createQualityReview(system, w.alpha.id, { typeKey: 'schedule_quality', scope: '', plannedDate: TODAY, reviewerIds: [cast.pmo.user.id] });
    await updateQualityReview(system, quality.id, 1, { status: 'in_progress' });
    w.finding = await createFinding(system, quality.id, { title: 'Leads in the network', description: '', ownerId: cast.manager.user.id, questionKey: 'leads', severity: 'high', dueDate: addDays(TODAY, -1) });
  });

  it('counts the portfolio by phase (named by methodology), status and RAG, with the projects behind each count', async () => {
    const d = await get(`/api/v1/dashboard/portfolio?portfolioId=${w.portfolio.id}`, 'executive');
    expect(d.asOf).toBe(TODAY);
    expect(codes(d.projects)).toEqual([w.alpha.code, w.beta.code, w.gamma.code]);
    expect(d.byPhase.map((b: { methodologyKey: string; phaseName: string; position: number; projects: Ref[] }) => [b.methodologyKey, b.phaseName, b.position, codes(b.projects)])).toEqual([
      ['predictive', 'Plan', 1, [w.beta.code]],
      ['predictive', 'Execute', 2, [w.alpha.code]],
      ['agile', 'Discovery', 0, [w.gamma.code]],
    ]);
    const status = Object.fromEntries(d.byStatus.map((b: { status: string; count: number }) => [b.status, b.count]));
    expect(status).toEqual({ proposed: 0, active: 2, on_hold: 1, completed: 0, cancelled: 0 });
    // No status reports yet: every project is "not reported".
    expect(d.byRag.notAssessed).toBeNull();
    expect(d.byRag.buckets.find((b: { rag: string }) => b.rag === 'not_reported').count).toBe(3);
    expect(d.notReported).toMatchObject({ count: 2, projects: [{ id: w.alpha.id, code: w.alpha.code }, { id: w.gamma.id, code: w.gamma.code }] });
    expect(d.budget.totals).toEqual([
      { currency: 'EUR', budgetMinor: 100_000, forecastMinor: 100_000, projects: [{ id: w.alpha.id, code: w.alpha.code, budgetMinor: 100_000, forecastMinor: null }] },
      { currency: 'USD', budgetMinor: 5_000, forecastMinor: 5_000, projects: [{ id: w.beta.id, code: w.beta.code, budgetMinor: 5_000, forecastMinor: null }] },
    ]);
    expect(codes(d.budget.withoutBudget)).toEqual([w.gamma.code]);
    // No cost baselines yet: no earned-value forecast, so each counts at its budget, and the dashboard says so.
    expect(d.budget.forecastNotAssessed).toBe('2 of 2 budgeted projects have no earned-value forecast yet (no cost baseline, or nothing earned and spent): they count at their budget.');
    // Beside the sums per currency, all of them in the base currency: USD has no rate yet, so Beta is named and left out …
    expect(d.budget.base).toEqual({
      currency: 'EUR',
      budgetMinor: 100_000,
      forecastMinor: 100_000,
      projects: [{ id: w.alpha.id, code: w.alpha.code }],
      notConverted: [{ id: w.beta.id, code: w.beta.code, currency: 'USD', reason: `No USD → EUR exchange rate is in force on ${TODAY}. The PMO adds one under Exchange rates (from ${TODAY} or earlier).` }],
    });
    // … until the PMO gives one: 50.00 USD at 0.9.
    const rate = await call(s.app, 'POST', '/api/v1/exchange-rates', { token: s.cast.pmo.token, body: { currency: 'USD', effectiveFrom: '2020-01-01', rate: '0.9' } });
    expect(rate.statusCode, rate.body).toBe(201);
    const converted = await get(`/api/v1/dashboard/portfolio?portfolioId=${w.portfolio.id}`);
    expect(converted.budget.base).toMatchObject({ budgetMinor: 104_500, forecastMinor: 104_500, projects: [{ code: w.alpha.code }, { code: w.beta.code }], notConverted: [] });
    // No cost baseline: no CPI or SPI either.
    expect(d.projects.map((p: { cpi: number | null; spi: number | null }) => [p.cpi, p.spi])).toEqual([[null, null], [null, null], [null, null]]);
    const objective = (id: string) => d.objectives.find((o: { id: string }) => o.id === id);
    expect(objective(w.serves.id)).toMatchObject({ count: 2, projects: [{ code: w.alpha.code }, { code: w.beta.code }] });
    expect(objective(w.unserved.id)).toMatchObject({ count: 0, projects: [] });
    expect(d.compliance.byState.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(3);
    const alpha = d.projects[0];
    expect(alpha).toMatchObject({ phase: { key: 'execute', name: 'Execute' }, managerName: 'Manager Person', openRisks: 2, openCriticalRisks: 1, overdueActions: 1, rag: null, notReported: true, budget: { amountMinor: 100_000, currency: 'EUR' } });
    expect(d.compliance.byState.find((b: { projects: Ref[] }) => codes(b.projects).includes(w.alpha.code)).state).toBe(alpha.compliance);
  });

  it('lists milestones due in the next 30 days and those slipped against baseline 0', async () => {
    const d = await get(`/api/v1/dashboard/portfolio?portfolioId=${w.portfolio.id}`);
    expect([d.milestones.dueFrom, d.milestones.dueTo, d.milestones.slippedFrom]).toEqual([TODAY, addDays(TODAY, 30), addDays(TODAY, -30)]);
    expect(d.milestones.due.map((m: { name: string }) => m.name)).toEqual(['Design signed off', 'Go-live']);
    const slipped = d.milestones.slipped.map((m: { name: string; projectCode: string; lateness: string }) => [m.name, m.projectCode, m.lateness]);
    expect(slipped).toEqual([
      ['Supplier chosen', w.beta.code, 'baseline_passed'],
      ['Design signed off', w.alpha.code, 'forecast_after_baseline'],
    ]);
    const design = d.milestones.slipped[1];
    expect(design.baselineFinish).toBe(workday(-5));
    expect(design.forecastFinish).toBe(workday(3));
    expect(design.varianceDays).toBeGreaterThan(0);
    expect(d.projects[0].nextMilestone.name).toBe('Design signed off');
  });

  it('ranks the top risks by score and lists open issues escalated beyond the project', async () => {
    const d = await get(`/api/v1/dashboard/portfolio?portfolioId=${w.portfolio.id}`);
    expect(d.topRisks.openRisks).toBe(4);
    expect(d.topRisks.items.map((r: { title: string; score: number; band: string }) => [r.title, r.score, r.band])).toEqual([
      ['Cloud bill doubles', 25, 'critical'],
      ['Supplier fails', 16, 'critical'],
      ['Users do not adopt', 9, 'medium'],
      ['Staff turnover', 4, 'low'],
    ]);
    expect(d.topRisks.items[0]).toMatchObject({ projectCode: w.alpha.code, ownerName: 'Manager Person' });
    expect(d.escalatedIssues.count).toBe(2);
    expect(d.escalatedIssues.items.map((i: { title: string; escalationLevel: string }) => [i.title, i.escalationLevel])).toEqual([
      ['Data centre lease ends early', 'executive'],
      ['Budget frozen', 'program'],
    ]);
  });

  it('filters by program, sponsor, manager, tag and objective', async () => {
    const scoped = async (filter: string) => codes((await get(`/api/v1/dashboard/portfolio?portfolioId=${w.portfolio.id}&${filter}`)).projects);
    expect(await scoped(`programId=${w.program.id}`)).toEqual([w.alpha.code, w.beta.code]);
    expect(await scoped(`sponsorId=${s.cast.executive.user.id}`)).toEqual([w.alpha.code]);
    expect(await scoped(`managerId=${s.cast.manager.user.id}`)).toEqual([w.alpha.code]);
    expect(await scoped('tag=cloud')).toEqual([w.alpha.code]);
    expect(await scoped(`objectiveId=${w.serves.id}`)).toEqual([w.alpha.code, w.beta.code]);
  });

  it('shows a member only the projects they work on, everywhere on the page', async () => {
    const d = await get(`/api/v1/dashboard/portfolio?portfolioId=${w.portfolio.id}`, 'member');
    expect(codes(d.projects)).toEqual([w.gamma.code]);
    expect(d.topRisks.items.map((r: { title: string }) => r.title)).toEqual(['Users do not adopt']);
    expect(d.escalatedIssues.items.map((i: { title: string }) => i.title)).toEqual(['Budget frozen']);
    expect(d.milestones.due).toEqual([]);
    expect(d.objectives.find((o: { id: string }) => o.id === w.serves.id).count).toBe(0);
    expect((await get(`/api/v1/dashboard/programs/${w.program.id}`, 'member')).projectCount).toBe(0);
    expect((await get('/api/v1/dashboard/portfolio', 'outsider')).projectCount).toBe(0);
  });

  it('rolls a program up with a row per project', async () => {
    const d = await get(`/api/v1/dashboard/programs/${w.program.id}`);
    expect(d.program).toMatchObject({ id: w.program.id, code: w.program.code, name: 'Cloud move', portfolioId: w.portfolio.id });
    expect(d.projects.map((p: { code: string; status: string; openCriticalRisks: number; overdueActions: number; nextMilestone: { name: string } | null }) => [p.code, p.status, p.openCriticalRisks, p.overdueActions, p.nextMilestone?.name])).toEqual([
      [w.alpha.code, 'active', 1, 1, 'Design signed off'],
      [w.beta.code, 'on_hold', 1, 0, 'Supplier chosen'],
    ]);
    expect(d.milestones.slipped).toHaveLength(2);
    expect(d.escalatedIssues.items.map((i: { title: string }) => i.title)).toEqual(['Data centre lease ends early']);
    const missing = await call(s.app, 'GET', '/api/v1/dashboard/programs/0190a0b0-0000-7000-8000-000000000000', { token: s.cast.pmo.token });
    expect(missing.statusCode).toBe(404);
  });

  it('gives a manager their projects, overdue actions first, risk reviews, findings, breaches and reports due', async () => {
    const d = await get('/api/v1/dashboard/my-work', 'manager');
    expect(d.projects.map((p: { code: string }) => p.code)).toContain(w.alpha.code);
    expect(d.projects.find((p: { code: string }) => p.code === w.alpha.code).phase).toEqual({ key: 'execute', name: 'Execute' });
    const alphaActions = d.actions.filter((a: { projectId: string }) => a.projectId === w.alpha.id);
    expect(alphaActions.map((a: { id: string; overdue: boolean }) => [a.id, a.overdue])).toEqual([[w.overdue.id, true], [w.later.id, false]]);
    expect(d.actions[0].overdue).toBe(true);
    expect(d.risks).toEqual([expect.objectContaining({ title: 'Cloud bill doubles', score: 25, band: 'critical', reviewOverdue: true, projectCode: w.alpha.code })]);
    expect(d.findings).toEqual([expect.objectContaining({ id: w.finding.id, severity: 'high', overdue: true })]);
    const breaches = d.breaches.find((b: { projectId: string }) => b.projectId === w.alpha.id);
    expect(breaches.breaches.map((b: { policyKey: string }) => b.policyKey)).toContain('high_risks_have_response');
    expect(d.reportsDue.notAssessed).toBeNull();
    expect(d.reportsDue.items).toContainEqual(expect.objectContaining({ projectId: w.alpha.id, overdue: true, lastPeriodEnd: null }));
    expect(d.gateReviews).toEqual([]);
    expect(d.changeRequests).toEqual([]);
  });

  it('puts the gate awaiting the PMO in the PMO’s work, and a change request in its sponsor’s', async () => {
    const pmo = await get('/api/v1/dashboard/my-work', 'pmo');
    expect(pmo.gateReviews).toContainEqual(expect.objectContaining({ id: w.review.id, projectCode: w.beta.code, phaseKey: 'plan', gateName: 'Gate 2 – Approval to execute' }));
    expect(pmo.changeRequests).toContainEqual(expect.objectContaining({ id: w.change.id, projectCode: w.alpha.code, priority: 'high' }));
    expect(pmo.projects).toEqual([]);
    const sponsor = await get('/api/v1/dashboard/my-work', 'executive');
    expect(sponsor.changeRequests.map((c: { id: string }) => c.id)).toEqual([w.change.id]);
    expect(sponsor.gateReviews.map((g: { id: string }) => g.id)).not.toContain(w.review.id);
    const outsider = await get('/api/v1/dashboard/my-work', 'outsider');
    expect([outsider.projects, outsider.gateReviews, outsider.changeRequests, outsider.actions, outsider.breaches, outsider.reportsDue.items]).toEqual([[], [], [], [], [], []]);
  });

  it('colours a project by its latest submitted status report and stops counting it as not reported', async () => {
    const token = s.cast.manager.token;
    const report = await call(s.app, 'POST', `/api/v1/projects/${w.alpha.id}/status-reports`, { token, body: {} });
    expect(report.statusCode, report.body).toBe(201);
    await call(s.app, 'PATCH', `/api/v1/status-reports/${report.json().id}`, { token, ifMatch: 1, body: { summary: 'Cloud costs are the worry.' } });
    const submitted = await call(s.app, 'POST', `/api/v1/status-reports/${report.json().id}/submit`, { token, ifMatch: 2, body: {} });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const d = await get(`/api/v1/dashboard/portfolio?portfolioId=${w.portfolio.id}`);
    const bucket = (rag: string) => codes(d.byRag.buckets.find((b: { rag: string }) => b.rag === rag).projects);
    expect(bucket('red')).toEqual([w.alpha.code]); // its critical risk has no response
    expect(bucket('not_reported')).not.toContain(w.alpha.code);
    expect(codes(d.notReported.projects)).not.toContain(w.alpha.code);
    expect(d.projects.find((p: { code: string }) => p.code === w.alpha.code)).toMatchObject({ rag: 'red', notReported: false });
  });
});
