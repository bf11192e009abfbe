// Requests for people: a project's planner asks for "a person with role R (and skill S at p or
// better), at u % from – to" for an assignment that holds a generic role; the PMO, as resource
// manager, sees the open requests of every project and fills one by naming a person — who then
// takes the role's place on the assignment, work, units and contour kept — or declines it with a
// reason. open → filled | declined, under If-Match, audited; the requester is told either way.
import type { ResourceRequest, ResourceRequestCreate } from '../../contracts/assignment.schema.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notify } from '../notifications/notify.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { newId } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { refuse, replaceInTransaction } from './assignments.ts';

const requestRows = (db: Db) =>
  db
    .selectFrom('resourceRequests as q')
    .innerJoin('projects as p', 'p.id', 'q.projectId')
    .innerJoin('taskAssignments as a', 'a.id', 'q.assignmentId')
    .innerJoin('scheduleTasks as t', 't.id', 'a.taskId')
    .innerJoin('resources as role', 'role.id', 'q.roleId')
    .leftJoin('users as u', 'u.id', 'q.requestedBy')
    .leftJoin('resources as f', 'f.id', 'q.filledResourceId')
    .selectAll('q')
    .select(['p.code as projectCode', 'p.name as projectName', 'a.taskId', 't.name as taskName', 'role.name as roleName', 'u.name as requesterName', 'f.code as filledCode', 'f.name as filledName']);

type Row = Awaited<ReturnType<ReturnType<typeof requestRows>['executeTakeFirstOrThrow']>>;

const toApi = (r: Row): ResourceRequest => ({
  id: r.id,
  projectId: r.projectId,
  projectCode: r.projectCode,
  projectName: r.projectName,
  assignmentId: r.assignmentId,
  taskId: r.taskId,
  taskName: r.taskName,
  roleId: r.roleId,
  roleName: r.roleName,
  skill: r.skill,
  minProficiency: r.minProficiency,
  units: Number(r.units),
  from: r.fromDate,
  to: r.toDate,
  note: r.note,
  status: r.status as ResourceRequest['status'],
  requestedBy: r.requestedBy !== null && r.requesterName !== null ? { id: r.requestedBy, name: r.requesterName } : null,
  filledBy: r.filledResourceId !== null && r.filledName !== null ? { id: r.filledResourceId, code: r.filledCode!, name: r.filledName } : null,
  declineReason: r.declineReason,
  decidedAt: r.decidedAt,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  version: r.version,
});

async function loadRequest(db: Db, id: string): Promise<ResourceRequest> {
  const row = await requestRows(db).where('q.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Resource request', id);
  return toApi(row);
}

/** Asks the PMO for a person to take a role assignment's place. */
export function createResourceRequest(ctx: AppContext, projectId: string, taskId: string, assignmentId: string, input: ResourceRequestCreate): Promise<ResourceRequest> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'request resources');
    const a = await trx
      .selectFrom('taskAssignments as a')
      .innerJoin('resources as r', 'r.id', 'a.resourceId')
      .innerJoin('scheduleTasks as t', 't.id', 'a.taskId')
      .select(['a.id', 'a.resourceId', 'a.units', 'r.kind', 'r.name', 't.start', 't.finish'])
      .where('a.id', '=', assignmentId)
      .where('a.projectId', '=', project.id)
      .where('a.taskId', '=', taskId)
      .executeTakeFirst();
    if (!a) throw notFound('Assignment', assignmentId);
    if (a.kind !== 'role') throw refuse('assignmentId', 'not a role', `${a.name} is a ${a.kind} resource, not a generic role: a request asks for a person to take a role’s place.`);
    const open = await trx.selectFrom('resourceRequests').select('id').where('assignmentId', '=', a.id).where('status', '=', 'open').executeTakeFirst();
    if (open) throw refuse('assignmentId', 'already requested', `A request for a person to fill ${a.name} on this task is already open: wait for the PMO’s answer, or change that request.`);
    if (input.minProficiency !== undefined && input.skill === undefined) throw refuse('minProficiency', 'needs a skill', 'A minimum proficiency is of a skill: name the skill too.');
    const from = input.from ?? a.start?.slice(0, 10);
    const to = input.to ?? a.finish?.slice(0, 10);
    if (!from || !to) throw refuse('from', 'required', 'The task has no dates yet: give from and to.');
    if (to < from) throw refuse('to', 'before from', `to (${to}) is before from (${from}): give a period that ends on or after it starts.`);
    const now = nowIso(ctx.clock);
    const id = newId();
    await trx
      .insertInto('resourceRequests')
      .values({
        id,
        projectId: project.id,
        assignmentId: a.id,
        roleId: a.resourceId,
        skill: input.skill ?? null,
        skillKey: input.skill?.toLowerCase() ?? null,
        minProficiency: input.minProficiency ?? null,
        units: input.units ?? Number(a.units ?? 100),
        fromDate: from,
        toDate: to,
        note: input.note,
        status: 'open',
        requestedBy: ctx.actor.userId || null,
        filledResourceId: null,
        declineReason: null,
        decidedBy: null,
        decidedAt: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      })
      .execute();
    const after = await loadRequest(trx, id);
    await recordAudit(trx, ctx, { entityType: 'resource_request', entityId: id, action: 'create', after });
    return after;
  });
}

/** Requests across every project, oldest first: what the PMO works through. */
export async function listResourceRequests(ctx: AppContext, query: { status?: ResourceRequest['status'] | undefined }): Promise<{ items: ResourceRequest[] }> {
  requireRegisterEditor(ctx.actor, 'see resource requests across projects');
  let q = requestRows(ctx.db).orderBy('q.fromDate').orderBy('q.createdAt').orderBy('q.id');
  if (query.status) q = q.where('q.status', '=', query.status);
  return { items: (await q.execute()).map(toApi) };
}

async function openRequestForDecision(trx: Db, id: string, expectedVersion: number): Promise<ResourceRequest> {
  const before = await loadRequest(trx, id);
  assertVersion(`The request for ${before.roleName} on "${before.taskName}"`, before.version, expectedVersion);
  if (before.status !== 'open') throw refuse('status', `already ${before.status}`, `This request is already ${before.status}: only open requests are filled or declined.`);
  return before;
}

async function tellRequester(trx: Db, ctx: AppContext, request: ResourceRequest, title: string, body: string): Promise<void> {
  await notify(trx, ctx, { kind: 'resource_request_answered', to: [request.requestedBy?.id], title, body, link: `/projects/${request.projectId}/schedule`, projectId: request.projectId, dedupeKey: `resource_request:${request.id}:${request.status}` });
}

/** The PMO names a person for an open request: they take the role's place on the assignment. */
export function fillResourceRequest(ctx: AppContext, id: string, expectedVersion: number, personId: string): Promise<ResourceRequest> {
  requireRegisterEditor(ctx.actor, 'fill resource requests');
  return inTransaction(ctx, async (trx) => {
    const before = await openRequestForDecision(trx, id, expectedVersion);
    const project = await trx.selectFrom('projects').selectAll().where('id', '=', before.projectId).executeTakeFirstOrThrow();
    const assignment = await trx.selectFrom('taskAssignments').select(['id', 'taskId', 'version']).where('id', '=', before.assignmentId).executeTakeFirstOrThrow();
    const replaced = await replaceInTransaction(ctx, trx, project, assignment, personId);
    // after the person is checked (a rule broken here rolls the replacement back)
    if (before.skill !== null) {
      const skill = await trx.selectFrom('resourceSkills').select('proficiency').where('resourceId', '=', personId).where('skillKey', '=', before.skill.toLowerCase()).executeTakeFirst();
      const needed = before.minProficiency ?? 1;
      if (!skill || skill.proficiency < needed) throw refuse('resourceId', `lacks ${before.skill} ≥ ${needed}`, `The request asks for ${before.skill} at proficiency ${needed} or better; this person has ${skill ? `proficiency ${skill.proficiency}` : 'no such skill'} in the pool. Pick someone who has it, or decline the request saying why.`);
    }
    const after = await loadRequest(trx, id);
    await recordAudit(trx, ctx, { entityType: 'resource_request', entityId: id, action: 'fill', before, after });
    await recordAudit(trx, ctx, { entityType: 'task_assignment', entityId: assignment.id, action: 'replace', after: replaced });
    await tellRequester(trx, ctx, after, `${replaced.resourceName} fills your request for ${before.roleName}`, `${project.code}, "${before.taskName}": ${replaced.resourceName} takes the place of ${before.roleName} (${before.from} – ${before.to}).`);
    return after;
  });
}

/** The PMO declines an open request, saying why. */
export function declineResourceRequest(ctx: AppContext, id: string, expectedVersion: number, reason: string): Promise<ResourceRequest> {
  requireRegisterEditor(ctx.actor, 'decline resource requests');
  return inTransaction(ctx, async (trx) => {
    const before = await openRequestForDecision(trx, id, expectedVersion);
    const now = nowIso(ctx.clock);
    const result = await trx.updateTable('resourceRequests').set({ status: 'declined', declineReason: reason, decidedBy: ctx.actor.userId || null, decidedAt: now, updatedAt: now, version: expectedVersion + 1 }).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated('The request', result.numUpdatedRows, expectedVersion);
    const after = await loadRequest(trx, id);
    await recordAudit(trx, ctx, { entityType: 'resource_request', entityId: id, action: 'decline', before, after });
    await tellRequester(trx, ctx, after, `Your request for ${before.roleName} was declined`, `${before.projectCode}, "${before.taskName}": ${reason}`);
    return after;
  });
}
