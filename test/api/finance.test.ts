// A project's budget and financials on both databases: the manager drafts the original budget and
// changes to it, the PMO or the sponsor approves them (approved vs current, with the history of who,
// when and why); a draw on contingency nets to zero; the register budget follows the current budget
// and may no longer be edited by hand; the financial summary adds planned, actual and committed
// costs into a bottom-up forecast; people outside the project see nothing and the team may record
// expenses but not approve a budget; stale versions conflict.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createScheduleTask } from '../../src/app/schedules/schedule-commands.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
type Json = Record<string, any>;
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const line = (category: string, month: string, amountMinor: number, costType = 'opex') => ({ category, costType, month, amount: eur(amountMinor) });
const ORIGINAL = [line('labour', '2027-01', 5_000_000), line('labour', '2027-02', 5_000_000), line('equipment', '2027-01', 2_000_000, 'capex'), line('contingency', '2027-01', 1_000_000)];

describe.each(DIALECTS)('project budget and financials on %s', (dialect) => {
  const s = apiSuite(dialect);
  const request = (method: Method, path: string, who: Who, body?: unknown, ifMatch?: number) => call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
  const send = async (method: Method, path: string, who: Who, body?: unknown, ifMatch?: number): Promise<Json> => {
    const res = await request(method, path, who, body, ifMatch);
    expect(res.statusCode, res.body).toBe(method === 'POST' && !/\/(approve|reject)$/.test(path) ? 201 : 200);
    return res.json();
  };
  const refused = async (method: Method, path: string, who: Who, status: number, body?: unknown, ifMatch?: number): Promise<Json> => {
    const res = await request(method, path, who, body, ifMatch);
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  /** A project managed by the manager, the contributor on its team, the member its sponsor. */
  const newProject = async (name: string) => {
    const p = await makeProject(s.deps, { name, portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id, sponsorId: s.cast.member.user.id });
    await setProjectMember(systemContext(s.deps), p.id, s.cast.contributor.user.id, 'contributor');
    return p;
  };
  const budgetOf = (projectId: string, who: Who = 'manager') => send('GET', `/api/v1/projects/${projectId}/budget`, who);
  const draft = (projectId: string, body: object, who: Who = 'manager') => send('POST', `/api/v1/projects/${projectId}/budget/revisions`, who, body);
  const approve = (revision: Json, who: Who = 'pmo', comment = '') => send('POST', `/api/v1/budget-revisions/${revision.id}/approve`, who, { comment }, revision.version);
  const approvedBudget = async (name: string) => {
    const p = await newProject(name);
    await approve(await draft(p.id, { lines: ORIGINAL }));
    return p;
  };

  it('counts a revision once the PMO or the sponsor approves it: approved stays the original, current moves, and the history says who, when and why', async () => {
    const p = await newProject('Budgeted');
    const original = await draft(p.id, { reason: 'Business case v2', lines: ORIGINAL });
    expect(original).toMatchObject({ number: 0, kind: 'original', status: 'draft', currency: 'EUR', netMinor: 13_000_000, createdBy: { name: 'Manager Person' } });
    // Its deciders hear of it: the sponsor and the PMO.
    for (const who of ['member', 'pmo'] as const) {
      const [newest] = (await send('GET', '/api/v1/me/notifications?limit=1', who)).items;
      expect(newest).toMatchObject({ kind: 'approval_waiting', title: `The original budget of ${p.code} waits for approval`, link: `/projects/${p.id}/financials` });
    }
    expect(await budgetOf(p.id)).toMatchObject({ approvedMinor: null, currentMinor: null, pendingMinor: 13_000_000, currency: 'EUR' });
    await refused('POST', `/api/v1/projects/${p.id}/budget/revisions`, 'manager', 422, { reason: 'More', lines: [line('labour', '2027-03', 1)] });

    for (const who of ['manager', 'contributor', 'executive'] as const) await refused('POST', `/api/v1/budget-revisions/${original.id}/approve`, who, 403, {}, 1);
    const approved = await approve(original, 'pmo', 'Funded by the board');
    expect(approved).toMatchObject({ status: 'approved', decidedBy: { name: 'Pmo Person' }, decisionComment: 'Funded by the board', version: 2 });
    expect((await send('GET', `/api/v1/projects/${p.id}`, 'manager')).budget).toEqual(eur(13_000_000));

    const change = await send('POST', `/api/v1/projects/${p.id}/change-requests`, 'manager', { title: 'Second data centre', reason: 'Resilience' });
    const more = await draft(p.id, { reason: 'Second data centre', changeRequestId: change.id, lines: [line('equipment', '2027-02', 1_500_000, 'capex')] });
    expect(more).toMatchObject({ number: 1, kind: 'change', netMinor: 1_500_000, changeRequest: { id: change.id, code: change.code } });
    await approve(more, 'member', 'Sponsor agrees'); // the sponsor approves too

    const budget = await budgetOf(p.id, 'executive');
    expect(budget).toMatchObject({ approvedMinor: 13_000_000, currentMinor: 14_500_000, pendingMinor: 0, headline: eur(14_500_000) });
    expect(budget.byCategory.find((c: Json) => c.category === 'equipment')).toEqual({ category: 'equipment', approvedMinor: 2_000_000, currentMinor: 3_500_000 });
    expect(budget.byCostType).toEqual([{ costType: 'capex', approvedMinor: 2_000_000, currentMinor: 3_500_000 }, { costType: 'opex', approvedMinor: 11_000_000, currentMinor: 11_000_000 }]);
    expect(budget.months).toEqual([{ month: '2027-01', approvedMinor: 8_000_000, currentMinor: 8_000_000 }, { month: '2027-02', approvedMinor: 5_000_000, currentMinor: 6_500_000 }]);
    expect(budget.cells).toContainEqual({ category: 'equipment', costType: 'capex', month: '2027-02', approvedMinor: 0, currentMinor: 1_500_000 });
    expect(budget.revisions.map((r: Json) => [r.number, r.status, r.reason, r.decidedBy?.name])).toEqual([
      [0, 'approved', 'Business case v2', 'Pmo Person'],
      [1, 'approved', 'Second data centre', 'Member Person'],
    ]);

    // A rejected draft does not count; a decided revision stays as it was decided.
    const rejected = await send('POST', `/api/v1/budget-revisions/${(await draft(p.id, { reason: 'Nice to have', lines: [line('services', '2027-02', 900_000)] })).id}/reject`, 'pmo', { comment: 'Not now' }, 1);
    expect(rejected).toMatchObject({ status: 'rejected', decisionComment: 'Not now' });
    expect((await budgetOf(p.id)).currentMinor).toBe(14_500_000);
    await refused('PATCH', `/api/v1/budget-revisions/${rejected.id}`, 'manager', 422, { reason: 'Again' }, rejected.version);
    await refused('POST', `/api/v1/budget-revisions/${approved.id}/approve`, 'pmo', 422, {}, approved.version);
  });

  it('draws on contingency with a move that nets to zero, and never below zero', async () => {
    const p = await approvedBudget('Reserve');
    const tooMuch = await refused('POST', `/api/v1/projects/${p.id}/budget/revisions`, 'manager', 422, { reason: 'Vendor claim', lines: [line('contingency', '2027-01', -1_200_000), line('services', '2027-02', 1_200_000)] });
    expect(tooMuch.errors).toEqual([{ path: 'lines[0].amount.amountMinor', message: 'takes this cell of the budget below zero' }]);
    const draw = await draft(p.id, { reason: 'Vendor claim accepted (risk R-3 occurred)', lines: [line('contingency', '2027-01', -400_000), line('services', '2027-02', 400_000)] });
    expect(draw).toMatchObject({ kind: 'reserve_draw', netMinor: 0, reserveDrawMinor: 400_000 });
    await approve(draw);
    const budget = await budgetOf(p.id);
    expect(budget).toMatchObject({ approvedMinor: 13_000_000, currentMinor: 13_000_000, reserve: { contingencyMinor: 600_000, managementReserveMinor: 0, drawnMinor: 400_000 } });
    expect(budget.byCategory.find((c: Json) => c.category === 'services').currentMinor).toBe(400_000);
  });

  it('lets the register budget follow the approved lines only', async () => {
    const p = await newProject('Register budget');
    const patched = await send('PATCH', `/api/v1/projects/${p.id}`, 'manager', { budget: eur(9_000_000) }, 1);
    await draft(p.id, { lines: [line('labour', '2027-01', 100)] }, 'pmo').then((r) => approve(r));
    const res = await refused('PATCH', `/api/v1/projects/${p.id}`, 'manager', 422, { budget: eur(9_000_000) }, patched.version + 1);
    expect(res.detail).toMatch(/follows its approved budget lines/);
    const usd = await newProject('Dollar budget');
    await draft(usd.id, { lines: [{ ...line('labour', '2027-01', 100), amount: { amountMinor: 100, currency: 'USD' } }] });
    expect((await refused('PATCH', `/api/v1/projects/${usd.id}`, 'manager', 422, { budget: eur(100) }, 1)).errors).toEqual([{ path: 'budget.currency', message: 'must be USD' }]);
  });

  it('checks budget lines: the project’s currency, whole minor units, no negative original, each cell once', async () => {
    const p = await newProject('Validation');
    await send('PATCH', `/api/v1/projects/${p.id}`, 'pmo', { budget: eur(1_000) }, 1);
    const path = `/api/v1/projects/${p.id}/budget/revisions`;
    expect((await refused('POST', path, 'manager', 422, { lines: [{ ...line('labour', '2027-01', 100), amount: { amountMinor: 100, currency: 'USD' } }] })).errors).toEqual([{ path: 'lines[0].amount.currency', message: 'must be EUR' }]);
    expect((await refused('POST', path, 'manager', 422, { lines: [line('labour', '2027-01', -100)] })).errors[0].path).toBe('lines[0].amount.amountMinor');
    expect((await refused('POST', path, 'manager', 400, { lines: [line('labour', '2027-01', 10.5)] })).code).toBe('invalid_request');
    expect((await refused('POST', path, 'manager', 400, { lines: [line('labour', '2027-13', 10)] })).code).toBe('invalid_request');
    expect((await refused('POST', path, 'manager', 422, { lines: [line('labour', '2027-01', 1), line('labour', '2027-01', 2)] })).errors).toEqual([{ path: 'lines[1]', message: 'a second line for this cell' }]);
    const other = await newProject('Elsewhere');
    const foreign = await send('POST', `/api/v1/projects/${other.id}/change-requests`, 'manager', { title: 'Not ours', reason: 'x' });
    expect((await refused('POST', path, 'manager', 422, { changeRequestId: foreign.id, lines: [line('labour', '2027-01', 1)] })).code).toBe('invalid_reference');
  });

  it('sums planned, actual and committed costs into a bottom-up forecast against the current budget', async () => {
    const p = await approvedBudget('Summary');
    const system = systemContext(s.deps);
    const build = await createScheduleTask(system, p.id, { name: 'Build', durationMinutes: 4800, percentComplete: 40 } as never);
    const pour = await createScheduleTask(system, p.id, { name: 'Pour', durationMinutes: 960 } as never);
    await send('POST', `/api/v1/projects/${p.id}/task-costs`, 'manager', { taskId: build.taskId, category: 'services', amount: eur(10_000_000) });
    await send('POST', `/api/v1/projects/${p.id}/task-costs`, 'manager', { taskId: pour.taskId, kind: 'material', category: 'material', quantity: 2.5, unit: 'm³', unitCost: eur(1_999) });
    const order = await send('POST', `/api/v1/projects/${p.id}/purchase-orders`, 'manager', { number: 'PO-1', supplier: 'Acme', amount: eur(3_000_000), orderedOn: '2027-01-05', category: 'services' });
    await send('POST', `/api/v1/projects/${p.id}/expenses`, 'contributor', { kind: 'invoice', incurredOn: '2027-01-20', amount: eur(1_000_000), category: 'services', supplier: 'Acme', purchaseOrderId: order.id, taskId: build.taskId });
    await send('POST', `/api/v1/projects/${p.id}/expenses`, 'contributor', { incurredOn: '2027-02-03', amount: eur(250_000), category: 'equipment', costType: 'capex' });
    await send('POST', `/api/v1/projects/${p.id}/expenses`, 'contributor', { incurredOn: '2027-04-01', amount: eur(999), category: 'equipment' }); // after the day asked about

    const f = await send('GET', `/api/v1/projects/${p.id}/financials?asOf=2027-03-31`, 'executive');
    expect(f).toMatchObject({
      currency: 'EUR',
      asOf: '2027-03-31',
      budget: { approvedMinor: 13_000_000, currentMinor: 13_000_000, pendingMinor: 0, headline: eur(13_000_000) },
      planned: { totalMinor: 10_004_998, taskCostsMinor: 10_004_998, labourFromAssignmentsMinor: null },
      actual: { totalMinor: 1_250_000, expensesMinor: 250_000, invoicesMinor: 1_000_000, labourFromTimesheetsMinor: 0 },
      committed: { openMinor: 2_000_000, openOrders: 1 },
      forecast: { method: 'bottom_up', remainingMinor: 6_004_998, atCompletionMinor: 7_254_998, varianceAtCompletionMinor: 5_745_002, reason: null },
    });
    expect(f.categories.find((c: Json) => c.category === 'services')).toEqual({ category: 'services', approvedBudgetMinor: 0, currentBudgetMinor: 0, plannedMinor: 10_000_000, actualMinor: 1_000_000, committedMinor: 2_000_000 });
    expect(f.months).toEqual([{ month: '2027-01', currentBudgetMinor: 8_000_000, actualMinor: 1_000_000 }, { month: '2027-02', currentBudgetMinor: 5_000_000, actualMinor: 250_000 }]);
    expect((await send('GET', `/api/v1/projects/${p.id}/financials?asOf=2027-04-30`, 'manager')).actual.totalMinor).toBe(1_250_999);

    const costs = await send('GET', `/api/v1/projects/${p.id}/task-costs`, 'contributor');
    expect(costs.tasks).toEqual([{ taskId: build.taskId, taskName: 'Build', percentComplete: 40, totalMinor: 10_000_000 }, { taskId: pour.taskId, taskName: 'Pour', percentComplete: 0, totalMinor: 4_998 }]);
    expect(costs.items[1]).toMatchObject({ kind: 'material', quantity: 2.5, unit: 'm³', unitCost: eur(1_999), amount: eur(4_998) });

    const empty = await newProject('No plan');
    expect((await send('GET', `/api/v1/projects/${empty.id}/financials`, 'manager')).forecast).toMatchObject({ atCompletionMinor: null, varianceAtCompletionMinor: null, reason: expect.stringMatching(/plan costs on tasks/) });
  });

  it('shows nothing to people outside the project, and lets the team record expenses but not decide the budget', async () => {
    const p = await newProject('Access');
    const revision = await draft(p.id, { lines: ORIGINAL });
    for (const path of [`/api/v1/projects/${p.id}/budget`, `/api/v1/projects/${p.id}/financials`, `/api/v1/budget-revisions/${revision.id}`, `/api/v1/projects/${p.id}/expenses`]) await refused('GET', path, 'outsider', 404);
    await refused('POST', `/api/v1/budget-revisions/${revision.id}/approve`, 'outsider', 404, {}, 1);
    await refused('POST', `/api/v1/projects/${p.id}/budget/revisions`, 'contributor', 403, { lines: [] });
    await refused('POST', `/api/v1/budget-revisions/${revision.id}/approve`, 'contributor', 403, {}, 1);
    await refused('POST', `/api/v1/projects/${p.id}/purchase-orders`, 'contributor', 403, { number: 'PO-9', supplier: 'X', amount: eur(1), orderedOn: '2027-01-01', category: 'services' });
    const expense = await send('POST', `/api/v1/projects/${p.id}/expenses`, 'contributor', { incurredOn: '2027-01-02', amount: eur(4_200), category: 'material', description: 'Cables' });
    await refused('POST', `/api/v1/projects/${p.id}/expenses`, 'executive', 403, { incurredOn: '2027-01-02', amount: eur(1), category: 'material' });
    await refused('PATCH', `/api/v1/expenses/${expense.id}`, 'outsider', 404, { description: 'Mine now' }, 1);
  });

  it('answers a stale version with a conflict and the version to reload', async () => {
    const p = await newProject('Conflicts');
    const revision = await draft(p.id, { lines: ORIGINAL });
    await send('PATCH', `/api/v1/budget-revisions/${revision.id}`, 'manager', { lines: [...ORIGINAL, line('management_reserve', '2027-01', 500_000)] }, 1);
    expect(await refused('POST', `/api/v1/budget-revisions/${revision.id}/approve`, 'pmo', 409, {}, 1)).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect((await refused('POST', `/api/v1/budget-revisions/${revision.id}/approve`, 'pmo', 428, {})).code).toBe('precondition_required');
    expect((await approve({ ...revision, version: 2 })).netMinor).toBe(13_500_000);
    const expense = await send('POST', `/api/v1/projects/${p.id}/expenses`, 'manager', { incurredOn: '2027-01-02', amount: eur(100), category: 'material' });
    await send('PATCH', `/api/v1/expenses/${expense.id}`, 'contributor', { amount: eur(120) }, 1);
    expect(await refused('PATCH', `/api/v1/expenses/${expense.id}`, 'manager', 409, { amount: eur(130) }, 1)).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    await refused('DELETE', `/api/v1/expenses/${expense.id}`, 'manager', 409, undefined, 1);
  });
});
