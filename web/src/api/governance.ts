// Governance reads and the changes that are not gate reviews: the methodology library (names of
// phases everywhere in the app come from it), the PMO's operating model, a project's place in its
// lifecycle, and its deliverables. Gate reviews have their own hooks in gate-reviews.ts. The PMO
// saves a methodology whole (PUT under If-Match; "0" creates a key or first overrides a built-in).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { DeliverableCreate, DeliverableUpdate, MethodologyBody, OperatingModel } from './types.ts';

export const governanceQueries = {
  methodologies: () =>
    queryOptions({
      queryKey: queryKeys.governance.methodologies(),
      queryFn: async () => (await unwrap(api.GET('/api/v1/methodologies', {}))).items,
      staleTime: 5 * 60_000,
    }),
  methodology: (key: string) =>
    queryOptions({
      queryKey: queryKeys.governance.methodology(key),
      queryFn: () => unwrap(api.GET('/api/v1/methodologies/{key}', { params: { path: { key } } })),
    }),
  settings: () =>
    queryOptions({
      queryKey: queryKeys.governance.settings(),
      queryFn: () => unwrap(api.GET('/api/v1/settings/governance', {})),
    }),
  project: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.governance.project(projectId),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/governance', { params: { path: { id: projectId } } })),
    }),
  deliverables: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.governance.deliverables(projectId),
      queryFn: async () => (await unwrap(api.GET('/api/v1/projects/{id}/deliverables', { params: { path: { id: projectId } } }))).items,
    }),
};

export const useMethodologies = () => useQuery(governanceQueries.methodologies());
/** One methodology, fresh from the server (the editor's starting point); off while `key` is null. */
export const useMethodology = (key: string | null) => useQuery({ ...governanceQueries.methodology(key ?? ''), enabled: key !== null });
export const useGovernanceSettings = () => useQuery(governanceQueries.settings());
export const useProjectGovernance = (projectId: string) => useQuery(governanceQueries.project(projectId));
/** A project's deliverables; off for readers who may see a review but not its project (named approvers). */
export const useProjectDeliverables = (projectId: string, enabled = true) => useQuery({ ...governanceQueries.deliverables(projectId), enabled });

/** Refetches every governance query (a deliverable or a setting changes readiness everywhere). */
export function useOnGovernanceChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.governance.all });
}

export function useSetOperatingModel() {
  const queryClient = useQueryClient();
  const onChanged = useOnGovernanceChanged();
  return useMutation({
    mutationFn: ({ version, operatingModel }: { version: number; operatingModel: OperatingModel }) =>
      unwrap(api.PUT('/api/v1/settings/governance', { headers: ifMatch(version), body: { operatingModel } })),
    onSuccess: async (settings) => {
      queryClient.setQueryData(queryKeys.governance.settings(), settings);
      await onChanged();
    },
  });
}

export function useCreateDeliverable(projectId: string) {
  const onChanged = useOnGovernanceChanged();
  return useMutation({
    mutationFn: (body: DeliverableCreate) => unwrap(api.POST('/api/v1/projects/{id}/deliverables', { params: { path: { id: projectId } }, body })),
    onSuccess: () => onChanged(),
  });
}

export function useUpdateDeliverable() {
  const onChanged = useOnGovernanceChanged();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: DeliverableUpdate }) =>
      unwrap(api.PATCH('/api/v1/deliverables/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: () => onChanged(),
  });
}

/** Saves a whole methodology; every governance query refetches (phase names are shown everywhere). */
export function useSaveMethodology() {
  const onChanged = useOnGovernanceChanged();
  return useMutation({
    mutationFn: ({ key, version, body }: { key: string; version: number; body: MethodologyBody }) =>
      unwrap(api.PUT('/api/v1/methodologies/{key}', { params: { path: { key } }, headers: ifMatch(version), body })),
    onSuccess: () => onChanged(),
  });
}
