// The PMO support desk: raising requests, the queue with first-response and resolution times against
// the service levels, working a request, and the service levels themselves.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/support.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getServiceLevels, setServiceLevels } from '../../app/support/service-levels-setting.ts';
import { getSupportRequest, listSupportRequests, raiseSupportRequest, updateSupportRequest } from '../../app/support/support-requests.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };
const tags = ['support'];

export function supportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/support/service-levels', {
    schema: { tags, summary: 'Hours to first response and to resolution per category', querystring: z.object({}).strict(), response: { 200: S.ServiceLevels, ...listProblems } },
    handler: async (request, reply) => withEtag(reply, await getServiceLevels(contextOf(deps, request))),
  });
  r.put('/api/v1/support/service-levels', {
    schema: { tags, summary: 'Set the service levels (PMO, admin)', ...versioned, body: S.ServiceLevelsBody, response: { 200: S.ServiceLevels, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setServiceLevels(contextOf(deps, request), expectedVersion(request), request.body)),
  });
  r.get('/api/v1/support/requests', {
    schema: { tags, summary: 'The support queue, oldest first (your own requests unless you are PMO, admin or executive)', querystring: S.SupportQueueQuery, response: { 200: S.SupportQueue, ...listProblems } },
    handler: async (request) => listSupportRequests(contextOf(deps, request), request.query),
  });
  r.post('/api/v1/support/requests', {
    schema: { tags, summary: 'Ask the PMO for help', body: S.SupportRequestCreate, response: { 201: S.SupportRequest, ...createProblems } },
    handler: async (request, reply) => created(reply, '/api/v1/support/requests', await raiseSupportRequest(contextOf(deps, request), request.body)),
  });
  r.get('/api/v1/support/requests/:id', {
    schema: { tags, summary: 'A support request with its times against the service level', params: IdParams, response: { 200: S.SupportRequest, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getSupportRequest(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/support/requests/:id', {
    schema: { tags, summary: 'Assign, take up, resolve, reopen or close a request (PMO, admin)', ...versioned, params: IdParams, body: S.SupportRequestUpdate, response: { 200: S.SupportRequest, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateSupportRequest(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
}
