// Timesheets: my week (read, save under If-Match), the tasks I may book on, submit and recall; the
// approval queue and decisions; the PMO's locked period; a project's approved actual work.
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../contracts/common.schema.ts';
import * as T from '../../contracts/timesheet.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { listBookableTasks } from '../../app/timesheets/bookable-tasks.ts';
import { recallTimesheet, saveMyWeek, submitTimesheet } from '../../app/timesheets/timesheet-commands.ts';
import { decideTimesheet } from '../../app/timesheets/timesheet-decision.ts';
import { getMyWeek, getTimesheet, listTimesheets } from '../../app/timesheets/timesheet-queries.ts';
import { getTimesheetLock, setTimesheetLock } from '../../app/timesheets/timesheet-lock.ts';
import { getProjectActuals } from '../../app/timesheets/approved-actuals.ts';
import { contextOf, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const tags = ['timesheets'];
const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };

export function timesheetRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/me/timesheets/:weekStart', {
    schema: { tags, summary: 'My timesheet of a week (an unsaved week is an empty draft at version 0)', params: T.WeekParams, response: { 200: T.Timesheet, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getMyWeek(contextOf(deps, request), request.params.weekStart)),
  });
  r.put('/api/v1/me/timesheets/:weekStart', {
    schema: { tags, summary: 'Save my week’s whole grid (If-Match "0" for a week never saved); days in the locked period cannot change', ...versioned, params: T.WeekParams, body: T.TimesheetSave, response: { 200: T.Timesheet, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await saveMyWeek(contextOf(deps, request), request.params.weekStart, expectedVersion(request), request.body)),
  });
  r.get('/api/v1/me/bookable-tasks', {
    schema: { tags, summary: 'Where I may book time: my live projects and their open tasks, in outline order', querystring: T.BookableTaskQuery, response: { 200: T.BookableTasks, ...listProblems } },
    handler: async (request) => listBookableTasks(contextOf(deps, request), request.query),
  });
  r.get('/api/v1/timesheets', {
    schema: { tags, summary: 'Timesheets I may see (my own, on projects I manage, of people I line-manage); awaitingMe=true: the submitted ones waiting for my approval', querystring: T.TimesheetListQuery, response: { 200: T.TimesheetPage, ...listProblems } },
    handler: async (request) => listTimesheets(contextOf(deps, request), request.query),
  });
  r.get('/api/v1/timesheets/:id', {
    schema: { tags, summary: 'A timesheet (its owner, its projects’ managers, the owner’s line manager, PMO, admin, executives)', params: IdParams, response: { 200: T.Timesheet, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getTimesheet(contextOf(deps, request), request.params.id)),
  });
  r.post('/api/v1/timesheets/:id/submit', {
    schema: { tags, summary: 'Submit my timesheet for approval (its owner)', ...versioned, params: IdParams, body: T.TimesheetStep, response: { 200: T.Timesheet, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await submitTimesheet(contextOf(deps, request), request.params.id, expectedVersion(request))),
  });
  r.post('/api/v1/timesheets/:id/recall', {
    schema: { tags, summary: 'Take my submitted timesheet back to draft before it is decided (its owner)', ...versioned, params: IdParams, body: T.TimesheetStep, response: { 200: T.Timesheet, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await recallTimesheet(contextOf(deps, request), request.params.id, expectedVersion(request))),
  });
  r.post('/api/v1/timesheets/:id/decision', {
    schema: { tags, summary: 'Approve a submitted timesheet (a project’s managers approve its hours; the line manager, PMO or admin the whole sheet, whose hours then become actual work) or return it with a comment; refused with hours in the locked period; never one’s own', ...versioned, params: IdParams, body: T.TimesheetDecision, response: { 200: T.Timesheet, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await decideTimesheet(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.get('/api/v1/settings/timesheet-lock', {
    schema: { tags, summary: 'The locked period: timesheet days on or before this date cannot change', querystring: T.TimesheetLockQuery, response: { 200: T.TimesheetLock, ...listProblems } },
    handler: async (request, reply) => withEtag(reply, await getTimesheetLock(contextOf(deps, request))),
  });
  r.put('/api/v1/settings/timesheet-lock', {
    schema: { tags, summary: 'Lock timesheets through a date, or unlock with null (PMO, admin); days reopened are priced again at the rates in force', ...versioned, body: T.TimesheetLockBody, response: { 200: T.TimesheetLock, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setTimesheetLock(contextOf(deps, request), expectedVersion(request), request.body)),
  });
  r.get('/api/v1/projects/:id/timesheet-actuals', {
    schema: { tags, summary: 'Approved timesheet minutes per task of the project, up to a date', params: IdParams, querystring: T.ProjectActualsQuery, response: { 200: T.ProjectActuals, ...readProblems } },
    handler: async (request) => getProjectActuals(contextOf(deps, request), request.params.id, request.query),
  });
}
