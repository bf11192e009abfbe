// Scenario planning: a portfolio's scenarios, one scenario with its projects, the comparison with
// the live portfolio, and the PMO's changes (each under If-Match, answering the scenario as it now
// is; the lists and comparisons are refetched).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
export type Scenario = Schemas['Scenario'];
export type ScenarioComparison = Schemas['ScenarioComparison'];
export type ScenarioProjectChange = NonNullable<paths['/api/v1/scenarios/{id}/projects/{projectId}']['put']['requestBody']>['content']['application/json'];

export const scenarioQueries = {
  list: (portfolioId: string) =>
    queryOptions({ queryKey: queryKeys.scenarios.list(portfolioId), queryFn: () => unwrap(api.GET('/api/v1/portfolios/{id}/scenarios', { params: { path: { id: portfolioId } } })) }),
  detail: (id: string) => queryOptions({ queryKey: queryKeys.scenarios.detail(id), queryFn: () => unwrap(api.GET('/api/v1/scenarios/{id}', { params: { path: { id } } })) }),
  comparison: (portfolioId: string, query: { scenarioIds?: string; quarters?: number }) =>
    queryOptions({
      queryKey: queryKeys.scenarios.comparison(portfolioId, query),
      queryFn: () => unwrap(api.GET('/api/v1/portfolios/{id}/scenario-comparison', { params: { path: { id: portfolioId }, query } })),
    }),
};

export const useScenarios = (portfolioId: string | undefined) => useQuery({ ...scenarioQueries.list(portfolioId ?? ''), enabled: Boolean(portfolioId) });
export const useScenario = (id: string) => useQuery(scenarioQueries.detail(id));
export const useScenarioComparison = (portfolioId: string | undefined, query: { scenarioIds?: string; quarters?: number }) =>
  useQuery({ ...scenarioQueries.comparison(portfolioId ?? '', query), enabled: Boolean(portfolioId) });

function useRefetchScenarios() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.scenarios.all });
}

export function useCreateScenario(portfolioId: string) {
  const refetch = useRefetchScenarios();
  return useMutation({
    mutationFn: (body: { name: string; description?: string }) => unwrap(api.POST('/api/v1/portfolios/{id}/scenarios', { params: { path: { id: portfolioId } }, body: { description: '', ...body } })),
    onSuccess: refetch,
  });
}

export function useSetScenarioProject() {
  const refetch = useRefetchScenarios();
  return useMutation({
    mutationFn: ({ id, projectId, version, body }: { id: string; projectId: string; version: number; body: ScenarioProjectChange }) =>
      unwrap(api.PUT('/api/v1/scenarios/{id}/projects/{projectId}', { params: { path: { id, projectId } }, headers: ifMatch(version), body })),
    onSuccess: refetch,
  });
}

export function useResetScenarioProject() {
  const refetch = useRefetchScenarios();
  return useMutation({
    mutationFn: ({ id, projectId, version }: { id: string; projectId: string; version: number }) =>
      unwrap(api.DELETE('/api/v1/scenarios/{id}/projects/{projectId}', { params: { path: { id, projectId } }, headers: ifMatch(version) })),
    onSuccess: refetch,
  });
}
