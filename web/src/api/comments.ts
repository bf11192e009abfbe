// Comment threads (on a project, risk, issue, change request or status report) and the people
// search the composer offers after an `@`. A thread reads oldest first a page at a time; any
// change refetches the thread it belongs to. Keys live here, as the meetings module keeps its own.
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
export type Comment = Schemas['Comment'];
export type CommentSubjectType = Comment['subjectType'];
export type CommentSaved = paths['/api/v1/comments/{id}']['patch']['responses'][200]['content']['application/json'];

export interface CommentSubject {
  readonly projectId: string;
  readonly subjectType: CommentSubjectType;
  readonly subjectId: string;
}

const PAGE_SIZE = 50;

export const commentKeys = {
  all: ['comments'] as const,
  thread: (s: CommentSubject) => ['comments', 'thread', s.projectId, s.subjectType, s.subjectId] as const,
  people: (q: string) => ['people', 'search', q] as const,
};

export const commentQueries = {
  thread: (s: CommentSubject) =>
    infiniteQueryOptions({
      queryKey: commentKeys.thread(s),
      queryFn: ({ pageParam }) =>
        unwrap(api.GET('/api/v1/projects/{id}/comments', { params: { path: { id: s.projectId }, query: { subjectType: s.subjectType, subjectId: s.subjectId, limit: PAGE_SIZE, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
};

export const useCommentThread = (s: CommentSubject) => useInfiniteQuery(commentQueries.thread(s));

/** People whose name or address contains `q`, for the composer's @ suggestions (null: not asking). */
export function usePeopleSearch(q: string | null) {
  return useQuery({
    queryKey: commentKeys.people(q ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/people', { params: { query: { q: q || undefined, limit: 8 } } })),
    enabled: q !== null,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

function useRefetchThread(s: CommentSubject) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: commentKeys.thread(s) });
}

export function useAddComment(s: CommentSubject) {
  const refetch = useRefetchThread(s);
  return useMutation({
    mutationFn: (body: string) => unwrap(api.POST('/api/v1/projects/{id}/comments', { params: { path: { id: s.projectId } }, body: { subjectType: s.subjectType, subjectId: s.subjectId, body } })),
    onSuccess: () => refetch(),
  });
}

export function useEditComment(s: CommentSubject) {
  const refetch = useRefetchThread(s);
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string; version: number; body: string }) =>
      unwrap(api.PATCH('/api/v1/comments/{id}', { params: { path: { id } }, headers: ifMatch(version), body: { body } })),
    onSettled: () => refetch(),
  });
}

export function useRemoveComment(s: CommentSubject) {
  const refetch = useRefetchThread(s);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => unwrap(api.DELETE('/api/v1/comments/{id}', { params: { path: { id } }, headers: ifMatch(version) })),
    onSettled: () => refetch(),
  });
}
