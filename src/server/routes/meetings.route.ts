// Meetings of a project: plan them with an agenda and attendees, take the minutes live (decisions
// and actions written in the minutes land in the project's logs when saved), and send them.
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/meeting.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createLogItem, getLogItem, updateLogItem } from '../../app/raid/raid-log.ts';
import { meetingKind } from '../../app/meetings/meetings.ts';
import { listMeetings, sendMeetingMinutes } from '../../app/meetings/meeting-commands.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };
const tags = ['meetings'];

export function meetingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  r.get('/api/v1/meetings', {
    schema: { tags, summary: 'Meetings across the projects you can see, latest first (without their minutes)', querystring: S.MeetingListQuery, response: { 200: S.MeetingPage, ...listProblems } },
    handler: async (request) => listMeetings(contextOf(deps, request), request.query),
  });
  r.post('/api/v1/projects/:id/meetings', {
    schema: { tags, summary: 'Plan a meeting of a project with its agenda and attendees (its manager and team, PMO, admin)', params: IdParams, body: S.MeetingCreate, response: { 201: S.Meeting, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => created(reply, '/api/v1/meetings', await createLogItem(meetingKind, contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/meetings/:id', {
    schema: { tags, summary: 'A meeting with its agenda, attendees, minutes and the decisions and actions captured from them', params: IdParams, response: { 200: S.Meeting, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getLogItem(meetingKind, contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/meetings/:id', {
    schema: {
      tags,
      summary: 'Change a meeting or save its minutes; new DECISION and ACTION lines become entries of the decision log and action register, once (the project’s manager and team, PMO, admin)',
      description: `${ifMatchHeader.description} ${S.MINUTES_SYNTAX} Save as often as you like: a save where no captured line changed costs the meeting’s own row.`,
      headers: VersionedHeaders,
      params: IdParams,
      body: S.MeetingUpdate,
      response: { 200: S.Meeting, ...changeProblems },
    },
    handler: async (request, reply) => withEtag(reply, await updateLogItem(meetingKind, contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/meetings/:id/send-minutes', {
    schema: {
      tags,
      summary: 'Mark the minutes of a held meeting sent to their recipients (attendees with an address) and queue the e-mail when the server has mail configured',
      ...versioned,
      params: IdParams,
      body: S.SendMinutes,
      response: { 200: S.MinutesSent, ...changeProblems },
    },
    handler: async (request, reply) => {
      const sent = await sendMeetingMinutes(contextOf(deps, request), request.params.id, expectedVersion(request), request.body);
      reply.header('etag', `"${sent.meeting.version}"`);
      return sent;
    },
  });
}
