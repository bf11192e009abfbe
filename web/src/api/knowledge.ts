// The knowledge base: the article list (searched by title and tags), one article, its history and a
// saved version, a project's guidance for its phase and gate, and writing articles (PMO). A save
// answers the fresh article, put in the cache; lists, history and guidance refetch.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { Article, ArticleCreate, ArticleListQuery, ArticleUpdate } from './types.ts';

export const knowledgeQueries = {
  list: (query: ArticleListQuery) =>
    queryOptions({ queryKey: queryKeys.knowledge.list(query), queryFn: () => unwrap(api.GET('/api/v1/knowledge/articles', { params: { query } })) }),
  article: (id: string) =>
    queryOptions({ queryKey: queryKeys.knowledge.article(id), queryFn: () => unwrap(api.GET('/api/v1/knowledge/articles/{id}', { params: { path: { id } } })) }),
  history: (id: string) =>
    queryOptions({ queryKey: queryKeys.knowledge.history(id), queryFn: () => unwrap(api.GET('/api/v1/knowledge/articles/{id}/versions', { params: { path: { id } } })) }),
  version: (id: string, version: number) =>
    queryOptions({
      queryKey: queryKeys.knowledge.version(id, version),
      queryFn: () => unwrap(api.GET('/api/v1/knowledge/articles/{id}/versions/{version}', { params: { path: { id, version } } })),
    }),
  guidance: (projectId: string, phaseKey?: string) =>
    queryOptions({
      queryKey: queryKeys.knowledge.guidance(projectId, phaseKey),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/guidance', { params: { path: { id: projectId }, query: phaseKey ? { phaseKey } : {} } })),
    }),
};

export const useArticles = (query: ArticleListQuery) => useQuery(knowledgeQueries.list(query));
export const useArticle = (id: string) => useQuery(knowledgeQueries.article(id));
export const useArticleHistory = (id: string) => useQuery(knowledgeQueries.history(id));
export const useArticleVersion = (id: string, version: number) => useQuery(knowledgeQueries.version(id, version));
export const useProjectGuidance = (projectId: string, phaseKey?: string) => useQuery(knowledgeQueries.guidance(projectId, phaseKey));

function useOnArticleChanged() {
  const queryClient = useQueryClient();
  return async (fresh: Article) => {
    queryClient.setQueryData(queryKeys.knowledge.article(fresh.id), fresh);
    await queryClient.invalidateQueries({ queryKey: queryKeys.knowledge.all, predicate: (q) => q.queryKey[2] !== fresh.id || q.queryKey[1] !== 'article' });
  };
}

export function useCreateArticle() {
  const onChanged = useOnArticleChanged();
  return useMutation({ mutationFn: (body: ArticleCreate) => unwrap(api.POST('/api/v1/knowledge/articles', { body })), onSuccess: onChanged });
}

export function useUpdateArticle(id: string) {
  const onChanged = useOnArticleChanged();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: ArticleUpdate }) =>
      unwrap(api.PATCH('/api/v1/knowledge/articles/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: onChanged,
  });
}
