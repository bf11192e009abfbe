// Closure and lessons learned: a project's closure report (figures computed from its data, frozen
// on submission; narrative; the PMO's review), the lessons repository with ranked full-text search,
// and the lessons suggested to a project as it starts.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.schema.ts';
import * as C from '../../contracts/closure.schema.ts';
import * as L from '../../contracts/lesson.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createClosureReport, getClosureFigures, getProjectClosureReport, reviewClosureReport, submitClosureReport, updateClosureReport } from '../../app/lessons/closure-commands.ts';
import { createLesson, updateLesson } from '../../app/lessons/lesson-commands.ts';
import { searchLessons } from '../../app/lessons/lesson-search.ts';
import { getLesson } from '../../app/lessons/lesson-store.ts';
import { lessonSuggestions } from '../../app/lessons/lesson-suggestions.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };
const closure = ['closure'];
const lessons = ['lessons'];

export function lessonsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/projects/:id/closure-figures', {
    schema: { tags: closure, summary: 'The figures a closure report of the project shows today: schedule and cost variance, scope changes, risks that happened', params: IdParams, response: { 200: C.ClosureFigures, ...readProblems } },
    handler: async (request) => getClosureFigures(contextOf(deps, request), request.params.id),
  });
  r.get('/api/v1/projects/:id/closure-report', {
    schema: { tags: closure, summary: 'The project\'s closure report: live figures while a draft, frozen once submitted', params: IdParams, response: { 200: C.ClosureReport, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getProjectClosureReport(contextOf(deps, request), request.params.id)),
  });
  r.post('/api/v1/projects/:id/closure-report', {
    schema: { tags: closure, summary: 'Start the project\'s closure report (its manager, PMO, admin); a project has one', params: IdParams, body: C.ClosureReportCreate, response: { 201: C.ClosureReport, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => {
      const report = await createClosureReport(contextOf(deps, request), request.params.id, request.body);
      return created(reply, `/api/v1/projects/${request.params.id}/closure-report`, report);
    },
  });
  r.patch('/api/v1/closure-reports/:id', {
    schema: { tags: closure, summary: 'Write a draft closure report\'s narrative (its manager, PMO, admin)', ...versioned, params: IdParams, body: C.ClosureReportUpdate, response: { 200: C.ClosureReport, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateClosureReport(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/closure-reports/:id/submit', {
    schema: { tags: closure, summary: 'Submit the closure report to the PMO, freezing its figures (its manager, PMO, admin)', ...versioned, params: IdParams, body: C.ClosureReportSubmit, response: { 200: C.ClosureReport, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await submitClosureReport(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/closure-reports/:id/review', {
    schema: { tags: closure, summary: 'Accept a submitted closure report, or send it back with what to change (PMO, admin)', ...versioned, params: IdParams, body: C.ClosureReportReview, response: { 200: C.ClosureReport, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await reviewClosureReport(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });

  r.get('/api/v1/lessons', {
    schema: { tags: lessons, summary: 'Search the lessons learned: ranked full-text matches with marked snippets, or the latest without q', querystring: L.LessonSearchQuery, response: { 200: L.LessonSearchResult, ...listProblems } },
    handler: async (request) => searchLessons(contextOf(deps, request), request.query),
  });
  r.post('/api/v1/lessons', {
    schema: { tags: lessons, summary: 'Record a lesson from a closure report, retrospective meeting or gate review (the project\'s team, PMO, admin)', body: L.LessonCreate, response: { 201: L.Lesson, ...createProblems } },
    handler: async (request, reply) => created(reply, '/api/v1/lessons', await createLesson(contextOf(deps, request), request.body)),
  });
  r.get('/api/v1/lessons/:id', {
    schema: { tags: lessons, summary: 'A lesson learned', params: IdParams, response: { 200: L.Lesson, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getLesson(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/lessons/:id', {
    schema: { tags: lessons, summary: 'Reword a proposed lesson (its team), or accept it and build it into a standard (PMO, admin)', ...versioned, params: IdParams, body: L.LessonUpdate, response: { 200: L.Lesson, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateLesson(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.get('/api/v1/projects/:id/lesson-suggestions', {
    schema: { tags: lessons, summary: 'Accepted lessons of other projects relevant to this one (methodology, tags, objectives, similar words), most relevant first', params: IdParams, querystring: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }).strict(), response: { 200: L.LessonSuggestions, ...readProblems } },
    handler: async (request) => lessonSuggestions(contextOf(deps, request), request.params.id, request.query.limit),
  });
}
