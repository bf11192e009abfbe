// The resource pool: resources with skills and maximum units, their calendars and leave, their
// availability day by day, their dated rates and the cost rate on a day, and the organisation's
// base calendars. The PMO keeps the pool; everyone signed in reads it; rates are read as people's
// rates are (the PMO and administrators, a person their own).
import type { FastifyInstance } from 'fastify';
import { IdParams, Problem } from '../../contracts/common.schema.ts';
import * as R from '../../contracts/resource.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createResource, getResource, listResources, resourceFacets, setResourceArchived, updateResource } from '../../app/resources/resources.ts';
import { addResourceLeave, getResourceCalendar, setResourceCalendar } from '../../app/resources/resource-calendars.ts';
import { getResourceAvailability } from '../../app/resources/resource-capacity.ts';
import { createResourceRate, deleteResourceRate, getResourceRateOn, listResourceRates, updateResourceRate } from '../../app/resources/resource-rates.ts';
import { getBaseCalendars, setBaseCalendars } from '../../app/resources/base-calendars.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };
const BASE = '/api/v1/resources';

export function resourceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  const tags = ['resources'];
  r.get(BASE, {
    schema: { tags, summary: 'The resource pool: filter by kind, skill at a minimum proficiency, department, team, role, text', querystring: R.ResourceListQuery, response: { 200: R.ResourcePage, ...listProblems } },
    handler: async (request) => listResources(contextOf(deps, request), request.query),
  });
  r.post(BASE, {
    schema: { tags, summary: 'Add a resource to the pool (PMO, admin)', body: R.ResourceCreate, response: { 201: R.Resource, ...createProblems } },
    handler: async (request, reply) => created(reply, BASE, await createResource(contextOf(deps, request), request.body)),
  });
  r.get('/api/v1/resource-facets', {
    schema: { tags, summary: 'The skills, departments and teams of the pool, for its filters', querystring: R.ResourceFacetsQuery, response: { 200: R.ResourceFacets, ...listProblems } },
    handler: async (request) => resourceFacets(contextOf(deps, request)),
  });
  r.get(`${BASE}/:id`, {
    schema: { tags, summary: 'Read a resource', params: IdParams, response: { 200: R.Resource, ...readProblems } },
    handler: async (request, reply) => withEtag(reply, await getResource(contextOf(deps, request), request.params.id)),
  });
  r.patch(`${BASE}/:id`, {
    schema: { tags, summary: 'Change a resource; skills and maximum units, when given, replace the lists (PMO, admin)', ...versioned, params: IdParams, body: R.ResourceUpdate, response: { 200: R.Resource, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateResource(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  for (const [action, archived] of [['archive', true], ['restore', false]] as const) {
    r.post(`${BASE}/:id/${action}`, {
      schema: { tags, summary: `${archived ? 'Archive' : 'Restore'} a resource (PMO, admin)`, ...versioned, params: IdParams, response: { 200: R.Resource, ...changeProblems } },
      handler: async (request, reply) => withEtag(reply, await setResourceArchived(contextOf(deps, request), request.params.id, expectedVersion(request), archived)),
    });
  }

  r.get(`${BASE}/:id/calendar`, {
    schema: { tags, summary: 'A resource’s working calendar (persons, roles, equipment); version 0: the Standard base calendar', params: IdParams, response: { 200: R.ResourceCalendar, ...readProblems, 422: Problem } },
    handler: async (request, reply) => withEtag(reply, await getResourceCalendar(contextOf(deps, request), request.params.id)),
  });
  r.put(`${BASE}/:id/calendar`, {
    schema: { tags, summary: 'Set a resource’s calendar: base, part-time work weeks, exceptions (PMO, admin; If-Match 0 the first time)', ...versioned, params: IdParams, body: R.ResourceCalendarBody, response: { 200: R.ResourceCalendar, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setResourceCalendar(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.post(`${BASE}/:id/leave`, {
    schema: { tags, summary: 'Record leave: a named non-working period in the resource’s calendar (PMO, admin)', params: IdParams, body: R.LeaveCreate, response: { 201: R.ResourceCalendar, ...createProblems, 404: Problem } },
    handler: async (request, reply) => reply.code(201).send(withEtag(reply, await addResourceLeave(contextOf(deps, request), request.params.id, request.body))),
  });
  r.get(`${BASE}/:id/availability`, {
    schema: { tags, summary: 'Working minutes, maximum units and capacity of each day of a period (a year at most)', params: IdParams, querystring: R.AvailabilityQuery, response: { 200: R.ResourceAvailability, ...readProblems, 422: Problem } },
    handler: async (request) => getResourceAvailability(contextOf(deps, request), request.params.id, request.query),
  });

  r.get(`${BASE}/:id/rates`, {
    schema: { tags, summary: 'A resource’s dated rates, and a linked person’s hourly person rates (PMO, admin, the person)', params: IdParams, response: { 200: R.ResourceRateList, ...readProblems } },
    handler: async (request) => listResourceRates(contextOf(deps, request), request.params.id),
  });
  r.post(`${BASE}/:id/rates`, {
    schema: { tags, summary: 'Give a resource a rate from a date (PMO, admin)', params: IdParams, body: R.ResourceRateCreate, response: { 201: R.ResourceRate, ...createProblems, 404: Problem } },
    handler: async (request, reply) => created(reply, '/api/v1/resource-rates', await createResourceRate(contextOf(deps, request), request.params.id, request.body)),
  });
  r.get(`${BASE}/:id/rate`, {
    schema: { tags, summary: 'What a resource costs on a day, from the right source (PMO, admin, the person)', params: IdParams, querystring: R.RateOnQuery, response: { 200: R.ResourceRateOn, ...readProblems } },
    handler: async (request) => getResourceRateOn(contextOf(deps, request), request.params.id, request.query.on),
  });
  r.patch('/api/v1/resource-rates/:id', {
    schema: { tags, summary: 'Change a resource rate (PMO, admin)', ...versioned, params: IdParams, body: R.ResourceRateUpdate, response: { 200: R.ResourceRate, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateResourceRate(contextOf(deps, request), request.params.id, expectedVersion(request), request.body)),
  });
  r.delete('/api/v1/resource-rates/:id', {
    schema: { tags, summary: 'Remove a resource rate (PMO, admin)', ...versioned, params: IdParams, response: { 200: R.ResourceRate, ...changeProblems } },
    handler: async (request) => deleteResourceRate(contextOf(deps, request), request.params.id, expectedVersion(request)),
  });

  r.get('/api/v1/settings/base-calendars', {
    schema: { tags, summary: 'The organisation’s base calendars, which resource calendars derive from', querystring: R.BaseCalendarsQuery, response: { 200: R.BaseCalendars, ...listProblems } },
    handler: async (request, reply) => withEtag(reply, await getBaseCalendars(contextOf(deps, request))),
  });
  r.put('/api/v1/settings/base-calendars', {
    schema: { tags, summary: 'Replace the base calendars (PMO, admin; Standard stays)', ...versioned, body: R.BaseCalendarsBody, response: { 200: R.BaseCalendars, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await setBaseCalendars(contextOf(deps, request), expectedVersion(request), request.body)),
  });
}
