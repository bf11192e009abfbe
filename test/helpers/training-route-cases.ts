// The training operations for the access and contract matrices (spread into CASES by route-cases.ts):
// everyone reads the framework and the catalogue and assesses themselves; the PMO and administrators
// keep the catalogue, records and certifications and assess anyone; everyone's training, the matrix
// and the needs are read by the PMO, administrators and executives, and a person reads their own.
import { ALL, REGISTER_EDITORS, type Case, type Env, type Role } from './route-case-kit.ts';
import { systemContext } from './register-fixtures.ts';
import { createCourse } from '../../src/app/training/training-commands.ts';
import { getCompetencyFramework } from '../../src/app/training/competency-framework-setting.ts';

const READ_EVERYONE: Role[] = ['admin', 'pmo', 'executive'];

const course = (e: Env) => createCourse(systemContext(e.deps), { name: 'Matrix course', provider: 'In-house', durationHours: 7, competencies: { scheduling: 3 }, preparesFor: null });

export const TRAINING_CASES: Case[] = [
  { route: 'GET /api/v1/training/framework', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/training/framework' }) },
  {
    route: 'PUT /api/v1/training/framework', allowed: REGISTER_EDITORS, mutates: true, versioned: true,
    request: async (e) => {
      const { version, ...framework } = await getCompetencyFramework(systemContext(e.deps));
      return { method: 'PUT', url: '/api/v1/training/framework', body: framework, ifMatch: version };
    },
  },
  { route: 'GET /api/v1/training/courses', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/training/courses' }) },
  { route: 'POST /api/v1/training/courses', allowed: REGISTER_EDITORS, mutates: true, request: async () => ({ method: 'POST', url: '/api/v1/training/courses', body: { name: 'New course', provider: 'In-house', durationHours: 4 } }) },
  { route: 'PATCH /api/v1/training/courses/:id', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/training/courses/${(await course(e)).id}`, body: { durationHours: 8 }, ifMatch: 1 }) },
  { route: 'POST /api/v1/training/records', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: '/api/v1/training/records', body: { userId: e.cast.manager.user.id, courseId: (await course(e)).id, completedOn: '2026-03-01', score: 88 } }) },
  { route: 'POST /api/v1/training/certifications', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: '/api/v1/training/certifications', body: { userId: e.cast.manager.user.id, name: 'PMP', projectManagement: true, obtainedOn: '2025-01-01', expiresOn: '2028-01-01' } }) },
  { route: 'POST /api/v1/training/assessments', allowed: ALL, mutates: true, request: async (e, role) => ({ method: 'POST', url: '/api/v1/training/assessments', body: { userId: e.cast[role].user.id, competencyKey: 'scheduling', level: 3 } }) },
  { route: 'GET /api/v1/training/people/:id', allowed: [...READ_EVERYONE, 'manager'], mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/training/people/${e.cast.manager.user.id}` }) },
  { route: 'GET /api/v1/training/matrix', allowed: READ_EVERYONE, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/training/matrix' }) },
  { route: 'GET /api/v1/training/needs', allowed: READ_EVERYONE, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/training/needs' }) },
];
