// Resource levelling: preview what levelling a project (or, for the PMO, a whole portfolio) would
// move, level it (writes levelling delays and reschedules), and clear a project's levelling.
import type { FastifyInstance } from 'fastify';
import { IdParams, Problem } from '../../contracts/common.schema.ts';
import { LevellingCleared, LevellingRequest, LevellingResult } from '../../contracts/levelling.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { clearProjectLevelling, levelPortfolio, levelProject, previewPortfolioLevelling, previewProjectLevelling } from '../../app/levelling/resource-levelling.ts';
import { contextOf } from '../plugins/auth.ts';
import { changeProblems, readProblems, typed } from './route-kit.ts';

export function levellingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  const tags = ['resources'];
  const problems = { ...readProblems, 422: Problem };
  const project = '/api/v1/projects/:id/levelling';
  const portfolio = '/api/v1/portfolios/:id/levelling';
  r.post(`${project}/preview`, {
    schema: { tags, summary: 'What levelling the project’s resources would move (tasks, days, finish, over-allocations left); writes nothing', params: IdParams, body: LevellingRequest, response: { 200: LevellingResult, ...problems } },
    handler: async (request) => previewProjectLevelling(contextOf(deps, request), request.params.id, request.body),
  });
  r.post(project, {
    schema: { tags, summary: 'Level the project’s resources: delays tasks (a levelling delay each, never new dates) until no one is over-allocated, and reschedules', params: IdParams, body: LevellingRequest, response: { 200: LevellingResult, ...changeProblems } },
    handler: async (request) => levelProject(contextOf(deps, request), request.params.id, request.body),
  });
  r.delete(project, {
    schema: { tags, summary: 'Clear the project’s levelling delays (undo levelling) and reschedule', params: IdParams, response: { 200: LevellingCleared, ...changeProblems } },
    handler: async (request) => clearProjectLevelling(contextOf(deps, request), request.params.id),
  });
  r.post(`${portfolio}/preview`, {
    schema: { tags, summary: 'PMO: what levelling every live project of the portfolio together (by project priority) would move; writes nothing', params: IdParams, body: LevellingRequest, response: { 200: LevellingResult, ...problems } },
    handler: async (request) => previewPortfolioLevelling(contextOf(deps, request), request.params.id, request.body),
  });
  r.post(portfolio, {
    schema: { tags, summary: 'PMO: level every live project of the portfolio together, higher-priority projects first', params: IdParams, body: LevellingRequest, response: { 200: LevellingResult, ...changeProblems } },
    handler: async (request) => levelPortfolio(contextOf(deps, request), request.params.id, request.body),
  });
}
