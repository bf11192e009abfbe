// Resource levelling of a project or a portfolio: the preview (a POST that writes nothing, so a
// mutation the dialog runs on demand), levelling and clearing, after which the schedules, the
// assignments' dates and capacity are refetched.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from './schema';
import { api, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';

type Schemas = components['schemas'];
export type LevellingResult = Schemas['LevellingResult'];
export type LevelledTaskMove = LevellingResult['moved'][number];
export interface LevellingOptions {
  from?: string;
  mode: 'rule' | 'optimise';
}

/** Everything levelling may have moved. */
function useRefetchLevelled() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([queryKeys.schedules.all, queryKeys.assignments.all, ['capacity']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  };
}

export function useLevellingPreview(scope: 'project' | 'portfolio', id: string) {
  return useMutation({
    mutationFn: (body: LevellingOptions) =>
      scope === 'project'
        ? unwrap(api.POST('/api/v1/projects/{id}/levelling/preview', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/portfolios/{id}/levelling/preview', { params: { path: { id } }, body })),
  });
}

export function useLevel(scope: 'project' | 'portfolio', id: string) {
  const refetch = useRefetchLevelled();
  return useMutation({
    mutationFn: (body: LevellingOptions) =>
      scope === 'project'
        ? unwrap(api.POST('/api/v1/projects/{id}/levelling', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/portfolios/{id}/levelling', { params: { path: { id } }, body })),
    onSuccess: refetch,
  });
}

export function useClearLevelling(projectId: string) {
  const refetch = useRefetchLevelled();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/projects/{id}/levelling', { params: { path: { id: projectId } } })),
    onSuccess: refetch,
  });
}
