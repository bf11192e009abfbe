// Earned value: a project's at a status date (with earned schedule, its tasks and the S-curve), and
// the roll-up across a portfolio, a program or everything the reader can see.
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../contracts/common.schema.ts';
import { EvmQuery, PortfolioEvm, PortfolioEvmQuery, ProjectEvm } from '../../contracts/evm.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getPortfolioEvm } from '../../app/evm/portfolio-evm.ts';
import { getProjectEvm } from '../../app/evm/project-evm.ts';
import { loadBaseCurrency } from '../../app/rates/exchange-rates.ts';
import { contextOf } from '../plugins/auth.ts';
import { listProblems, readProblems, typed } from './route-kit.ts';

export function evmRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  const tags = ['earned value'];
  r.get('/api/v1/projects/:id/evm', {
    schema: {
      tags,
      summary: 'A project’s earned value at a status date: PV, EV, AC, the indices and estimates, earned schedule, its tasks and the S-curve',
      description: 'Planned value comes from baseline 0’s task costs spread over each task’s baseline working time; earned value from percent complete; actual cost from approved timesheets at people’s rates and from recorded expenses and invoices.',
      params: IdParams,
      querystring: EvmQuery,
      response: { 200: ProjectEvm, ...readProblems },
    },
    handler: async (request) => getProjectEvm(contextOf(deps, request), request.params.id, request.query, await loadBaseCurrency(deps.db)),
  });
  r.get('/api/v1/evm/portfolio', {
    schema: { tags, summary: 'Earned value of every project you can see (or a portfolio’s, a program’s), with the total in the base currency', querystring: PortfolioEvmQuery, response: { 200: PortfolioEvm, ...listProblems } },
    handler: async (request) => getPortfolioEvm(contextOf(deps, request), request.query),
  });
}
