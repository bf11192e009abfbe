// Strategic objectives: the whole list (short) and the PMO's new objectives.
import { useMemo } from 'react';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { fetchAllPages, indexById } from './pages.ts';
import { queryKeys } from './query-keys.ts';
import type { ObjectiveCreate } from './types.ts';

export const objectiveQueries = {
  all: () =>
    queryOptions({
      queryKey: queryKeys.objectives.list({}),
      queryFn: () =>
        fetchAllPages((cursor) => unwrap(api.GET('/api/v1/objectives', { params: { query: { limit: 200, cursor, sort: 'code' } } }))),
    }),
};

export function useObjectives() {
  const query = useQuery(objectiveQueries.all());
  const byId = useMemo(() => indexById(query.data), [query.data]);
  return { ...query, byId };
}

export function useCreateObjective() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ObjectiveCreate) => unwrap(api.POST('/api/v1/objectives', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.objectives.all }),
  });
}
