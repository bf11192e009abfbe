// A project's budget and financial summary: the budget with its revisions (approved vs current, and
// the history), drafting revisions (the project's manager, PMO, admin), deciding them (PMO, admin,
// the project's sponsor), the budget as a spreadsheet, and the financials on a day.
import type { FastifyInstance } from 'fastify';
import { IdParams, Ok } from '../../contracts/common.schema.ts';
import * as F from '../../contracts/finance.schema.ts';
import { Financials, FinancialsQuery } from '../../contracts/financials.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getProjectBudget } from '../../app/finance/budget-queries.ts';
import { createBudgetRevision, deleteBudgetRevision, getBudgetRevision, updateBudgetRevision } from '../../app/finance/budget-revisions.ts';
import { approveBudgetRevision, rejectBudgetRevision } from '../../app/finance/budget-decisions.ts';
import { exportBudget } from '../../app/finance/finance-export.ts';
import { projectFinancials } from '../../app/finance/financials.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, readProblems, sendFile, SPREADSHEET_TYPES, typed, VersionedHeaders } from './route-kit.ts';

const tags = ['finance'];
const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };

export function financeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/projects/:id/budget', {
    schema: { tags, summary: 'The project’s budget: approved (the original) and current (with approved changes) by category, capex/opex and month, reserves, and every revision with who, when and why', params: IdParams, response: { 200: F.ProjectBudget, ...readProblems } },
    handler: async (request) => getProjectBudget(contextOf(deps, request), request.params.id),
  });
  r.get('/api/v1/projects/:id/budget/export', {
    schema: { tags, summary: 'The budget as XLSX (the grid and every revision’s lines) or CSV (the grid)', params: IdParams, querystring: F.FinanceExportQuery, produces: SPREADSHEET_TYPES, response: readProblems },
    handler: async (request, reply) => sendFile(reply, await exportBudget(contextOf(deps, request), request.params.id, request.query)),
  });
  r.post('/api/v1/projects/:id/budget/revisions', {
    schema: {
      tags,
      summary: 'Draft the original budget (amounts) or, once it is approved, a change to it (signed deltas with a reason; draw on contingency by moving money out of it) (the project’s manager, PMO, admin)',
      params: IdParams,
      body: F.BudgetRevisionCreate,
      response: { 201: F.BudgetRevision, ...createProblems, 404: readProblems[404] },
    },
    handler: async (request, reply) => created(reply, '/api/v1/budget-revisions', await createBudgetRevision(contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/budget-revisions/:id', {
    schema: { tags, summary: 'One budget revision (anyone who may read its project)', params: IdParams, response: { 200: F.BudgetRevision, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getBudgetRevision(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/budget-revisions/:id', {
    schema: { tags, summary: 'Change a draft revision: its reason, change request or lines (replaced as a whole) (the project’s manager, PMO, admin)', ...versioned, params: IdParams, body: F.BudgetRevisionUpdate, response: { 200: F.BudgetRevision, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateBudgetRevision(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.delete('/api/v1/budget-revisions/:id', {
    schema: { tags, summary: 'Discard a draft revision; decided ones stay in the history (the project’s manager, PMO, admin)', ...versioned, params: IdParams, response: { 200: Ok, ...changeProblems } },
    handler: async (request) => deleteBudgetRevision(contextOf(deps, request), request.params.id, expectedVersion(request)),
  });
  r.post('/api/v1/budget-revisions/:id/approve', {
    schema: { tags, summary: 'Approve a draft revision: it counts in the current budget, and the project’s register budget follows (PMO, admin, the project’s sponsor)', ...versioned, params: IdParams, body: F.BudgetDecision, response: { 200: F.BudgetRevision, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await approveBudgetRevision(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/budget-revisions/:id/reject', {
    schema: { tags, summary: 'Reject a draft revision, with a comment (PMO, admin, the project’s sponsor)', ...versioned, params: IdParams, body: F.BudgetDecision, response: { 200: F.BudgetRevision, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await rejectBudgetRevision(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.get('/api/v1/projects/:id/financials', {
    schema: {
      tags,
      summary: 'The project’s financials on a day: budget approved and current, planned cost, actual cost to date, open commitments, bottom-up forecast at completion and its variance, by category and month',
      params: IdParams,
      querystring: FinancialsQuery,
      response: { 200: Financials, ...readProblems },
    },
    handler: async (request) => projectFinancials(contextOf(deps, request), request.params.id, request.query),
  });
}
