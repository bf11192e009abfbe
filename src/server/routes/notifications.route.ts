// My notifications and my e-mail preferences for them: every signed-in person has their own.
import type { FastifyInstance } from 'fastify';
import { NotificationListQuery, NotificationPage, NotificationPreferences, NotificationPreferencesQuery, NotificationPreferencesUpdate, NotificationsRead, NotificationsReadResult } from '../../contracts/notification.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getNotificationPreferences, listNotifications, markNotificationsRead, setNotificationPreferences } from '../../app/notifications/notification-inbox.ts';
import { contextOf } from '../plugins/auth.ts';
import { createProblems, listProblems, typed } from './route-kit.ts';

const tags = ['notifications'];

export function notificationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/me/notifications', {
    schema: { tags, summary: 'My notifications, newest first, with my unread count', querystring: NotificationListQuery, response: { 200: NotificationPage, ...listProblems } },
    handler: async (request) => listNotifications(contextOf(deps, request), request.query),
  });
  r.post('/api/v1/me/notifications/read', {
    schema: { tags, summary: 'Mark notifications of mine read: some (ids) or all', body: NotificationsRead, response: { 200: NotificationsReadResult, ...createProblems } },
    handler: async (request) => markNotificationsRead(contextOf(deps, request), request.body),
  });
  r.get('/api/v1/me/notification-preferences', {
    schema: { tags, summary: 'Which kinds of notification I also get by e-mail', querystring: NotificationPreferencesQuery, response: { 200: NotificationPreferences, ...listProblems } },
    handler: async (request) => getNotificationPreferences(contextOf(deps, request)),
  });
  r.put('/api/v1/me/notification-preferences', {
    schema: { tags, summary: 'Choose which kinds of notification I also get by e-mail (kinds not named keep their setting)', body: NotificationPreferencesUpdate, response: { 200: NotificationPreferences, ...createProblems } },
    handler: async (request) => setNotificationPreferences(contextOf(deps, request), request.body),
  });
}
