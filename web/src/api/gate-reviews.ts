// Gate reviews from request to decision, and the approval queue. Every change answers the whole
// review, which goes straight into the cache; a decision also moves the project (its phase or
// status) and writes its decision log and actions, so it refetches projects and RAID logs too.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { GateDecisionBody, GateReview, GateReviewListQuery, GateReviewRequest, GateReviewUpdate } from './types.ts';

export const gateReviewQueries = {
  list: (query: GateReviewListQuery) =>
    queryOptions({
      queryKey: queryKeys.governance.reviews(query),
      queryFn: () => unwrap(api.GET('/api/v1/gate-reviews', { params: { query } })),
    }),
  /** My approval queue; the navbar's count reads the same query. */
  awaitingMe: () => gateReviewQueries.list({ awaitingMe: 'true', limit: 200 }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.governance.review(id),
      queryFn: () => unwrap(api.GET('/api/v1/gate-reviews/{id}', { params: { path: { id } } })),
    }),
};

export const useGateReviews = (query: GateReviewListQuery) => useQuery(gateReviewQueries.list(query));
export const useAwaitingMyDecision = () => useQuery({ ...gateReviewQueries.awaitingMe(), refetchInterval: 60_000 });
export const useGateReview = (id: string) => useQuery(gateReviewQueries.detail(id));

/** The fresh review in the cache, then every other governance query (and, after a decision, more). */
function useOnReviewChanged() {
  const queryClient = useQueryClient();
  return async (review: GateReview, decided = false) => {
    queryClient.setQueryData(queryKeys.governance.review(review.id), review);
    const refetch = [
      queryClient.invalidateQueries({
        queryKey: queryKeys.governance.all,
        predicate: (q) => !(q.queryKey[1] === 'review' && q.queryKey[2] === review.id),
      }),
    ];
    if (decided) refetch.push(queryClient.invalidateQueries({ queryKey: queryKeys.projects.all }), queryClient.invalidateQueries({ queryKey: queryKeys.raid.all }));
    await Promise.all(refetch);
  };
}

export function useRequestGateReview(projectId: string) {
  const onChanged = useOnReviewChanged();
  return useMutation({
    mutationFn: (body: GateReviewRequest) => unwrap(api.POST('/api/v1/projects/{id}/gate-reviews', { params: { path: { id: projectId } }, body })),
    onSuccess: (review) => onChanged(review),
  });
}

export function useUpdateGateReview(id: string) {
  const onChanged = useOnReviewChanged();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: GateReviewUpdate }) =>
      unwrap(api.PATCH('/api/v1/gate-reviews/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: (review) => onChanged(review),
  });
}

export function useDecideGateReview(id: string) {
  const onChanged = useOnReviewChanged();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: GateDecisionBody }) =>
      unwrap(api.POST('/api/v1/gate-reviews/{id}/decision', { params: { path: { id } }, headers: ifMatch(version), body })),
    onSuccess: (review) => onChanged(review, true),
  });
}

export function useWithdrawGateReview(id: string) {
  const onChanged = useOnReviewChanged();
  return useMutation({
    mutationFn: ({ version }: { version: number }) =>
      unwrap(api.POST('/api/v1/gate-reviews/{id}/withdraw', { params: { path: { id } }, headers: ifMatch(version) })),
    onSuccess: (review) => onChanged(review),
  });
}
