// What users ask of capacity: the heat map (demand against capacity per resource, role, skill or
// department and period), the assignments behind one resource's cell, who with a skill is free for
// some weeks, and what adding a project (perhaps starting some weeks later) does to each role. Anyone signed in reads the numbers;
// the drill-down names only projects the reader may read (the rest are "another project").
import type { CapacityAvailable, CapacityAvailableQuery, CapacityDetail, CapacityDetailQuery, CapacityQuery, CapacityView, CapacityWhatIf, CapacityWhatIfBody } from '../../contracts/capacity.schema.ts';
import { findAvailable } from '../../core/resources/availability.ts';
import { capacityReport } from '../../core/resources/capacity-report.ts';
import { loadDetail } from '../../core/resources/over-allocation.ts';
import type { GroupBy, GroupRow } from '../../core/resources/resource-types.ts';
import { movedByWeeks, whatIf, workSpan } from '../../core/resources/what-if.ts';
import type { AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { readableAmong } from '../timesheets/timesheet-store.ts';
import { loadCapacityWorld, poolSkill, projectAssignments, worldModel, type CapacityWorld } from './capacity-views.ts';

/** Minutes as hours with two decimals. */
const hours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;
const HIDDEN_PROJECT = 'another project';

/** A row's key, label (the resource's name and code, or the group's name; what a null key means) and members. */
function rowHead(world: CapacityWorld, groupBy: GroupBy, row: GroupRow): { key: string | null; label: string; resourceIds: string[] } {
  const r = groupBy === 'resource' ? world.pool.get(row.key!)! : null;
  const label = r ? `${r.name} (${r.code})${r.archived ? ', archived' : ''}` : (row.key ?? (groupBy === 'role' ? 'No role' : 'No department'));
  return { key: row.key, label, resourceIds: [...row.resourceIds] };
}

async function requirePortfolio(ctx: AppContext, portfolioId: string | undefined): Promise<void> {
  if (portfolioId === undefined) return;
  const found = await ctx.db.selectFrom('portfolios').select('id').where('id', '=', portfolioId).executeTakeFirst();
  if (!found) throw notFound('Portfolio', portfolioId);
}

/** The heat map: per row and period, demand and capacity in hours, load and over-allocation. */
export async function getCapacity(ctx: AppContext, query: CapacityQuery): Promise<CapacityView> {
  await requirePortfolio(ctx, query.portfolioId);
  const world = await loadCapacityWorld(ctx.db, query);
  const includeProposed = query.includeProposed ?? false;
  const report = capacityReport(worldModel(world, { proposed: includeProposed }), { unit: query.unit, groupBy: query.groupBy });
  return {
    from: query.from,
    to: query.to,
    unit: query.unit,
    groupBy: query.groupBy,
    includeProposed,
    periods: [...report.periods],
    rows: report.rows.map((row) => ({
      ...rowHead(world, query.groupBy, row),
      demand: row.demand.map(hours),
      capacity: row.capacity.map(hours),
      load: row.demand.map((d, p) => (row.capacity[p]! > 0 ? Math.round((100 * d) / row.capacity[p]!) : null)),
      overAllocated: row.demand.map((d, p) => d > row.capacity[p]!),
    })),
  };
}

/** The assignments behind one resource's demand over some days, largest first. */
export async function getCapacityDetail(ctx: AppContext, query: CapacityDetailQuery): Promise<CapacityDetail> {
  const world = await loadCapacityWorld(ctx.db, query);
  const resource = world.pool.get(query.resourceId);
  if (!resource) {
    const other = await ctx.db.selectFrom('resources').select('kind').where('id', '=', query.resourceId).executeTakeFirst();
    if (!other) throw notFound('Resource', query.resourceId);
    throw new AppError('validation_failed', `Resource ${query.resourceId} is a ${other.kind} resource and has no capacity; drill into a person, role or equipment.`, { errors: [{ path: 'resourceId', message: 'not a person, role or equipment' }] });
  }
  const detail = loadDetail(worldModel(world, { proposed: query.includeProposed ?? false }), resource.id, query.from, query.to);
  if (!detail.ok) throw new AppError('validation_failed', detail.message);
  const byId = new Map(world.assignments.map((a) => [a.id, a]));
  const readable = await readableAmong(ctx.db, ctx.actor, [...new Set(detail.contributions.map((c) => c.projectId))]);
  return {
    resourceId: resource.id,
    resourceCode: resource.code,
    resourceName: resource.name,
    from: query.from,
    to: query.to,
    demand: hours(detail.demand),
    capacity: hours(detail.capacity),
    items: detail.contributions.map((c) => {
      const a = byId.get(c.assignmentId)!;
      const visible = readable.has(c.projectId);
      return {
        projectId: visible ? c.projectId : null,
        projectCode: visible ? a.projectCode : null,
        projectName: visible ? a.projectName : HIDDEN_PROJECT,
        taskId: visible ? c.taskId : null,
        taskName: visible ? a.taskName : null,
        hours: hours(c.minutes),
        proposed: c.proposed,
      };
    }),
  };
}

/** "Who with skill X is free for N weeks in the window?", freest first. */
export async function getCapacityAvailable(ctx: AppContext, query: CapacityAvailableQuery): Promise<CapacityAvailable> {
  const world = await loadCapacityWorld(ctx.db, query);
  const skill = poolSkill(world, query.skill);
  const answer = { skill: skill ?? query.skill, weeks: query.weeks, units: query.units };
  if (skill === null) return { ...answer, candidates: [] };
  const found = findAvailable(worldModel(world, { proposed: query.includeProposed ?? false }), { skill, minProficiency: query.minProficiency, weeks: query.weeks, units: query.units });
  if (!found.ok) throw new AppError('validation_failed', found.message);
  return {
    ...answer,
    candidates: found.candidates.map((c) => {
      const r = world.pool.get(c.resourceId)!;
      return {
        resourceId: r.id,
        code: r.code,
        name: r.name,
        kind: r.kind,
        role: r.role,
        department: r.department,
        proficiency: c.proficiency,
        bestRun: { ...c.bestRun, spareUnits: Math.round(c.bestRun.spareUnits) },
        freeWeeks: c.freeWeeks.map((w) => ({ weekStart: w.weekStart, freeHours: hours(w.remaining), workingHours: hours(w.working) })),
      };
    }),
  };
}

/**
 * What adding a project's assignments (as if approved, moved by `shiftWeeks` whole weeks) does to
 * each role (or other group) per period. Its work is loaded whatever its dates, so moving it may
 * bring work from outside the range into it.
 */
export async function capacityWhatIf(ctx: AppContext, body: CapacityWhatIfBody): Promise<CapacityWhatIf> {
  const project = await loadAccessibleProject(ctx, ctx.db, body.projectId, 'read');
  const planned = await projectAssignments(ctx.db, project.id);
  const moved = movedByWeeks(planned, body.shiftWeeks).map((a) => ({ ...a, proposed: false }));
  const world = await loadCapacityWorld(ctx.db, { from: body.from, to: body.to, excludeProjectId: project.id }, moved);
  const others = world.assignments.filter((a) => a.projectId !== project.id);
  const candidate = world.assignments.filter((a) => a.projectId === project.id);
  const result = whatIf(worldModel(world, { proposed: body.includeProposed }, others), candidate, { unit: body.unit, groupBy: body.groupBy });
  if (!result.ok) throw new AppError('validation_failed', result.message);
  const [was, now] = [workSpan(planned), workSpan(moved)];
  return {
    projectId: project.id,
    projectCode: project.code,
    projectName: project.name,
    unit: body.unit,
    groupBy: body.groupBy,
    shiftWeeks: body.shiftWeeks,
    span: was && now ? { plannedStart: was.firstDay, plannedFinish: was.lastDay, start: now.firstDay, finish: now.lastDay } : null,
    periods: [...result.periods],
    rows: result.rows.map((row) => ({
      ...rowHead(world, body.groupBy, row),
      capacity: row.capacity.map(hours),
      before: row.before.map(hours),
      after: row.after.map(hours),
      newlyOverAllocated: [...row.newlyOverAllocated],
    })),
    resources: result.resources.map((r) => ({ resourceId: r.resourceId, name: world.pool.get(r.resourceId)!.name, newlyOverAllocated: [...r.newlyOverAllocated] })),
  };
}
