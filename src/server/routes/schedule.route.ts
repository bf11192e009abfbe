// A project's schedule: read it, change tasks, links and settings (each change reschedules and
// answers with what moved), import a file, save and compare baselines.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.schema.ts';
import {
  Baseline,
  BaselineList,
  BaselineParams,
  BaselineSave,
  BaselineSummary,
  Schedule,
  ScheduleCalendarCreate,
  ScheduleCalendarParams,
  ScheduleCalendarUpdate,
  ScheduleChange,
  ScheduleImport,
  ScheduleLinkCreate,
  ScheduleLinkParams,
  ScheduleLinkUpdate,
  ScheduleSettingsUpdate,
  ScheduleTaskCreate,
  ScheduleTaskMove,
  ScheduleTaskParams,
  ScheduleTaskUpdate,
} from '../../contracts/schedule.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createScheduleTask, deleteScheduleTask, getSchedule, updateScheduleSettings, updateScheduleTask } from '../../app/schedules/schedule-commands.ts';
import { createScheduleLink, deleteScheduleLink, updateScheduleLink } from '../../app/schedules/schedule-links.ts';
import { createScheduleCalendar, deleteScheduleCalendar, updateScheduleCalendar } from '../../app/schedules/schedule-calendars.ts';
import { moveScheduleTask } from '../../app/schedules/schedule-task-move.ts';
import { importSchedule } from '../../app/schedules/schedule-import.ts';
import { compareWithBaseline, listBaselines, saveBaseline } from '../../app/schedules/baselines.ts';
import { exportSchedule } from '../../app/schedules/schedule-export.ts';
import { contextOf, expectedVersion } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const IMPORT_LIMIT = 50 * 1024 * 1024;
const TaskCreated = ScheduleChange.extend({ taskId: z.uuid() });
const LinkCreated = ScheduleChange.extend({ linkId: z.uuid() });
const CalendarCreated = ScheduleChange.extend({ calendarId: z.string() });
const Imported = ScheduleChange.extend({ warnings: z.array(z.string()) });

export function scheduleRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  const base = '/api/v1/projects/:id/schedule';
  r.get(base, {
    schema: { tags: ['schedule'], summary: 'The project’s schedule: settings, calendars, tasks with computed dates, links and the critical path', params: IdParams, response: { 200: Schedule, ...readProblems } },
    handler: async (request) => getSchedule(contextOf(deps, request), request.params.id),
  });
  r.get(`${base}/export`, {
    schema: {
      tags: ['schedule'],
      summary: 'The schedule as an MS Project XML (MSPDI) file, with the computed dates',
      params: IdParams,
      querystring: z.object({ format: z.enum(['mspdi']).default('mspdi') }).strict(),
      produces: ['application/xml'],
      response: { ...readProblems },
    },
    handler: async (request, reply) => {
      const file = await exportSchedule(contextOf(deps, request), request.params.id);
      return reply.type(`${file.mediaType}; charset=utf-8`).header('content-disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"`).send(file.text as never); // XML text, not a JSON schema'd body
    },
  });
  r.patch(`${base}/settings`, {
    schema: { tags: ['schedule'], summary: 'Change the schedule settings (start, calendar, status date …); reschedules', description: ifMatchHeader.description, headers: VersionedHeaders, params: IdParams, body: ScheduleSettingsUpdate, response: { 200: ScheduleChange, ...changeProblems } },
    handler: async (request) => updateScheduleSettings(contextOf(deps, request), request.params.id, expectedVersion(request), request.body),
  });
  r.post(`${base}/import`, {
    bodyLimit: IMPORT_LIMIT,
    schema: { tags: ['schedule'], summary: 'Replace the schedule and its baselines with an MS Project XML (MSPDI) or MPXJ JSON file’s content; all or nothing', params: IdParams, body: ScheduleImport, response: { 200: Imported, ...createProblems, 404: readProblems[404] } },
    handler: async (request) => importSchedule(contextOf(deps, request), request.params.id, request.body.content),
  });
  r.post(`${base}/tasks`, {
    schema: { tags: ['schedule'], summary: 'Add a task at the end of the plan; reschedules', params: IdParams, body: ScheduleTaskCreate, response: { 201: TaskCreated, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => reply.code(201).send(await createScheduleTask(contextOf(deps, request), request.params.id, request.body)),
  });
  r.patch(`${base}/tasks/:taskId`, {
    schema: { tags: ['schedule'], summary: 'Change a task; reschedules and answers with what moved', description: ifMatchHeader.description, headers: VersionedHeaders, params: ScheduleTaskParams, body: ScheduleTaskUpdate, response: { 200: ScheduleChange, ...changeProblems } },
    handler: async (request) => updateScheduleTask(contextOf(deps, request), request.params.id, request.params.taskId, expectedVersion(request), request.body),
  });
  r.post(`${base}/tasks/:taskId/move`, {
    schema: { tags: ['schedule'], summary: 'Move a task (with the tasks under it) above another task or to the end, optionally indenting or outdenting it; reschedules', params: ScheduleTaskParams, body: ScheduleTaskMove, response: { 200: ScheduleChange, ...changeProblems } },
    handler: async (request) => moveScheduleTask(contextOf(deps, request), request.params.id, request.params.taskId, request.body),
  });
  r.delete(`${base}/tasks/:taskId`, {
    schema: { tags: ['schedule'], summary: 'Delete a task (a summary task with everything under it) and its links; reschedules', params: ScheduleTaskParams, response: { 200: ScheduleChange, ...changeProblems } },
    handler: async (request) => deleteScheduleTask(contextOf(deps, request), request.params.id, request.params.taskId),
  });
  r.post(`${base}/links`, {
    schema: { tags: ['schedule'], summary: 'Link two tasks (FS, SS, FF, SF with a lag or lead); a loop is refused with the tasks in it', params: IdParams, body: ScheduleLinkCreate, response: { 201: LinkCreated, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => reply.code(201).send(await createScheduleLink(contextOf(deps, request), request.params.id, request.body)),
  });
  r.patch(`${base}/links/:linkId`, {
    schema: { tags: ['schedule'], summary: 'Change a link’s type or lag; reschedules', description: ifMatchHeader.description, headers: VersionedHeaders, params: ScheduleLinkParams, body: ScheduleLinkUpdate, response: { 200: ScheduleChange, ...changeProblems } },
    handler: async (request) => updateScheduleLink(contextOf(deps, request), request.params.id, request.params.linkId, expectedVersion(request), request.body),
  });
  r.delete(`${base}/links/:linkId`, {
    schema: { tags: ['schedule'], summary: 'Remove a link; reschedules', params: ScheduleLinkParams, response: { 200: ScheduleChange, ...changeProblems } },
    handler: async (request) => deleteScheduleLink(contextOf(deps, request), request.params.id, request.params.linkId),
  });
  r.post(`${base}/calendars`, {
    schema: { tags: ['schedule'], summary: 'Add a calendar, from scratch or derived from another; reschedules', params: IdParams, body: ScheduleCalendarCreate, response: { 201: CalendarCreated, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => reply.code(201).send(await createScheduleCalendar(contextOf(deps, request), request.params.id, request.body)),
  });
  r.patch(`${base}/calendars/:calendarId`, {
    schema: { tags: ['schedule'], summary: 'Change a calendar’s name, base, working week, work weeks or exceptions; reschedules', description: ifMatchHeader.description, headers: VersionedHeaders, params: ScheduleCalendarParams, body: ScheduleCalendarUpdate, response: { 200: ScheduleChange, ...changeProblems } },
    handler: async (request) => updateScheduleCalendar(contextOf(deps, request), request.params.id, request.params.calendarId, expectedVersion(request), request.body),
  });
  r.delete(`${base}/calendars/:calendarId`, {
    schema: { tags: ['schedule'], summary: 'Remove a calendar that neither the project, a task nor another calendar uses', params: ScheduleCalendarParams, response: { 200: ScheduleChange, ...changeProblems } },
    handler: async (request) => deleteScheduleCalendar(contextOf(deps, request), request.params.id, request.params.calendarId),
  });
  r.get(`${base}/baselines`, {
    schema: { tags: ['schedule'], summary: 'Saved baselines (0–10)', params: IdParams, response: { 200: BaselineList, ...readProblems } },
    handler: async (request) => ({ items: await listBaselines(contextOf(deps, request), request.params.id) }),
  });
  r.put(`${base}/baselines/:number`, {
    schema: { tags: ['schedule'], summary: 'Save (or overwrite) baseline 0–10 from the current schedule', params: BaselineParams, body: BaselineSave, response: { 200: BaselineSummary, ...changeProblems } },
    handler: async (request) => saveBaseline(contextOf(deps, request), request.params.id, request.params.number, request.body.name),
  });
  r.get(`${base}/baselines/:number`, {
    schema: { tags: ['schedule'], summary: 'Compare the schedule with a baseline: variance per task in working minutes', params: BaselineParams, response: { 200: Baseline, ...readProblems } },
    handler: async (request) => compareWithBaseline(contextOf(deps, request), request.params.id, request.params.number),
  });
}
