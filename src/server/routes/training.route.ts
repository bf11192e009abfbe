// Training and competencies: the competency framework, the course catalogue, recording training,
// certifications and assessments, a person's training, the competency matrix of a role's holders and
// who needs which training.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/training.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getCompetencyFramework, setCompetencyFramework } from '../../app/training/competency-framework-setting.ts';
import { assessCompetency, createCourse, recordCertification, recordTraining, updateCourse } from '../../app/training/training-commands.ts';
import { getCompetencyMatrix, getPersonTraining, getTrainingNeeds, listCourses } from '../../app/training/training-queries.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };
const tags = ['training'];
const Made = z.object({ id: z.uuid() });
const Assessed = Made.extend({ by: z.enum(['self', 'pmo']) });
const none = z.object({}).strict();

export function trainingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/training/framework', {
    schema: { tags, summary: 'The competencies the PMO assesses and each role\'s required levels', querystring: none, response: { 200: S.CompetencyFramework, ...listProblems } },
    handler: async (request, reply) => withEtag(reply, await getCompetencyFramework(contextOf(deps, request))),
  });
  r.put('/api/v1/training/framework', {
    schema: { tags, summary: 'Replace the competency framework (PMO, admin)', ...versioned, body: S.CompetencyFrameworkBody, response: { 200: S.CompetencyFramework, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setCompetencyFramework(contextOf(deps, request), expectedVersion(request), request.body)),
  });
  r.get('/api/v1/training/courses', {
    schema: { tags, summary: 'The training catalogue', querystring: S.CourseListQuery, response: { 200: S.CourseList, ...listProblems } },
    handler: async (request) => listCourses(contextOf(deps, request), request.query.includeArchived === 'true'),
  });
  r.post('/api/v1/training/courses', {
    schema: { tags, summary: 'Add a course to the catalogue (PMO, admin)', body: S.CourseCreate, response: { 201: S.Course, ...createProblems } },
    handler: async (request, reply) => created(reply, '/api/v1/training/courses', await createCourse(contextOf(deps, request), request.body)),
  });
  r.patch('/api/v1/training/courses/:id', {
    schema: { tags, summary: 'Change or archive a course (PMO, admin)', ...versioned, params: IdParams, body: S.CourseUpdate, response: { 200: S.Course, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateCourse(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/training/records', {
    schema: { tags, summary: 'Record a course a person completed, with the score (PMO, admin)', body: S.TrainingRecordCreate, response: { 201: Made, ...createProblems } },
    handler: async (request, reply) => reply.code(201).send(await recordTraining(contextOf(deps, request), request.body)),
  });
  r.post('/api/v1/training/certifications', {
    schema: { tags, summary: 'Record a certification a person holds, with its expiry (PMO, admin)', body: S.CertificationCreate, response: { 201: Made, ...createProblems } },
    handler: async (request, reply) => reply.code(201).send(await recordCertification(contextOf(deps, request), request.body)),
  });
  r.post('/api/v1/training/assessments', {
    schema: { tags, summary: 'Assess a competency: your own (self), or anyone\'s as the PMO', body: S.AssessmentCreate, response: { 201: Assessed, ...createProblems } },
    handler: async (request, reply) => reply.code(201).send(await assessCompetency(contextOf(deps, request), request.body)),
  });
  r.get('/api/v1/training/people/:id', {
    schema: { tags, summary: 'A person\'s training: courses, certifications, assessments, levels and needs (yourself; everyone for the PMO and executives)', params: IdParams, response: { 200: S.PersonTraining, ...readProblems } },
    handler: async (request) => getPersonTraining(contextOf(deps, request), request.params.id),
  });
  r.get('/api/v1/training/matrix', {
    schema: { tags, summary: 'The holders of a role (project managers unless asked) × competencies with levels and where each comes from', querystring: S.CompetencyMatrixQuery, response: { 200: S.CompetencyMatrix, ...listProblems } },
    handler: async (request) => getCompetencyMatrix(contextOf(deps, request), request.query),
  });
  r.get('/api/v1/training/needs', {
    schema: { tags, summary: 'Who needs which training, why, and the courses that would meet it', querystring: none, response: { 200: S.TrainingNeeds, ...listProblems } },
    handler: async (request) => getTrainingNeeds(contextOf(deps, request)),
  });
}
