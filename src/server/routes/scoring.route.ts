// Scoring and prioritisation: the PMO's scoring models (with an AHP preview that saves nothing),
// a project's score on a model with its breakdown, a portfolio's ranked list and the what-if on
// the weights.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import * as S from '../../contracts/scoring.schema.ts';
import { IdParams } from '../../contracts/common.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getScoringModel, listScoringModels, previewAhp, saveScoringModel } from '../../app/scoring/scoring-models.ts';
import { getProjectScore, getRequestScore, setProjectScore, setRequestScore } from '../../app/scoring/scores.ts';
import { getPortfolioRanking, portfolioWeightsWhatIf } from '../../app/scoring/portfolio-ranking.ts';
import { contextOf, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const NoQuery = z.object({}).strict();
const computeProblems = { ...listProblems, 422: readProblems[400] } as const;

export function scoringRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/scoring-models', {
    schema: { tags: ['scoring'], summary: 'The scoring models: the built-in one (as the PMO edited it) and the PMO’s own', querystring: NoQuery, response: { 200: S.ScoringModelList, ...listProblems } },
    handler: async (request) => listScoringModels(contextOf(deps, request)),
  });
  r.get('/api/v1/scoring-models/:key', {
    schema: { tags: ['scoring'], summary: 'One scoring model with its normalised weights and, with AHP judgements, their consistency ratio', params: S.ScoringModelParams, response: { 200: S.ScoringModel, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getScoringModel(contextOf(deps, request), request.params.key)),
  });
  r.put('/api/v1/scoring-models/:key', {
    schema: {
      tags: ['scoring'], summary: 'Create (If-Match "0") or replace a scoring model (PMO, admin)', description: ifMatchHeader.description,
      headers: VersionedHeaders, params: S.ScoringModelParams, body: S.ScoringModelBody, response: { 200: S.ScoringModel, ...changeProblems },
    },
    handler: async (request, reply) => withEtag(reply, await saveScoringModel(contextOf(deps, request), request.params.key, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/scoring/ahp-preview', {
    schema: { tags: ['scoring'], summary: 'AHP weights, consistency ratio and the judgement to revisit, for judgements being typed (saves nothing)', body: S.AhpPreviewBody, response: { 200: S.AhpResult, ...computeProblems } },
    handler: async (request) => previewAhp(contextOf(deps, request), request.body),
  });
  r.get('/api/v1/projects/:id/scores/:modelKey', {
    schema: { tags: ['scoring'], summary: 'A project’s score on a model with each criterion’s contribution (version 0: not scored yet)', params: S.ScoreParams, response: { 200: S.SubjectScore, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getProjectScore(contextOf(deps, request), request.params.id, request.params.modelKey)),
  });
  r.put('/api/v1/projects/:id/scores/:modelKey', {
    schema: {
      tags: ['scoring'], summary: 'Score a project on a model (its manager, the PMO); If-Match "0" the first time', description: ifMatchHeader.description,
      headers: VersionedHeaders, params: S.ScoreParams, body: S.ScoreBody, response: { 200: S.SubjectScore, ...changeProblems },
    },
    handler: async (request, reply) => withEtag(reply, await setProjectScore(contextOf(deps, request), request.params.id, request.params.modelKey, expectedVersion(request), request.body)),
  });
  r.get('/api/v1/requests/:id/scores/:modelKey', {
    schema: { tags: ['scoring'], summary: 'A project request’s score on a model with each criterion’s contribution (version 0: not scored yet)', params: S.ScoreParams, response: { 200: S.SubjectScore, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getRequestScore(contextOf(deps, request), request.params.id, request.params.modelKey)),
  });
  r.put('/api/v1/requests/:id/scores/:modelKey', {
    schema: {
      tags: ['scoring'], summary: 'Score a project request on a model (the PMO, while it is being decided); If-Match "0" the first time', description: ifMatchHeader.description,
      headers: VersionedHeaders, params: S.ScoreParams, body: S.ScoreBody, response: { 200: S.SubjectScore, ...changeProblems },
    },
    handler: async (request, reply) => withEtag(reply, await setRequestScore(contextOf(deps, request), request.params.id, request.params.modelKey, expectedVersion(request), request.body)),
  });
  r.get('/api/v1/portfolios/:id/ranking', {
    schema: { tags: ['scoring'], summary: 'The portfolio’s projects ranked on a scoring model: mandatory first, then by score', params: IdParams, querystring: S.ModelQuery, response: { 200: S.Ranking, ...readProblems, 422: readProblems[400] } },
    handler: async (request) => getPortfolioRanking(contextOf(deps, request), request.params.id, request.query.model),
  });
  r.post('/api/v1/portfolios/:id/ranking/what-if', {
    schema: { tags: ['scoring'], summary: 'The ranking with other weights: each project’s rank before and after (saves nothing)', params: IdParams, body: S.WhatIfBody, response: { 200: S.WeightsWhatIf, ...readProblems, 422: readProblems[400] } },
    handler: async (request) => portfolioWeightsWhatIf(contextOf(deps, request), request.params.id, request.body),
  });
}
