// Dashboards: the portfolio dashboard (every role; only the projects the reader may see), a
// program's roll-up, and the caller's own work queue.
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../contracts/common.schema.ts';
import { DashboardQuery, PortfolioDashboard, ProgramDashboard } from '../../contracts/dashboard.schema.ts';
import { MyWork, MyWorkQuery } from '../../contracts/my-work.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getPortfolioDashboard, getProgramDashboard } from '../../app/dashboard/portfolio-dashboard.ts';
import { getMyWork } from '../../app/dashboard/my-work.ts';
import { contextOf } from '../plugins/auth.ts';
import { listProblems, readProblems, typed } from './route-kit.ts';

export function dashboardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/dashboard/portfolio', {
    schema: {
      tags: ['dashboards'],
      summary: 'The portfolio dashboard: projects by phase, status and RAG, milestones due and slipped, top risks, escalated issues, budgets, reporting, objectives and compliance, each with the rows behind it',
      querystring: DashboardQuery,
      response: { 200: PortfolioDashboard, ...listProblems },
    },
    handler: async (request) => getPortfolioDashboard(contextOf(deps, request), request.query),
  });
  r.get('/api/v1/dashboard/programs/:id', {
    schema: { tags: ['dashboards'], summary: 'A program’s projects (those you may see) rolled up, with a row per project', params: IdParams, response: { 200: ProgramDashboard, ...readProblems } },
    handler: async (request) => getProgramDashboard(contextOf(deps, request), request.params.id),
  });
  r.get('/api/v1/dashboard/my-work', {
    schema: { tags: ['dashboards'], summary: 'My work: projects I manage, decisions waiting for me, what I own that is due, breaches on my projects and reports they owe', querystring: MyWorkQuery, response: { 200: MyWork, ...listProblems } },
    handler: async (request) => getMyWork(contextOf(deps, request)),
  });
}
