// Earned value: one project's at a status date (figures, earned schedule, tasks, S-curve) and the
// roll-up of every project the reader sees. Both are computed live from schedules, timesheets,
// expenses and rates, so a screen showing them asks again (staleTime 0) rather than trust a cache.
// How a task earns and its estimate to complete, and the project's estimate to complete, are set
// under If-Match; a save refetches `evm.all` (and the project estimate the financials, `finance.all`).
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { PortfolioEvmQuery, ProjectEstimateBody, ProjectEvmQuery, TaskEarningBody } from './types.ts';

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
  taskEarning: (projectId: string, taskId: string) =>
    queryOptions({
      queryKey: queryKeys.evm.taskEarning(projectId, taskId),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/schedule/tasks/{taskId}/earning', { params: { path: { id: projectId, taskId } } })),
      staleTime: 0,
    }),
  estimate: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.evm.estimate(projectId),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/evm/estimate', { params: { path: { id: projectId } } })),
      staleTime: 0,
    }),
};

/** Keeps the last figures on screen while another status date or method loads. */
export const useProjectEvm = (projectId: string, query: ProjectEvmQuery) => useQuery({ ...evmQueries.project(projectId, query), placeholderData: keepPreviousData });
export const usePortfolioEvm = (query: PortfolioEvmQuery) => useQuery({ ...evmQueries.portfolio(query), placeholderData: keepPreviousData });

export const useTaskEarning = (projectId: string, taskId: string) => useQuery(evmQueries.taskEarning(projectId, taskId));

/**
 * Saves how a task earns (If-Match: the version read, 0 while the defaults apply); `id` is the
 * task's. An empty patch means nothing changed, which the dialogs never send.
 */
export function useSaveTaskEarning(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: TaskEarningBody | Record<string, never> }) =>
      unwrap(api.PUT('/api/v1/projects/{id}/schedule/tasks/{taskId}/earning', { params: { path: { id: projectId, taskId: id } }, headers: ifMatch(version), body: patch as TaskEarningBody })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.evm.all }),
  });
}

export const useProjectEstimate = (projectId: string) => useQuery(evmQueries.estimate(projectId));

/** Gives or withdraws (etc null) the project's estimate to complete (If-Match: the version read, 0 the first time); `id` is the project's. */
export function useSaveProjectEstimate(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, patch }: { id: string; version: number; patch: ProjectEstimateBody | Record<string, never> }) =>
      unwrap(api.PUT('/api/v1/projects/{id}/evm/estimate', { params: { path: { id: projectId } }, headers: ifMatch(version), body: patch as ProjectEstimateBody })),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.evm.all }), queryClient.invalidateQueries({ queryKey: queryKeys.finance.all })]),
  });
}
