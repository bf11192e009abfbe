// The support-desk operations for the access and contract matrices (spread into CASES by
// route-cases.ts): anyone raises a request and reads their own; the PMO, administrators and
// executives read the queue; the PMO and administrators work it and set the service levels.
import { ALL, REGISTER_EDITORS, type Case, type Env } from './route-case-kit.ts';
import { raiseSupportRequest } from '../../src/app/support/support-requests.ts';
import { getServiceLevels } from '../../src/app/support/service-levels-setting.ts';
import { systemContext } from './register-fixtures.ts';


/** A request raised by the manager. */
const raised = (e: Env) => raiseSupportRequest(e.cast.manager.ctx, { title: 'Help with the baseline', description: '', category: 'scheduling_support' });

export const SUPPORT_CASES: Case[] = [
  { route: 'GET /api/v1/support/service-levels', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/support/service-levels' }) },
  {
    route: 'PUT /api/v1/support/service-levels', allowed: REGISTER_EDITORS, mutates: true, versioned: true,
    request: async (e) => {
      const { version, ...levels } = await getServiceLevels(systemContext(e.deps));
      return { method: 'PUT', url: '/api/v1/support/service-levels', body: levels, ifMatch: version };
    },
  },
  { route: 'GET /api/v1/support/requests', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/support/requests' }) },
  { route: 'POST /api/v1/support/requests', allowed: ALL, mutates: true, request: async () => ({ method: 'POST', url: '/api/v1/support/requests', body: { title: 'Report template', category: 'reporting' } }) },
  { route: 'GET /api/v1/support/requests/:id', allowed: ['admin', 'pmo', 'executive', 'manager'], mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/support/requests/${(await raised(e)).id}` }) },
  { route: 'PATCH /api/v1/support/requests/:id', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/support/requests/${(await raised(e)).id}`, body: { status: 'in_progress' }, ifMatch: 1 }) },
];
