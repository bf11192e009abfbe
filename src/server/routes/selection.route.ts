// Optimal portfolio selection: the portfolio's selection settings, and the optimisation (chosen set
// beside the greedy one, exclusion reasons, efficient frontier), which stores nothing.
import type { FastifyInstance } from 'fastify';
import * as S from '../../contracts/selection.schema.ts';
import { IdParams } from '../../contracts/common.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getSelectionSettings, saveSelectionSettings } from '../../app/selection/selection-settings.ts';
import { optimisePortfolio } from '../../app/selection/portfolio-optimisation.ts';
import { contextOf, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, ifMatchHeader, readProblems, typed, VersionedHeaders } from './route-kit.ts';

export function selectionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/portfolios/:id/selection-settings', {
    schema: { tags: ['selection'], summary: 'The portfolio’s selection settings: horizon, exclusive groups, prerequisites, start options, demand estimates', params: IdParams, response: { 200: S.SelectionSettings, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getSelectionSettings(contextOf(deps, request), request.params.id)),
  });
  r.put('/api/v1/portfolios/:id/selection-settings', {
    schema: {
      tags: ['selection'], summary: 'Save the portfolio’s selection settings (PMO, admin); If-Match "0" the first time', description: ifMatchHeader.description,
      headers: VersionedHeaders, params: IdParams, body: S.SelectionSettingsBody, response: { 200: S.SelectionSettings, ...changeProblems },
    },
    handler: async (request, reply) => withEtag(reply, await saveSelectionSettings(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/portfolios/:id/optimise', {
    schema: {
      tags: ['selection'], summary: 'The selection of greatest total score within the budget per year and capacity per role per quarter, beside the greedy ranking’s, with why each project is out and the efficient frontier (saves nothing)',
      params: IdParams, body: S.OptimiseBody, response: { 200: S.Optimisation, ...readProblems, 422: readProblems[400] },
    },
    handler: async (request) => optimisePortfolio(contextOf(deps, request), request.params.id, request.body),
  });
}
