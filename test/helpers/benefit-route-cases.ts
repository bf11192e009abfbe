// The benefits operations for the access and contract matrices (spread into CASES by
// route-cases.ts). Fresh benefits are owned by the outsider, who is on no project team: the owner
// keeps their benefit and records its measurements, even once the project has closed, when its
// manager no longer may.
import { ALL, PROJECT_READERS, PROJECT_EDITORS, type Case, type Env, type Role } from './route-case-kit.ts';
import { makeProject, systemContext } from './register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { updateProject } from '../../src/app/projects/project-commands.ts';
import { createBenefit, recordMeasurement } from '../../src/app/benefits/benefit-commands.ts';

const KEEPERS: Role[] = [...PROJECT_EDITORS, 'outsider'];
const KEEPERS_AFTER_CLOSE: Role[] = ['admin', 'pmo', 'outsider'];

async function project(e: Env, closed = false) {
  const system = systemContext(e.deps);
  const p = await makeProject(e.deps, { name: 'Benefits project', portfolioId: e.reg.portfolioId, managerId: e.cast.manager.user.id });
  await setProjectMember(system, p.id, e.cast.contributor.user.id, 'contributor');
  if (closed) await updateProject(system, p.id, p.version, { status: 'completed' });
  return p;
}

const body = (e: Env) => ({ title: 'Faster onboarding', category: 'non_financial' as const, measure: 'Days to onboard', unit: 'days', currency: null, direction: 'lower_is_better' as const, baseline: 20, target: 5, ownerId: e.cast.outsider.user.id, expectedBy: '2027-12-31', plannedMeasurements: ['2027-06-30'], description: '' });

/** A benefit owned by the outsider, with one measurement, on a fresh (optionally closed) project. */
async function benefit(e: Env, closed = false) {
  const p = await project(e);
  const system = systemContext(e.deps);
  const b = await createBenefit(system, p.id, body(e));
  const measured = await recordMeasurement(system, b.id, { measuredOn: '2027-01-31', value: 15, note: '' });
  if (closed) await updateProject(system, p.id, p.version, { status: 'completed' });
  return measured;
}

export const BENEFIT_CASES: Case[] = [
  { route: 'GET /api/v1/projects/:id/benefits', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await benefit(e)).projectId}/benefits` }) },
  { route: 'POST /api/v1/projects/:id/benefits', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await project(e)).id}/benefits`, body: body(e) }) },
  { route: 'GET /api/v1/benefits/:id', allowed: [...PROJECT_READERS, 'outsider'], mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/benefits/${(await benefit(e)).id}` }) },
  { route: 'PATCH /api/v1/benefits/:id', allowed: KEEPERS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/benefits/${(await benefit(e)).id}`, body: { target: 4 }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/benefits/:id', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/benefits/${(await benefit(e)).id}`, ifMatch: 1 }) },
  // recording on a closed project: the PMO and the owner, no longer the manager
  { route: 'POST /api/v1/benefits/:id/measurements', allowed: KEEPERS_AFTER_CLOSE, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/benefits/${(await benefit(e, true)).id}/measurements`, body: { measuredOn: '2027-06-30', value: 9, note: 'Half-year review' } }) },
  {
    route: 'DELETE /api/v1/benefits/:id/measurements/:measurementId',
    allowed: KEEPERS,
    mutates: true,
    request: async (e) => {
      const b = await benefit(e);
      return { method: 'DELETE', url: `/api/v1/benefits/${b.id}/measurements/${b.measurements[0]!.id}` };
    },
  },
  { route: 'GET /api/v1/portfolios/:id/benefits', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/portfolios/${e.reg.portfolioId}/benefits` }) },
];
