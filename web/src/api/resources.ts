// The resource pool: the filtered list, the filters' options, one resource with its calendar,
// availability and rates, and the PMO's changes. Every change refetches `resources.all`.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { LeaveCreate, ResourceCreate, ResourceListQuery, ResourceRateCreate, ResourceUpdate } from './types.ts';

export const resourceQueries = {
  list: (query: ResourceListQuery) => queryOptions({ queryKey: queryKeys.resources.list(query), queryFn: () => unwrap(api.GET('/api/v1/resources', { params: { query } })) }),
  facets: () => queryOptions({ queryKey: queryKeys.resources.facets(), queryFn: () => unwrap(api.GET('/api/v1/resource-facets', {})) }),
  detail: (id: string) => queryOptions({ queryKey: queryKeys.resources.detail(id), queryFn: () => unwrap(api.GET('/api/v1/resources/{id}', { params: { path: { id } } })) }),
  calendar: (id: string) => queryOptions({ queryKey: queryKeys.resources.calendar(id), queryFn: () => unwrap(api.GET('/api/v1/resources/{id}/calendar', { params: { path: { id } } })) }),
  availability: (id: string, from: string, to: string) =>
    queryOptions({ queryKey: queryKeys.resources.availability(id, from, to), queryFn: () => unwrap(api.GET('/api/v1/resources/{id}/availability', { params: { path: { id }, query: { from, to } } })) }),
  rates: (id: string) => queryOptions({ queryKey: queryKeys.resources.rates(id), queryFn: () => unwrap(api.GET('/api/v1/resources/{id}/rates', { params: { path: { id } } })), retry: false }),
};

export const useResources = (query: ResourceListQuery) => useQuery(resourceQueries.list(query));
export const useResourceFacets = () => useQuery(resourceQueries.facets());
export const useResource = (id: string | null) => useQuery({ ...resourceQueries.detail(id ?? ''), enabled: id !== null });
export const useResourceCalendar = (id: string, enabled: boolean) => useQuery({ ...resourceQueries.calendar(id), enabled });
export const useResourceAvailability = (id: string, from: string, to: string, enabled: boolean) => useQuery({ ...resourceQueries.availability(id, from, to), enabled });
export const useResourceRates = (id: string, enabled: boolean) => useQuery({ ...resourceQueries.rates(id), enabled });

function useOnPoolChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.resources.all });
}

export function useCreateResource() {
  const onChanged = useOnPoolChanged();
  return useMutation({ mutationFn: (body: ResourceCreate) => unwrap(api.POST('/api/v1/resources', { body })), onSuccess: onChanged });
}

export function useUpdateResource() {
  const onChanged = useOnPoolChanged();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: ResourceUpdate }) =>
      unwrap(api.PATCH('/api/v1/resources/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: onChanged,
  });
}

export function useAddLeave(id: string) {
  const onChanged = useOnPoolChanged();
  return useMutation({ mutationFn: (body: LeaveCreate) => unwrap(api.POST('/api/v1/resources/{id}/leave', { params: { path: { id } }, body })), onSuccess: onChanged });
}

export function useCreateResourceRate(id: string) {
  const onChanged = useOnPoolChanged();
  return useMutation({ mutationFn: (body: ResourceRateCreate) => unwrap(api.POST('/api/v1/resources/{id}/rates', { params: { path: { id } }, body })), onSuccess: onChanged });
}
