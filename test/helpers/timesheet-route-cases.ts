// The timesheet operations for the access and contract matrices (spread into CASES by
// route-cases.ts): each request gets a fresh project and a contributor's sheet of a week no other
// request uses, so calls never meet each other's sheets.
import { ALL, PROJECT_READERS, type Case, type Env, type Role } from './route-case-kit.ts';
import { makeProject, systemContext } from './register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { saveMyWeek, submitTimesheet } from '../../src/app/timesheets/timesheet-commands.ts';
import { getTimesheetLock } from '../../src/app/timesheets/timesheet-lock.ts';
import { addDays } from '../../src/core/timesheets/timesheet-week.ts';

const APPROVERS: Role[] = ['admin', 'pmo', 'manager'];

let weeks = 0;
/** A Monday no earlier request has used. */
const nextWeek = (): string => addDays('2030-01-07', 7 * weeks++);

/** A sheet of `owner` (on the team) on a fresh project of the manager's: saved (version 1) or submitted (2). */
async function sheet(e: Env, upTo: 'saved' | 'submitted' = 'saved', owner: Role = 'contributor') {
  const system = systemContext(e.deps);
  const p = await makeProject(e.deps, { name: 'Timesheet project', portfolioId: e.reg.portfolioId, managerId: e.cast.manager.user.id });
  await setProjectMember(system, p.id, e.cast.contributor.user.id, 'contributor');
  if (owner !== 'manager' && owner !== 'contributor') await setProjectMember(system, p.id, e.cast[owner].user.id, 'contributor');
  const task = await createScheduleTask(system, p.id, { name: 'Work', durationMinutes: 4800 });
  const ctx = e.cast[owner].ctx;
  const saved = await saveMyWeek(ctx, nextWeek(), 0, { rows: [{ projectId: p.id, taskId: task.taskId, overtime: false, minutes: [480, 480, 0, 0, 0, 0, 0], note: '' }] });
  const result = upTo === 'submitted' ? await submitTimesheet(ctx, saved.id!, saved.version) : saved;
  return { ...result, id: result.id!, projectId: p.id };
}

export const TIMESHEET_CASES: Case[] = [
  { route: 'GET /api/v1/me/timesheets/:weekStart', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: `/api/v1/me/timesheets/${nextWeek()}` }) },
  { route: 'PUT /api/v1/me/timesheets/:weekStart', allowed: ALL, mutates: true, versioned: true, request: async () => ({ method: 'PUT', url: `/api/v1/me/timesheets/${nextWeek()}`, body: { rows: [] }, ifMatch: 0 }) },
  { route: 'GET /api/v1/me/bookable-tasks', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/me/bookable-tasks' }) },
  { route: 'GET /api/v1/timesheets', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/timesheets' }) },
  { route: 'GET /api/v1/timesheets/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/timesheets/${(await sheet(e)).id}` }) },
  // everyone submits and recalls a sheet of their own (others' are refused in timesheets.test.ts);
  // approvers decide on the contributor's, never on their own
  { route: 'POST /api/v1/timesheets/:id/submit', allowed: ALL, mutates: true, versioned: true, request: async (e, role) => ({ method: 'POST', url: `/api/v1/timesheets/${(await sheet(e, 'saved', role)).id}/submit`, body: {}, ifMatch: 1 }) },
  { route: 'POST /api/v1/timesheets/:id/recall', allowed: ALL, mutates: true, versioned: true, request: async (e, role) => ({ method: 'POST', url: `/api/v1/timesheets/${(await sheet(e, 'submitted', role)).id}/recall`, body: {}, ifMatch: 2 }) },
  {
    route: 'POST /api/v1/timesheets/:id/decision',
    allowed: APPROVERS,
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'POST', url: `/api/v1/timesheets/${(await sheet(e, 'submitted')).id}/decision`, body: { decision: 'return', comment: 'Split Monday.' }, ifMatch: 2 }),
  },
  { route: 'GET /api/v1/settings/timesheet-lock', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/settings/timesheet-lock' }) },
  {
    route: 'PUT /api/v1/settings/timesheet-lock',
    allowed: ['admin', 'pmo'],
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'PUT', url: '/api/v1/settings/timesheet-lock', body: { lockedThrough: null }, ifMatch: (await getTimesheetLock(systemContext(e.deps))).version }),
  },
  { route: 'GET /api/v1/projects/:id/timesheet-actuals', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await sheet(e)).projectId}/timesheet-actuals` }) },
];
