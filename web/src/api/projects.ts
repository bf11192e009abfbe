// Projects: the filtered, sorted, cursor-paged register; one project and its team; and changes.
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { Project, ProjectCreate, ProjectListQuery, ProjectUpdate } from './types.ts';

const PAGE_SIZE = 50;

/** Counts over the projects I can see (not archived), from the server's summary. */
export interface ProjectCounts {
  total: number;
  byPortfolio: ReadonlyMap<string, number>;
  byStatus: ReadonlyMap<Project['status'], number>;
}

async function countProjects(): Promise<ProjectCounts> {
  const summary = await unwrap(api.GET('/api/v1/projects/summary', {}));
  return {
    total: summary.total,
    byPortfolio: new Map(Object.entries(summary.byPortfolio)),
    byStatus: new Map(Object.entries(summary.byStatus) as Array<[Project['status'], number]>),
  };
}

export const projectQueries = {
  list: (query: ProjectListQuery) =>
    infiniteQueryOptions({
      queryKey: queryKeys.projects.list(query),
      queryFn: ({ pageParam }) =>
        unwrap(api.GET('/api/v1/projects', { params: { query: { limit: PAGE_SIZE, ...query, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  counts: () => queryOptions({ queryKey: [...queryKeys.projects.all, 'counts'] as const, queryFn: () => countProjects() }),
  detail: (id: string) =>
    queryOptions({
      queryKey: queryKeys.projects.detail(id),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}', { params: { path: { id } } })),
    }),
  members: (id: string) =>
    queryOptions({
      queryKey: queryKeys.projects.members(id),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/members', { params: { path: { id } } })),
    }),
};

export const useProjectList = (query: ProjectListQuery) => useInfiniteQuery(projectQueries.list(query));
export const useProjectCounts = () => useQuery(projectQueries.counts());
export const useProject = (id: string) => useQuery(projectQueries.detail(id));
export const useProjectMembers = (id: string) => useQuery(projectQueries.members(id));

/** After any change: put the fresh project in the cache and refetch lists, counts and the team. */
function useOnProjectChanged() {
  const queryClient = useQueryClient();
  return async (project: Project) => {
    queryClient.setQueryData(queryKeys.projects.detail(project.id), project);
    await queryClient.invalidateQueries({
      queryKey: queryKeys.projects.all,
      predicate: (q) => !(q.queryKey[1] === 'detail' && q.queryKey[2] === project.id),
    });
  };
}

export function useCreateProject() {
  const onChanged = useOnProjectChanged();
  return useMutation({
    mutationFn: (body: ProjectCreate) => unwrap(api.POST('/api/v1/projects', { body })),
    onSuccess: onChanged,
  });
}

export function useUpdateProject(id: string) {
  const onChanged = useOnProjectChanged();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: ProjectUpdate }) =>
      unwrap(api.PATCH('/api/v1/projects/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: onChanged,
  });
}

export function useSetProjectArchived(id: string) {
  const onChanged = useOnProjectChanged();
  return useMutation({
    mutationFn: ({ version, archived }: { version: number; archived: boolean }) =>
      archived
        ? unwrap(api.POST('/api/v1/projects/{id}/archive', { params: { path: { id } }, headers: ifMatch(version) }))
        : unwrap(api.POST('/api/v1/projects/{id}/restore', { params: { path: { id } }, headers: ifMatch(version) })),
    onSuccess: onChanged,
  });
}
