// The scenario operations for the access and contract matrices (spread into CASES by
// route-cases.ts): the PMO and administrators plan scenarios; executives read them; members,
// however involved in the portfolio's projects, do not.
import { type Case, type Env, type Role } from './route-case-kit.ts';
import { systemContext } from './register-fixtures.ts';
import { createScenario } from '../../src/app/scenarios/scenario-commands.ts';

const PLANNERS: Role[] = ['admin', 'pmo'];
const READERS: Role[] = ['admin', 'pmo', 'executive'];

const scenario = (e: Env) => createScenario(systemContext(e.deps), e.reg.portfolioId, { name: 'What if', description: '' });

export const SCENARIO_CASES: Case[] = [
  { route: 'GET /api/v1/portfolios/:id/scenarios', allowed: READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/portfolios/${e.reg.portfolioId}/scenarios` }) },
  { route: 'POST /api/v1/portfolios/:id/scenarios', allowed: PLANNERS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/portfolios/${e.reg.portfolioId}/scenarios`, body: { name: 'Stretch plan' } }) },
  { route: 'GET /api/v1/portfolios/:id/scenario-comparison', allowed: READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/portfolios/${e.reg.portfolioId}/scenario-comparison?scenarioIds=${(await scenario(e)).id}&from=2027-01-01&quarters=2` }) },
  { route: 'GET /api/v1/scenarios/:id', allowed: READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/scenarios/${(await scenario(e)).id}` }) },
  { route: 'PATCH /api/v1/scenarios/:id', allowed: PLANNERS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/scenarios/${(await scenario(e)).id}`, body: { name: 'Renamed' }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/scenarios/:id', allowed: PLANNERS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/scenarios/${(await scenario(e)).id}`, ifMatch: 1 }) },
  { route: 'PUT /api/v1/scenarios/:id/projects/:projectId', allowed: PLANNERS, mutates: true, versioned: true, request: async (e) => ({ method: 'PUT', url: `/api/v1/scenarios/${(await scenario(e)).id}/projects/${e.reg.projectId}`, body: { included: true, shift: { amount: 2, unit: 'weeks' }, scalePct: 80 }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/scenarios/:id/projects/:projectId', allowed: PLANNERS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/scenarios/${(await scenario(e)).id}/projects/${e.reg.projectId}`, ifMatch: 1 }) },
];
