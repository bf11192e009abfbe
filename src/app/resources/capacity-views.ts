// Capacity against demand as the pool stands: the work resources (persons, roles, equipment; an
// archived one only while it still has assignments in the range) with their calendars, maximum
// units, role, department and skills, and every assignment of them on a task overlapping the range
// at the task's current dates, marked proposed when its project is not yet approved. Loaded in a
// constant number of queries however many projects there are (a what-if's candidate project is
// loaded apart, whatever its dates, so it can be moved), then handed to the pure engine
// (`src/core/resources`: buildLoad and the views over its model).
import type { ProjectStatus } from '../../contracts/project.schema.ts';
import type { CalendarDefinition } from '../../core/calendar/calendar-types.ts';
import { buildLoad, type LoadModel } from '../../core/resources/load-model.ts';
import { skillKey } from '../../core/resources/resource-kinds.ts';
import type { AssignmentInput, Contour, IncludeOptions, ResourceInput } from '../../core/resources/resource-types.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../errors.ts';
import { wallFromIso } from '../../core/calendar/wall-time.ts';
import { toWall } from '../schedules/schedule-state.ts';
import { capacityTable } from './resource-capacity.ts';

/** The kinds that have capacity and carry work. */
const WORK_KINDS = ['person', 'role', 'equipment'] as const;
/** Statuses of projects not yet approved: their demand counts only when proposed work is asked for. */
export const NOT_YET_APPROVED: ReadonlyArray<ProjectStatus> = ['proposed'];
/** Statuses whose assignments are no demand at all. */
const NO_DEMAND: ReadonlyArray<ProjectStatus> = ['cancelled'];
/** The longest range a capacity view looks at. */
export const MAX_RANGE_DAYS = 3 * 366;

/** A work resource as the views label it. */
export interface PoolResource {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly role: string | null;
  readonly department: string | null;
  readonly archived: boolean;
}

/** An assignment with what its drill-down shows. */
export interface PoolAssignment extends AssignmentInput {
  readonly taskName: string;
  readonly projectCode: string;
  readonly projectName: string;
}

export interface CapacityWorld {
  readonly from: string;
  readonly to: string;
  readonly calendars: ReadonlyArray<CalendarDefinition>;
  readonly resources: ReadonlyArray<ResourceInput>;
  readonly pool: ReadonlyMap<string, PoolResource>;
  readonly assignments: ReadonlyArray<PoolAssignment>;
  /** A skill as the pool names it (the first spelling), by its lower-cased key. */
  readonly skillNames: ReadonlyMap<string, string>;
}

export interface WorldScope {
  readonly from: string;
  readonly to: string;
  /** Only demand from this portfolio's projects (capacity stays the whole pool's). */
  readonly portfolioId?: string | undefined;
  /** Leave this project's assignments out (a what-if adds them back, moved). */
  readonly excludeProjectId?: string | undefined;
}

/** Refuses a range that ends before it starts or spans more than three years. */
export function checkRange(from: string, to: string): void {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days < 1) throw new AppError('validation_failed', `to (${to}) is before from (${from}); give a range that ends on or after it starts.`, { errors: [{ path: 'to', message: 'before from' }] });
  if (days > MAX_RANGE_DAYS) throw new AppError('validation_failed', `The range ${from} – ${to} spans ${days} days; look at ${MAX_RANGE_DAYS} days (three years) at most.`, { errors: [{ path: 'to', message: 'more than three years after from' }] });
}

/** Assignments of work resources on scheduled tasks, with their task and project. */
function assignmentRows(db: Db) {
  return db
    .selectFrom('taskAssignments as a')
    .innerJoin('scheduleTasks as t', 't.id', 'a.taskId')
    .innerJoin('resources as r', 'r.id', 'a.resourceId')
    .innerJoin('projects as p', 'p.id', 'a.projectId')
    .select(['a.id', 'a.projectId', 'a.taskId', 'a.resourceId', 'a.units', 'a.workMinutes', 'a.driver', 'a.contour', 't.name as taskName', 't.start', 't.finish', 'p.code as projectCode', 'p.name as projectName', 'p.status as projectStatus'])
    .where('r.kind', 'in', [...WORK_KINDS])
    .where('t.start', 'is not', null)
    .where('t.finish', 'is not', null);
}

type AssignmentRow = Awaited<ReturnType<ReturnType<typeof assignmentRows>['execute']>>[number];

function poolAssignment(row: AssignmentRow): PoolAssignment {
  return {
    id: row.id,
    resourceId: row.resourceId,
    taskId: row.taskId,
    projectId: row.projectId,
    start: toWall(row.start)!,
    finish: toWall(row.finish)!,
    ...(row.driver === 'work' ? { work: row.workMinutes ?? 0 } : { units: row.units ?? 0 }),
    contour: row.contour as Contour,
    proposed: NOT_YET_APPROVED.includes(row.projectStatus as ProjectStatus),
    taskName: row.taskName,
    projectCode: row.projectCode,
    projectName: row.projectName,
  };
}

/** Assignments of work resources on tasks overlapping the range, of projects that carry demand. */
function assignmentsInRange(db: Db, scope: WorldScope) {
  let q = assignmentRows(db)
    .where('p.archivedAt', 'is', null)
    .where('p.status', 'not in', [...NO_DEMAND])
    .where('t.start', '<=', `${scope.to}T23:59`)
    .where('t.finish', '>=', `${scope.from}T00:00`);
  if (scope.portfolioId !== undefined) q = q.where('p.portfolioId', '=', scope.portfolioId);
  if (scope.excludeProjectId !== undefined) q = q.where('p.id', '!=', scope.excludeProjectId);
  return q.orderBy('a.id').execute();
}

/** Every dated assignment of a work resource in one project, whatever its dates or the project's status (a what-if's candidate). */
export async function projectAssignments(db: Db, projectId: string): Promise<PoolAssignment[]> {
  const rows = await assignmentRows(db).where('a.projectId', '=', projectId).orderBy('a.id').execute();
  return rows.map(poolAssignment).filter((a) => a.finish >= a.start);
}

/**
 * The pool and its demand over the range, in seven queries whatever the number of projects; `extra`
 * assignments (a what-if's candidate, loaded apart) join it where they overlap the range, and their
 * resources join the pool even when archived.
 */
export async function loadCapacityWorld(db: Db, scope: WorldScope, extra: ReadonlyArray<PoolAssignment> = []): Promise<CapacityWorld> {
  checkRange(scope.from, scope.to);
  const [first, last] = [wallFromIso(`${scope.from}T00:00`), wallFromIso(`${scope.to}T23:59`)];
  const added = extra.filter((a) => a.start <= last && a.finish >= first);
  const assignments = [...(await assignmentsInRange(db, scope)).map(poolAssignment).filter((a) => a.finish >= a.start), ...added];
  const assignedIds = [...new Set(assignments.map((a) => a.resourceId))];
  const resources = await db
    .selectFrom('resources as r')
    .leftJoin('resources as role', 'role.id', 'r.roleId')
    .select(['r.id', 'r.code', 'r.name', 'r.kind', 'r.department', 'r.archivedAt', 'role.name as roleName'])
    .where('r.kind', 'in', [...WORK_KINDS])
    .where((eb) => (assignedIds.length === 0 ? eb('r.archivedAt', 'is', null) : eb.or([eb('r.archivedAt', 'is', null), eb('r.id', 'in', assignedIds)])))
    .orderBy('r.name')
    .orderBy('r.code')
    .execute();
  const ids = resources.map((r) => r.id);
  const [table, skills] = await Promise.all([
    capacityTable(db, ids),
    ids.length === 0 ? [] : db.selectFrom('resourceSkills').selectAll().where('resourceId', 'in', ids).orderBy('skill').execute(),
  ]);
  const skillNames = new Map<string, string>();
  for (const s of skills) if (!skillNames.has(s.skillKey)) skillNames.set(s.skillKey, s.skill);
  const pool = new Map<string, PoolResource>();
  const inputs = resources.map((r): ResourceInput => {
    const role = r.kind === 'role' ? r.name : r.roleName;
    pool.set(r.id, { id: r.id, code: r.code, name: r.name, kind: r.kind, role, department: r.department, archived: r.archivedAt !== null });
    const units = table.maxUnits(r.id);
    return {
      id: r.id,
      calendarId: r.id,
      maxUnits: units?.rows ?? [],
      defaultMaxUnits: units?.fallback ?? 100,
      role,
      department: r.department,
      skills: skills.filter((s) => s.resourceId === r.id).map((s) => ({ skill: skillNames.get(s.skillKey)!, proficiency: s.proficiency })),
    };
  });
  return { from: scope.from, to: scope.to, calendars: table.calendars, resources: inputs, pool, assignments, skillNames };
}

/** The engine's model of a world: demand and capacity per resource and day, counting what `include` says. */
export function worldModel(world: CapacityWorld, include: IncludeOptions, assignments: ReadonlyArray<AssignmentInput> = world.assignments): LoadModel {
  const result = buildLoad({ calendars: world.calendars, resources: world.resources, assignments, from: world.from, to: world.to, include });
  if (!result.ok) throw new AppError('validation_failed', result.message);
  return result.model;
}

/** The pool's spelling of a skill asked for in any case, or null when no resource has it. */
export const poolSkill = (world: CapacityWorld, skill: string): string | null => world.skillNames.get(skillKey(skill)) ?? null;
