// Project money (budgets, planned costs, orders, expenses) and cost and exchange rates, for the
// access and contract matrices (spread into CASES by route-cases.ts).
import { systemContext } from './register-fixtures.ts';
import { getFinanceSettings } from '../../src/app/rates/exchange-rates.ts';
import { ALL, REGISTER_EDITORS, PROJECT_READERS, PROJECT_EDITORS, PROJECT_WORKERS, type Case } from './route-case-kit.ts';
import { fresh, nextCurrency } from './route-case-targets.ts';

export const MONEY_CASES: Case[] = [
  // project money: readers read; the manager (and PMO, admin) drafts the budget, plans costs and records orders; the team records expenses;
  // the PMO, admins (and the sponsor) decide budget revisions, and approving one moves the project's register budget too
  { route: 'GET /api/v1/projects/:id/budget', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.budgetRevision(e)).projectId}/budget` }) },
  { route: 'GET /api/v1/projects/:id/budget/export', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.budgetRevision(e)).projectId}/budget/export?format=csv` }) },
  {
    route: 'POST /api/v1/projects/:id/budget/revisions',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/budget/revisions`, body: { lines: [{ category: 'services', costType: 'opex', month: '2027-02', amount: { amountMinor: 1_000, currency: 'EUR' } }] } }),
  },
  { route: 'GET /api/v1/budget-revisions/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/budget-revisions/${(await fresh.budgetRevision(e)).id}` }) },
  { route: 'PATCH /api/v1/budget-revisions/:id', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/budget-revisions/${(await fresh.budgetRevision(e)).id}`, body: { reason: 'Business case v2' }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/budget-revisions/:id', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/budget-revisions/${(await fresh.budgetRevision(e)).id}`, ifMatch: 1 }) },
  { route: 'POST /api/v1/budget-revisions/:id/approve', allowed: REGISTER_EDITORS, mutates: true, versioned: true, audits: 2, request: async (e) => ({ method: 'POST', url: `/api/v1/budget-revisions/${(await fresh.budgetRevision(e)).id}/approve`, body: { comment: 'Funded' }, ifMatch: 1 }) },
  { route: 'POST /api/v1/budget-revisions/:id/reject', allowed: REGISTER_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `/api/v1/budget-revisions/${(await fresh.budgetRevision(e)).id}/reject`, body: { comment: 'Not now' }, ifMatch: 1 }) },
  { route: 'GET /api/v1/projects/:id/financials', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.expense(e)).projectId}/financials?asOf=2027-01-31` }) },
  { route: 'GET /api/v1/projects/:id/task-costs', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.taskCost(e)).projectId}/task-costs` }) },
  {
    route: 'POST /api/v1/projects/:id/task-costs',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'POST', url: `/api/v1/projects/${s.projectId}/task-costs`, body: { taskId: s.b, kind: 'material', category: 'material', quantity: 3, unit: 'pcs', unitCost: { amountMinor: 1_250, currency: 'EUR' } } };
    },
  },
  { route: 'PATCH /api/v1/task-costs/:id', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/task-costs/${(await fresh.taskCost(e)).id}`, body: { accrual: 'end' }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/task-costs/:id', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/task-costs/${(await fresh.taskCost(e)).id}`, ifMatch: 1 }) },
  { route: 'GET /api/v1/projects/:id/expenses', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.expense(e)).projectId}/expenses` }) },
  { route: 'GET /api/v1/projects/:id/expenses/export', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.expense(e)).projectId}/expenses/export` }) },
  { route: 'POST /api/v1/projects/:id/expenses', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/expenses`, body: { incurredOn: '2027-01-06', amount: { amountMinor: 999, currency: 'EUR' }, category: 'material' } }) },
  { route: 'GET /api/v1/expenses/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/expenses/${(await fresh.expense(e)).id}` }) },
  { route: 'PATCH /api/v1/expenses/:id', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/expenses/${(await fresh.expense(e)).id}`, body: { description: 'Cables and plugs' }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/expenses/:id', allowed: PROJECT_WORKERS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/expenses/${(await fresh.expense(e)).id}`, ifMatch: 1 }) },
  { route: 'GET /api/v1/projects/:id/purchase-orders', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.purchaseOrder(e)).projectId}/purchase-orders` }) },
  {
    route: 'POST /api/v1/projects/:id/purchase-orders',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/purchase-orders`, body: { number: 'PO-2', supplier: 'Contoso', amount: { amountMinor: 10_000, currency: 'EUR' }, orderedOn: '2027-01-07', category: 'services' } }),
  },
  { route: 'GET /api/v1/purchase-orders/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/purchase-orders/${(await fresh.purchaseOrder(e)).id}` }) },
  { route: 'PATCH /api/v1/purchase-orders/:id', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/purchase-orders/${(await fresh.purchaseOrder(e)).id}`, body: { status: 'closed' }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/purchase-orders/:id', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/purchase-orders/${(await fresh.purchaseOrder(e)).id}`, ifMatch: 1 }) },
  // cost rates, exchange rates and the base currency (the PMO keeps them; a person reads their own rate)
  { route: 'GET /api/v1/rates', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/rates' }) },
  { route: 'POST /api/v1/rates', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: '/api/v1/rates', body: { userId: (await fresh.user(e)).id, effectiveFrom: '2027-01-01', standard: { amountMinor: 9_000, currency: 'EUR' } } }) },
  { route: 'PATCH /api/v1/rates/:id', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/rates/${(await fresh.rate(e)).id}`, body: { standard: { amountMinor: 9_500, currency: 'EUR' } }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/rates/:id', allowed: REGISTER_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/rates/${(await fresh.rate(e)).id}`, ifMatch: 1 }) },
  { route: 'GET /api/v1/exchange-rates', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/exchange-rates' }) },
  { route: 'POST /api/v1/exchange-rates', allowed: REGISTER_EDITORS, mutates: true, request: async () => ({ method: 'POST', url: '/api/v1/exchange-rates', body: { currency: nextCurrency(), effectiveFrom: '2027-01-01', rate: '0.92' } }) },
  { route: 'PATCH /api/v1/exchange-rates/:id', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/exchange-rates/${(await fresh.exchangeRate(e)).id}`, body: { rate: '0.93' }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/exchange-rates/:id', allowed: REGISTER_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/exchange-rates/${(await fresh.exchangeRate(e)).id}`, ifMatch: 1 }) },
  { route: 'GET /api/v1/settings/finance', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/settings/finance' }) },
  {
    route: 'PUT /api/v1/settings/finance',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'PUT', url: '/api/v1/settings/finance', body: { baseCurrency: 'EUR' }, ifMatch: (await getFinanceSettings(systemContext(e.deps))).version }),
  },
];
