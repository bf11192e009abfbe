// The dashboards: the portfolio dashboard (filtered), one program's view and "my work". Their
// figures are computed live from every log, so a screen showing them always asks the server again
// (staleTime 0) instead of trusting a cache another screen's change may have outdated.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { DashboardQuery } from './types.ts';

export const dashboardQueries = {
  portfolio: (query: DashboardQuery) =>
    queryOptions({
      queryKey: queryKeys.dashboard.portfolio(query),
      queryFn: () => unwrap(api.GET('/api/v1/dashboard/portfolio', { params: { query } })),
      staleTime: 0,
    }),
  program: (id: string) =>
    queryOptions({
      queryKey: queryKeys.dashboard.program(id),
      queryFn: () => unwrap(api.GET('/api/v1/dashboard/programs/{id}', { params: { path: { id } } })),
      staleTime: 0,
    }),
  myWork: () =>
    queryOptions({
      queryKey: queryKeys.dashboard.myWork(),
      queryFn: () => unwrap(api.GET('/api/v1/dashboard/my-work', {})),
      staleTime: 0,
    }),
};

/** Keeps the last figures on screen while a new filter loads, so the page does not flash empty. */
export const usePortfolioDashboard = (query: DashboardQuery) => useQuery({ ...dashboardQueries.portfolio(query), placeholderData: keepPreviousData });
export const useProgramDashboard = (id: string) => useQuery(dashboardQueries.program(id));
export const useMyWork = () => useQuery(dashboardQueries.myWork());
