// Project requests (intake): the list (the triage board reads every request it may see), one
// request, the request a project came from, the PMO's form fields, and the changes — draft, edit,
// steps, comments, business case, approval — each under If-Match. A change answers the fresh
// request, put in the cache as is; approval also made a project, so projects refetch.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { fetchAllPages } from './pages.ts';
import { queryKeys } from './query-keys.ts';
import type { BusinessCaseBody, IntakeFieldsBody, ProjectRequest, ProjectRequestCreate, ProjectRequestUpdate, RequestApproveBody, RequestStepBody } from './types.ts';

export const requestQueries = {
  list: (query: { projectId?: string } = {}) =>
    queryOptions({
      queryKey: queryKeys.requests.list(query),
      queryFn: () => fetchAllPages((cursor) => unwrap(api.GET('/api/v1/requests', { params: { query: { limit: 200, ...query, cursor } } }))),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.requests.detail(id),
      queryFn: () => unwrap(api.GET('/api/v1/requests/{id}', { params: { path: { id } } })),
    }),
  fields: () =>
    queryOptions({
      queryKey: queryKeys.requests.fields(),
      queryFn: () => unwrap(api.GET('/api/v1/settings/intake-fields', {})),
      staleTime: 60_000,
    }),
};

export const useRequests = () => useQuery(requestQueries.list());
export const useRequest = (id: string) => useQuery(requestQueries.detail(id));
export const useIntakeFields = () => useQuery(requestQueries.fields());
/** The request a project came from (none for projects made otherwise). */
export function useProjectOrigin(projectId: string) {
  const query = useQuery(requestQueries.list({ projectId }));
  return { ...query, data: query.data?.[0] ?? null };
}

function useOnChanged() {
  const queryClient = useQueryClient();
  return async (request: ProjectRequest) => {
    queryClient.setQueryData(queryKeys.requests.detail(request.id), request);
    await queryClient.invalidateQueries({ queryKey: queryKeys.requests.all, predicate: (q) => q.queryKey[1] === 'list' });
  };
}

export function useCreateRequest() {
  const onChanged = useOnChanged();
  return useMutation({ mutationFn: (body: ProjectRequestCreate) => unwrap(api.POST('/api/v1/requests', { body })), onSuccess: onChanged });
}

export function useUpdateRequest() {
  const onChanged = useOnChanged();
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string; version: number; body: ProjectRequestUpdate }) => unwrap(api.PATCH('/api/v1/requests/{id}', { params: { path: { id } }, body, headers: ifMatch(version) })),
    onSuccess: onChanged,
  });
}

export function useRequestStep() {
  const onChanged = useOnChanged();
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string; version: number; body: RequestStepBody }) => unwrap(api.POST('/api/v1/requests/{id}/steps', { params: { path: { id } }, body, headers: ifMatch(version) })),
    onSuccess: onChanged,
  });
}

export function useCommentOnRequest(id: string) {
  const onChanged = useOnChanged();
  return useMutation({
    mutationFn: ({ version, comment }: { version: number; comment: string }) => unwrap(api.POST('/api/v1/requests/{id}/comments', { params: { path: { id } }, body: { comment }, headers: ifMatch(version) })),
    onSuccess: onChanged,
  });
}

export function useSaveBusinessCase(id: string) {
  const onChanged = useOnChanged();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: BusinessCaseBody }) => unwrap(api.PUT('/api/v1/requests/{id}/business-case', { params: { path: { id } }, body, headers: ifMatch(version) })),
    onSuccess: onChanged,
  });
}

export function useApproveRequest(id: string) {
  const onChanged = useOnChanged();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: RequestApproveBody }) => unwrap(api.POST('/api/v1/requests/{id}/approve', { params: { path: { id } }, body, headers: ifMatch(version) })),
    onSuccess: async (request) => {
      await onChanged(request);
      await queryClient.invalidateQueries({ queryKey: queryKeys.projects.all });
    },
  });
}

export function useSaveIntakeFields() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: IntakeFieldsBody }) => unwrap(api.PUT('/api/v1/settings/intake-fields', { body, headers: ifMatch(version) })),
    onSuccess: (fields) => queryClient.setQueryData(queryKeys.requests.fields(), fields),
  });
}
