// PMO maturity: the model, the assessments list (with scores per dimension for the trend and the
// radar chart) and one assessment; opening, changing and closing one (PMO) and answering it (its
// respondents). A change answers the fresh assessment, put in the cache; the list refetches.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { MaturityAssessment, MaturityAssessmentCreate, MaturityAssessmentUpdate } from './types.ts';

export const maturityQueries = {
  model: () => queryOptions({ queryKey: queryKeys.maturity.model(), queryFn: () => unwrap(api.GET('/api/v1/maturity/model', {})), staleTime: 5 * 60_000 }),
  list: () => queryOptions({ queryKey: queryKeys.maturity.list(), queryFn: () => unwrap(api.GET('/api/v1/maturity/assessments', {})) }),
  assessment: (id: string) =>
    queryOptions({ queryKey: queryKeys.maturity.assessment(id), queryFn: () => unwrap(api.GET('/api/v1/maturity/assessments/{id}', { params: { path: { id } } })) }),
};

export const useMaturityModel = () => useQuery(maturityQueries.model());
export const useMaturityAssessments = () => useQuery(maturityQueries.list());
export const useMaturityAssessment = (id: string) => useQuery(maturityQueries.assessment(id));

function useOnAssessmentChanged() {
  const queryClient = useQueryClient();
  return async (fresh: MaturityAssessment) => {
    queryClient.setQueryData(queryKeys.maturity.assessment(fresh.id), fresh);
    await queryClient.invalidateQueries({ queryKey: queryKeys.maturity.list() });
  };
}

export function useCreateMaturityAssessment() {
  const onChanged = useOnAssessmentChanged();
  return useMutation({
    mutationFn: (body: MaturityAssessmentCreate) => unwrap(api.POST('/api/v1/maturity/assessments', { body })),
    onSuccess: onChanged,
  });
}

export function useUpdateMaturityAssessment(id: string) {
  const onChanged = useOnAssessmentChanged();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: MaturityAssessmentUpdate }) =>
      unwrap(api.PATCH('/api/v1/maturity/assessments/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: onChanged,
  });
}

export function useAnswerMaturityAssessment(id: string) {
  const onChanged = useOnAssessmentChanged();
  return useMutation({
    mutationFn: (answers: Record<string, number | null>) => unwrap(api.PUT('/api/v1/maturity/assessments/{id}/answers', { params: { path: { id } }, body: { answers } })),
    onSuccess: onChanged,
  });
}
