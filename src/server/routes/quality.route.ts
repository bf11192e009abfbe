// Quality assurance reviews: the PMO's library of review types, reviews of a project (planned,
// answered, completed, closed), and their findings followed up until a reviewer closes them.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/quality.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { listReviewTypes, saveReviewType } from '../../app/quality/review-type-library.ts';
import { createQualityReview, updateQualityReview } from '../../app/quality/review-commands.ts';
import { getQualityReview, listQualityReviews } from '../../app/quality/review-queries.ts';
import { createFinding, getFinding, listFindings, updateFinding } from '../../app/quality/finding-commands.ts';
import { exportFindings, exportQualityReviews } from '../../app/quality/quality-export.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, sendFile, SPREADSHEET_TYPES, typed, VersionedHeaders } from './route-kit.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };
const tags = ['quality'];

export function qualityRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/review-types', {
    schema: { tags, summary: 'The review types: built-in checklists (health check, schedule quality, quality audit, closure readiness) and the PMO’s own', querystring: z.object({}).strict(), response: { 200: S.ReviewTypeList, ...listProblems } },
    handler: async (request) => listReviewTypes(contextOf(deps, request)),
  });
  r.put('/api/v1/review-types/:key', {
    schema: { tags, summary: 'Create (If-Match "0") or replace a review type (PMO, admin)', ...versioned, params: S.ReviewTypeParams, body: S.ReviewTypeBody, response: { 200: S.ReviewType, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await saveReviewType(contextOf(deps, request), request.params.key, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/projects/:id/reviews', {
    schema: { tags, summary: 'Plan a quality review of a project (its manager, PMO, admin)', params: IdParams, body: S.QualityReviewCreate, response: { 201: S.QualityReview, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => created(reply, '/api/v1/reviews', await createQualityReview(contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/reviews', {
    schema: { tags, summary: 'Quality reviews across the projects you can see and those you review, latest planned first', querystring: S.QualityReviewListQuery, response: { 200: S.QualityReviewPage, ...listProblems } },
    handler: async (request) => listQualityReviews(contextOf(deps, request), request.query),
  });
  r.get('/api/v1/reviews/export', {
    schema: { tags, summary: 'Quality reviews with score and RAG as a spreadsheet (XLSX or CSV)', querystring: S.QualityReviewExportQuery, produces: SPREADSHEET_TYPES, response: { ...listProblems } },
    handler: async (request, reply) => sendFile(reply, await exportQualityReviews(contextOf(deps, request), request.query)),
  });
  r.get('/api/v1/findings/export', {
    schema: { tags, summary: 'The findings follow-up list as a spreadsheet (XLSX or CSV)', querystring: S.FindingExportQuery, produces: SPREADSHEET_TYPES, response: { ...listProblems } },
    handler: async (request, reply) => sendFile(reply, await exportFindings(contextOf(deps, request), request.query)),
  });
  r.get('/api/v1/reviews/:id', {
    schema: { tags, summary: 'A quality review with its checklist, answers, score and RAG', params: IdParams, response: { 200: S.QualityReview, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getQualityReview(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/reviews/:id', {
    schema: { tags, summary: 'Answer the checklist, change the review or move its status (its reviewers, PMO, admin); completing needs every question answered', ...versioned, params: IdParams, body: S.QualityReviewUpdate, response: { 200: S.QualityReview, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateQualityReview(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/reviews/:id/findings', {
    schema: { tags, summary: 'Record a finding of a review (its reviewers, PMO, admin)', params: IdParams, body: S.FindingCreate, response: { 201: S.Finding, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => created(reply, '/api/v1/findings', await createFinding(contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/findings', {
    schema: { tags, summary: 'The follow-up list: findings across the projects you can see (by default those not closed), with overdue flags', querystring: S.FindingListQuery, response: { 200: S.FindingPage, ...listProblems } },
    handler: async (request) => listFindings(contextOf(deps, request), request.query),
  });
  r.get('/api/v1/findings/:id', {
    schema: { tags, summary: 'A finding with its corrective actions', params: IdParams, response: { 200: S.Finding, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getFinding(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/findings/:id', {
    schema: { tags, summary: 'Work a finding (its owner and the team, up to resolved) or verify and close it (the review’s reviewers, PMO, admin)', ...versioned, params: IdParams, body: S.FindingUpdate, response: { 200: S.Finding, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateFinding(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
}
