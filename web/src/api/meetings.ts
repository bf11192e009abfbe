// Meetings of a project and the minutes typed during them (scribe mode). A saved meeting goes
// straight into the cache; lists refetch. (Stakeholders and their grid are in stakeholders.ts.)
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
export type Meeting = Schemas['Meeting'];
export type MeetingSummary = Schemas['MeetingSummary'];
export type MeetingCreate = NonNullable<paths['/api/v1/projects/{id}/meetings']['post']['requestBody']>['content']['application/json'];
export type MeetingUpdate = NonNullable<paths['/api/v1/meetings/{id}']['patch']['requestBody']>['content']['application/json'];
export type MeetingType = Meeting['type'];
export type MeetingStatus = Meeting['status'];
export type CapturedItem = Meeting['captured'][number];

export const meetingKeys = {
  all: ['meetings'] as const,
  project: (projectId: string) => ['meetings', 'project', projectId] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
};

export const meetingQueries = {
  project: (projectId: string) =>
    queryOptions({
      queryKey: meetingKeys.project(projectId),
      queryFn: () => unwrap(api.GET('/api/v1/meetings', { params: { query: { projectId, limit: 200 } } })),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: meetingKeys.detail(id),
      queryFn: () => unwrap(api.GET('/api/v1/meetings/{id}', { params: { path: { id } } })),
    }),
};

export const useProjectMeetings = (projectId: string) => useQuery(meetingQueries.project(projectId));
export const useMeeting = (id: string) => useQuery(meetingQueries.detail(id));

/** Puts a saved meeting into the cache and refetches the lists (not the meeting itself). */
export function useOnMeetingSaved() {
  const queryClient = useQueryClient();
  return (meeting: Meeting) => {
    queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
    void queryClient.invalidateQueries({ queryKey: ['meetings', 'project'] });
    void queryClient.invalidateQueries({ queryKey: ['raid'] });
  };
}

export function useCreateMeeting(projectId: string) {
  const onSaved = useOnMeetingSaved();
  return useMutation({
    mutationFn: (body: MeetingCreate) => unwrap(api.POST('/api/v1/projects/{id}/meetings', { params: { path: { id: projectId } }, body })),
    onSuccess: (meeting) => onSaved(meeting),
  });
}

/** A plain PATCH: the scribe's autosave calls it directly, to control its own queue. */
export const patchMeeting = (id: string, version: number, patch: MeetingUpdate) =>
  unwrap(api.PATCH('/api/v1/meetings/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch }));

export function useSendMinutes(id: string) {
  const onSaved = useOnMeetingSaved();
  return useMutation({
    mutationFn: (version: number) => unwrap(api.POST('/api/v1/meetings/{id}/send-minutes', { params: { path: { id } }, headers: ifMatch(version), body: {} })),
    onSuccess: (sent) => onSaved(sent.meeting),
  });
}
