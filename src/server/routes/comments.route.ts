// Comment threads on a project and on its risks, issues, change requests and status reports:
// read and add (whoever may read the project), edit one's own, remove (author, PMO, admin).
import type { FastifyInstance } from 'fastify';
import { IdParams, Problem } from '../../contracts/common.schema.ts';
import * as C from '../../contracts/comment.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { addComment, editComment, removeComment } from '../../app/comments/comment-commands.ts';
import { getComment, listComments } from '../../app/comments/comment-queries.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const tags = ['comments'];
const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };

export function commentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/projects/:id/comments', {
    schema: {
      tags,
      summary: 'The comment thread on the project or one of its risks, issues, change requests or status reports, oldest first (anyone who may read the project)',
      params: IdParams,
      querystring: C.CommentListQuery,
      response: { 200: C.CommentPage, ...readProblems, 422: Problem },
    },
    handler: async (request) => listComments(contextOf(deps, request), request.params.id, request.query),
  });
  r.post('/api/v1/projects/:id/comments', {
    schema: {
      tags,
      summary: 'Comment on the project or one of its items; @e-mail mentions notify people who may read the project (anyone who may read it)',
      params: IdParams,
      body: C.CommentCreate,
      response: { 201: C.CommentSaved, ...createProblems, 404: readProblems[404] },
    },
    handler: async (request, reply) => created(reply, '/api/v1/comments', await addComment(contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/comments/:id', {
    schema: { tags, summary: 'One comment (anyone who may read its project)', params: IdParams, response: { 200: C.Comment, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getComment(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/comments/:id', {
    schema: { tags, summary: 'Change the text of your comment; only people newly mentioned are notified (its author)', ...versioned, params: IdParams, body: C.CommentUpdate, response: { 200: C.CommentSaved, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await editComment(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.delete('/api/v1/comments/:id', {
    schema: { tags, summary: 'Remove a comment: the thread keeps its place as “comment removed” (its author, PMO, admin)', ...versioned, params: IdParams, response: { 200: C.Comment, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await removeComment(contextOf(deps, request), request.params.id, expectedVersion(request))),
  });
}
