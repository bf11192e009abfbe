// PMO policies and compliance: the breaches of every project the reader sees (or one project's),
// the policy library with the rule kinds' parameter descriptions, and the PMO's changes to it.
// Compliance is computed live from RAID logs, schedules and deliverables, so it is never taken
// from the cache as fresh: each screen that shows it asks the server again.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { ComplianceQuery, PolicyBody } from './types.ts';

export const complianceQueries = {
  view: (query: ComplianceQuery) =>
    queryOptions({
      queryKey: queryKeys.compliance.view(query),
      queryFn: () => unwrap(api.GET('/api/v1/compliance', { params: { query } })),
      staleTime: 0,
    }),
  policies: () =>
    queryOptions({
      queryKey: queryKeys.compliance.policies(),
      queryFn: () => unwrap(api.GET('/api/v1/policies', {})),
    }),
};

export const useCompliance = (query: ComplianceQuery) => useQuery(complianceQueries.view(query));
export const usePolicies = () => useQuery(complianceQueries.policies());

/** Saves a policy (version 0 creates or first overrides a built-in); every compliance view refetches. */
export function useSavePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, version, body }: { key: string; version: number; body: PolicyBody }) =>
      unwrap(api.PUT('/api/v1/policies/{key}', { params: { path: { key } }, headers: ifMatch(version), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.compliance.all }),
  });
}
