// The PMO's own KPIs per quarter (PMO, admins, executives).
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { PmoKpiQuery } from './types.ts';

export const usePmoKpis = (query: PmoKpiQuery) =>
  useQuery({ queryKey: queryKeys.pmoKpis(query), queryFn: () => unwrap(api.GET('/api/v1/pmo/kpis', { params: { query } })) });
