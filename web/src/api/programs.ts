// Programs: the programs of a portfolio (for its page and the project form's program picker).
import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { fetchAllPages, indexById } from './pages.ts';
import { queryKeys } from './query-keys.ts';

export const programQueries = {
  /** Every program, or those of one portfolio. */
  all: (portfolioId?: string) =>
    queryOptions({
      queryKey: queryKeys.programs.list(portfolioId ? { portfolioId } : {}),
      queryFn: () =>
        fetchAllPages((cursor) =>
          unwrap(api.GET('/api/v1/programs', { params: { query: { limit: 200, cursor, sort: 'code', portfolioId } } })),
        ),
    }),
};

export function usePrograms(portfolioId?: string, options: { enabled?: boolean } = {}) {
  const query = useQuery({ ...programQueries.all(portfolioId), enabled: options.enabled ?? true });
  const byId = useMemo(() => indexById(query.data), [query.data]);
  return { ...query, byId };
}
