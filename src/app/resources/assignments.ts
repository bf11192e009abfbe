// Assigning the resource pool to a project's schedule tasks, kept by whoever edits the schedule (its
// manager, the PMO, administrators) under If-Match with an audit event. A work resource (person,
// role, equipment) takes its peak units or its work and the other follows from its working time in
// the task (`assignment-plan.ts`); material takes a quantity, a cost resource an amount in the
// project's currency. A resource is on a task once; summary tasks take none (their children carry
// the work); archived resources are not newly assigned. Replacing a generic role by a named person
// keeps the work, units and contour, and fills the assignment's open request for one.
import type { Assignment, AssignmentCreate, AssignmentUpdate, ProjectAssignments } from '../../contracts/assignment.schema.ts';
import { milliToQuantity, quantityToMilli } from '../../core/finance/money.ts';
import { hasCapacity, type ResourceKind } from '../../core/resources/resource-kinds.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { newId } from '../shared/ids.ts';
import { isUniqueViolation } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { summaryFlags } from '../schedules/schedule-state.ts';
import { checkCurrency, projectCurrency } from '../finance/finance-rules.ts';
import { assignmentRows, planAssignments, projectAssignmentPlans, type PlannedAssignment } from './assignment-plan.ts';
import { loadResource, type ResourceRow } from './resource-store.ts';

const hoursText = (minutes: number) => `${Math.round((minutes / 60) * 100) / 100} h`;

/** A 422 naming the field at fault. */
export const refuse = (path: string, message: string, detail: string) => new AppError('validation_failed', detail, { errors: [{ path, message }] });

function toApi(p: PlannedAssignment, currency: string, openRequestId: string | null): Assignment {
  const r = p.row;
  return {
    id: r.id,
    projectId: r.projectId,
    taskId: r.taskId,
    taskName: r.taskName,
    resourceId: r.resourceId,
    resourceCode: r.resourceCode,
    resourceName: r.resourceName,
    resourceKind: p.kind,
    units: p.units,
    workMinutes: p.workMinutes,
    overtimeMinutes: hasCapacity(p.kind) ? (r.overtimeMinutes ?? 0) : null,
    driver: r.driver as Assignment['driver'],
    contour: r.contour as Assignment['contour'],
    quantity: r.quantityMilli === null ? null : milliToQuantity(Number(r.quantityMilli)),
    unit: p.kind === 'material' ? r.resourceUnit : null,
    amount: r.amountMinor === null ? null : { amountMinor: Number(r.amountMinor), currency: r.amountCurrency! },
    plannedCost: p.costMinor === null ? null : { amountMinor: p.costMinor, currency },
    unpriced: p.unpriced,
    unpricedMinutes: p.unpricedMinutes,
    openRequestId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

async function openRequestsOf(db: Db, assignmentIds: readonly string[]): Promise<Map<string, string>> {
  if (assignmentIds.length === 0) return new Map();
  const rows = await db.selectFrom('resourceRequests').select(['id', 'assignmentId']).where('assignmentId', 'in', [...assignmentIds]).where('status', '=', 'open').execute();
  return new Map(rows.map((r) => [r.assignmentId, r.id]));
}

async function viewsOf(db: Db, project: ProjectRow, plans: { currency: string; items: ReadonlyArray<PlannedAssignment> }): Promise<Assignment[]> {
  const open = await openRequestsOf(db, plans.items.map((p) => p.row.id));
  return plans.items.map((p) => toApi(p, plans.currency, open.get(p.row.id) ?? null));
}

/** One assignment as the API shows it, priced in its project's currency. */
export async function loadAssignmentView(db: Db, project: ProjectRow, id: string): Promise<Assignment> {
  const rows = await assignmentRows(db).where('a.id', '=', id).execute();
  if (rows.length === 0) throw notFound('Assignment', id);
  return (await viewsOf(db, project, await planAssignments(db, rows, await projectCurrency(db, project))))[0]!;
}

/** Every assignment of a project, with the planned cost of each and what could not be priced. */
export async function listProjectAssignments(ctx: AppContext, projectId: string): Promise<ProjectAssignments> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const currency = await projectCurrency(ctx.db, project);
  const plans = await projectAssignmentPlans(ctx.db, project.id, currency);
  const items = await viewsOf(ctx.db, project, plans);
  return {
    projectId: project.id,
    currency,
    plannedLabourMinor: items.reduce((sum, a) => sum + (a.plannedCost?.amountMinor ?? 0), 0),
    unpricedMinutes: items.reduce((sum, a) => sum + a.unpricedMinutes, 0),
    unpriced: items.filter((a) => a.unpriced !== null).map((a) => ({ assignmentId: a.id, taskName: a.taskName, resourceName: a.resourceName, reason: a.unpriced! })),
    items,
  };
}

/** The task's assignments. */
export async function listTaskAssignments(ctx: AppContext, projectId: string, taskId: string): Promise<{ taskId: string; items: Assignment[] }> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  await leafTaskOf(ctx.db, project, taskId, false);
  const rows = await assignmentRows(ctx.db).where('a.taskId', '=', taskId).execute();
  return { taskId, items: await viewsOf(ctx.db, project, await planAssignments(ctx.db, rows, await projectCurrency(ctx.db, project))) };
}

/** The task of this project; with `leaf`, refused when it is a summary task. */
async function leafTaskOf(db: Db, project: ProjectRow, taskId: string, leaf: boolean): Promise<{ id: string; name: string }> {
  const tasks = await db.selectFrom('scheduleTasks').select(['id', 'name', 'outlineLevel']).where('projectId', '=', project.id).orderBy('position').execute();
  const index = tasks.findIndex((t) => t.id === taskId);
  if (index < 0) throw notFound(`Task of project ${project.code}`, taskId);
  const task = tasks[index]!;
  if (leaf && summaryFlags(tasks)[index]) {
    throw refuse('taskId', 'a summary task', `"${task.name}" is a summary task: its work is the work of the tasks under it. Assign resources to those tasks instead.`);
  }
  return task;
}

/** A resource that may be newly put on a task. */
async function assignableResource(db: Db, resourceId: string, path = 'resourceId'): Promise<ResourceRow> {
  const row = await db.selectFrom('resources').select('id').where('id', '=', resourceId).executeTakeFirst();
  if (!row) throw new AppError('invalid_reference', `${path} names no resource of the pool.`, { errors: [{ path, message: 'no such resource' }] });
  const resource = await loadResource(db, resourceId);
  if (resource.archivedAt !== null) throw refuse(path, 'archived', `${resource.code} ${resource.name} is archived: restore it in the resource pool, or pick another resource.`);
  return resource;
}

type Amounts = Pick<AssignmentCreate, 'units' | 'workMinutes' | 'overtimeMinutes' | 'contour' | 'quantity' | 'amount'>;
interface Columns {
  units: number | null;
  workMinutes: number | null;
  overtimeMinutes: number | null;
  driver: 'units' | 'work' | null;
  contour: string;
  quantityMilli: number | null;
  amountMinor: number | null;
  amountCurrency: string | null;
}

/** The stored columns for a resource of its kind, from what was given over what there was. */
async function columnsFor(db: Db, project: ProjectRow, resource: ResourceRow, input: Amounts, before: Columns | null): Promise<Columns> {
  const kind = resource.kind as ResourceKind;
  const given = (field: keyof Amounts) => input[field] !== undefined;
  const notFor = (fields: ReadonlyArray<keyof Amounts>, what: string) => {
    const wrong = fields.find(given);
    if (wrong) throw refuse(wrong, `not for ${kind} resources`, `${resource.name} is a ${kind} resource: ${what}. Leave out ${wrong}.`);
  };
  if (hasCapacity(kind)) {
    notFor(['quantity', 'amount'], 'give its units or its work');
    if (given('units') && given('workMinutes')) throw refuse('workMinutes', 'give units or work, not both', 'Give the units or the work, not both: the other follows from the resource’s working time in the task.');
    const base = before ?? { units: 100, workMinutes: null, overtimeMinutes: null, driver: 'units' as const, contour: 'flat', quantityMilli: null, amountMinor: null, amountCurrency: null };
    const driven = given('workMinutes') ? { driver: 'work' as const, workMinutes: input.workMinutes!, units: base.units } : given('units') ? { driver: 'units' as const, units: input.units!, workMinutes: base.workMinutes } : {};
    const overtimeMinutes = given('overtimeMinutes') ? input.overtimeMinutes! || null : base.overtimeMinutes;
    return { ...base, ...driven, overtimeMinutes, contour: input.contour ?? base.contour, quantityMilli: null, amountMinor: null, amountCurrency: null };
  }
  const none = { units: null, workMinutes: null, overtimeMinutes: null, driver: null, contour: 'flat' };
  if (kind === 'material') {
    notFor(['units', 'workMinutes', 'overtimeMinutes', 'contour', 'amount'], `give the quantity for the task in ${resource.unit ?? 'its unit'}`);
    const quantityMilli = given('quantity') ? quantityToMilli(input.quantity!) : before?.quantityMilli ?? null;
    if (quantityMilli === null) throw refuse('quantity', given('quantity') ? 'up to three decimals' : 'required', `Give the quantity of ${resource.name} the task uses, in ${resource.unit ?? 'its unit'}, above zero with at most three decimals.`);
    return { ...none, quantityMilli, amountMinor: null, amountCurrency: null };
  }
  notFor(['units', 'workMinutes', 'overtimeMinutes', 'contour', 'quantity'], 'give the amount it costs on this task');
  if (!input.amount && !before) throw refuse('amount', 'required', `Give the amount ${resource.name} costs on this task.`);
  if (input.amount) {
    if (input.amount.amountMinor < 0) throw refuse('amount.amountMinor', 'not negative', 'The amount cannot be negative.');
    const currency = checkCurrency(await projectCurrency(db, project), input.amount, 'amount.currency', project.code);
    return { ...none, quantityMilli: null, amountMinor: input.amount.amountMinor, amountCurrency: currency };
  }
  return { ...none, quantityMilli: null, amountMinor: before!.amountMinor, amountCurrency: before!.amountCurrency };
}

const duplicate = (resource: ResourceRow, taskName: string) =>
  refuse('resourceId', 'already on this task', `${resource.code} ${resource.name} is already assigned to "${taskName}": change that assignment’s units or work instead.`);

export function createAssignment(ctx: AppContext, projectId: string, taskId: string, input: AssignmentCreate): Promise<Assignment> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'assign resources');
    const task = await leafTaskOf(trx, project, taskId, true);
    const resource = await assignableResource(trx, input.resourceId);
    const taken = await trx.selectFrom('taskAssignments').select('id').where('taskId', '=', taskId).where('resourceId', '=', resource.id).executeTakeFirst();
    if (taken) throw duplicate(resource, task.name);
    const columns = await columnsFor(trx, project, resource, input, null);
    const now = nowIso(ctx.clock);
    const id = newId();
    try {
      await trx.insertInto('taskAssignments').values({ id, projectId: project.id, taskId, resourceId: resource.id, ...columns, createdBy: ctx.actor.userId || null, createdAt: now, updatedAt: now, version: 1 }).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate(resource, task.name);
      throw error;
    }
    const after = await storeDerived(trx, project, id);
    await recordAudit(trx, ctx, { entityType: 'task_assignment', entityId: id, action: 'create', after });
    return after;
  });
}

/** Stores the units or work that followed from the given one (so the row reads as it was saved) and answers the view; refuses more overtime than work. */
async function storeDerived(trx: Db, project: ProjectRow, id: string): Promise<Assignment> {
  const view = await loadAssignmentView(trx, project, id);
  if (view.overtimeMinutes !== null && view.workMinutes !== null && view.overtimeMinutes > view.workMinutes) {
    throw refuse('overtimeMinutes', 'more than the work', `${view.resourceName} has ${hoursText(view.workMinutes)} of work on "${view.taskName}", so at most that much can be overtime (it was ${hoursText(view.overtimeMinutes)}): give less overtime, or more work.`);
  }
  if (view.driver !== null) await trx.updateTable('taskAssignments').set({ units: view.units, workMinutes: view.workMinutes }).where('id', '=', id).execute();
  return view;
}

/** An assignment of this project's task, for a change under If-Match. */
async function assignmentForChange(ctx: AppContext, trx: Db, projectId: string, taskId: string, id: string, expectedVersion: number, doing: string) {
  const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', doing);
  const row = await trx.selectFrom('taskAssignments').selectAll().where('id', '=', id).where('projectId', '=', project.id).where('taskId', '=', taskId).executeTakeFirst();
  if (!row) throw notFound('Assignment', id);
  const before = await loadAssignmentView(trx, project, id);
  assertVersion(`The assignment of ${before.resourceName} to "${before.taskName}"`, row.version, expectedVersion);
  return { project, row, before };
}

export function updateAssignment(ctx: AppContext, projectId: string, taskId: string, id: string, expectedVersion: number, patch: AssignmentUpdate): Promise<Assignment> {
  return inTransaction(ctx, async (trx) => {
    const { project, row, before } = await assignmentForChange(ctx, trx, projectId, taskId, id, expectedVersion, 'assign resources');
    const resource = await loadResource(trx, row.resourceId);
    const columns = await columnsFor(trx, project, resource, patch, { ...row, driver: row.driver as Columns['driver'], quantityMilli: row.quantityMilli === null ? null : Number(row.quantityMilli), amountMinor: row.amountMinor === null ? null : Number(row.amountMinor) });
    const result = await trx.updateTable('taskAssignments').set({ ...columns, updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 }).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated('The assignment', result.numUpdatedRows, expectedVersion);
    const after = await storeDerived(trx, project, id);
    await recordAudit(trx, ctx, { entityType: 'task_assignment', entityId: id, action: 'update', before, after });
    return after;
  });
}

export function deleteAssignment(ctx: AppContext, projectId: string, taskId: string, id: string, expectedVersion: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx) => {
    const { before } = await assignmentForChange(ctx, trx, projectId, taskId, id, expectedVersion, 'assign resources');
    await trx.deleteFrom('resourceRequests').where('assignmentId', '=', id).execute();
    await trx.deleteFrom('taskAssignments').where('id', '=', id).execute();
    await recordAudit(trx, ctx, { entityType: 'task_assignment', entityId: id, action: 'delete', before, after: null });
    return { ok: true as const };
  });
}

/**
 * Puts a named person in the place of the assignment's resource (typically a generic role), keeping
 * the units or work that was given and the contour. Used by the planner directly and by the PMO
 * filling a request; the assignment's open requests count as filled by that person.
 */
export async function replaceInTransaction(ctx: AppContext, trx: Db, project: ProjectRow, row: { id: string; taskId: string; version: number }, personId: string, path = 'resourceId'): Promise<Assignment> {
  const person = await assignableResource(trx, personId, path);
  if (person.kind !== 'person') throw refuse(path, 'not a person', `${person.code} ${person.name} is a ${person.kind} resource: a role is replaced by a named person. Pick a person from the pool.`);
  const task = await leafTaskOf(trx, project, row.taskId, false);
  const taken = await trx.selectFrom('taskAssignments').select('id').where('taskId', '=', row.taskId).where('resourceId', '=', person.id).executeTakeFirst();
  if (taken) throw duplicate(person, task.name);
  const now = nowIso(ctx.clock);
  const result = await trx.updateTable('taskAssignments').set({ resourceId: person.id, updatedAt: now, version: row.version + 1 }).where('id', '=', row.id).where('version', '=', row.version).executeTakeFirst();
  assertUpdated('The assignment', result.numUpdatedRows, row.version);
  await trx.updateTable('resourceRequests').set({ status: 'filled', filledResourceId: person.id, decidedBy: ctx.actor.userId || null, decidedAt: now, updatedAt: now, version: (eb) => eb('version', '+', 1) }).where('assignmentId', '=', row.id).where('status', '=', 'open').execute();
  return storeDerived(trx, project, row.id);
}

export function replaceAssignmentResource(ctx: AppContext, projectId: string, taskId: string, id: string, expectedVersion: number, personId: string): Promise<Assignment> {
  return inTransaction(ctx, async (trx) => {
    const { project, row, before } = await assignmentForChange(ctx, trx, projectId, taskId, id, expectedVersion, 'assign resources');
    if (!hasCapacity(before.resourceKind)) throw refuse('resourceId', `a ${before.resourceKind} assignment`, `${before.resourceName} is a ${before.resourceKind} resource: only work (a role, a person, equipment) is handed to a person.`);
    const after = await replaceInTransaction(ctx, trx, project, row, personId);
    await recordAudit(trx, ctx, { entityType: 'task_assignment', entityId: id, action: 'replace', before, after });
    return after;
  });
}
