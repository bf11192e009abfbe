// RAID logs of projects: the six logs share one shape of routes (list, add to a project, read,
// change), so one set of hooks serves them all, typed by the log's kind. Risks add their score
// history, "the risk happened" (which raises an issue), the PMO's matrix and the heat map.
// Any change refetches everything RAID (lists, heat maps, histories): the logs reference each other.
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { exportUrl } from './exports.ts';
import { fetchAllPages, type Page } from './pages.ts';
import { queryKeys } from './query-keys.ts';
import type { HeatMapQuery, RaidCreateOf, RaidExportQuery, RaidItemOf, RaidKind, RaidListQueryOf, RaidUpdateOf, RiskOccurredBody } from './types.ts';

const PAGE_SIZE = 50;

/**
 * openapi-fetch types each path on its own; the six logs' paths differ only by the kind, so the
 * generic hooks call through this one loosely typed door and type the answer by the kind.
 */
type LooseCall = <T>(path: string, init: object) => Promise<{ data?: T; error?: unknown; response: Response }>;
const GET = api.GET as unknown as LooseCall;
const POST = api.POST as unknown as LooseCall;
const PATCH = api.PATCH as unknown as LooseCall;

export const raidQueries = {
  list: <K extends RaidKind>(kind: K, query: RaidListQueryOf<K>) =>
    infiniteQueryOptions({
      queryKey: queryKeys.raid.list(kind, query),
      queryFn: ({ pageParam }) =>
        unwrap(GET<Page<RaidItemOf<K>>>(`/api/v1/${kind}`, { params: { query: { limit: PAGE_SIZE, ...query, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  detail: <K extends RaidKind>(kind: K, id: string) =>
    queryOptions({
      queryKey: queryKeys.raid.detail(kind, id),
      queryFn: () => unwrap(GET<RaidItemOf<K>>(`/api/v1/${kind}/{id}`, { params: { path: { id } } })),
    }),
  riskHistory: (id: string) =>
    queryOptions({
      queryKey: queryKeys.raid.riskHistory(id),
      queryFn: () => unwrap(api.GET('/api/v1/risks/{id}/history', { params: { path: { id } } })),
    }),
  heatMap: (query: HeatMapQuery) =>
    queryOptions({
      queryKey: queryKeys.raid.heatMap(query),
      queryFn: () => unwrap(api.GET('/api/v1/risk-heat-map', { params: { query } })),
    }),
  matrix: () =>
    queryOptions({
      queryKey: queryKeys.raid.matrix(),
      queryFn: () => unwrap(api.GET('/api/v1/settings/risk-matrix', {})),
      staleTime: 5 * 60_000,
    }),
  /** Every project I can see, for the provider picker of a dependency. */
  projectPicker: () =>
    queryOptions({
      queryKey: ['projects', 'list', { picker: true }] as const,
      queryFn: () =>
        fetchAllPages((cursor) => unwrap(api.GET('/api/v1/projects', { params: { query: { limit: 200, cursor, sort: 'code' } } }))),
      staleTime: 60_000,
    }),
};

export const useRaidList = <K extends RaidKind>(kind: K, query: RaidListQueryOf<K>) => useInfiniteQuery(raidQueries.list(kind, query));
export const useRaidItem = <K extends RaidKind>(kind: K, id: string | null) =>
  useQuery({ ...raidQueries.detail(kind, id ?? ''), enabled: id !== null });
export const useRiskHistory = (id: string) => useQuery(raidQueries.riskHistory(id));
export const useRiskHeatMap = (query: HeatMapQuery) => useQuery(raidQueries.heatMap(query));
export const useRiskMatrix = () => useQuery(raidQueries.matrix());
export const useProjectPicker = (enabled: boolean) => useQuery({ ...raidQueries.projectPicker(), enabled });

/** After a change: the fresh item in the cache, then every RAID list, heat map and history refetched. */
function useOnRaidChanged() {
  const queryClient = useQueryClient();
  return async (...changed: Array<[RaidKind, { id: string }]>) => {
    for (const [kind, item] of changed) queryClient.setQueryData(queryKeys.raid.detail(kind, item.id), item);
    const fresh = new Set(changed.map(([, item]) => item.id));
    await queryClient.invalidateQueries({
      queryKey: queryKeys.raid.all,
      predicate: (q) => !(q.queryKey[2] === 'detail' && fresh.has(String(q.queryKey[3]))) && q.queryKey[1] !== 'matrix',
    });
  };
}

export function useCreateRaidItem<K extends RaidKind>(kind: K, projectId: string) {
  const onChanged = useOnRaidChanged();
  return useMutation({
    mutationFn: (body: RaidCreateOf<K>) =>
      unwrap(POST<RaidItemOf<K>>(`/api/v1/projects/{id}/${kind}`, { params: { path: { id: projectId } }, body })),
    onSuccess: (item) => onChanged([kind, item]),
  });
}

export function useUpdateRaidItem<K extends RaidKind>(kind: K) {
  const onChanged = useOnRaidChanged();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: RaidUpdateOf<K> }) =>
      unwrap(PATCH<RaidItemOf<K>>(`/api/v1/${kind}/{id}`, { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: (item) => onChanged([kind, item]),
  });
}

/** The risk happened: it becomes `occurred` and an issue is raised from it (answers both). */
export function useRiskOccurred() {
  const onChanged = useOnRaidChanged();
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string; version: number; body: RiskOccurredBody }) =>
      unwrap(api.POST('/api/v1/risks/{id}/occurred', { params: { path: { id } }, headers: ifMatch(version), body })),
    onSuccess: ({ risk, issue }) => onChanged(['risks', risk], ['issues', issue]),
  });
}

/** The export route as a link target: the session cookie authenticates the download. */
export const raidExportUrl = (query: RaidExportQuery): string => exportUrl('/api/v1/raid/export', query);
