// Projects and their teams.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.schema.ts';
import {
  Project,
  ProjectCreate,
  ProjectListQuery,
  ProjectMemberList,
  ProjectMemberParams,
  ProjectMemberSet,
  ProjectPage,
  ProjectSummary,
  ProjectSummaryQuery,
  ProjectUpdate,
} from '../../contracts/project.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createProject, getProject, setProjectArchived, updateProject } from '../../app/projects/project-commands.ts';
import { listProjects } from '../../app/projects/project-queries.ts';
import { summariseProjects } from '../../app/projects/project-summary.ts';
import { listProjectMembers, removeProjectMember, setProjectMember } from '../../app/projects/project-members.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, VersionedHeaders, listProblems, readProblems, typed } from './route-kit.ts';

export function projectRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/projects', {
    schema: { tags: ['projects'], summary: 'List projects you may see (search, filter, sort, cursor pages)', querystring: ProjectListQuery, response: { 200: ProjectPage, ...listProblems } },
    handler: async (request) => listProjects(contextOf(deps, request), request.query),
  });
  r.get('/api/v1/projects/summary', {
    schema: { tags: ['projects'], summary: 'Counts of the projects you may see (not archived): total, by status, phase, priority and portfolio', querystring: ProjectSummaryQuery, response: { 200: ProjectSummary, ...listProblems } },
    handler: async (request) => summariseProjects(contextOf(deps, request), request.query),
  });
  r.post('/api/v1/projects', {
    schema: { tags: ['projects'], summary: 'Create a project (PMO, admin)', body: ProjectCreate, response: { 201: Project, ...createProblems } },
    handler: async (request, reply) => created(reply, '/api/v1/projects', await createProject(contextOf(deps, request), request.body)),
  });
  r.get('/api/v1/projects/:id', {
    schema: { tags: ['projects'], summary: 'Read a project', params: IdParams, response: { 200: Project, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getProject(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/projects/:id', {
    schema: {
      tags: ['projects'],
      summary: 'Change a project (PMO, admin, or its manager for everything but its place in the register and its sponsor/manager)',
      description: ifMatchHeader.description, headers: VersionedHeaders,
      params: IdParams,
      body: ProjectUpdate,
      response: { 200: Project, ...changeProblems },
    },
    handler: async (request, reply) => withEtag(reply, await updateProject(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  for (const [action, archived] of [['archive', true], ['restore', false]] as const) {
    r.post(`/api/v1/projects/:id/${action}`, {
      schema: { tags: ['projects'], summary: `${action === 'archive' ? 'Archive' : 'Restore'} a project (PMO, admin)`, description: ifMatchHeader.description, headers: VersionedHeaders, params: IdParams, response: { 200: Project, ...changeProblems } },
      handler: async (request, reply) => withEtag(reply, await setProjectArchived(contextOf(deps, request), request.params.id, expectedVersion(request), archived)),
    });
  }
  r.get('/api/v1/projects/:id/members', {
    schema: { tags: ['projects'], summary: 'The project’s team and their project roles', params: IdParams, response: { 200: ProjectMemberList, ...readProblems } },
    handler: async (request) => ({ items: await listProjectMembers(contextOf(deps, request), request.params.id) }),
  });
  r.put('/api/v1/projects/:id/members/:userId', {
    schema: { tags: ['projects'], summary: 'Add a person to the team or change their project role (PMO, admin, project manager)', params: ProjectMemberParams, body: ProjectMemberSet, response: { 200: ProjectMemberList, ...changeProblems } },
    handler: async (request) => ({ items: await setProjectMember(contextOf(deps, request), request.params.id, request.params.userId, request.body.role) }),
  });
  r.delete('/api/v1/projects/:id/members/:userId', {
    schema: { tags: ['projects'], summary: 'Remove a person from the team (PMO, admin, project manager)', params: ProjectMemberParams, response: { 204: z.undefined(), ...readProblems } },
    handler: async (request, reply) => {
      await removeProjectMember(contextOf(deps, request), request.params.id, request.params.userId);
      return reply.code(204).send();
    },
  });
}
