// PMO maturity: the model, assessments opened by the PMO, answered by the people it asks, scored per
// dimension with the change since the last one and the steps toward the PMO's targets.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/maturity.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getMaturityModel, setMaturityModel } from '../../app/maturity/maturity-model-setting.ts';
import { answerMaturityAssessment, createMaturityAssessment, updateMaturityAssessment } from '../../app/maturity/maturity-commands.ts';
import { getMaturityAssessment, listMaturityAssessments } from '../../app/maturity/maturity-queries.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };
const tags = ['maturity'];

export function maturityRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/maturity/model', {
    schema: { tags, summary: 'The maturity model new assessments are taken on (the built-in one until the PMO saves its own)', querystring: z.object({}).strict(), response: { 200: S.MaturityModel, ...listProblems } },
    handler: async (request, reply) => withEtag(reply, await getMaturityModel(contextOf(deps, request))),
  });
  r.put('/api/v1/maturity/model', {
    schema: { tags, summary: 'Replace the maturity model (PMO, admin); assessments already opened keep theirs', ...versioned, body: S.MaturityModelBody, response: { 200: S.MaturityModel, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setMaturityModel(contextOf(deps, request), expectedVersion(request), request.body)),
  });
  r.get('/api/v1/maturity/assessments', {
    schema: { tags, summary: 'Maturity assessments you may see, latest first, with their scores per dimension', querystring: z.object({}).strict(), response: { 200: S.MaturityAssessmentList, ...listProblems } },
    handler: async (request) => listMaturityAssessments(contextOf(deps, request)),
  });
  r.post('/api/v1/maturity/assessments', {
    schema: { tags, summary: 'Open a maturity assessment on today\'s model and name who answers (PMO, admin)', body: S.MaturityAssessmentCreate, response: { 201: S.MaturityAssessment, ...createProblems } },
    handler: async (request, reply) => created(reply, '/api/v1/maturity/assessments', await createMaturityAssessment(contextOf(deps, request), request.body)),
  });
  r.get('/api/v1/maturity/assessments/:id', {
    schema: { tags, summary: 'An assessment with its questions, your answers, scores, change since the last one and improvement steps', params: IdParams, response: { 200: S.MaturityAssessment, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getMaturityAssessment(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/maturity/assessments/:id', {
    schema: { tags, summary: 'Rename, change respondents or targets, close or reopen an assessment (PMO, admin)', ...versioned, params: IdParams, body: S.MaturityAssessmentUpdate, response: { 200: S.MaturityAssessment, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateMaturityAssessment(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.put('/api/v1/maturity/assessments/:id/answers', {
    schema: { tags, summary: 'Give or replace your answers to an open assessment you are asked to answer', params: IdParams, body: S.MaturityAnswersBody, response: { 200: S.MaturityAssessment, ...changeProblems } },
    handler: async (request) => answerMaturityAssessment(contextOf(deps, request), request.params.id, request.body),
  });
}
