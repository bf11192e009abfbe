// The PMO's own operations (maturity assessments and KPIs) for the access and contract matrices (spread into CASES by
// route-cases.ts): each request gets a fresh assessment, asked of the manager and the contributor,
// so its respondents answer and everyone else is refused.
import { ALL, REGISTER_EDITORS, type Case, type Env, type Role } from './route-case-kit.ts';
import { systemContext } from './register-fixtures.ts';
import { getMaturityModel } from '../../src/app/maturity/maturity-model-setting.ts';
import { answerMaturityAssessment, createMaturityAssessment } from '../../src/app/maturity/maturity-commands.ts';
import { getPmoCharter, setPmoCharter } from '../../src/app/pmo-charter/pmo-charter.ts';

const RESPONDENTS: Role[] = ['manager', 'contributor'];

const assessment = (e: Env) => createMaturityAssessment(systemContext(e.deps), {
  title: 'Matrix assessment', respondentIds: RESPONDENTS.map((r) => e.cast[r].user.id), targets: {},
});

/** An assessment the PMO answered low on stage gates, with the charter naming a roadmap project: its step can become an action. */
async function answeredAssessment(e: Env) {
  const system = systemContext(e.deps);
  const { version, operatingModel: _model, portfolios: _portfolios, roadmap, ...charter } = await getPmoCharter(system);
  if (!roadmap) await setPmoCharter(system, version, { ...charter, roadmapProjectId: e.reg.projectId });
  const made = await createMaturityAssessment(system, { title: 'Matrix steps', respondentIds: [e.cast.pmo.user.id], targets: {} });
  await answerMaturityAssessment(e.cast.pmo.ctx, made.id, { answers: { stage_gates: 2 } });
  return made;
}

export const PMO_CASES: Case[] = [
  { route: 'GET /api/v1/maturity/model', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/maturity/model' }) },
  {
    route: 'PUT /api/v1/maturity/model', allowed: REGISTER_EDITORS, mutates: true, versioned: true,
    request: async (e) => {
      const { version, ...model } = await getMaturityModel(systemContext(e.deps));
      return { method: 'PUT', url: '/api/v1/maturity/model', body: model, ifMatch: version };
    },
  },
  { route: 'GET /api/v1/maturity/assessments', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/maturity/assessments' }) },
  {
    route: 'POST /api/v1/maturity/assessments', allowed: REGISTER_EDITORS, mutates: true,
    request: async (e) => ({ method: 'POST', url: '/api/v1/maturity/assessments', body: { title: 'New assessment', respondentIds: [e.cast.pmo.user.id] } }),
  },
  { route: 'GET /api/v1/maturity/assessments/:id', allowed: [...REGISTER_EDITORS, 'executive', ...RESPONDENTS], mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/maturity/assessments/${(await assessment(e)).id}` }) },
  {
    route: 'PATCH /api/v1/maturity/assessments/:id', allowed: REGISTER_EDITORS, mutates: true, versioned: true,
    request: async (e) => ({ method: 'PATCH', url: `/api/v1/maturity/assessments/${(await assessment(e)).id}`, body: { status: 'closed' }, ifMatch: 1 }),
  },
  {
    route: 'PUT /api/v1/maturity/assessments/:id/answers', allowed: RESPONDENTS, mutates: true,
    request: async (e) => ({ method: 'PUT', url: `/api/v1/maturity/assessments/${(await assessment(e)).id}/answers`, body: { answers: { stage_gates: 3 } } }),
  },
  {
    route: 'POST /api/v1/maturity/assessments/:id/actions', allowed: REGISTER_EDITORS, mutates: true,
    request: async (e) => ({ method: 'POST', url: `/api/v1/maturity/assessments/${(await answeredAssessment(e)).id}/actions`, body: { questionKey: 'stage_gates' } }),
  },
  { route: 'GET /api/v1/pmo/charter', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/pmo/charter' }) },
  {
    route: 'PUT /api/v1/pmo/charter', allowed: REGISTER_EDITORS, mutates: true, versioned: true,
    request: async (e) => {
      const { version, operatingModel: _model, portfolios: _portfolios, roadmap: _roadmap, ...charter } = await getPmoCharter(systemContext(e.deps));
      return { method: 'PUT', url: '/api/v1/pmo/charter', body: charter, ifMatch: version };
    },
  },
  { route: 'GET /api/v1/pmo/kpis', allowed: [...REGISTER_EDITORS, 'executive'], mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/pmo/kpis' }) },
];
