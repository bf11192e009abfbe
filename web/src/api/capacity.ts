// Capacity against demand: the heat map's view, the assignments behind a cell, who with a skill is
// free and what adding a project would do (a POST that changes nothing, so it is read like a query).
// Reads only; they follow the pool and the schedules, so they are never cached long.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components, paths } from './schema';
import { api, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';

type Schemas = components['schemas'];
export type CapacityView = Schemas['CapacityView'];
export type CapacityRow = CapacityView['rows'][number];
export type CapacityPeriod = CapacityView['periods'][number];
export type CapacityDetail = Schemas['CapacityDetail'];
export type CapacityAvailable = Schemas['CapacityAvailable'];
export type CapacityWhatIf = Schemas['CapacityWhatIf'];
export type CapacityWhatIfRow = CapacityWhatIf['rows'][number];
export type CapacityWhatIfBody = paths['/api/v1/capacity/what-if']['post']['requestBody']['content']['application/json'];
export type CapacityQuery = NonNullable<paths['/api/v1/capacity']['get']['parameters']['query']>;
export type CapacityDetailQuery = NonNullable<paths['/api/v1/capacity/detail']['get']['parameters']['query']>;
export type CapacityAvailableQuery = NonNullable<paths['/api/v1/capacity/available']['get']['parameters']['query']>;

export const capacityQueries = {
  view: (query: CapacityQuery) => queryOptions({ queryKey: queryKeys.capacity.view(query), queryFn: () => unwrap(api.GET('/api/v1/capacity', { params: { query } })) }),
  detail: (query: CapacityDetailQuery) => queryOptions({ queryKey: queryKeys.capacity.detail(query), queryFn: () => unwrap(api.GET('/api/v1/capacity/detail', { params: { query } })) }),
  available: (query: CapacityAvailableQuery) => queryOptions({ queryKey: queryKeys.capacity.available(query), queryFn: () => unwrap(api.GET('/api/v1/capacity/available', { params: { query } })) }),
  whatIf: (body: CapacityWhatIfBody) => queryOptions({ queryKey: queryKeys.capacity.whatIf(body), queryFn: () => unwrap(api.POST('/api/v1/capacity/what-if', { body })) }),
};

export const useCapacity = (query: CapacityQuery) => useQuery(capacityQueries.view(query));
export const useCapacityDetail = (query: CapacityDetailQuery | null) => useQuery({ ...capacityQueries.detail(query ?? { resourceId: '', from: '', to: '' }), enabled: query !== null });
export const useCapacityAvailable = (query: CapacityAvailableQuery | null) => useQuery({ ...capacityQueries.available(query ?? { skill: '', weeks: 1, from: '', to: '' }), enabled: query !== null });
export const useCapacityWhatIf = (body: CapacityWhatIfBody | null) => useQuery({ ...capacityQueries.whatIf(body ?? { projectId: '', from: '', to: '' }), enabled: body !== null });
