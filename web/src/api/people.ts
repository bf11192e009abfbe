// The people directory: names for sponsorId/managerId/ownerId and the options of people pickers.
import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { fetchAllPages, indexById } from './pages.ts';
import { queryKeys } from './query-keys.ts';

export const peopleQueries = {
  directory: () =>
    queryOptions({
      queryKey: queryKeys.people.directory(),
      queryFn: () =>
        fetchAllPages((cursor) => unwrap(api.GET('/api/v1/people', { params: { query: { limit: 500, cursor } } }))),
      staleTime: 5 * 60_000,
    }),
};

/** Everyone, plus a map from id to person for showing names. */
export function usePeople() {
  const query = useQuery(peopleQueries.directory());
  const byId = useMemo(() => indexById(query.data), [query.data]);
  return { ...query, byId };
}
