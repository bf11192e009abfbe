// Planned, actual and committed costs on both databases: invoices against a purchase order consume
// its commitment (never below zero, nothing once closed) and keep it from being deleted; expenses
// page latest first and filter; amounts are whole minor units above zero in the project's currency;
// planned costs price materials once and leave with their task; expenses and the budget export as
// spreadsheets.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createScheduleTask, deleteScheduleTask } from '../../src/app/schedules/schedule-commands.ts';

type Who = 'admin' | 'pmo' | 'manager' | 'contributor' | 'outsider';
type Json = Record<string, any>;
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe.each(DIALECTS)('planned, actual and committed costs on %s', (dialect) => {
  const s = apiSuite(dialect);
  const request = (method: Method, path: string, who: Who, body?: unknown, ifMatch?: number) => call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
  const send = async (method: Method, path: string, who: Who, body?: unknown, ifMatch?: number): Promise<Json> => {
    const res = await request(method, path, who, body, ifMatch);
    expect(res.statusCode, res.body).toBe(method === 'POST' ? 201 : 200);
    return res.json();
  };
  const refused = async (method: Method, path: string, who: Who, status: number, body?: unknown, ifMatch?: number): Promise<Json> => {
    const res = await request(method, path, who, body, ifMatch);
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const newProject = async (name: string) => {
    const p = await makeProject(s.deps, { name, portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id, budget: eur(5_000_000) });
    await setProjectMember(systemContext(s.deps), p.id, s.cast.contributor.user.id, 'contributor');
    return p;
  };
  const order = (projectId: string, body: object = {}) => send('POST', `/api/v1/projects/${projectId}/purchase-orders`, 'manager', { number: 'PO-100', supplier: 'Northwind', amount: eur(1_000_000), orderedOn: '2027-01-10', category: 'equipment', ...body });
  const expense = (projectId: string, body: object, who: Who = 'contributor') => send('POST', `/api/v1/projects/${projectId}/expenses`, who, { incurredOn: '2027-01-15', category: 'equipment', amount: eur(100), ...body });

  it('lets invoices against an order consume its commitment, never below zero, and nothing once it is closed', async () => {
    const p = await newProject('Commitments');
    const po = await order(p.id);
    expect(po).toMatchObject({ status: 'open', invoicedMinor: 0, openCommitmentMinor: 1_000_000, invoiceCount: 0, createdBy: { name: 'Manager Person' } });
    const first = await expense(p.id, { kind: 'invoice', amount: eur(400_000), supplier: 'Northwind', reference: 'INV-881', purchaseOrderId: po.id });
    expect(first).toMatchObject({ purchaseOrderId: po.id, purchaseOrderNumber: 'PO-100', reference: 'INV-881', createdBy: { name: 'Contributor Person' } });
    expect(await send('GET', `/api/v1/purchase-orders/${po.id}`, 'contributor')).toMatchObject({ invoicedMinor: 400_000, openCommitmentMinor: 600_000, invoiceCount: 1 });
    await expense(p.id, { kind: 'invoice', amount: eur(700_000), purchaseOrderId: po.id });
    expect(await send('GET', `/api/v1/purchase-orders/${po.id}`, 'contributor')).toMatchObject({ invoicedMinor: 1_100_000, openCommitmentMinor: 0 });

    const second = await order(p.id, { number: 'PO-101', amount: eur(250_000), orderedOn: '2027-02-01' });
    expect((await send('GET', `/api/v1/projects/${p.id}/purchase-orders`, 'manager')).openCommitmentMinor).toBe(250_000);
    const closed = await send('PATCH', `/api/v1/purchase-orders/${second.id}`, 'manager', { status: 'closed' }, 1);
    expect(closed).toMatchObject({ status: 'closed', openCommitmentMinor: 0, version: 2 });
    const list = await send('GET', `/api/v1/projects/${p.id}/purchase-orders`, 'contributor');
    expect([list.openCommitmentMinor, list.items.map((o: Json) => o.number)]).toEqual([0, ['PO-101', 'PO-100']]);

    expect((await refused('DELETE', `/api/v1/purchase-orders/${po.id}`, 'manager', 422, undefined, 1)).detail).toMatch(/close it instead/);
    await send('DELETE', `/api/v1/purchase-orders/${second.id}`, 'manager', undefined, 2);
    expect((await refused('POST', `/api/v1/projects/${p.id}/purchase-orders`, 'manager', 409, { number: 'PO-100', supplier: 'Again', amount: eur(1), orderedOn: '2027-01-01', category: 'services' })).code).toBe('duplicate');
    const other = await newProject('Other');
    const foreign = await order(other.id, { number: 'PO-7' });
    expect((await refused('POST', `/api/v1/projects/${p.id}/expenses`, 'contributor', 422, { incurredOn: '2027-01-15', category: 'equipment', amount: eur(1), purchaseOrderId: foreign.id })).errors).toEqual([{ path: 'purchaseOrderId', message: 'no purchase order of this project' }]);
  });

  it('pages expenses latest first and filters them by kind, category and days', async () => {
    const p = await newProject('Ledger');
    for (const [day, kind, category] of [['2027-01-03', 'expense', 'material'], ['2027-01-09', 'invoice', 'services'], ['2027-01-09', 'expense', 'material'], ['2027-02-01', 'invoice', 'material']] as const) {
      await expense(p.id, { incurredOn: day, kind, category, description: `${kind} ${day}` });
    }
    const page1 = await send('GET', `/api/v1/projects/${p.id}/expenses?limit=2`, 'contributor');
    const page2 = await send('GET', `/api/v1/projects/${p.id}/expenses?limit=2&cursor=${page1.nextCursor}`, 'contributor');
    expect([...page1.items, ...page2.items].map((e: Json) => e.incurredOn)).toEqual(['2027-02-01', '2027-01-09', '2027-01-09', '2027-01-03']);
    expect(page2.nextCursor).toBeNull();
    expect((await send('GET', `/api/v1/projects/${p.id}/expenses?kind=invoice&category=material`, 'manager')).items.map((e: Json) => e.description)).toEqual(['invoice 2027-02-01']);
    expect((await send('GET', `/api/v1/projects/${p.id}/expenses?from=2027-01-04&to=2027-01-31`, 'manager')).items).toHaveLength(2);
  });

  it('takes amounts as whole minor units above zero in the project’s currency, and no reserve as a spending category', async () => {
    const p = await newProject('Amounts');
    const path = `/api/v1/projects/${p.id}/expenses`;
    const base = { incurredOn: '2027-01-15', category: 'equipment' };
    expect((await refused('POST', path, 'contributor', 422, { ...base, amount: { amountMinor: 100, currency: 'USD' } })).errors).toEqual([{ path: 'amount.currency', message: 'must be EUR' }]);
    expect((await refused('POST', path, 'contributor', 400, { ...base, amount: eur(-100) })).code).toBe('invalid_request');
    expect((await refused('POST', path, 'contributor', 400, { ...base, amount: eur(99.5) })).code).toBe('invalid_request');
    expect((await refused('POST', path, 'contributor', 400, { ...base, amount: { amountMinor: '100', currency: 'EUR' } })).code).toBe('invalid_request');
    expect((await refused('POST', path, 'contributor', 422, { ...base, amount: eur(0) })).errors).toEqual([{ path: 'amount.amountMinor', message: 'must be more than zero' }]);
    expect((await refused('POST', path, 'contributor', 400, { ...base, category: 'contingency', amount: eur(1) })).code).toBe('invalid_request');
    expect((await refused('POST', `/api/v1/projects/${p.id}/purchase-orders`, 'manager', 400, { number: 'PO-1', supplier: 'X', amount: eur(0.5), orderedOn: '2027-01-01', category: 'services' })).code).toBe('invalid_request');
  });

  it('prices a material once, keeps fixed costs and materials apart, and drops a task’s planned costs with the task', async () => {
    const p = await newProject('Planned');
    const system = systemContext(s.deps);
    const task = await createScheduleTask(system, p.id, { name: 'Foundations' } as never);
    const path = `/api/v1/projects/${p.id}/task-costs`;
    const steel = await send('POST', path, 'manager', { taskId: task.taskId, kind: 'material', category: 'material', costType: 'capex', quantity: 12.125, unit: 't', unitCost: eur(89_900), accrual: 'start' });
    expect(steel).toMatchObject({ amount: eur(1_090_038), quantity: 12.125, accrual: 'start', taskName: 'Foundations' }); // 12.125 × 899.00 = 10,900.375
    const repriced = await send('PATCH', `/api/v1/task-costs/${steel.id}`, 'manager', { quantity: 10 }, 1);
    expect(repriced).toMatchObject({ amount: eur(899_000), version: 2 });
    expect((await refused('PATCH', `/api/v1/task-costs/${steel.id}`, 'manager', 422, { amount: eur(5) }, 2)).errors[0].path).toBe('amount');
    expect((await refused('POST', path, 'manager', 422, { taskId: task.taskId, category: 'services' })).errors).toEqual([{ path: 'amount', message: 'required' }]);
    expect((await refused('POST', path, 'manager', 422, { taskId: task.taskId, kind: 'material', category: 'material', quantity: 1.0005, unitCost: eur(1) })).errors[0].path).toBe('quantity');
    expect((await refused('POST', path, 'manager', 422, { taskId: p.id, category: 'services', amount: eur(1) })).code).toBe('invalid_reference');
    await refused('POST', path, 'contributor', 403, { taskId: task.taskId, category: 'services', amount: eur(1) });
    await send('POST', path, 'manager', { taskId: task.taskId, category: 'services', amount: eur(50_000) });
    expect((await send('GET', path, 'contributor')).totalMinor).toBe(949_000);
    await deleteScheduleTask(system, p.id, task.taskId);
    expect(await send('GET', path, 'contributor')).toMatchObject({ totalMinor: 0, tasks: [], items: [] });
  });

  it('exports expenses and the budget as spreadsheets', async () => {
    const p = await newProject('Exports');
    await expense(p.id, { kind: 'invoice', amount: eur(123_456), supplier: 'Northwind', reference: 'INV-1', description: 'Racks' });
    const csv = await request('GET', `/api/v1/projects/${p.id}/expenses/export?format=csv`, 'manager');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain(`expenses-${p.code}.csv`);
    expect(csv.body).toContain('Date,Kind,Category,Capex/opex,Supplier,Reference,Amount,Currency');
    expect(csv.body).toContain('2027-01-15,invoice,equipment,opex,Northwind,INV-1,1234.56,EUR');

    const revision = await send('POST', `/api/v1/projects/${p.id}/budget/revisions`, 'manager', { lines: [{ category: 'labour', costType: 'opex', month: '2027-01', amount: eur(2_000_000) }] });
    await call(s.app, 'POST', `/api/v1/budget-revisions/${revision.id}/approve`, { token: s.cast.pmo.token, body: {}, ifMatch: 1 });
    const xlsx = await request('GET', `/api/v1/projects/${p.id}/budget/export`, 'contributor');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Budget', 'Revisions']);
    expect(book.getWorksheet('Budget')!.getRow(2).values).toEqual([undefined, '2027-01', 'labour', 'opex', 20_000, 20_000, 'EUR']);
    await refused('GET', `/api/v1/projects/${p.id}/budget/export`, 'outsider', 404);
  });
});
