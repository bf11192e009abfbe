// Quality reviews: the review types, a project's reviews, one review with its checklist, score and
// RAG, its findings and the cross-project follow-up list, and the corrective actions of a finding
// (RAID actions whose source is the finding). Changes answer the fresh record, put in the cache;
// the lists refetch. A finding's change may close or reopen its review, so reviews refetch too.
// The PMO saves a review type whole (PUT under If-Match; "0" creates a key or overrides a built-in).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { fetchAllPages } from './pages.ts';
import { queryKeys } from './query-keys.ts';
import type { FindingCreate, FindingListQuery, FindingUpdate, QualityReviewCreate, QualityReviewListQuery, QualityReviewUpdate, ReviewTypeBody } from './types.ts';

export const qualityQueries = {
  types: () =>
    queryOptions({
      queryKey: queryKeys.quality.types(),
      queryFn: () => unwrap(api.GET('/api/v1/review-types', {})),
      staleTime: 5 * 60_000,
    }),
  reviews: (query: QualityReviewListQuery) =>
    queryOptions({
      queryKey: queryKeys.quality.reviews(query),
      queryFn: () => fetchAllPages((cursor) => unwrap(api.GET('/api/v1/reviews', { params: { query: { limit: 200, ...query, cursor } } }))),
    }),
  review: (id: string) =>
    queryOptions({
      queryKey: queryKeys.quality.review(id),
      queryFn: () => unwrap(api.GET('/api/v1/reviews/{id}', { params: { path: { id } } })),
    }),
  findings: (query: FindingListQuery) =>
    queryOptions({
      queryKey: queryKeys.quality.findings(query),
      queryFn: () => fetchAllPages((cursor) => unwrap(api.GET('/api/v1/findings', { params: { query: { limit: 200, ...query, cursor } } })), 10),
    }),
  finding: (id: string) =>
    queryOptions({
      queryKey: queryKeys.quality.finding(id),
      queryFn: () => unwrap(api.GET('/api/v1/findings/{id}', { params: { path: { id } } })),
    }),
};

export const useReviewTypes = () => useQuery(qualityQueries.types());
export const useReviews = (query: QualityReviewListQuery) => useQuery(qualityQueries.reviews(query));
export const useReview = (id: string | null) => useQuery({ ...qualityQueries.review(id ?? ''), enabled: id !== null });
export const useFindings = (query: FindingListQuery) => useQuery(qualityQueries.findings(query));
export const useFinding = (id: string | null) => useQuery({ ...qualityQueries.finding(id ?? ''), enabled: id !== null });

/** Refetches every quality list and record, except the fresh one just put in the cache. */
function useOnQualityChanged() {
  const queryClient = useQueryClient();
  return async (fresh: { key: readonly unknown[]; value: unknown }) => {
    queryClient.setQueryData(fresh.key, fresh.value);
    const [, kind, id] = fresh.key;
    await queryClient.invalidateQueries({ queryKey: queryKeys.quality.all, predicate: (q) => !(q.queryKey[1] === kind && q.queryKey[2] === id) && q.queryKey[1] !== 'types' });
  };
}

export function useCreateReview(projectId: string) {
  const onChanged = useOnQualityChanged();
  return useMutation({
    mutationFn: (body: QualityReviewCreate) => unwrap(api.POST('/api/v1/projects/{id}/reviews', { params: { path: { id: projectId } }, body })),
    onSuccess: (review) => onChanged({ key: queryKeys.quality.review(review.id), value: review }),
  });
}

export function useUpdateReview(id: string) {
  const onChanged = useOnQualityChanged();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: QualityReviewUpdate }) =>
      unwrap(api.PATCH('/api/v1/reviews/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: (review) => onChanged({ key: queryKeys.quality.review(review.id), value: review }),
  });
}

export function useCreateFinding(reviewId: string) {
  const onChanged = useOnQualityChanged();
  return useMutation({
    mutationFn: (body: FindingCreate) => unwrap(api.POST('/api/v1/reviews/{id}/findings', { params: { path: { id: reviewId } }, body })),
    onSuccess: (finding) => onChanged({ key: queryKeys.quality.finding(finding.id), value: finding }),
  });
}

export function useUpdateFinding(id: string) {
  const onChanged = useOnQualityChanged();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: FindingUpdate }) =>
      unwrap(api.PATCH('/api/v1/findings/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: (finding) => onChanged({ key: queryKeys.quality.finding(finding.id), value: finding }),
  });
}

/** A corrective action of a finding: a RAID action of its project whose source is the finding. */
export function useCreateCorrectiveAction(projectId: string, findingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; ownerId: string | null; dueDate: string | null }) =>
      unwrap(api.POST('/api/v1/projects/{id}/actions', { params: { path: { id: projectId } }, body: { ...body, sourceType: 'review', sourceId: findingId } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.quality.finding(findingId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.quality.all });
      await queryClient.invalidateQueries({ queryKey: queryKeys.raid.all });
    },
  });
}

/** Saves a whole review type; the library (and every "plan a review" picker) refetches. */
export function useSaveReviewType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, version, body }: { key: string; version: number; body: ReviewTypeBody }) =>
      unwrap(api.PUT('/api/v1/review-types/{key}', { params: { path: { key } }, headers: ifMatch(version), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.quality.types() }),
  });
}
