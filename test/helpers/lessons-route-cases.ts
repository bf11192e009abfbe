// The closure and lessons operations for the access and contract matrices (spread into CASES by
// route-cases.ts): each request gets a fresh project managed by the manager with the contributor on
// its team, a closure report on it, and a lesson from that report where needed.
import { ALL, REGISTER_EDITORS, PROJECT_READERS, PROJECT_EDITORS, PROJECT_WORKERS, type Case, type Env } from './route-case-kit.ts';
import { makeProject, systemContext } from './register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createClosureReport, submitClosureReport } from '../../src/app/lessons/closure-commands.ts';
import { createLesson } from '../../src/app/lessons/lesson-commands.ts';


const project = async (e: Env) => {
  const p = await makeProject(e.deps, { name: 'Closing project', portfolioId: e.reg.portfolioId, managerId: e.cast.manager.user.id });
  await setProjectMember(systemContext(e.deps), p.id, e.cast.contributor.user.id, 'contributor');
  return p;
};
const report = async (e: Env, submitted = false) => {
  const r = await createClosureReport(systemContext(e.deps), (await project(e)).id, { wentWell: 'Weekly demos.', wentBadly: '', recommendations: '' });
  return submitted ? submitClosureReport(systemContext(e.deps), r.id, r.version, { comment: '' }) : r;
};
const lesson = async (e: Env) => createLesson(systemContext(e.deps), {
  source: { type: 'closure_report', id: (await report(e)).id }, title: 'Book the venue early', description: '', category: 'procurement', phase: '', impact: 'negative', recommendation: '', tags: [],
});

export const LESSONS_CASES: Case[] = [
  { route: 'GET /api/v1/projects/:id/closure-figures', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await project(e)).id}/closure-figures` }) },
  { route: 'GET /api/v1/projects/:id/closure-report', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await report(e)).project.id}/closure-report` }) },
  { route: 'POST /api/v1/projects/:id/closure-report', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await project(e)).id}/closure-report`, body: { wentWell: 'Clear scope.' } }) },
  { route: 'PATCH /api/v1/closure-reports/:id', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/closure-reports/${(await report(e)).id}`, body: { wentBadly: 'Late vendor.' }, ifMatch: 1 }) },
  { route: 'POST /api/v1/closure-reports/:id/submit', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `/api/v1/closure-reports/${(await report(e)).id}/submit`, body: {}, ifMatch: 1 }) },
  { route: 'POST /api/v1/closure-reports/:id/review', allowed: REGISTER_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `/api/v1/closure-reports/${(await report(e, true)).id}/review`, body: { decision: 'accept' }, ifMatch: 2 }) },
  { route: 'GET /api/v1/lessons', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/lessons' }) },
  { route: 'POST /api/v1/lessons', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'POST', url: '/api/v1/lessons', body: { source: { type: 'closure_report', id: (await report(e)).id }, title: 'Demo weekly', category: 'stakeholders', impact: 'positive' } }) },
  { route: 'GET /api/v1/lessons/:id', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/lessons/${(await lesson(e)).id}` }) },
  { route: 'PATCH /api/v1/lessons/:id', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/lessons/${(await lesson(e)).id}`, body: { title: 'Book venues three months ahead' }, ifMatch: 1 }) },
  { route: 'GET /api/v1/projects/:id/lesson-suggestions', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await project(e)).id}/lesson-suggestions` }) },
];
