// Intake: project requests from draft through the PMO's triage to approval into a project from a
// template; their business case and comments; the PMO's own fields on the request form.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.schema.ts';
import { BusinessCaseBody } from '../../contracts/business-case.schema.ts';
import * as S from '../../contracts/intake.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getIntakeFields, setIntakeFields } from '../../app/intake/intake-fields-setting.ts';
import { getRequest, listRequests } from '../../app/intake/request-store.ts';
import { commentOnRequest, createRequest, setBusinessCase, takeRequestStep, updateRequest } from '../../app/intake/request-commands.ts';
import { approveRequest } from '../../app/intake/request-approval.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const BASE = '/api/v1/requests';
const tags = ['intake'];
const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };

export function intakeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/settings/intake-fields', {
    schema: { tags, summary: 'The PMO’s own fields on the project request form', querystring: z.object({}).strict(), response: { 200: S.IntakeFields, ...listProblems } },
    handler: async (request, reply) => withEtag(reply, await getIntakeFields(contextOf(deps, request))),
  });
  r.put('/api/v1/settings/intake-fields', {
    schema: { tags, summary: 'Set the fields of the project request form (PMO, admin)', ...versioned, body: S.IntakeFieldsBody, response: { 200: S.IntakeFields, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setIntakeFields(contextOf(deps, request), expectedVersion(request), request.body)),
  });
  r.post(BASE, {
    schema: { tags, summary: 'Draft a project request (anyone but executives; you are its requester)', body: S.ProjectRequestCreate, response: { 201: S.ProjectRequest, ...createProblems } },
    handler: async (request, reply) => created(reply, BASE, await createRequest(contextOf(deps, request), request.body)),
  });
  r.get(BASE, {
    schema: { tags, summary: 'Project requests you can see, newest first (the PMO, admins and executives see all)', querystring: S.ProjectRequestListQuery, response: { 200: S.ProjectRequestPage, ...listProblems } },
    handler: async (request) => listRequests(contextOf(deps, request), request.query),
  });
  r.get(`${BASE}/:id`, {
    schema: { tags, summary: 'A project request with its business case figures, history and the steps you may take', params: IdParams, response: { 200: S.ProjectRequest, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getRequest(contextOf(deps, request), request.params.id)),
  });
  r.patch(`${BASE}/:id`, {
    schema: { tags, summary: 'Change a request (its requester while a draft or at business case; the PMO during triage, also naming reviewers)', ...versioned, params: IdParams, body: S.ProjectRequestUpdate, response: { 200: S.ProjectRequest, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateRequest(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.put(`${BASE}/:id/business-case`, {
    schema: { tags, summary: 'Enter the request’s business case (cash flows per period, discount rate); NPV, IRR, payback and ROI come back computed', ...versioned, params: IdParams, body: BusinessCaseBody, response: { 200: S.ProjectRequest, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setBusinessCase(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post(`${BASE}/:id/steps`, {
    schema: {
      tags,
      summary: 'Move a request on: submit or withdraw (its requester); screen, build_case, reject, defer, reopen (PMO, admin)',
      ...versioned,
      description: `Rejecting or deferring needs a comment. A step the request’s status does not allow answers 422 naming the steps it does. ${ifMatchHeader.description}`,
      params: IdParams,
      body: S.RequestStepBody,
      response: { 200: S.ProjectRequest, ...changeProblems },
    },
    handler: async (request, reply) => withEtag(reply, await takeRequestStep(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post(`${BASE}/:id/comments`, {
    schema: { tags, summary: 'Comment on a request (anyone who reads it but executives); kept on its history', ...versioned, params: IdParams, body: S.RequestCommentBody, response: { 200: S.ProjectRequest, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await commentOnRequest(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post(`${BASE}/:id/approve`, {
    schema: {
      tags,
      summary: 'Approve a request at business case into a new project from a template (PMO, admin); the decision goes into the project’s decision log',
      ...versioned,
      description: `Needs a business case with at least one cost line. The project carries the request’s name, objectives, sponsor, portfolio and program, budget estimate and dates. ${ifMatchHeader.description}`,
      params: IdParams,
      body: S.RequestApproveBody,
      response: { 200: S.ProjectRequest, ...changeProblems },
    },
    handler: async (request, reply) => withEtag(reply, await approveRequest(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
}
