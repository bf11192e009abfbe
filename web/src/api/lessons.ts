// Closure reports and lessons learned: a project's closure report (live figures while a draft),
// writing, submitting and reviewing it; the lessons search with ranked snippets, one lesson and its
// curation by the PMO; and the lessons suggested to a project. A change puts the fresh record in the
// cache and refetches the lists it appears in.
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { ClosureReport, ClosureReportUpdate, Lesson, LessonSearch, LessonUpdate } from './types.ts';

export const lessonQueries = {
  search: (query: LessonSearch) =>
    queryOptions({ queryKey: queryKeys.lessons.search(query), queryFn: () => unwrap(api.GET('/api/v1/lessons', { params: { query } })), placeholderData: keepPreviousData }),
  detail: (id: string) => queryOptions({ queryKey: queryKeys.lessons.detail(id), queryFn: () => unwrap(api.GET('/api/v1/lessons/{id}', { params: { path: { id } } })) }),
  suggestions: (projectId: string) =>
    queryOptions({ queryKey: queryKeys.lessons.suggestions(projectId), queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/lesson-suggestions', { params: { path: { id: projectId }, query: { limit: 5 } } })) }),
  closure: (projectId: string) =>
    queryOptions({ queryKey: queryKeys.lessons.closure(projectId), queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/closure-report', { params: { path: { id: projectId } } })), retry: false }),
  figures: (projectId: string) =>
    queryOptions({ queryKey: queryKeys.lessons.figures(projectId), queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/closure-figures', { params: { path: { id: projectId } } })) }),
};

export const useLessonSearch = (query: LessonSearch) => useQuery(lessonQueries.search(query));
export const useLesson = (id: string) => useQuery(lessonQueries.detail(id));
export const useLessonSuggestions = (projectId: string) => useQuery(lessonQueries.suggestions(projectId));
export const useClosureReport = (projectId: string) => useQuery(lessonQueries.closure(projectId));
export const useClosureFigures = (projectId: string, enabled: boolean) => useQuery({ ...lessonQueries.figures(projectId), enabled });

function useOnClosureChanged(projectId: string) {
  const queryClient = useQueryClient();
  return (fresh: ClosureReport) => queryClient.setQueryData(queryKeys.lessons.closure(projectId), fresh);
}

export function useStartClosureReport(projectId: string) {
  const onChanged = useOnClosureChanged(projectId);
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/projects/{id}/closure-report', { params: { path: { id: projectId } }, body: {} })), onSuccess: onChanged });
}

export function useUpdateClosureReport(projectId: string) {
  const onChanged = useOnClosureChanged(projectId);
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: ClosureReportUpdate }) =>
      unwrap(api.PATCH('/api/v1/closure-reports/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: onChanged,
  });
}

export function useSubmitClosureReport(projectId: string) {
  const onChanged = useOnClosureChanged(projectId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => unwrap(api.POST('/api/v1/closure-reports/{id}/submit', { params: { path: { id } }, headers: ifMatch(version), body: {} })),
    onSuccess: onChanged,
  });
}

export function useReviewClosureReport(projectId: string) {
  const onChanged = useOnClosureChanged(projectId);
  return useMutation({
    mutationFn: ({ id, version, decision, comment }: { id: string; version: number; decision: 'accept' | 'send_back'; comment: string }) =>
      unwrap(api.POST('/api/v1/closure-reports/{id}/review', { params: { path: { id } }, headers: ifMatch(version), body: { decision, comment } })),
    onSuccess: onChanged,
  });
}

export function useUpdateLesson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: LessonUpdate }) => unwrap(api.PATCH('/api/v1/lessons/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: async (fresh: Lesson) => {
      queryClient.setQueryData(queryKeys.lessons.detail(id), fresh);
      await queryClient.invalidateQueries({ queryKey: ['lessons', 'search'] });
    },
  });
}
