// A project's communication plan as the server orders it (overdue first, paused last), one item
// to edit, and "record done", which moves the next due date on. Every change refetches the plans.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
export type Communication = Schemas['Communication'];
export type CommunicationPlan = Schemas['CommunicationPlan'];
export type Recipient = Communication['recipients'][number];
export type CommunicationCreate = NonNullable<paths['/api/v1/projects/{id}/communications']['post']['requestBody']>['content']['application/json'];
export type CommunicationUpdate = NonNullable<paths['/api/v1/communications/{id}']['patch']['requestBody']>['content']['application/json'];
export type CommunicationType = Communication['type'];
export type Frequency = Communication['frequency'];
export type Channel = Communication['channel'];
export type CommunicationStatus = Communication['status'];
export type DueState = Communication['dueState'];

export const communicationQueries = {
  plan: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.communications.plan(projectId),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/communication-plan', { params: { path: { id: projectId } } })),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.communications.detail(id),
      queryFn: () => unwrap(api.GET('/api/v1/communications/{id}', { params: { path: { id } } })),
    }),
};

export const useCommunicationPlan = (projectId: string) => useQuery(communicationQueries.plan(projectId));
export const useCommunication = (id: string) => useQuery(communicationQueries.detail(id));

function useOnCommunicationSaved() {
  const queryClient = useQueryClient();
  return async (saved: Communication) => {
    queryClient.setQueryData(queryKeys.communications.detail(saved.id), saved);
    await queryClient.invalidateQueries({ queryKey: queryKeys.communications.all, predicate: (q) => q.queryKey[1] !== 'detail' });
  };
}

export function useCreateCommunication(projectId: string) {
  const onSaved = useOnCommunicationSaved();
  return useMutation({
    mutationFn: (body: CommunicationCreate) => unwrap(api.POST('/api/v1/projects/{id}/communications', { params: { path: { id: projectId } }, body })),
    onSuccess: onSaved,
  });
}

export function useUpdateCommunication() {
  const onSaved = useOnCommunicationSaved();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: CommunicationUpdate }) =>
      unwrap(api.PATCH('/api/v1/communications/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: onSaved,
  });
}

/** Records that the item went out (`on`, else today on the server): its next due date moves on. */
export function useRecordCommunicationDone() {
  const onSaved = useOnCommunicationSaved();
  return useMutation({
    mutationFn: ({ id, version, on }: { id: string; version: number; on?: string | undefined }) =>
      unwrap(api.POST('/api/v1/communications/{id}/done', { params: { path: { id } }, headers: ifMatch(version), body: on ? { on } : {} })),
    onSuccess: onSaved,
  });
}
