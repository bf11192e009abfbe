// The register (objectives, portfolios, programs), projects and schedules, for the access and
// contract matrices (spread into CASES by route-cases.ts).
import { expect } from 'vitest';
import { call } from './api.ts';
import { systemContext } from './register-fixtures.ts';
import { createScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { createScheduleCalendar } from '../../src/app/schedules/schedule-calendars.ts';
import { MSPDI_SAMPLE } from './schedule-fixtures.ts';
import { ALL, REGISTER_EDITORS, PROJECT_READERS, PROJECT_EDITORS, type Env, type Case } from './route-case-kit.ts';
import { fresh } from './route-case-targets.ts';

export const CORE_CASES: Case[] = [
  // register: objectives, portfolios, programs
  ...(['objective', 'portfolio', 'program'] as const).flatMap((kind): Case[] => {
    const path = `/api/v1/${kind}s`;
    const createBody = (e: Env) => (kind === 'program' ? { name: 'New program', portfolioId: e.reg.portfolioId } : { name: `New ${kind}` });
    return [
      { route: `GET ${path}`, allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: path }) },
      { route: `GET ${path}/:id`, allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `${path}/${(await fresh[kind](e)).id}` }) },
      { route: `POST ${path}`, allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: path, body: createBody(e) }) },
      { route: `PATCH ${path}/:id`, allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `${path}/${(await fresh[kind](e)).id}`, body: { name: 'Renamed' }, ifMatch: 1 }) },
      { route: `POST ${path}/:id/archive`, allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `${path}/${(await fresh[kind](e)).id}/archive`, ifMatch: 1 }) },
      {
        route: `POST ${path}/:id/restore`,
        allowed: REGISTER_EDITORS,
        mutates: true,
        request: async (e) => {
          const item = await fresh[kind](e);
          const archived = await call(e.app, 'POST', `${path}/${item.id}/archive`, { token: e.cast.admin.token, ifMatch: 1 });
          expect(archived.statusCode).toBe(200);
          return { method: 'POST', url: `${path}/${item.id}/restore`, ifMatch: 2 };
        },
      },
    ];
  }),
  // projects
  { route: 'GET /api/v1/projects', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/projects' }) },
  { route: 'GET /api/v1/projects/summary', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/projects/summary' }) },
  { route: 'GET /api/v1/projects/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${e.reg.projectId}` }) },
  { route: 'POST /api/v1/projects', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: '/api/v1/projects', body: { name: 'New project', portfolioId: e.reg.portfolioId } }) },
  { route: 'PATCH /api/v1/projects/:id', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/projects/${(await fresh.project(e)).id}`, body: { name: 'Renamed', status: 'on_hold' }, ifMatch: 1 }) },
  { route: 'POST /api/v1/projects/:id/archive', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/archive`, ifMatch: 1 }) },
  {
    route: 'POST /api/v1/projects/:id/restore',
    allowed: REGISTER_EDITORS,
    mutates: true,
    request: async (e) => {
      const p = await fresh.project(e);
      const archived = await call(e.app, 'POST', `/api/v1/projects/${p.id}/archive`, { token: e.cast.admin.token, ifMatch: 1 });
      expect(archived.statusCode).toBe(200);
      return { method: 'POST', url: `/api/v1/projects/${p.id}/restore`, ifMatch: 2 };
    },
  },
  { route: 'GET /api/v1/projects/:id/members', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${e.reg.projectId}/members` }) },
  { route: 'PUT /api/v1/projects/:id/members/:userId', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PUT', url: `/api/v1/projects/${(await fresh.project(e)).id}/members/${e.cast.outsider.user.id}`, body: { role: 'viewer' } }) },
  { route: 'DELETE /api/v1/projects/:id/members/:userId', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/projects/${(await fresh.project(e)).id}/members/${e.cast.contributor.user.id}` }) },
  // schedules
  { route: 'GET /api/v1/projects/:id/schedule', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule` }) },
  { route: 'GET /api/v1/projects/:id/schedule/export', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/export` }) },
  { route: 'PATCH /api/v1/projects/:id/schedule/settings', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/settings`, body: { statusDate: '2026-03-04T17:00' }, ifMatch: 1 }) },
  { route: 'POST /api/v1/projects/:id/schedule/import', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/import`, body: { content: MSPDI_SAMPLE } }) },
  { route: 'POST /api/v1/projects/:id/schedule/tasks', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/tasks`, body: { name: 'C' } }) },
  {
    route: 'PATCH /api/v1/projects/:id/schedule/tasks/:taskId',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'PATCH', url: `/api/v1/projects/${s.projectId}/schedule/tasks/${s.a}`, body: { durationMinutes: 960 }, ifMatch: 1 };
    },
  },
  {
    route: 'POST /api/v1/projects/:id/schedule/tasks/:taskId/move',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'POST', url: `/api/v1/projects/${s.projectId}/schedule/tasks/${s.b}/move`, body: { beforeTaskId: s.a } };
    },
  },
  {
    route: 'DELETE /api/v1/projects/:id/schedule/tasks/:taskId',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'DELETE', url: `/api/v1/projects/${s.projectId}/schedule/tasks/${s.b}` };
    },
  },
  {
    route: 'POST /api/v1/projects/:id/schedule/links',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      const c = await createScheduleTask(systemContext(e.deps), s.projectId, { name: 'C', durationMinutes: 480 });
      return { method: 'POST', url: `/api/v1/projects/${s.projectId}/schedule/links`, body: { predecessorId: s.b, successorId: c.taskId, type: 'SS', lagMinutes: 60 } };
    },
  },
  {
    route: 'PATCH /api/v1/projects/:id/schedule/links/:linkId',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'PATCH', url: `/api/v1/projects/${s.projectId}/schedule/links/${s.linkId}`, body: { lagMinutes: 480 }, ifMatch: 1 };
    },
  },
  {
    route: 'DELETE /api/v1/projects/:id/schedule/links/:linkId',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'DELETE', url: `/api/v1/projects/${s.projectId}/schedule/links/${s.linkId}` };
    },
  },
  { route: 'POST /api/v1/projects/:id/schedule/calendars', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/calendars`, body: { name: 'Night shift' } }) },
  {
    route: 'PATCH /api/v1/projects/:id/schedule/calendars/:calendarId',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      const c = await createScheduleCalendar(systemContext(e.deps), s.projectId, { name: 'Site', baseCalendarId: null });
      return { method: 'PATCH', url: `/api/v1/projects/${s.projectId}/schedule/calendars/${c.calendarId}`, body: { name: 'Site, summer hours' }, ifMatch: 1 };
    },
  },
  {
    route: 'DELETE /api/v1/projects/:id/schedule/calendars/:calendarId',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      const c = await createScheduleCalendar(systemContext(e.deps), s.projectId, { name: 'Site', baseCalendarId: null });
      return { method: 'DELETE', url: `/api/v1/projects/${s.projectId}/schedule/calendars/${c.calendarId}` };
    },
  },
  { route: 'GET /api/v1/projects/:id/schedule/baselines', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/baselines` }) },
  { route: 'PUT /api/v1/projects/:id/schedule/baselines/:number', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PUT', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/baselines/1`, body: { name: 'Re-plan' } }) },
  { route: 'GET /api/v1/projects/:id/schedule/baselines/:number', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/baselines/0` }) },
];
