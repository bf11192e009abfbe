// Scenario planning: a portfolio's scenarios (copies of its project set with projects added,
// removed, shifted or resized) and their comparison with the live portfolio.
import type { FastifyInstance } from 'fastify';
import { IdParams, Ok } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/scenario.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createScenario, deleteScenario, getScenario, listScenarios, resetScenarioProject, setScenarioProject, updateScenario } from '../../app/scenarios/scenario-commands.ts';
import { compareScenarios } from '../../app/scenarios/scenario-comparison.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };

export function scenarioRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  const tags = ['scenarios'];
  r.get('/api/v1/portfolios/:id/scenarios', {
    schema: { tags, summary: 'A portfolio’s scenarios (PMO, executives, admin)', params: IdParams, response: { 200: S.ScenarioList, ...readProblems } },
    handler: async (request) => listScenarios(contextOf(deps, request), request.params.id),
  });
  r.post('/api/v1/portfolios/:id/scenarios', {
    schema: { tags, summary: 'Create a scenario: it starts as the live portfolio (PMO, admin)', params: IdParams, body: S.ScenarioCreate, response: { 201: S.Scenario, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => created(reply, '/api/v1/scenarios', await createScenario(contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/portfolios/:id/scenario-comparison', {
    schema: {
      tags,
      summary: 'The live portfolio and its scenarios side by side: value, cost per year, demand vs capacity per role per quarter, strategic coverage',
      params: IdParams,
      querystring: S.ScenarioComparisonQuery,
      response: { 200: S.ScenarioComparison, ...listProblems, 404: readProblems[404], 422: createProblems[422] },
    },
    handler: async (request) => compareScenarios(contextOf(deps, request), request.params.id, request.query),
  });
  r.get('/api/v1/scenarios/:id', {
    schema: { tags, summary: 'A scenario: every live project and candidate as it has them', params: IdParams, response: { 200: S.Scenario, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getScenario(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/scenarios/:id', {
    schema: { tags, summary: 'Rename a scenario or change its description (PMO, admin)', ...versioned, params: IdParams, body: S.ScenarioUpdate, response: { 200: S.Scenario, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateScenario(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.delete('/api/v1/scenarios/:id', {
    schema: { tags, summary: 'Delete a scenario (PMO, admin)', ...versioned, params: IdParams, response: { 200: Ok, ...changeProblems } },
    handler: async (request) => {
      await deleteScenario(contextOf(deps, request), request.params.id, expectedVersion(request));
      return { ok: true as const };
    },
  });
  r.put('/api/v1/scenarios/:id/projects/:projectId', {
    schema: { tags, summary: 'What the scenario does to a project: add a proposed one, remove a live one, shift it by weeks or months, resize it (PMO, admin)', ...versioned, params: S.ScenarioProjectParams, body: S.ScenarioProjectChange, response: { 200: S.Scenario, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setScenarioProject(contextOf(deps, request), request.params.id, request.params.projectId, expectedVersion(request), request.body)),
  });
  r.delete('/api/v1/scenarios/:id/projects/:projectId', {
    schema: { tags, summary: 'Put a project back as the live portfolio has it (PMO, admin)', ...versioned, params: S.ScenarioProjectParams, response: { 200: S.Scenario, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await resetScenarioProject(contextOf(deps, request), request.params.id, request.params.projectId, expectedVersion(request))),
  });
}
