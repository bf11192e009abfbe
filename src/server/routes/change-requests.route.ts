// Change control: a project's change requests from draft to the change board's decision and, once
// approved, onto the plan; the what-if of a request's schedule edits; the board's queue.
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/change-request.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createLogItem, getLogItem, listLogItems, updateLogItem } from '../../app/raid/raid-log.ts';
import { changeRequestKind, listProjectChangeRequests } from '../../app/changes/change-requests.ts';
import { decideChangeRequest, submitChangeRequest, withdrawChangeRequest } from '../../app/changes/change-request-commands.ts';
import { applyChangeRequest } from '../../app/changes/change-request-apply.ts';
import { getChangeImpact } from '../../app/changes/change-impact.ts';
import { exportChangeRequests } from '../../app/changes/change-request-export.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, sendFile, SPREADSHEET_TYPES, typed, VersionedHeaders } from './route-kit.ts';

const BASE = '/api/v1/change-requests';
const tags = ['changes'];
const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };

export function changeRequestRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.post('/api/v1/projects/:id/change-requests', {
    schema: { tags, summary: 'Raise a change request on a project, as a draft (its manager and team, PMO, admin)', params: IdParams, body: S.ChangeRequestCreate, response: { 201: S.ChangeRequest, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => created(reply, BASE, await createLogItem(changeRequestKind, contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/projects/:id/change-requests', {
    schema: { tags, summary: 'A project’s change requests, newest first', params: IdParams, querystring: S.ProjectChangeRequestListQuery, response: { 200: S.ChangeRequestPage, ...readProblems } },
    handler: async (request) => listProjectChangeRequests(contextOf(deps, request), request.params.id, request.query),
  });
  r.get(BASE, {
    schema: { tags, summary: 'Change requests across the projects you can see; awaitingMe=true gives your change board queue', querystring: S.ChangeRequestListQuery, response: { 200: S.ChangeRequestPage, ...listProblems } },
    handler: async (request) => listLogItems(changeRequestKind, contextOf(deps, request), request.query),
  });
  r.get('/api/v1/change-requests/export', {
    schema: { tags, summary: 'The change log as a spreadsheet (XLSX or CSV)', querystring: S.ChangeRequestExportQuery, produces: SPREADSHEET_TYPES, response: { ...listProblems } },
    handler: async (request, reply) => sendFile(reply, await exportChangeRequests(contextOf(deps, request), request.query)),
  });
  r.get(`${BASE}/:id`, {
    schema: { tags, summary: 'A change request with its impact, decision and history', params: IdParams, response: { 200: S.ChangeRequest, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getLogItem(changeRequestKind, contextOf(deps, request), request.params.id)),
  });
  r.patch(`${BASE}/:id`, {
    schema: { tags, summary: 'Change a draft or submitted change request (the project’s manager and team, PMO, admin)', ...versioned, params: IdParams, body: S.ChangeRequestUpdate, response: { 200: S.ChangeRequest, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateLogItem(changeRequestKind, contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.get(`${BASE}/:id/impact`, {
    schema: {
      tags,
      summary: 'What-if: the schedule with the request’s edits (new finish, tasks that move, critical path), saving nothing',
      description: 'A loop the edits would make answers 422 (schedule_cycle) naming its tasks; an edit naming a task no longer in the schedule answers 422 (invalid_reference).',
      params: IdParams,
      response: { 200: S.ChangeImpact, ...readProblems, 422: changeProblems[422] },
    },
    handler: async (request) => getChangeImpact(contextOf(deps, request), request.params.id),
  });
  r.post(`${BASE}/:id/submit`, {
    schema: { tags, summary: 'Submit the request to the change board (the project’s manager, PMO, admin)', ...versioned, params: IdParams, body: S.ChangeSubmit, response: { 200: S.ChangeRequest, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await submitChangeRequest(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post(`${BASE}/:id/decision`, {
    schema: { tags, summary: 'Approve, reject or defer a submitted request (the project’s sponsor, PMO, admin); logged in the decision log', ...versioned, params: IdParams, body: S.ChangeDecisionBody, response: { 200: S.ChangeRequest, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await decideChangeRequest(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post(`${BASE}/:id/apply`, {
    schema: { tags, summary: 'Apply an approved request to the schedule and save it as a new baseline (the project’s manager, PMO, admin)', ...versioned, params: IdParams, body: S.ChangeApply, response: { 200: S.ChangeRequest, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await applyChangeRequest(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post(`${BASE}/:id/withdraw`, {
    schema: { tags, summary: 'Withdraw a request that is not yet applied or rejected (the project’s manager, PMO, admin)', ...versioned, params: IdParams, response: { 200: S.ChangeRequest, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await withdrawChangeRequest(contextOf(deps, request), request.params.id, expectedVersion(request))),
  });
}
