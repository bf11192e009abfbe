// Scoring and selection: the PMO's scoring models (with the AHP preview), a project's (or a
// request's) score, a
// portfolio's ranking and weights what-if, its selection settings and the optimiser. What-if and
// optimise compute without saving, so they are mutations the page triggers, never cached.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { OptimiseBody, ScoreBody, ScoringModelBody, SelectionSettingsBody } from './types.ts';

export const scoringQueries = {
  models: () => queryOptions({ queryKey: queryKeys.scoring.models(), queryFn: () => unwrap(api.GET('/api/v1/scoring-models', {})) }),
  score: (projectId: string, model: string) =>
    queryOptions({ queryKey: queryKeys.scoring.score(projectId, model), queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/scores/{modelKey}', { params: { path: { id: projectId, modelKey: model } } })) }),
  requestScore: (requestId: string, model: string) =>
    queryOptions({ queryKey: queryKeys.scoring.requestScore(requestId, model), queryFn: () => unwrap(api.GET('/api/v1/requests/{id}/scores/{modelKey}', { params: { path: { id: requestId, modelKey: model } } })) }),
  ranking: (portfolioId: string, model: string) =>
    queryOptions({ queryKey: queryKeys.scoring.ranking(portfolioId, model), queryFn: () => unwrap(api.GET('/api/v1/portfolios/{id}/ranking', { params: { path: { id: portfolioId }, query: { model } } })) }),
  settings: (portfolioId: string) =>
    queryOptions({ queryKey: queryKeys.scoring.settings(portfolioId), queryFn: () => unwrap(api.GET('/api/v1/portfolios/{id}/selection-settings', { params: { path: { id: portfolioId } } })) }),
};

export const useScoringModels = () => useQuery(scoringQueries.models());
export const useProjectScore = (projectId: string, model = 'default') => useQuery(scoringQueries.score(projectId, model));
export const useRequestScore = (requestId: string, model = 'default') => useQuery(scoringQueries.requestScore(requestId, model));
export const useRanking = (portfolioId: string, model = 'default') => useQuery(scoringQueries.ranking(portfolioId, model));
export const useSelectionSettings = (portfolioId: string) => useQuery(scoringQueries.settings(portfolioId));

export function useSaveScoringModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, version, body }: { key: string; version: number; body: ScoringModelBody }) =>
      unwrap(api.PUT('/api/v1/scoring-models/{key}', { params: { path: { key } }, headers: ifMatch(version), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.scoring.all }),
  });
}

export const useAhpPreview = () =>
  useMutation({ mutationFn: (body: { labels: string[]; upper: number[][] }) => unwrap(api.POST('/api/v1/scoring/ahp-preview', { body })) });

/** Saves the score of a project or, with subjectType 'request', of a project request. */
export function useSaveScore(subjectId: string, model = 'default', subjectType: 'project' | 'request' = 'project') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: ScoreBody }) => {
      const params = { path: { id: subjectId, modelKey: model } };
      return subjectType === 'request'
        ? unwrap(api.PUT('/api/v1/requests/{id}/scores/{modelKey}', { params, headers: ifMatch(version), body }))
        : unwrap(api.PUT('/api/v1/projects/{id}/scores/{modelKey}', { params, headers: ifMatch(version), body }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.scoring.all }),
  });
}

export const useWeightsWhatIf = (portfolioId: string) =>
  useMutation({ mutationFn: (body: { model: string; weights: Record<string, number> }) => unwrap(api.POST('/api/v1/portfolios/{id}/ranking/what-if', { params: { path: { id: portfolioId } }, body })) });

export const useOptimise = (portfolioId: string) =>
  useMutation({ mutationFn: (body: OptimiseBody) => unwrap(api.POST('/api/v1/portfolios/{id}/optimise', { params: { path: { id: portfolioId } }, body })) });

export function useSaveSelectionSettings(portfolioId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: SelectionSettingsBody }) =>
      unwrap(api.PUT('/api/v1/portfolios/{id}/selection-settings', { params: { path: { id: portfolioId } }, headers: ifMatch(version), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.scoring.settings(portfolioId) }),
  });
}
