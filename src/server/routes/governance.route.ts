// Governance: the methodology library, the PMO's operating model, a project's deliverables and its
// place in its lifecycle, and gate reviews from request to decision (with the approval queue).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/governance.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getMethodology, listMethodologies, saveMethodology } from '../../app/governance/methodology-library.ts';
import { getGovernanceSettings, setGovernanceSettings } from '../../app/governance/governance-settings.ts';
import { createDeliverable, listDeliverables, updateDeliverable } from '../../app/governance/deliverables.ts';
import { getProjectGovernance } from '../../app/governance/project-governance.ts';
import { decideGateReview, requestGateReview, updateGateReview, withdrawGateReview } from '../../app/governance/gate-review-commands.ts';
import { getGateReview, listGateReviews } from '../../app/governance/gate-review-queries.ts';
import { exportGateReviews } from '../../app/governance/gate-review-export.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, sendFile, SPREADSHEET_TYPES, typed, VersionedHeaders } from './route-kit.ts';

const NoQuery = z.object({}).strict();
const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };

export function governanceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/methodologies', {
    schema: { tags: ['governance'], summary: 'The methodology library: built-in lifecycles and the PMO’s own', querystring: NoQuery, response: { 200: S.MethodologyList, ...listProblems } },
    handler: async (request) => listMethodologies(contextOf(deps, request)),
  });
  r.get('/api/v1/methodologies/:key', {
    schema: { tags: ['governance'], summary: 'A methodology: its phases, gates, checklists and required deliverables', params: S.MethodologyParams, response: { 200: S.Methodology, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getMethodology(contextOf(deps, request), request.params.key)),
  });
  r.put('/api/v1/methodologies/:key', {
    schema: { tags: ['governance'], summary: 'Create (If-Match "0") or replace a methodology (PMO, admin)', ...versioned, params: S.MethodologyParams, body: S.MethodologyBody, response: { 200: S.Methodology, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await saveMethodology(contextOf(deps, request), request.params.key, expectedVersion(request), request.body)),
  });
  r.get('/api/v1/settings/governance', {
    schema: { tags: ['governance'], summary: 'The PMO’s operating model', querystring: NoQuery, response: { 200: S.GovernanceSettings, ...listProblems } },
    handler: async (request, reply) => withEtag(reply, await getGovernanceSettings(contextOf(deps, request))),
  });
  r.put('/api/v1/settings/governance', {
    schema: { tags: ['governance'], summary: 'Set the PMO’s operating model (PMO, admin)', ...versioned, body: S.GovernanceSettingsBody, response: { 200: S.GovernanceSettings, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setGovernanceSettings(contextOf(deps, request), expectedVersion(request), request.body)),
  });
  r.get('/api/v1/projects/:id/governance', {
    schema: { tags: ['governance'], summary: 'Where the project stands in its methodology, how ready its next gate is, and its deliverables', params: IdParams, response: { 200: S.ProjectGovernance, ...readProblems } },
    handler: async (request) => getProjectGovernance(contextOf(deps, request), request.params.id),
  });
  r.get('/api/v1/projects/:id/deliverables', {
    schema: { tags: ['governance'], summary: 'The project’s deliverables', params: IdParams, response: { 200: S.DeliverableList, ...readProblems } },
    handler: async (request) => listDeliverables(contextOf(deps, request), request.params.id),
  });
  r.post('/api/v1/projects/:id/deliverables', {
    schema: { tags: ['governance'], summary: 'Add a deliverable (its manager and team, PMO, admin)', params: IdParams, body: S.DeliverableCreate, response: { 201: S.Deliverable, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => created(reply, '/api/v1/deliverables', await createDeliverable(contextOf(deps, request), request.params.id, request.body)),
  });
  r.patch('/api/v1/deliverables/:id', {
    schema: { tags: ['governance'], summary: 'Change a deliverable (its project’s manager and team, PMO, admin)', ...versioned, params: IdParams, body: S.DeliverableUpdate, response: { 200: S.Deliverable, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateDeliverable(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/projects/:id/gate-reviews', {
    schema: { tags: ['governance'], summary: 'Request the review of the gate ending the project’s current phase (its manager, PMO, admin)', params: IdParams, body: S.GateReviewRequest, response: { 201: S.GateReview, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => created(reply, '/api/v1/gate-reviews', await requestGateReview(contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/gate-reviews', {
    schema: { tags: ['governance'], summary: 'Gate reviews, newest first; awaitingMe=true gives your approval queue', querystring: S.GateReviewListQuery, response: { 200: S.GateReviewPage, ...listProblems } },
    handler: async (request) => listGateReviews(contextOf(deps, request), request.query),
  });
  r.get('/api/v1/gate-reviews/export', {
    schema: {
      tags: ['governance'],
      summary: 'The gate reviews and their decisions as a spreadsheet (XLSX or CSV)',
      querystring: S.GateReviewExportQuery,
      produces: SPREADSHEET_TYPES,
      response: { ...listProblems },
    },
    handler: async (request, reply) => sendFile(reply, await exportGateReviews(contextOf(deps, request), request.query)),
  });
  r.get('/api/v1/gate-reviews/:id', {
    schema: { tags: ['governance'], summary: 'A gate review with its checklist, deliverables and readiness', params: IdParams, response: { 200: S.GateReview, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getGateReview(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/gate-reviews/:id', {
    schema: { tags: ['governance'], summary: 'Answer the checklist, record waivers (approvers), change the note or approvers', ...versioned, params: IdParams, body: S.GateReviewUpdate, response: { 200: S.GateReview, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateGateReview(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/gate-reviews/:id/decision', {
    schema: { tags: ['governance'], summary: 'Decide the gate (its approvers): go, go with conditions, hold, recycle or stop', ...versioned, params: IdParams, body: S.GateDecisionBody, response: { 200: S.GateReview, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await decideGateReview(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/gate-reviews/:id/withdraw', {
    schema: { tags: ['governance'], summary: 'Withdraw an open gate review (the project’s manager, PMO, admin)', ...versioned, params: IdParams, response: { 200: S.GateReview, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await withdrawGateReview(contextOf(deps, request), request.params.id, expectedVersion(request))),
  });
}
