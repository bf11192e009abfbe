// Status reports: one report (live figures while open, frozen once submitted), a project's history,
// trend and reporting cadence, the lists across projects (to review, due, all) and the PMO's
// thresholds. Every change refetches `status.all`: a submit moves the report, the lists and the trend.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { Cadence, StatusReport, StatusReportListQuery, StatusReportUpdate, StatusThresholdsBody } from './types.ts';

export const statusQueries = {
  report: (id: string) =>
    queryOptions({
      queryKey: queryKeys.status.report(id),
      queryFn: () => unwrap(api.GET('/api/v1/status-reports/{id}', { params: { path: { id } } })),
    }),
  project: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.status.project(projectId),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/status-reports', { params: { path: { id: projectId }, query: { limit: 200 } } })),
    }),
  trend: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.status.trend(projectId),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/status-trend', { params: { path: { id: projectId } } })),
    }),
  reporting: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.status.reporting(projectId),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/reporting', { params: { path: { id: projectId } } })),
    }),
  list: (query: StatusReportListQuery) =>
    queryOptions({
      queryKey: queryKeys.status.list(query),
      queryFn: () => unwrap(api.GET('/api/v1/status-reports', { params: { query } })),
    }),
  thresholds: () =>
    queryOptions({
      queryKey: queryKeys.status.thresholds(),
      queryFn: () => unwrap(api.GET('/api/v1/settings/status-thresholds', {})),
    }),
};

export const useStatusReport = (id: string) => useQuery(statusQueries.report(id));
export const useProjectStatusReports = (projectId: string) => useQuery(statusQueries.project(projectId));
export const useStatusTrend = (projectId: string) => useQuery(statusQueries.trend(projectId));
export const useReportingSettings = (projectId: string) => useQuery(statusQueries.reporting(projectId));
export const useStatusReportList = (query: StatusReportListQuery, enabled = true) => useQuery({ ...statusQueries.list(query), enabled });
export const useStatusThresholds = () => useQuery(statusQueries.thresholds());

/** After any change: the changed report goes straight into the cache, everything else refetches. */
function useOnStatusChanged() {
  const queryClient = useQueryClient();
  return async (report?: StatusReport) => {
    if (report) queryClient.setQueryData(queryKeys.status.report(report.id), report);
    await queryClient.invalidateQueries({ queryKey: queryKeys.status.all });
  };
}

export function useStartStatusReport(projectId: string) {
  const onChanged = useOnStatusChanged();
  return useMutation({
    mutationFn: (periodStart?: string) =>
      unwrap(api.POST('/api/v1/projects/{id}/status-reports', { params: { path: { id: projectId } }, body: periodStart ? { periodStart } : {} })),
    onSuccess: (report) => onChanged(report),
  });
}

export function useUpdateStatusReport(id: string) {
  const onChanged = useOnStatusChanged();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: StatusReportUpdate }) =>
      unwrap(api.PATCH('/api/v1/status-reports/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: (report) => onChanged(report),
  });
}

export function useSubmitStatusReport(id: string) {
  const onChanged = useOnStatusChanged();
  return useMutation({
    mutationFn: ({ version }: { version: number }) =>
      unwrap(api.POST('/api/v1/status-reports/{id}/submit', { params: { path: { id } }, headers: ifMatch(version), body: {} })),
    onSuccess: (report) => onChanged(report),
  });
}

export function useReviewStatusReport(id: string) {
  const onChanged = useOnStatusChanged();
  return useMutation({
    mutationFn: ({ version, decision, comment }: { version: number; decision: 'accept' | 'send_back'; comment: string }) =>
      unwrap(api.POST('/api/v1/status-reports/{id}/review', { params: { path: { id } }, headers: ifMatch(version), body: { decision, comment } })),
    onSuccess: (report) => onChanged(report),
  });
}

export function useSetReportingCadence(projectId: string) {
  const onChanged = useOnStatusChanged();
  return useMutation({
    mutationFn: ({ version, cadence }: { version: number; cadence: Cadence }) =>
      unwrap(api.PUT('/api/v1/projects/{id}/reporting', { params: { path: { id: projectId } }, headers: ifMatch(version), body: { cadence } })),
    onSuccess: () => onChanged(),
  });
}

export function useSaveStatusThresholds() {
  const onChanged = useOnStatusChanged();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: StatusThresholdsBody }) =>
      unwrap(api.PUT('/api/v1/settings/status-thresholds', { headers: ifMatch(version), body })),
    onSuccess: () => onChanged(),
  });
}
