// What a project plans to spend and has spent: planned costs on its tasks (the project's manager,
// PMO, admin), expenses and supplier invoices (its manager and team, PMO, admin) with their
// spreadsheet export, and purchase orders with their open commitment (its manager, PMO, admin).
// Every reader of the project reads them.
import type { FastifyInstance } from 'fastify';
import { IdParams, Ok } from '../../contracts/common.schema.ts';
import * as C from '../../contracts/finance-costs.schema.ts';
import { FinanceExportQuery } from '../../contracts/finance.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createTaskCost, deleteTaskCost, listTaskCosts, updateTaskCost } from '../../app/finance/task-costs.ts';
import { createExpense, deleteExpense, getExpense, listExpenses, updateExpense } from '../../app/finance/expenses.ts';
import { createPurchaseOrder, deletePurchaseOrder, getPurchaseOrder, listPurchaseOrders, updatePurchaseOrder } from '../../app/finance/purchase-orders.ts';
import { exportExpenses } from '../../app/finance/finance-export.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, readProblems, sendFile, SPREADSHEET_TYPES, typed, VersionedHeaders } from './route-kit.ts';

const tags = ['finance'];
const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };
const createdOn = { ...createProblems, 404: readProblems[404] };

export function financeCostRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  // planned costs on tasks
  r.get('/api/v1/projects/:id/task-costs', {
    schema: { tags, summary: 'Planned costs on the project’s tasks, with each task’s total (labour from assignments comes with the resource pool)', params: IdParams, response: { 200: C.ProjectTaskCosts, ...readProblems } },
    handler: async (request) => listTaskCosts(contextOf(deps, request), request.params.id),
  });
  r.post('/api/v1/projects/:id/task-costs', {
    schema: { tags, summary: 'Plan a cost on a task: a fixed amount, or a material’s quantity × unit cost (the project’s manager, PMO, admin)', params: IdParams, body: C.TaskCostCreate, response: { 201: C.TaskCost, ...createdOn } },
    handler: async (request, reply) => created(reply, '/api/v1/task-costs', await createTaskCost(contextOf(deps, request), request.params.id, request.body)),
  });
  r.patch('/api/v1/task-costs/:id', {
    schema: { tags, summary: 'Change a planned cost (the project’s manager, PMO, admin)', ...versioned, params: IdParams, body: C.TaskCostUpdate, response: { 200: C.TaskCost, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateTaskCost(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.delete('/api/v1/task-costs/:id', {
    schema: { tags, summary: 'Remove a planned cost (the project’s manager, PMO, admin)', ...versioned, params: IdParams, response: { 200: Ok, ...changeProblems } },
    handler: async (request) => deleteTaskCost(contextOf(deps, request), request.params.id, expectedVersion(request)),
  });

  // expenses and invoices
  r.get('/api/v1/projects/:id/expenses', {
    schema: { tags, summary: 'The project’s expenses and supplier invoices, latest first', params: IdParams, querystring: C.ExpenseListQuery, response: { 200: C.ExpensePage, ...readProblems, 422: createProblems[422] } },
    handler: async (request) => listExpenses(contextOf(deps, request), request.params.id, request.query),
  });
  r.get('/api/v1/projects/:id/expenses/export', {
    schema: { tags, summary: 'The project’s expenses and invoices as XLSX or CSV', params: IdParams, querystring: FinanceExportQuery, produces: SPREADSHEET_TYPES, response: readProblems },
    handler: async (request, reply) => sendFile(reply, await exportExpenses(contextOf(deps, request), request.params.id, request.query)),
  });
  r.post('/api/v1/projects/:id/expenses', {
    schema: { tags, summary: 'Record an expense or a supplier invoice, optionally on a task and against a purchase order (the project’s manager and team, PMO, admin)', params: IdParams, body: C.ExpenseCreate, response: { 201: C.Expense, ...createdOn } },
    handler: async (request, reply) => created(reply, '/api/v1/expenses', await createExpense(contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/expenses/:id', {
    schema: { tags, summary: 'One expense or invoice', params: IdParams, response: { 200: C.Expense, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getExpense(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/expenses/:id', {
    schema: { tags, summary: 'Change an expense or invoice (the project’s manager and team, PMO, admin)', ...versioned, params: IdParams, body: C.ExpenseUpdate, response: { 200: C.Expense, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateExpense(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.delete('/api/v1/expenses/:id', {
    schema: { tags, summary: 'Remove an expense or invoice recorded by mistake (the project’s manager and team, PMO, admin)', ...versioned, params: IdParams, response: { 200: Ok, ...changeProblems } },
    handler: async (request) => deleteExpense(contextOf(deps, request), request.params.id, expectedVersion(request)),
  });

  // purchase orders
  r.get('/api/v1/projects/:id/purchase-orders', {
    schema: { tags, summary: 'The project’s purchase orders with what was invoiced and what is still committed', params: IdParams, response: { 200: C.PurchaseOrderList, ...readProblems } },
    handler: async (request) => listPurchaseOrders(contextOf(deps, request), request.params.id),
  });
  r.post('/api/v1/projects/:id/purchase-orders', {
    schema: { tags, summary: 'Record a purchase order: a commitment to a supplier (the project’s manager, PMO, admin)', params: IdParams, body: C.PurchaseOrderCreate, response: { 201: C.PurchaseOrder, ...createdOn } },
    handler: async (request, reply) => created(reply, '/api/v1/purchase-orders', await createPurchaseOrder(contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/purchase-orders/:id', {
    schema: { tags, summary: 'One purchase order with its open commitment', params: IdParams, response: { 200: C.PurchaseOrder, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getPurchaseOrder(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/purchase-orders/:id', {
    schema: { tags, summary: 'Change or close a purchase order (the project’s manager, PMO, admin)', ...versioned, params: IdParams, body: C.PurchaseOrderUpdate, response: { 200: C.PurchaseOrder, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updatePurchaseOrder(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.delete('/api/v1/purchase-orders/:id', {
    schema: { tags, summary: 'Delete a purchase order with nothing invoiced against it (the project’s manager, PMO, admin)', ...versioned, params: IdParams, response: { 200: Ok, ...changeProblems } },
    handler: async (request) => deletePurchaseOrder(contextOf(deps, request), request.params.id, expectedVersion(request)),
  });
}
