// The resource pool, assignments and requests, earned value, capacity and levelling, for the access
// and contract matrices (spread into CASES by route-cases.ts).
import { systemContext } from './register-fixtures.ts';
import { setResourceArchived } from '../../src/app/resources/resources.ts';
import { getBaseCalendars } from '../../src/app/resources/base-calendars.ts';
import { ALL, REGISTER_EDITORS, PROJECT_READERS, PROJECT_EDITORS, type Case } from './route-case-kit.ts';
import { fresh } from './route-case-targets.ts';

export const RESOURCE_CASES: Case[] = [
  // the resource pool (the PMO keeps it, everyone reads it; rates as people's rates)
  { route: 'GET /api/v1/resources', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/resources?skill=sql&minProficiency=2&kind=person' }) },
  { route: 'POST /api/v1/resources', allowed: REGISTER_EDITORS, mutates: true, request: async () => ({ method: 'POST', url: '/api/v1/resources', body: { kind: 'equipment', name: 'Crane', skills: [] } }) },
  { route: 'GET /api/v1/resource-facets', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/resource-facets' }) },
  { route: 'GET /api/v1/resources/:id', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/resources/${(await fresh.resource(e)).id}` }) },
  { route: 'PATCH /api/v1/resources/:id', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/resources/${(await fresh.resource(e)).id}`, body: { team: 'Data', maxUnits: [{ from: '2027-01-01', units: 50 }] }, ifMatch: 1 }) },
  { route: 'POST /api/v1/resources/:id/archive', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/resources/${(await fresh.resource(e)).id}/archive`, ifMatch: 1 }) },
  {
    route: 'POST /api/v1/resources/:id/restore',
    allowed: REGISTER_EDITORS,
    mutates: true,
    request: async (e) => {
      const archived = await setResourceArchived(systemContext(e.deps), (await fresh.resource(e)).id, 1, true);
      return { method: 'POST', url: `/api/v1/resources/${archived.id}/restore`, ifMatch: archived.version };
    },
  },
  { route: 'GET /api/v1/resources/:id/calendar', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/resources/${(await fresh.resource(e)).id}/calendar` }) },
  {
    route: 'PUT /api/v1/resources/:id/calendar',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'PUT', url: `/api/v1/resources/${(await fresh.resource(e)).id}/calendar`, body: { baseCalendarId: 'standard', definition: { week: [null, null, null, null, null, [], null], workWeeks: [], exceptions: [] } }, ifMatch: 0 }),
  },
  { route: 'POST /api/v1/resources/:id/leave', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/resources/${(await fresh.resource(e)).id}/leave`, body: { from: '2027-08-02', to: '2027-08-06', name: 'Summer' } }) },
  { route: 'GET /api/v1/resources/:id/availability', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/resources/${(await fresh.resource(e)).id}/availability?from=2027-03-01&to=2027-03-07` }) },
  { route: 'GET /api/v1/resources/:id/rates', allowed: REGISTER_EDITORS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/resources/${(await fresh.resource(e)).id}/rates` }) },
  { route: 'POST /api/v1/resources/:id/rates', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/resources/${(await fresh.resource(e)).id}/rates`, body: { effectiveFrom: '2027-01-01', standard: { amountMinor: 7_000, currency: 'EUR' }, perUse: { amountMinor: 500, currency: 'EUR' } } }) },
  { route: 'GET /api/v1/resources/:id/rate', allowed: REGISTER_EDITORS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/resources/${(await fresh.resourceRate(e)).resourceId}/rate?on=2027-02-01` }) },
  { route: 'PATCH /api/v1/resource-rates/:id', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/resource-rates/${(await fresh.resourceRate(e)).id}`, body: { standard: { amountMinor: 7_500, currency: 'EUR' } }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/resource-rates/:id', allowed: REGISTER_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/resource-rates/${(await fresh.resourceRate(e)).id}`, ifMatch: 1 }) },
  // assignments of the pool to schedule tasks (as editing the schedule) and requests for people (the PMO fills them)
  { route: 'GET /api/v1/projects/:id/assignments', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.assignment(e)).projectId}/assignments` }) },
  { route: 'GET /api/v1/projects/:id/schedule/tasks/:taskId/assignments', allowed: PROJECT_READERS, mutates: false, request: async (e) => { const a = await fresh.assignment(e); return { method: 'GET', url: `/api/v1/projects/${a.projectId}/schedule/tasks/${a.a}/assignments` }; } },
  {
    route: 'POST /api/v1/projects/:id/schedule/tasks/:taskId/assignments',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const a = await fresh.assignment(e);
      return { method: 'POST', url: `/api/v1/projects/${a.projectId}/schedule/tasks/${a.b}/assignments`, body: { resourceId: (await fresh.resource(e)).id, workMinutes: 240, contour: 'back-loaded' } };
    },
  },
  { route: 'PATCH /api/v1/projects/:id/schedule/tasks/:taskId/assignments/:assignmentId', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: (await fresh.assignment(e)).url, body: { units: 75 }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/projects/:id/schedule/tasks/:taskId/assignments/:assignmentId', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: (await fresh.assignment(e)).url, ifMatch: 1 }) },
  { route: 'POST /api/v1/projects/:id/schedule/tasks/:taskId/assignments/:assignmentId/replace', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `${(await fresh.assignment(e)).url}/replace`, body: { resourceId: (await fresh.resource(e)).id }, ifMatch: 1 }) },
  { route: 'POST /api/v1/projects/:id/schedule/tasks/:taskId/assignments/:assignmentId/requests', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `${(await fresh.assignment(e)).url}/requests`, body: { skill: 'SQL', minProficiency: 2, note: 'Needs the data model' } }) },
  { route: 'GET /api/v1/resource-requests', allowed: REGISTER_EDITORS, mutates: false, request: async (e) => { await fresh.resourceRequest(e); return { method: 'GET', url: '/api/v1/resource-requests?status=open' }; } },
  { route: 'POST /api/v1/resource-requests/:id/fill', allowed: REGISTER_EDITORS, mutates: true, versioned: true, audits: 2, request: async (e) => ({ method: 'POST', url: `/api/v1/resource-requests/${(await fresh.resourceRequest(e)).id}/fill`, body: { resourceId: (await fresh.resource(e)).id }, ifMatch: 1 }) },
  { route: 'POST /api/v1/resource-requests/:id/decline', allowed: REGISTER_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `/api/v1/resource-requests/${(await fresh.resourceRequest(e)).id}/decline`, body: { reason: 'Nobody free before June' }, ifMatch: 1 }) },
  { route: 'GET /api/v1/settings/base-calendars', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/settings/base-calendars' }) },
  {
    route: 'PUT /api/v1/settings/base-calendars',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => {
      const current = await getBaseCalendars(systemContext(e.deps));
      return { method: 'PUT', url: '/api/v1/settings/base-calendars', body: { items: current.items }, ifMatch: current.version };
    },
  },
  // earned value: a project's for its readers; the roll-up over the projects each reader can see
  { route: 'GET /api/v1/projects/:id/evm', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.project(e)).id}/evm?period=month` }) },
  {
    route: 'GET /api/v1/projects/:id/schedule/tasks/:taskId/earning',
    allowed: PROJECT_READERS,
    mutates: false,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'GET', url: `/api/v1/projects/${s.projectId}/schedule/tasks/${s.a}/earning` };
    },
  },
  {
    route: 'PUT /api/v1/projects/:id/schedule/tasks/:taskId/earning',
    allowed: PROJECT_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'PUT', url: `/api/v1/projects/${s.projectId}/schedule/tasks/${s.a}/earning`, body: { method: '50/50', etc: { amountMinor: 20_000, currency: 'EUR' } }, ifMatch: 0 };
    },
  },
  { route: 'GET /api/v1/projects/:id/evm/estimate', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.project(e)).id}/evm/estimate` }) },
  {
    route: 'PUT /api/v1/projects/:id/evm/estimate',
    allowed: PROJECT_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'PUT', url: `/api/v1/projects/${(await fresh.project(e)).id}/evm/estimate`, body: { etc: { amountMinor: 150_000, currency: 'EUR' }, note: 'Supplier quotes of 2 March' }, ifMatch: 0 }),
  },
  { route: 'GET /api/v1/evm/portfolio', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/evm/portfolio' }) },
  // capacity against demand: everyone reads the numbers; the drill-down hides projects the reader may not read
  { route: 'GET /api/v1/capacity', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/capacity?from=2027-03-01&to=2027-03-28&unit=week&groupBy=role&includeProposed=true' }) },
  { route: 'GET /api/v1/capacity/detail', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/capacity/detail?resourceId=${(await fresh.resource(e)).id}&from=2027-03-01&to=2027-03-07` }) },
  { route: 'GET /api/v1/capacity/available', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/capacity/available?skill=SQL&minProficiency=2&weeks=2&units=50&from=2027-03-01&to=2027-03-28' }) },
  { route: 'POST /api/v1/capacity/what-if', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'POST', url: '/api/v1/capacity/what-if', body: { projectId: e.reg.projectId, from: '2027-03-01', to: '2027-05-31' } }) },
  // resource levelling: the team reads a preview, the project's editors level and clear; the PMO levels a portfolio
  { route: 'POST /api/v1/projects/:id/levelling/preview', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.overloaded(e)).projectId}/levelling/preview`, body: {} }) },
  { route: 'POST /api/v1/projects/:id/levelling', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.overloaded(e)).projectId}/levelling`, body: { mode: 'optimise', schedules: 50 } }) },
  { route: 'DELETE /api/v1/projects/:id/levelling', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/projects/${(await fresh.overloaded(e)).projectId}/levelling` }) },
  { route: 'POST /api/v1/portfolios/:id/levelling/preview', allowed: REGISTER_EDITORS, mutates: false, request: async (e) => ({ method: 'POST', url: `/api/v1/portfolios/${(await fresh.overloaded(e, true)).portfolioId}/levelling/preview`, body: {} }) },
  { route: 'POST /api/v1/portfolios/:id/levelling', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/portfolios/${(await fresh.overloaded(e, true)).portfolioId}/levelling`, body: {} }) },
];
