// The knowledge base: articles searched by title and tags, written by the PMO with every save kept as
// a version, and the guidance a project finds for its phase and the gate ending it.
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/knowledge.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createArticle, updateArticle } from '../../app/knowledge/article-commands.ts';
import { getArticle, getArticleHistory, getArticleVersion, getProjectGuidance, listArticles } from '../../app/knowledge/article-queries.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };
const tags = ['knowledge'];

export function knowledgeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/knowledge/articles', {
    schema: { tags, summary: 'Knowledge-base articles you may read, searched by title and tags (drafts and retired ones for the PMO)', querystring: S.ArticleListQuery, response: { 200: S.ArticleList, ...listProblems } },
    handler: async (request) => listArticles(contextOf(deps, request), request.query),
  });
  r.post('/api/v1/knowledge/articles', {
    schema: { tags, summary: 'Write an article, optionally linked to methodology phases and gates (PMO, admin)', body: S.ArticleCreate, response: { 201: S.Article, ...createProblems } },
    handler: async (request, reply) => created(reply, '/api/v1/knowledge/articles', await createArticle(contextOf(deps, request), request.body)),
  });
  r.get('/api/v1/knowledge/articles/:id', {
    schema: { tags, summary: 'An article with its Markdown text and where it is linked', params: IdParams, response: { 200: S.Article, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getArticle(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/knowledge/articles/:id', {
    schema: { tags, summary: 'Save a change to an article, keeping the previous version; publish or retire it (PMO, admin)', ...versioned, params: IdParams, body: S.ArticleUpdate, response: { 200: S.Article, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateArticle(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.get('/api/v1/knowledge/articles/:id/versions', {
    schema: { tags, summary: 'An article\'s history: every saved version, latest first', params: IdParams, response: { 200: S.ArticleHistory, ...readProblems } },
    handler: async (request) => getArticleHistory(contextOf(deps, request), request.params.id),
  });
  r.get('/api/v1/knowledge/articles/:id/versions/:version', {
    schema: { tags, summary: 'An article as it was saved at one version', params: S.ArticleVersionParams, response: { 200: S.ArticleVersion, ...readProblems } },
    handler: async (request) => getArticleVersion(contextOf(deps, request), request.params.id, request.params.version),
  });
  r.get('/api/v1/projects/:id/guidance', {
    schema: { tags, summary: 'Guidance for a project: published articles linked to its phase and the gate ending it', params: IdParams, querystring: S.ProjectGuidanceQuery, response: { 200: S.ProjectGuidance, ...readProblems } },
    handler: async (request) => getProjectGuidance(contextOf(deps, request), request.params.id, request.query.phaseKey),
  });
}
