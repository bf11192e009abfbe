// Dashboards, report files, calendar feeds, notifications, accounts and one's own session and
// tokens, for the access and contract matrices (spread into CASES by route-cases.ts).
import { PASSWORD } from './fixtures.ts';
import { createApiToken } from '../../src/app/auth/api-tokens.ts';
import { ALL, PROJECT_READERS, type Case } from './route-case-kit.ts';
import { fresh } from './route-case-targets.ts';

export const PLATFORM_CASES: Case[] = [
  // dashboards (every role; each reader sees only the projects they may read)
  { route: 'GET /api/v1/dashboard/portfolio', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/dashboard/portfolio' }) },
  { route: 'GET /api/v1/dashboard/programs/:id', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/dashboard/programs/${e.reg.programId}` }) },
  { route: 'GET /api/v1/dashboard/my-work', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/dashboard/my-work' }) },
  // reports as files
  { route: 'GET /api/v1/reports/portfolio', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/reports/portfolio?format=xlsx' }) },
  { route: 'GET /api/v1/projects/:id/report', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.statusReport(e, 'submitted')).projectId}/report?format=pptx` }) },
  // calendar feeds (iCalendar; also ?token=, tested in calendar.test.ts): a portfolio's feed is open to all, holding only the projects each reader sees
  { route: 'GET /api/v1/projects/:id/calendar.ics', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.review(e)).projectId}/calendar.ics` }) },
  { route: 'GET /api/v1/portfolios/:id/calendar.ics', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/portfolios/${(await fresh.portfolio(e)).id}/calendar.ics` }) },
  // my notifications (each person has their own; marking read is not audited, choosing e-mail is)
  { route: 'GET /api/v1/me/notifications', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/me/notifications?unread=true' }) },
  { route: 'POST /api/v1/me/notifications/read', allowed: ALL, mutates: true, audits: 0, request: async () => ({ method: 'POST', url: '/api/v1/me/notifications/read', body: { all: true } }) },
  { route: 'GET /api/v1/me/notification-preferences', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/me/notification-preferences' }) },
  { route: 'PUT /api/v1/me/notification-preferences', allowed: ALL, mutates: true, request: async () => ({ method: 'PUT', url: '/api/v1/me/notification-preferences', body: { email: { breach_raised: true } } }) },
  // accounts
  { route: 'GET /api/v1/users', allowed: ['admin'], mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/users' }) },
  { route: 'POST /api/v1/users', allowed: ['admin'], mutates: true, request: async () => ({ method: 'POST', url: '/api/v1/users', body: { email: `n${Math.random().toString(36).slice(2)}@example.org`, name: 'New Person', password: 'a long enough password', orgRole: 'member' } }) },
  { route: 'GET /api/v1/users/:id', allowed: ['admin'], mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/users/${(await fresh.user(e)).id}` }) },
  { route: 'PATCH /api/v1/users/:id', allowed: ['admin'], mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/users/${(await fresh.user(e)).id}`, body: { name: 'Renamed Person' }, ifMatch: 1 }) },
  { route: 'GET /api/v1/people', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/people' }) },
  { route: 'GET /api/v1/audit-events', allowed: ['admin'], mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/audit-events' }) },
  // own session and tokens
  { route: 'GET /api/v1/auth/me', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/auth/me' }) },
  {
    route: 'POST /api/v1/auth/password',
    allowed: ALL,
    mutates: true,
    request: async (_e, role) => ({ method: 'POST', url: '/api/v1/auth/password', body: { currentPassword: PASSWORD, newPassword: `${role} second password` } }),
  },
  { route: 'GET /api/v1/auth/tokens', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/auth/tokens' }) },
  { route: 'POST /api/v1/auth/tokens', allowed: ALL, mutates: true, request: async () => ({ method: 'POST', url: '/api/v1/auth/tokens', body: { name: 'script' } }) },
  {
    route: 'DELETE /api/v1/auth/tokens/:id',
    allowed: ALL,
    mutates: true,
    request: async (e, role) => {
      const own = await createApiToken(e.cast[role].ctx, { name: 'to revoke' });
      return { method: 'DELETE', url: `/api/v1/auth/tokens/${own.id}` };
    },
  },
];
