// Accounts (administrators) and the people directory (everyone signed in).
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../contracts/common.schema.ts';
import { User, UserCreate, UserListQuery, UserPage, UserUpdate } from '../../contracts/user.schema.ts';
import { PeoplePage, PeopleQuery } from '../../contracts/people.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createUser, getUser, listPeople, listUsers, updateUser } from '../../app/users/users.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, VersionedHeaders, listProblems, readProblems, typed } from './route-kit.ts';

export function userRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/users', {
    schema: { tags: ['users'], summary: 'List accounts (admin)', querystring: UserListQuery, response: { 200: UserPage, ...listProblems } },
    handler: async (request) => listUsers(contextOf(deps, request), request.query),
  });
  r.post('/api/v1/users', {
    schema: { tags: ['users'], summary: 'Create an account (admin)', body: UserCreate, response: { 201: User, ...createProblems } },
    handler: async (request, reply) => created(reply, '/api/v1/users', await createUser(contextOf(deps, request), request.body)),
  });
  r.get('/api/v1/users/:id', {
    schema: { tags: ['users'], summary: 'Read an account (admin, or yourself)', params: IdParams, response: { 200: User, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getUser(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/users/:id', {
    schema: {
      tags: ['users'],
      summary: 'Change an account: name, role, password, disabled (admin)',
      description: ifMatchHeader.description, headers: VersionedHeaders,
      params: IdParams,
      body: UserUpdate,
      response: { 200: User, ...changeProblems },
    },
    handler: async (request, reply) =>
      withEtag(reply, await updateUser(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.get('/api/v1/people', {
    schema: { tags: ['users'], summary: 'People directory for pickers (any signed-in user)', querystring: PeopleQuery, response: { 200: PeoplePage, ...listProblems } },
    handler: async (request) => listPeople(contextOf(deps, request), request.query),
  });
}
