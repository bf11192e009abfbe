// A project's stakeholder register and its power–interest grid. A project's register is small, so
// it is read whole (every page) and filtered on the screen; the same list feeds the audience picker
// of the communication plan. A stakeholder's name and address show in the plan's recipients, so a
// change refetches the plan too.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { fetchAllPages } from './pages.ts';
import { queryKeys } from './query-keys.ts';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
export type Stakeholder = Schemas['Stakeholder'];
export type StakeholderGrid = Schemas['StakeholderGrid'];
export type StakeholderCreate = NonNullable<paths['/api/v1/projects/{id}/stakeholders']['post']['requestBody']>['content']['application/json'];
export type StakeholderUpdate = NonNullable<paths['/api/v1/stakeholders/{id}']['patch']['requestBody']>['content']['application/json'];
export type StakeholderCategory = Stakeholder['category'];
export type StakeholderStatus = Stakeholder['status'];
export type EngagementLevel = Stakeholder['engagementCurrent'];
export type Quadrant = Stakeholder['quadrant'];

export const stakeholderQueries = {
  /** Every stakeholder of the project, active or not. */
  project: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.stakeholders.project(projectId),
      queryFn: () =>
        fetchAllPages((cursor) => unwrap(api.GET('/api/v1/stakeholders', { params: { query: { projectId, limit: 200, cursor, sort: 'code' } } }))),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.stakeholders.detail(id),
      queryFn: () => unwrap(api.GET('/api/v1/stakeholders/{id}', { params: { path: { id } } })),
    }),
  grid: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.stakeholders.grid(projectId),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/stakeholder-grid', { params: { path: { id: projectId } } })),
    }),
};

export const useProjectStakeholders = (projectId: string) => useQuery(stakeholderQueries.project(projectId));
export const useStakeholder = (id: string) => useQuery(stakeholderQueries.detail(id));
export const useStakeholderGrid = (projectId: string) => useQuery(stakeholderQueries.grid(projectId));

/** After a change: the fresh stakeholder in the cache, the register, grid and communication plans refetched. */
function useOnStakeholderSaved() {
  const queryClient = useQueryClient();
  return async (saved: Stakeholder) => {
    queryClient.setQueryData(queryKeys.stakeholders.detail(saved.id), saved);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.stakeholders.all, predicate: (q) => q.queryKey[1] !== 'detail' }),
      queryClient.invalidateQueries({ queryKey: queryKeys.communications.all }),
    ]);
  };
}

export function useCreateStakeholder(projectId: string) {
  const onSaved = useOnStakeholderSaved();
  return useMutation({
    mutationFn: (body: StakeholderCreate) => unwrap(api.POST('/api/v1/projects/{id}/stakeholders', { params: { path: { id: projectId } }, body })),
    onSuccess: onSaved,
  });
}

export function useUpdateStakeholder() {
  const onSaved = useOnStakeholderSaved();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: StakeholderUpdate }) =>
      unwrap(api.PATCH('/api/v1/stakeholders/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: onSaved,
  });
}
