// Project templates: the PMO's library of starting points, and creating a project from one.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import * as S from '../../contracts/template.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getTemplate, listTemplates, saveTemplate } from '../../app/templates/template-library.ts';
import { createProjectFromTemplate } from '../../app/templates/project-from-template.ts';
import { contextOf, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const NoQuery = z.object({}).strict();

export function templateRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/templates', {
    schema: { tags: ['templates'], summary: 'The project template library: built-in templates and the PMO’s own', querystring: NoQuery, response: { 200: S.TemplateList, ...listProblems } },
    handler: async (request) => listTemplates(contextOf(deps, request)),
  });
  r.get('/api/v1/templates/:key', {
    schema: { tags: ['templates'], summary: 'A project template: its WBS, starting registers and documents', params: S.TemplateParams, response: { 200: S.ProjectTemplate, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getTemplate(contextOf(deps, request), request.params.key)),
  });
  r.put('/api/v1/templates/:key', {
    schema: {
      tags: ['templates'],
      summary: 'Create (If-Match "0") or replace a project template (PMO, admin)',
      description: `${ifMatchHeader.description} The template is checked whole: problems name the WBS row or item, in errors.`,
      headers: VersionedHeaders,
      params: S.TemplateParams,
      body: S.TemplateBody,
      response: { 200: S.ProjectTemplate, ...changeProblems },
    },
    handler: async (request, reply) => withEtag(reply, await saveTemplate(contextOf(deps, request), request.params.key, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/projects/from-template', {
    schema: {
      tags: ['projects', 'templates'],
      summary: 'Create a project from a template (PMO, admin): the project, its schedule, starting registers and draft documents, all or nothing',
      body: S.ProjectFromTemplate,
      response: { 201: S.ProjectFromTemplateResult, ...createProblems },
    },
    handler: async (request, reply) => {
      const result = await createProjectFromTemplate(contextOf(deps, request), request.body);
      reply.header('location', `/api/v1/projects/${result.project.id}`);
      withEtag(reply, result.project);
      return reply.code(201).send(result);
    },
  });
}
