// Resources on a project's schedule tasks (whoever edits the schedule: its manager, the PMO,
// administrators; every reader of the project reads them), replacing a role by a named person, and
// requests for a person that the PMO fills or declines.
import type { FastifyInstance } from 'fastify';
import { IdParams, Ok } from '../../contracts/common.schema.ts';
import * as C from '../../contracts/assignment.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { createAssignment, deleteAssignment, listProjectAssignments, listTaskAssignments, replaceAssignmentResource, updateAssignment } from '../../app/resources/assignments.ts';
import { createResourceRequest, declineResourceRequest, fillResourceRequest, listResourceRequests } from '../../app/resources/resource-requests.ts';
import { contextOf, created, expectedVersion, withEtag } from '../plugins/auth.ts';
import { changeProblems, createProblems, ifMatchHeader, listProblems, readProblems, typed, VersionedHeaders } from './route-kit.ts';

const tags = ['resources'];
const versioned = { description: ifMatchHeader.description, headers: VersionedHeaders };
const createdOn = { ...createProblems, 404: readProblems[404] };

export function assignmentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = typed(app);
  const task = '/api/v1/projects/:id/schedule/tasks/:taskId/assignments';
  r.get('/api/v1/projects/:id/assignments', {
    schema: { tags, summary: 'Every assignment of the project with its work, units and planned cost, and what could not be priced', params: IdParams, response: { 200: C.ProjectAssignments, ...readProblems } },
    handler: async (request) => listProjectAssignments(contextOf(deps, request), request.params.id),
  });
  r.get(task, {
    schema: { tags, summary: 'The resources on a task', params: C.TaskAssignmentParams, response: { 200: C.TaskAssignments, ...readProblems } },
    handler: async (request) => listTaskAssignments(contextOf(deps, request), request.params.id, request.params.taskId),
  });
  r.post(task, {
    schema: { tags, summary: 'Assign a resource to a task: units or work (work resources), a quantity (material) or an amount (cost resources)', params: C.TaskAssignmentParams, body: C.AssignmentCreate, response: { 201: C.Assignment, ...createdOn } },
    handler: async (request, reply) => created(reply, request.url, await createAssignment(contextOf(deps, request), request.params.id, request.params.taskId, request.body)),
  });
  r.patch(`${task}/:assignmentId`, {
    schema: { tags, summary: 'Change an assignment’s units, work, contour, quantity or amount', ...versioned, params: C.AssignmentParams, body: C.AssignmentUpdate, response: { 200: C.Assignment, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await updateAssignment(contextOf(deps, request), request.params.id, request.params.taskId, request.params.assignmentId, expectedVersion(request), request.body)),
  });
  r.delete(`${task}/:assignmentId`, {
    schema: { tags, summary: 'Take a resource off a task', ...versioned, params: C.AssignmentParams, response: { 200: Ok, ...changeProblems } },
    handler: async (request) => deleteAssignment(contextOf(deps, request), request.params.id, request.params.taskId, request.params.assignmentId, expectedVersion(request)),
  });
  r.post(`${task}/:assignmentId/replace`, {
    schema: { tags, summary: 'Put a named person in the place of the assignment’s resource (a generic role), keeping work, units and contour', ...versioned, params: C.AssignmentParams, body: C.AssignmentReplace, response: { 200: C.Assignment, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await replaceAssignmentResource(contextOf(deps, request), request.params.id, request.params.taskId, request.params.assignmentId, expectedVersion(request), request.body.resourceId)),
  });
  r.post(`${task}/:assignmentId/requests`, {
    schema: { tags, summary: 'Ask the PMO for a person (with a skill at a proficiency) to take a role assignment’s place', params: C.AssignmentParams, body: C.ResourceRequestCreate, response: { 201: C.ResourceRequest, ...createdOn } },
    handler: async (request, reply) => created(reply, '/api/v1/resource-requests', await createResourceRequest(contextOf(deps, request), request.params.id, request.params.taskId, request.params.assignmentId, request.body)),
  });
  r.get('/api/v1/resource-requests', {
    schema: { tags, summary: 'Requests for people across every project, by start (the PMO and administrators)', querystring: C.ResourceRequestListQuery, response: { 200: C.ResourceRequestList, ...listProblems } },
    handler: async (request) => listResourceRequests(contextOf(deps, request), request.query),
  });
  r.post('/api/v1/resource-requests/:id/fill', {
    schema: { tags, summary: 'Fill an open request with a named person, who takes the role’s place on the assignment (the PMO, administrators)', ...versioned, params: IdParams, body: C.ResourceRequestFill, response: { 200: C.ResourceRequest, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await fillResourceRequest(contextOf(deps, request), request.params.id, expectedVersion(request), request.body.resourceId)),
  });
  r.post('/api/v1/resource-requests/:id/decline', {
    schema: { tags, summary: 'Decline an open request, saying why (the PMO, administrators)', ...versioned, params: IdParams, body: C.ResourceRequestDecline, response: { 200: C.ResourceRequest, ...changeProblems } },
    handler: async (request, reply) => withEtag(reply, await declineResourceRequest(contextOf(deps, request), request.params.id, expectedVersion(request), request.body.reason)),
  });
}
