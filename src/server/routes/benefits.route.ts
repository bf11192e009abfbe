// Benefits realisation: each project's benefits register with measurements, and a portfolio's
// benefits planned against realised.
import type { FastifyInstance } from 'fastify';
import { IdParams, Ok } from '../../contracts/common.schema.ts';
import * as B from '../../contracts/benefit.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createBenefit, deleteBenefit, deleteMeasurement, getBenefit, recordMeasurement, updateBenefit } from '../../app/benefits/benefit-commands.ts';
import { portfolioBenefits, projectBenefits } from '../../app/benefits/benefit-views.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };

export function benefitRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  const tags = ['benefits'];
  r.get('/api/v1/projects/:id/benefits', {
    schema: { tags, summary: 'A project’s benefits with their measurements, realisation and status, and its totals planned against realised (money in the base currency)', params: IdParams, response: { 200: B.ProjectBenefits, ...readProblems } },
    handler: async (request) => projectBenefits(contextOf(deps, request), request.params.id),
  });
  r.post('/api/v1/projects/:id/benefits', {
    schema: { tags, summary: 'Add a benefit to a project (its manager while it runs; PMO, admin always)', params: IdParams, body: B.BenefitCreate, response: { 201: B.Benefit, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => created(reply, '/api/v1/benefits', await createBenefit(contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/benefits/:id', {
    schema: { tags, summary: 'A benefit with its measurements, realisation and status (its project’s readers and its owner)', params: IdParams, response: { 200: B.Benefit, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getBenefit(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/benefits/:id', {
    schema: { tags, summary: 'Change a benefit (its project’s manager while it runs, its owner, PMO, admin)', ...versioned, params: IdParams, body: B.BenefitUpdate, response: { 200: B.Benefit, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateBenefit(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.delete('/api/v1/benefits/:id', {
    schema: { tags, summary: 'Remove a benefit and its measurements (its project’s manager while it runs; PMO, admin)', ...versioned, params: IdParams, response: { 200: Ok, ...changeProblems } },
    handler: async (request) => {
      await deleteBenefit(contextOf(deps, request), request.params.id, expectedVersion(request));
      return { ok: true as const };
    },
  });
  r.post('/api/v1/benefits/:id/measurements', {
    schema: { tags, summary: 'Record a measurement; answers the benefit with its new realisation and status (its owner, its project’s manager while it runs, PMO, admin)', params: IdParams, body: B.BenefitMeasurementCreate, response: { 201: B.Benefit, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => reply.code(201).send(withEtag(reply, await recordMeasurement(contextOf(deps, request), request.params.id, request.body))),
  });
  r.delete('/api/v1/benefits/:id/measurements/:measurementId', {
    schema: { tags, summary: 'Remove a measurement recorded in error; answers the benefit', params: B.BenefitMeasurementParams, response: { 200: B.Benefit, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await deleteMeasurement(contextOf(deps, request), request.params.id, request.params.measurementId)),
  });
  r.get('/api/v1/portfolios/:id/benefits', {
    schema: { tags, summary: 'A portfolio’s benefits planned against realised, per project and in total (money in the base currency at today’s rates), with overdue measurements', params: IdParams, response: { 200: B.PortfolioBenefits, ...readProblems } },
    handler: async (request) => portfolioBenefits(contextOf(deps, request), request.params.id),
  });
}
