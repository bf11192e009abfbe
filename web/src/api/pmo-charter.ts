// The PMO charter (everyone reads it; the PMO saves it whole under If-Match), and raising an
// improvement step of a maturity assessment as an action of the PMO's roadmap project.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { PmoCharterBody } from './types.ts';

export const usePmoCharter = () => useQuery({ queryKey: queryKeys.pmoCharter(), queryFn: () => unwrap(api.GET('/api/v1/pmo/charter', {})) });

export function useSavePmoCharter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: PmoCharterBody }) => unwrap(api.PUT('/api/v1/pmo/charter', { headers: ifMatch(version), body })),
    onSuccess: (charter) => queryClient.setQueryData(queryKeys.pmoCharter(), charter),
  });
}

export function useRaiseImprovementAction(assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (questionKey: string) => unwrap(api.POST('/api/v1/maturity/assessments/{id}/actions', { params: { path: { id: assessmentId } }, body: { questionKey } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.maturity.assessment(assessmentId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.pmoCharter() });
    },
  });
}
