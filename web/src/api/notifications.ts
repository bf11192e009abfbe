// My notifications: the bell polls the unread ones every minute (and when the window regains
// focus), the page lists them all; marking read and changing e-mail choices refetch both.
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { NotificationKind } from './types.ts';

/** How often the bell asks for news. */
const POLL_MS = 60_000;

export interface NotificationQuery {
  unread?: 'true';
  limit?: number;
  cursor?: string;
}

export const notificationQueries = {
  list: (query: NotificationQuery) =>
    queryOptions({
      queryKey: queryKeys.notifications.list(query),
      queryFn: () => unwrap(api.GET('/api/v1/me/notifications', { params: { query } })),
      staleTime: 0,
    }),
  preferences: () =>
    queryOptions({
      queryKey: queryKeys.notifications.preferences(),
      queryFn: () => unwrap(api.GET('/api/v1/me/notification-preferences', {})),
    }),
};

/** The latest few unread, and the count of all unread, kept fresh for the bell. */
export const useUnreadNotifications = () => useQuery({ ...notificationQueries.list({ unread: 'true', limit: 8 }), refetchInterval: POLL_MS, refetchOnWindowFocus: true });
export const useNotifications = (query: NotificationQuery) => useQuery({ ...notificationQueries.list(query), placeholderData: keepPreviousData });
export const useNotificationPreferences = () => useQuery(notificationQueries.preferences());

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (which: { ids: string[] } | { all: true }) => unwrap(api.POST('/api/v1/me/notifications/read', { body: which })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications.all }),
  });
}

export function useSetNotificationEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: Partial<Record<NotificationKind, boolean>>) => unwrap(api.PUT('/api/v1/me/notification-preferences', { body: { email } })),
    onSuccess: (prefs) => queryClient.setQueryData(queryKeys.notifications.preferences(), prefs),
  });
}
