// Project templates: the PMO's library (each with its methodology and what it holds), one template,
// and creating a project from one, which answers the project and what was made with it (tasks,
// links, risks, documents …); that answer is kept in the cache for the new project's page. The PMO
// saves a template whole (PUT under If-Match; "0" creates a key or overrides a built-in).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { ProjectFromTemplate, ProjectFromTemplateResult, TemplateBody } from './types.ts';

export const templateQueries = {
  all: () =>
    queryOptions({
      queryKey: queryKeys.templates.all,
      queryFn: () => unwrap(api.GET('/api/v1/templates', {})),
      staleTime: 5 * 60_000,
    }),
  detail: (key: string) =>
    queryOptions({
      queryKey: queryKeys.templates.detail(key),
      queryFn: () => unwrap(api.GET('/api/v1/templates/{key}', { params: { path: { key } } })),
      staleTime: 5 * 60_000,
    }),
};

export const useTemplates = (enabled = true) => useQuery({ ...templateQueries.all(), enabled });
export const useTemplate = (key: string | null) => useQuery({ ...templateQueries.detail(key ?? ''), enabled: key !== null });

/** What a project was created with, if it was created from a template in this session. */
export const useCreatedFromTemplate = (projectId: string) =>
  useQuery<ProjectFromTemplateResult | null>({ queryKey: queryKeys.templates.created(projectId), queryFn: () => null, enabled: false, staleTime: Infinity, gcTime: Infinity });

export function useCreateProjectFromTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectFromTemplate) => unwrap(api.POST('/api/v1/projects/from-template', { body })),
    onSuccess: async (result) => {
      queryClient.setQueryData(queryKeys.templates.created(result.project.id), result);
      queryClient.setQueryData(queryKeys.projects.detail(result.project.id), result.project);
      await queryClient.invalidateQueries({ queryKey: queryKeys.projects.all, predicate: (q) => !(q.queryKey[1] === 'detail' && q.queryKey[2] === result.project.id) });
    },
  });
}

/** Forgets the "created from a template" note once its reader closes it. */
export function useDismissCreatedFromTemplate(projectId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.removeQueries({ queryKey: queryKeys.templates.created(projectId), exact: true });
}

/** Saves a whole template; the library and the template refetch. */
export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, version, body }: { key: string; version: number; body: TemplateBody }) =>
      unwrap(api.PUT('/api/v1/templates/{key}', { params: { path: { key } }, headers: ifMatch(version), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.templates.all, predicate: (q) => q.queryKey[1] !== 'created' }),
  });
}
