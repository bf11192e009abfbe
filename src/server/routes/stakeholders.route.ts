// Stakeholder management: the stakeholder register of each project (and across the projects you
// can see), the power–interest grid, and the communication plan with its due list.
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../contracts/common.schema.ts';
import * as S from '../../contracts/stakeholder.schema.ts';
import * as C from '../../contracts/communication.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { getLogItem, listLogItems, updateLogItem } from '../../app/raid/raid-log.ts';
import { createStakeholder, stakeholderKind } from '../../app/stakeholders/stakeholders.ts';
import { stakeholderGrid } from '../../app/stakeholders/stakeholder-grid.ts';
import { communicationPlan, createCommunication, dueCommunications, getCommunication, listCommunications, markCommunicationDone, updateCommunication } from '../../app/communications/communication-commands.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, sendFile, SPREADSHEET_TYPES, typed, VersionedHeaders } from './route-kit.ts';
import { exportCommunications, exportStakeholders } from '../../app/stakeholders/engagement-export.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };

export function stakeholderRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  const tags = ['stakeholders'];
  r.get('/api/v1/stakeholders', {
    schema: { tags, summary: 'Stakeholders across the projects you can see (filter by project, category, quadrant of the power–interest grid)', querystring: S.StakeholderListQuery, response: { 200: S.StakeholderPage, ...listProblems } },
    handler: async (request) => listLogItems(stakeholderKind, contextOf(deps, request), request.query),
  });
  r.post('/api/v1/projects/:id/stakeholders', {
    schema: { tags, summary: 'Add a stakeholder to a project: a person in Orrery or anyone else (its manager and team, PMO, admin)', params: IdParams, body: S.StakeholderCreate, response: { 201: S.Stakeholder, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => created(reply, '/api/v1/stakeholders', await createStakeholder(contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/stakeholders/export', {
    schema: { tags, summary: 'The stakeholder register as XLSX or CSV (the same filters as the list)', querystring: S.StakeholderExportQuery, produces: SPREADSHEET_TYPES, response: listProblems },
    handler: async (request, reply) => sendFile(reply, await exportStakeholders(contextOf(deps, request), request.query)),
  });
  r.get('/api/v1/stakeholders/:id', {
    schema: { tags, summary: 'A stakeholder with their quadrant and engagement gap', params: IdParams, response: { 200: S.Stakeholder, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getLogItem(stakeholderKind, contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/stakeholders/:id', {
    schema: { tags, summary: 'Change a stakeholder (the project’s manager and team, PMO, admin)', ...versioned, params: IdParams, body: S.StakeholderUpdate, response: { 200: S.Stakeholder, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateLogItem(stakeholderKind, contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.get('/api/v1/projects/:id/stakeholder-grid', {
    schema: { tags, summary: 'The project’s power–interest grid: active stakeholders per quadrant with their engagement gap, and the engagement levels now and wanted', params: IdParams, response: { 200: S.StakeholderGrid, ...readProblems } },
    handler: async (request) => stakeholderGrid(contextOf(deps, request), request.params.id),
  });

  const ctags = ['communications'];
  r.get('/api/v1/communications', {
    schema: { tags: ctags, summary: 'Communication plan items across the projects you can see', querystring: C.CommunicationListQuery, response: { 200: C.CommunicationPage, ...listProblems } },
    handler: async (request) => listCommunications(contextOf(deps, request), request.query),
  });
  r.get('/api/v1/communications/export', {
    schema: { tags: ctags, summary: 'Communication plans as XLSX or CSV, with each item’s audience resolved (the same filters as the list)', querystring: C.CommunicationExportQuery, produces: SPREADSHEET_TYPES, response: listProblems },
    handler: async (request, reply) => sendFile(reply, await exportCommunications(contextOf(deps, request), request.query)),
  });
  r.get('/api/v1/communications/due', {
    schema: {
      tags: ctags,
      summary: 'What is due or overdue on a day across the projects you can see: each item with the owner to remind and its recipients (the reminders a scheduled job will send)',
      querystring: C.DueCommunicationQuery,
      response: { 200: C.DueCommunicationPage, ...listProblems },
    },
    handler: async (request) => dueCommunications(contextOf(deps, request), request.query),
  });
  r.post('/api/v1/projects/:id/communications', {
    schema: { tags: ctags, summary: 'Add an item to a project’s communication plan (its manager and team, PMO, admin)', params: IdParams, body: C.CommunicationCreate, response: { 201: C.Communication, ...createProblems, 404: readProblems[404] } },
    handler: async (request, reply) => created(reply, '/api/v1/communications', await createCommunication(contextOf(deps, request), request.params.id, request.body)),
  });
  r.get('/api/v1/communications/:id', {
    schema: { tags: ctags, summary: 'A communication plan item with its recipients and how it stands today', params: IdParams, response: { 200: C.Communication, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getCommunication(contextOf(deps, request), request.params.id)),
  });
  r.patch('/api/v1/communications/:id', {
    schema: { tags: ctags, summary: 'Change a communication plan item, pause or resume it (the project’s manager and team, PMO, admin)', ...versioned, params: IdParams, body: C.CommunicationUpdate, response: { 200: C.Communication, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateCommunication(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post('/api/v1/communications/:id/done', {
    schema: { tags: ctags, summary: 'Record that it went out; the next due date moves on by its frequency (the project’s manager and team, PMO, admin)', ...versioned, params: IdParams, body: C.CommunicationDone, response: { 200: C.Communication, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await markCommunicationDone(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.get('/api/v1/projects/:id/communication-plan', {
    schema: { tags: ctags, summary: 'The project’s communication plan as it stands today: overdue items first, paused ones last', params: IdParams, response: { 200: C.CommunicationPlan, ...readProblems } },
    handler: async (request) => communicationPlan(contextOf(deps, request), request.params.id),
  });
}
