// The PMO's charter and services catalogue, and turning a maturity assessment's improvement step into
// an action of the PMO's roadmap project.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/pmo-charter.schema.ts';
import { Action } from '../../contracts/raid.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getPmoCharter, setPmoCharter } from '../../app/pmo-charter/pmo-charter.ts';
import { raiseImprovementAction } from '../../app/maturity/maturity-actions.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };
const tags = ['pmo'];

export function pmoCharterRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/pmo/charter', {
    schema: { tags, summary: 'The PMO charter: mandate, portfolios in scope, operating model, services with their service levels, and how the PMO\'s roadmap project stands', querystring: z.object({}).strict(), response: { 200: S.PmoCharter, ...listProblems } },
    handler: async (request, reply) => withEtag(reply, await getPmoCharter(contextOf(deps, request))),
  });
  r.put('/api/v1/pmo/charter', {
    schema: { tags, summary: 'Replace the PMO charter (PMO, admin)', ...versioned, body: S.PmoCharterBody, response: { 200: S.PmoCharter, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setPmoCharter(contextOf(deps, request), expectedVersion(request), request.body)),
  });
  r.post('/api/v1/maturity/assessments/:id/actions', {
    schema: { tags: ['maturity'], summary: 'Raise an action for an improvement step in the PMO\'s roadmap project (PMO, admin)', params: IdParams, body: S.ImprovementActionCreate, response: { 201: Action, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => created(reply, '/api/v1/actions', await raiseImprovementAction(contextOf(deps, request), request.params.id, request.body)),
  });
}
