// Earned value: a project's at a status date (with earned schedule, its tasks and the S-curve), how
// each of its tasks earns and its estimate to complete, the manager's estimate to complete the whole
// project, and the roll-up across a portfolio, a program
// or everything the reader can see.
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../contracts/common.schema.ts';
import { EvmQuery, PortfolioEvm, PortfolioEvmQuery, ProjectEvm, TaskEarning, TaskEarningBody } from '../../contracts/evm.schema.ts';
import { ProjectEstimate, ProjectEstimateBody } from '../../contracts/evm-estimate.schema.ts';
import { ScheduleTaskParams } from '../../contracts/schedule.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getPortfolioEvm } from '../../app/evm/portfolio-evm.ts';
import { getProjectEvm } from '../../app/evm/project-evm.ts';
import { getProjectEstimate, setProjectEstimate } from '../../app/evm/project-estimate.ts';
import { getTaskEarning, setTaskEarning } from '../../app/evm/task-earning.ts';
import { loadBaseCurrency } from '../../app/rates/exchange-rates.ts';
import { contextOf, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

export function evmRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  const tags = ['earned value'];
  r.get('/api/v1/projects/:id/evm', {
    schema: {
      tags,
      summary: 'A project’s earned value at a status date: PV, EV, AC, the indices and estimates, earned schedule, its tasks and the S-curve',
      description: 'Planned value comes from baseline 0’s task costs spread over each task’s baseline working time; earned value by each task’s earning rule (percent complete unless set otherwise); actual cost from approved timesheets at people’s rates and from recorded expenses and invoices.',
      params: IdParams,
      querystring: EvmQuery,
      response: { 200: ProjectEvm, ...readProblems },
    },
    handler: async (request) => getProjectEvm(contextOf(deps, request), request.params.id, request.query, await loadBaseCurrency(deps.db)),
  });
  const earning = '/api/v1/projects/:id/schedule/tasks/:taskId/earning';
  r.get(earning, {
    schema: { tags, summary: 'How a task earns its value (percent complete, 0/100, 50/50, weighted milestones) and its manager’s estimate to complete', params: ScheduleTaskParams, response: { 200: TaskEarning, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getTaskEarning(contextOf(deps, request), request.params.id, request.params.taskId)),
  });
  r.put(earning, {
    schema: {
      tags,
      summary: 'Set how a leaf task earns its value and its estimate to complete (the project’s manager, PMO, admin); If-Match "0" the first time',
      description: ifMatchHeader.description,
      headers: VersionedHeaders,
      params: ScheduleTaskParams,
      body: TaskEarningBody,
      response: { 200: TaskEarning, ...changeProblems },
    },
    handler: async (request, reply) => withEtag(reply, await setTaskEarning(contextOf(deps, request), request.params.id, request.params.taskId, expectedVersion(request), request.body)),
  });
  const estimate = '/api/v1/projects/:id/evm/estimate';
  r.get(estimate, {
    schema: { tags, summary: 'The project manager’s estimate to complete the whole project (dated, with a note), which stands in for the sum of the tasks’ estimates while given', params: IdParams, response: { 200: ProjectEstimate, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getProjectEstimate(contextOf(deps, request), request.params.id)),
  });
  r.put(estimate, {
    schema: {
      tags,
      summary: 'Give or withdraw (etc null) the project’s estimate to complete (the project’s manager, PMO, admin); If-Match "0" the first time',
      description: `${ifMatchHeader.description} While given, it is the project’s bottom-up ETC: the bottom-up EAC (AC + ETC), the financials’ forecast and the status report’s cost forecast use it.`,
      headers: VersionedHeaders,
      params: IdParams,
      body: ProjectEstimateBody,
      response: { 200: ProjectEstimate, ...changeProblems },
    },
    handler: async (request, reply) => withEtag(reply, await setProjectEstimate(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.get('/api/v1/evm/portfolio', {
    schema: { tags, summary: 'Earned value of every project you can see (or a portfolio’s, a program’s), with the total in the base currency', querystring: PortfolioEvmQuery, response: { 200: PortfolioEvm, ...listProblems } },
    handler: async (request) => getPortfolioEvm(contextOf(deps, request), request.query),
  });
}
