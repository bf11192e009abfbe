// Change requests: a project's list, the change board's queue (awaitingMe), one request with its
// what-if impact, and the steps of its life (submit, decide, apply, withdraw), each under If-Match.
// A step's answer is the fresh request, put in the cache as is; applying also rewrites the
// project's schedule and baselines and logs a decision, so those are refetched too.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { fetchAllPages } from './pages.ts';
import { queryKeys } from './query-keys.ts';
import type { ChangeDecisionBody, ChangeRequest, ChangeRequestCreate, ChangeRequestListQuery, ChangeRequestUpdate } from './types.ts';

export const changeQueries = {
  /** Every change request of one project (a project has tens, not thousands). */
  project: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.changes.list({ projectId }),
      queryFn: () =>
        fetchAllPages((cursor) =>
          unwrap(api.GET('/api/v1/projects/{id}/change-requests', { params: { path: { id: projectId }, query: { limit: 200, cursor } } })),
        ),
    }),
  /** Across projects: `awaitingMe: 'true'` is the reader's change board queue. */
  list: (query: ChangeRequestListQuery) =>
    queryOptions({
      queryKey: queryKeys.changes.list(query),
      queryFn: () => fetchAllPages((cursor) => unwrap(api.GET('/api/v1/change-requests', { params: { query: { limit: 200, ...query, cursor } } }))),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.changes.detail(id),
      queryFn: () => unwrap(api.GET('/api/v1/change-requests/{id}', { params: { path: { id } } })),
    }),
  /** The what-if of the request's edits as saved at `version` (a new version asks again). */
  impact: (id: string, version: number) =>
    queryOptions({
      queryKey: queryKeys.changes.impact(id, version),
      queryFn: () => unwrap(api.GET('/api/v1/change-requests/{id}/impact', { params: { path: { id } } })),
      staleTime: 0,
    }),
};

export const useProjectChangeRequests = (projectId: string) => useQuery(changeQueries.project(projectId));
export const useChangeRequests = (query: ChangeRequestListQuery) => useQuery(changeQueries.list(query));
export const useChangeRequest = (id: string) => useQuery(changeQueries.detail(id));
export const useChangeImpact = (id: string, version: number) => useQuery(changeQueries.impact(id, version));

function useOnChanged() {
  const queryClient = useQueryClient();
  return async (request: ChangeRequest) => {
    queryClient.setQueryData(queryKeys.changes.detail(request.id), request);
    await queryClient.invalidateQueries({ queryKey: queryKeys.changes.all, predicate: (q) => q.queryKey[1] === 'list' });
  };
}

export function useCreateChangeRequest(projectId: string) {
  const onChanged = useOnChanged();
  return useMutation({
    mutationFn: (body: ChangeRequestCreate) => unwrap(api.POST('/api/v1/projects/{id}/change-requests', { params: { path: { id: projectId } }, body })),
    onSuccess: onChanged,
  });
}

export function useUpdateChangeRequest(id: string) {
  const onChanged = useOnChanged();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: ChangeRequestUpdate }) =>
      unwrap(api.PATCH('/api/v1/change-requests/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: onChanged,
  });
}

export type ChangeStepInput =
  | { step: 'submit'; comment: string }
  | { step: 'decision'; body: ChangeDecisionBody }
  | { step: 'apply'; comment: string }
  | { step: 'withdraw' };

function takeStep(id: string, version: number, input: ChangeStepInput) {
  const init = { params: { path: { id } }, headers: ifMatch(version) };
  switch (input.step) {
    case 'submit':
      return unwrap(api.POST('/api/v1/change-requests/{id}/submit', { ...init, body: { comment: input.comment } }));
    case 'decision':
      return unwrap(api.POST('/api/v1/change-requests/{id}/decision', { ...init, body: input.body }));
    case 'apply':
      return unwrap(api.POST('/api/v1/change-requests/{id}/apply', { ...init, body: { comment: input.comment } }));
    case 'withdraw':
      return unwrap(api.POST('/api/v1/change-requests/{id}/withdraw', init));
  }
}

/** One step of the request's life; a decision or an application also touches the decision log and the plan. */
export function useChangeStep(id: string) {
  const onChanged = useOnChanged();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: ChangeStepInput }) => takeStep(id, version, input),
    onSuccess: async (request, { input }) => {
      await onChanged(request);
      if (input.step === 'decision' || input.step === 'apply') await queryClient.invalidateQueries({ queryKey: queryKeys.raid.all });
      if (input.step === 'apply') await queryClient.invalidateQueries({ queryKey: queryKeys.schedules.all });
    },
  });
}
