// A project's schedule: read it, its baselines, and the changes that reschedule it. Every change
// answers with the whole rescheduled plan, so the cache takes the answer as it is (no refetch) and
// the caller gets `moved` to tell the user what the change did to other tasks.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { ScheduleCalendarUpdate, ScheduleChange, ScheduleLinkCreate, ScheduleSettingsUpdate, ScheduleTaskCreate, ScheduleTaskUpdate } from './types.ts';

export const scheduleQueries = {
  detail: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.schedules.detail(projectId),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/schedule', { params: { path: { id: projectId } } })),
    }),
  baselines: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.schedules.baselines(projectId),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/schedule/baselines', { params: { path: { id: projectId } } })),
    }),
  baseline: (projectId: string, number: number) =>
    queryOptions({
      queryKey: queryKeys.schedules.baseline(projectId, number),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/schedule/baselines/{number}', { params: { path: { id: projectId, number } } })),
    }),
};

export const useSchedule = (projectId: string) => useQuery(scheduleQueries.detail(projectId));
export const useBaselines = (projectId: string) => useQuery(scheduleQueries.baselines(projectId));
/** Baseline `number` compared with the schedule; only fetched when `enabled` (it exists). */
export const useBaseline = (projectId: string, number: number, enabled: boolean) =>
  useQuery({ ...scheduleQueries.baseline(projectId, number), enabled });

/** The export route as a link target: the browser downloads the file the server names. */
export const scheduleExportUrl = (projectId: string): string => `/api/v1/projects/${encodeURIComponent(projectId)}/schedule/export`;

/** Puts the rescheduled plan in the cache and refetches baseline comparisons (their variances moved). */
function useOnScheduleChanged(projectId: string) {
  const queryClient = useQueryClient();
  return async (change: ScheduleChange) => {
    queryClient.setQueryData(queryKeys.schedules.detail(projectId), change.schedule);
    await queryClient.invalidateQueries({ queryKey: queryKeys.schedules.baselines(projectId) });
  };
}

export function useAddScheduleTask(projectId: string) {
  const onChanged = useOnScheduleChanged(projectId);
  return useMutation({
    mutationFn: (body: ScheduleTaskCreate) => unwrap(api.POST('/api/v1/projects/{id}/schedule/tasks', { params: { path: { id: projectId } }, body })),
    onSuccess: onChanged,
  });
}

export function useUpdateScheduleTask(projectId: string) {
  const onChanged = useOnScheduleChanged(projectId);
  return useMutation({
    mutationFn: ({ taskId, version, patch }: { taskId: string; version: number; patch: ScheduleTaskUpdate }) =>
      unwrap(
        api.PATCH('/api/v1/projects/{id}/schedule/tasks/{taskId}', {
          params: { path: { id: projectId, taskId } },
          headers: ifMatch(version),
          body: patch,
        }),
      ),
    onSuccess: onChanged,
  });
}

export function useDeleteScheduleTask(projectId: string) {
  const onChanged = useOnScheduleChanged(projectId);
  return useMutation({
    mutationFn: (taskId: string) => unwrap(api.DELETE('/api/v1/projects/{id}/schedule/tasks/{taskId}', { params: { path: { id: projectId, taskId } } })),
    onSuccess: onChanged,
  });
}

export function useAddScheduleLink(projectId: string) {
  const onChanged = useOnScheduleChanged(projectId);
  return useMutation({
    mutationFn: (body: ScheduleLinkCreate) => unwrap(api.POST('/api/v1/projects/{id}/schedule/links', { params: { path: { id: projectId } }, body })),
    onSuccess: onChanged,
  });
}

export function useDeleteScheduleLink(projectId: string) {
  const onChanged = useOnScheduleChanged(projectId);
  return useMutation({
    mutationFn: (linkId: string) => unwrap(api.DELETE('/api/v1/projects/{id}/schedule/links/{linkId}', { params: { path: { id: projectId, linkId } } })),
    onSuccess: onChanged,
  });
}

export function useImportSchedule(projectId: string) {
  const onChanged = useOnScheduleChanged(projectId);
  return useMutation({
    mutationFn: (content: string) => unwrap(api.POST('/api/v1/projects/{id}/schedule/import', { params: { path: { id: projectId } }, body: { content } })),
    onSuccess: onChanged,
  });
}

export function useSaveBaseline(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, name }: { number: number; name?: string }) =>
      unwrap(api.PUT('/api/v1/projects/{id}/schedule/baselines/{number}', { params: { path: { id: projectId, number } }, body: name ? { name } : {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.schedules.baselines(projectId) }),
  });
}

export function useUpdateScheduleSettings(projectId: string) {
  const onChanged = useOnScheduleChanged(projectId);
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: ScheduleSettingsUpdate }) =>
      unwrap(api.PATCH('/api/v1/projects/{id}/schedule/settings', { params: { path: { id: projectId } }, headers: ifMatch(version), body: patch })),
    onSuccess: onChanged,
  });
}

export function useUpdateScheduleCalendar(projectId: string) {
  const onChanged = useOnScheduleChanged(projectId);
  return useMutation({
    mutationFn: ({ calendarId, version, patch }: { calendarId: string; version: number; patch: ScheduleCalendarUpdate }) =>
      unwrap(api.PATCH('/api/v1/projects/{id}/schedule/calendars/{calendarId}', { params: { path: { id: projectId, calendarId } }, headers: ifMatch(version), body: patch })),
    onSuccess: onChanged,
  });
}

