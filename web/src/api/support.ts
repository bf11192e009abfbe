// The PMO support desk: the queue (with times against the service levels), raising a request, and
// the PMO working one (assign, take up, resolve, reopen, close under If-Match).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { SupportQueueQuery, SupportRequestCreate, SupportRequestUpdate } from './types.ts';

export const supportQueries = {
  queue: (query: SupportQueueQuery) => queryOptions({ queryKey: queryKeys.support.queue(query), queryFn: () => unwrap(api.GET('/api/v1/support/requests', { params: { query } })) }),
  levels: () => queryOptions({ queryKey: queryKeys.support.levels(), queryFn: () => unwrap(api.GET('/api/v1/support/service-levels', {})), staleTime: 5 * 60_000 }),
};

export const useSupportQueue = (query: SupportQueueQuery) => useQuery(supportQueries.queue(query));
export const useServiceLevels = () => useQuery(supportQueries.levels());

export function useRaiseSupportRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SupportRequestCreate) => unwrap(api.POST('/api/v1/support/requests', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.support.all }),
  });
}

export function useUpdateSupportRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: SupportRequestUpdate }) =>
      unwrap(api.PATCH('/api/v1/support/requests/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.support.all }),
  });
}
