// Resources on a project's tasks and requests for people. The project's assignments are read once
// for the whole schedule (the task grid's Resources column and the dialog share them); every change
// refetches them with the finance figures their planned cost feeds.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { AssignmentCreate, AssignmentUpdate, ResourceRequestCreate } from './types.ts';

export const assignmentQueries = {
  project: (projectId: string) => queryOptions({ queryKey: queryKeys.assignments.project(projectId), queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/assignments', { params: { path: { id: projectId } } })) }),
  requests: (status: 'open' | 'filled' | 'declined') => queryOptions({ queryKey: queryKeys.assignments.requests(status), queryFn: () => unwrap(api.GET('/api/v1/resource-requests', { params: { query: { status } } })) }),
};

export const useProjectAssignments = (projectId: string) => useQuery(assignmentQueries.project(projectId));
export const useResourceRequests = (status: 'open' | 'filled' | 'declined') => useQuery(assignmentQueries.requests(status));

function useOnChanged() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.assignments.all }), queryClient.invalidateQueries({ queryKey: queryKeys.evm.all })]);
}

const path = (projectId: string, taskId: string, assignmentId: string) => ({ path: { id: projectId, taskId, assignmentId } });

export function useAddAssignment(projectId: string, taskId: string) {
  const onChanged = useOnChanged();
  return useMutation({ mutationFn: (body: AssignmentCreate) => unwrap(api.POST('/api/v1/projects/{id}/schedule/tasks/{taskId}/assignments', { params: { path: { id: projectId, taskId } }, body })), onSuccess: onChanged });
}

export function useUpdateAssignment(projectId: string, taskId: string) {
  const onChanged = useOnChanged();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: AssignmentUpdate }) =>
      unwrap(api.PATCH('/api/v1/projects/{id}/schedule/tasks/{taskId}/assignments/{assignmentId}', { params: path(projectId, taskId, id), headers: ifMatch(version), body: patch })),
    onSuccess: onChanged,
  });
}

export function useRemoveAssignment(projectId: string, taskId: string) {
  const onChanged = useOnChanged();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => unwrap(api.DELETE('/api/v1/projects/{id}/schedule/tasks/{taskId}/assignments/{assignmentId}', { params: path(projectId, taskId, id), headers: ifMatch(version) })),
    onSuccess: onChanged,
  });
}

export function useReplaceAssignment(projectId: string, taskId: string) {
  const onChanged = useOnChanged();
  return useMutation({
    mutationFn: ({ id, version, resourceId }: { id: string; version: number; resourceId: string }) =>
      unwrap(api.POST('/api/v1/projects/{id}/schedule/tasks/{taskId}/assignments/{assignmentId}/replace', { params: path(projectId, taskId, id), headers: ifMatch(version), body: { resourceId } })),
    onSuccess: onChanged,
  });
}

/**
 * Asks the PMO for a person to take a role assignment's place; the assignment then shows the open
 * request. Refetched after a refusal too: the usual one is that someone else asked first.
 */
export function useRequestPerson(projectId: string, taskId: string) {
  const onChanged = useOnChanged();
  return useMutation({
    mutationFn: ({ assignmentId, body }: { assignmentId: string; body: ResourceRequestCreate }) =>
      unwrap(api.POST('/api/v1/projects/{id}/schedule/tasks/{taskId}/assignments/{assignmentId}/requests', { params: path(projectId, taskId, assignmentId), body })),
    onSettled: onChanged,
  });
}

export function useFillRequest() {
  const onChanged = useOnChanged();
  return useMutation({
    mutationFn: ({ id, version, resourceId }: { id: string; version: number; resourceId: string }) => unwrap(api.POST('/api/v1/resource-requests/{id}/fill', { params: { path: { id } }, headers: ifMatch(version), body: { resourceId } })),
    onSuccess: onChanged,
  });
}

export function useDeclineRequest() {
  const onChanged = useOnChanged();
  return useMutation({
    mutationFn: ({ id, version, reason }: { id: string; version: number; reason: string }) => unwrap(api.POST('/api/v1/resource-requests/{id}/decline', { params: { path: { id } }, headers: ifMatch(version), body: { reason } })),
    onSuccess: onChanged,
  });
}
