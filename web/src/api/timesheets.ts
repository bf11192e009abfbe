// Timesheets: my week (read, save whole under If-Match, submit, recall), the tasks I may book on,
// the approval queue with one sheet and its decision, and the PMO's locked period. A change puts
// the sheet it returns straight into the cache and refetches the lists (`timesheetKeys.all`).
// Keys live here, as the comments module keeps its own.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import type { components } from './schema';

type Schemas = components['schemas'];
export type Timesheet = Schemas['Timesheet'];
export type TimesheetRow = Timesheet['rows'][number];
export type TimesheetStatus = Timesheet['status'];
export type TimesheetListItem = Schemas['TimesheetListItem'];
export type BookableTask = Schemas['BookableTask'];
export type TimesheetLock = Schemas['TimesheetLock'];
export interface SaveRow {
  projectId: string;
  taskId: string | null;
  overtime: boolean;
  minutes: number[];
  note: string;
}

export const timesheetKeys = {
  all: ['timesheets'] as const,
  week: (weekStart: string) => ['timesheets', 'week', weekStart] as const,
  sheet: (id: string) => ['timesheets', 'sheet', id] as const,
  awaiting: () => ['timesheets', 'awaiting'] as const,
  bookable: () => ['timesheets', 'bookable'] as const,
  lock: () => ['timesheets', 'lock'] as const,
};

export const timesheetQueries = {
  week: (weekStart: string) =>
    queryOptions({ queryKey: timesheetKeys.week(weekStart), queryFn: () => unwrap(api.GET('/api/v1/me/timesheets/{weekStart}', { params: { path: { weekStart } } })) }),
  sheet: (id: string) => queryOptions({ queryKey: timesheetKeys.sheet(id), queryFn: () => unwrap(api.GET('/api/v1/timesheets/{id}', { params: { path: { id } } })) }),
  awaiting: () =>
    queryOptions({ queryKey: timesheetKeys.awaiting(), queryFn: () => unwrap(api.GET('/api/v1/timesheets', { params: { query: { awaitingMe: 'true', limit: 200 } } })) }),
  bookable: () => queryOptions({ queryKey: timesheetKeys.bookable(), queryFn: () => unwrap(api.GET('/api/v1/me/bookable-tasks', {})), staleTime: 60_000 }),
  lock: () => queryOptions({ queryKey: timesheetKeys.lock(), queryFn: () => unwrap(api.GET('/api/v1/settings/timesheet-lock', {})) }),
};

export const useMyWeek = (weekStart: string) => useQuery(timesheetQueries.week(weekStart));
export const useTimesheet = (id: string | null) => useQuery({ ...timesheetQueries.sheet(id ?? ''), enabled: id !== null });
export const useAwaitingTimesheets = () => useQuery(timesheetQueries.awaiting());
export const useBookableTasks = () => useQuery(timesheetQueries.bookable());
export const useTimesheetLock = () => useQuery(timesheetQueries.lock());

/** After a change: the sheet into the cache (as my week and by id), the lists refetched. */
function useOnSheetChanged() {
  const queryClient = useQueryClient();
  return async (sheet: Timesheet) => {
    if (sheet.id) queryClient.setQueryData(timesheetKeys.sheet(sheet.id), sheet);
    queryClient.setQueryData(timesheetKeys.week(sheet.weekStart), (mine: Timesheet | undefined) => (mine && mine.user.id === sheet.user.id ? sheet : mine));
    await queryClient.invalidateQueries({ queryKey: timesheetKeys.awaiting() });
  };
}

export function useSaveMyWeek(weekStart: string) {
  const onChanged = useOnSheetChanged();
  return useMutation({
    mutationFn: ({ version, rows }: { version: number; rows: SaveRow[] }) =>
      unwrap(api.PUT('/api/v1/me/timesheets/{weekStart}', { params: { path: { weekStart } }, headers: ifMatch(version), body: { rows } })),
    onSuccess: (sheet) => onChanged(sheet),
  });
}

export function useTimesheetStep() {
  const onChanged = useOnSheetChanged();
  return useMutation({
    mutationFn: ({ id, version, step }: { id: string; version: number; step: 'submit' | 'recall' }) =>
      unwrap(
        step === 'submit'
          ? api.POST('/api/v1/timesheets/{id}/submit', { params: { path: { id } }, headers: ifMatch(version), body: {} })
          : api.POST('/api/v1/timesheets/{id}/recall', { params: { path: { id } }, headers: ifMatch(version), body: {} }),
      ),
    onSuccess: (sheet) => onChanged(sheet),
  });
}

export function useDecideTimesheet() {
  const onChanged = useOnSheetChanged();
  return useMutation({
    mutationFn: ({ id, version, decision, comment }: { id: string; version: number; decision: 'approve' | 'return'; comment: string }) =>
      unwrap(api.POST('/api/v1/timesheets/{id}/decision', { params: { path: { id } }, headers: ifMatch(version), body: { decision, comment } })),
    onSuccess: (sheet) => onChanged(sheet),
  });
}

export function useSetTimesheetLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, lockedThrough }: { version: number; lockedThrough: string | null }) =>
      unwrap(api.PUT('/api/v1/settings/timesheet-lock', { headers: ifMatch(version), body: { lockedThrough } })),
    onSuccess: async (lock) => {
      queryClient.setQueryData(timesheetKeys.lock(), lock);
      await queryClient.invalidateQueries({ queryKey: timesheetKeys.all });
    },
  });
}
