// Portfolios: the whole (short) list, one portfolio, and the PMO's changes to them.
import { useMemo } from 'react';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { fetchAllPages, indexById } from './pages.ts';
import { queryKeys } from './query-keys.ts';
import type { PortfolioCreate, PortfolioUpdate } from './types.ts';

export const portfolioQueries = {
  all: (includeArchived = false) =>
    queryOptions({
      queryKey: queryKeys.portfolios.list({ includeArchived: includeArchived ? 'true' : 'false' }),
      queryFn: () =>
        fetchAllPages((cursor) =>
          unwrap(api.GET('/api/v1/portfolios', {
            params: { query: { limit: 200, cursor, sort: 'code', includeArchived: includeArchived ? 'true' : 'false' } },
          })),
        ),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.portfolios.detail(id),
      queryFn: () => unwrap(api.GET('/api/v1/portfolios/{id}', { params: { path: { id } } })),
    }),
};

export function usePortfolios(includeArchived = false) {
  const query = useQuery(portfolioQueries.all(includeArchived));
  const byId = useMemo(() => indexById(query.data), [query.data]);
  return { ...query, byId };
}

export const usePortfolio = (id: string) => useQuery(portfolioQueries.detail(id));

export function useCreatePortfolio() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PortfolioCreate) => unwrap(api.POST('/api/v1/portfolios', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.portfolios.all }),
  });
}

export function useUpdatePortfolio(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: PortfolioUpdate }) =>
      unwrap(api.PATCH('/api/v1/portfolios/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: (portfolio) => {
      queryClient.setQueryData(queryKeys.portfolios.detail(id), portfolio);
      return queryClient.invalidateQueries({ queryKey: queryKeys.portfolios.all });
    },
  });
}
