// Earned value: one project's at a status date (figures, earned schedule, tasks, S-curve) and the
// roll-up of every project the reader sees. Both are computed live from schedules, timesheets,
// expenses and rates, so a screen showing them asks again (staleTime 0) rather than trust a cache.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { PortfolioEvmQuery, ProjectEvmQuery } from './types.ts';

export const evmQueries = {
  project: (projectId: string, query: ProjectEvmQuery) =>
    queryOptions({
      queryKey: queryKeys.evm.project(projectId, query),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/evm', { params: { path: { id: projectId }, query } })),
      staleTime: 0,
    }),
  portfolio: (query: PortfolioEvmQuery) =>
    queryOptions({
      queryKey: queryKeys.evm.portfolio(query),
      queryFn: () => unwrap(api.GET('/api/v1/evm/portfolio', { params: { query } })),
      staleTime: 0,
    }),
};

/** Keeps the last figures on screen while another status date or method loads. */
export const useProjectEvm = (projectId: string, query: ProjectEvmQuery) => useQuery({ ...evmQueries.project(projectId, query), placeholderData: keepPreviousData });
export const usePortfolioEvm = (query: PortfolioEvmQuery) => useQuery({ ...evmQueries.portfolio(query), placeholderData: keepPreviousData });
