// Capacity against demand: the heat map, the assignments behind a cell, who is free, and what
// adding a project would do. Everyone signed in reads the numbers; the drill-down names only the
// projects the reader may read.
import type { FastifyInstance } from 'fastify';
import { Problem } from '../../contracts/common.schema.ts';
import * as C from '../../contracts/capacity.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { capacityWhatIf, getCapacity, getCapacityAvailable, getCapacityDetail } from '../../app/resources/capacity-queries.ts';
import { contextOf } from '../plugins/auth.ts';
import { readProblems, typed } from './route-kit.ts';

const BASE = '/api/v1/capacity';

export function capacityRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  const tags = ['resources'];
  const problems = { ...readProblems, 422: Problem };
  r.get(BASE, {
    schema: { tags, summary: 'Demand against capacity per resource, role, skill or department and day, week or month (the heat map)', querystring: C.CapacityQuery, response: { 200: C.CapacityView, ...problems } },
    handler: async (request) => getCapacity(contextOf(deps, request), request.query),
  });
  r.get(`${BASE}/detail`, {
    schema: { tags, summary: 'The assignments behind a resource’s demand over some days; projects you may not read show as "another project"', querystring: C.CapacityDetailQuery, response: { 200: C.CapacityDetail, ...problems } },
    handler: async (request) => getCapacityDetail(contextOf(deps, request), request.query),
  });
  r.get(`${BASE}/available`, {
    schema: { tags, summary: 'Who with a skill (at a proficiency) is free at some units for N consecutive weeks of a window, freest first', querystring: C.CapacityAvailableQuery, response: { 200: C.CapacityAvailable, ...problems } },
    handler: async (request) => getCapacityAvailable(contextOf(deps, request), request.query),
  });
  r.post(`${BASE}/what-if`, {
    schema: { tags, summary: 'What adding a project’s assignments (as if approved) does to each role per period: before, after, newly over-allocated', body: C.CapacityWhatIfBody, response: { 200: C.CapacityWhatIf, ...problems } },
    handler: async (request) => capacityWhatIf(contextOf(deps, request), request.body),
  });
}
