// The knowledge-base operations for the access and contract matrices (spread into CASES by
// route-cases.ts): everyone reads published articles and their history, the PMO and administrators
// write them, and a project's guidance is read by those who read the project.
import { ALL, REGISTER_EDITORS, type Case, type Env, type Role } from './route-case-kit.ts';
import { makeProject, systemContext } from './register-fixtures.ts';
import { createArticle } from '../../src/app/knowledge/article-commands.ts';

const PROJECT_READERS: Role[] = ['admin', 'pmo', 'executive', 'manager'];

const published = (e: Env) => createArticle(systemContext(e.deps), {
  title: 'Matrix standard', kind: 'standard', status: 'published', summary: '', body: '# Matrix\n\nText.', tags: ['matrix'], reviewDueOn: null,
  links: [{ methodologyKey: 'predictive', phaseKey: 'initiate', gateKey: null }],
});

export const KNOWLEDGE_CASES: Case[] = [
  { route: 'GET /api/v1/knowledge/articles', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/knowledge/articles' }) },
  {
    route: 'POST /api/v1/knowledge/articles', allowed: REGISTER_EDITORS, mutates: true,
    request: async () => ({ method: 'POST', url: '/api/v1/knowledge/articles', body: { title: 'New guideline', kind: 'guideline', body: 'Do this.' } }),
  },
  { route: 'GET /api/v1/knowledge/articles/:id', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/knowledge/articles/${(await published(e)).id}` }) },
  {
    route: 'PATCH /api/v1/knowledge/articles/:id', allowed: REGISTER_EDITORS, mutates: true, versioned: true,
    request: async (e) => ({ method: 'PATCH', url: `/api/v1/knowledge/articles/${(await published(e)).id}`, body: { body: 'Revised.', changeNote: 'Tightened' }, ifMatch: 1 }),
  },
  { route: 'GET /api/v1/knowledge/articles/:id/versions', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/knowledge/articles/${(await published(e)).id}/versions` }) },
  { route: 'GET /api/v1/knowledge/articles/:id/versions/:version', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/knowledge/articles/${(await published(e)).id}/versions/1` }) },
  {
    route: 'GET /api/v1/projects/:id/guidance', allowed: PROJECT_READERS, mutates: false,
    request: async (e) => {
      await published(e);
      const p = await makeProject(e.deps, { name: 'Guided project', portfolioId: e.reg.portfolioId, managerId: e.cast.manager.user.id });
      return { method: 'GET', url: `/api/v1/projects/${p.id}/guidance` };
    },
  },
];
