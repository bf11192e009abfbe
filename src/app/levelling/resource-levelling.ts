// Levelling a project, or every live project of a portfolio, against the resource pool: their
// schedules with the levelling delays cleared, their assignments and the pool's capacity less
// other projects' work go to the engine (src/core/levelling); its delays are put back on the
// schedules, which are recomputed in memory and compared with what is stored. A preview stops
// there; levelling writes the delays through each schedule's own change path (reschedule,
// earned-value summary, audit) in one transaction, so the levelled dates are the CPM's and
// clearing the delays undoes levelling.
import type { LevellingCleared, LevellingRequest, LevellingResult } from '../../contracts/levelling.schema.ts';
import type { ProjectPriority } from '../../contracts/project.schema.ts';
import { dayFromIsoDate, isoDateFromDay } from '../../core/calendar/wall-time.ts';
import { levelResources } from '../../core/levelling/levelling.ts';
import type { LevellingResult as EngineResult } from '../../core/levelling/levelling-types.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { MAX_RANGE_DAYS, loadCapacityWorld, worldModel, type CapacityWorld } from '../resources/capacity-views.ts';
import { computeSchedule } from '../schedules/reschedule.ts';
import { changeSchedule } from '../schedules/schedule-commands.ts';
import { readScheduleState } from '../schedules/schedule-settings.ts';
import { summaryFlags, type ScheduleState } from '../schedules/schedule-state.ts';
import { inTransaction } from '../shared/transaction.ts';
import { FULL_TIME, NO_LIMIT, levellingPeriods, levellingProblem, type LevelledAssignment, type ProjectToLevel, type ResourceRoom } from './levelling-model.ts';
import { overloadsOf } from './levelling-overloads.ts';

/** Statuses whose projects are levelled with their portfolio. */
const LEVELLED_STATUSES = ['proposed', 'approved', 'active', 'on_hold'];

interface Plan {
  readonly result: LevellingResult;
  /** Per project: the levelling delay (working minutes) each task should carry. */
  readonly delays: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

const withoutDelays = (state: ScheduleState): ScheduleState => ({ ...state, tasks: state.tasks.map((t) => ({ ...t, levelingDelayMinutes: 0, levelingDelayElapsed: 0 })) });

function withDelays(state: ScheduleState, delays: ReadonlyMap<string, number>): ScheduleState {
  return { ...state, tasks: state.tasks.map((t) => ({ ...t, levelingDelayMinutes: delays.get(t.id) ?? 0, levelingDelayElapsed: 0 })) };
}

/** Each resource's room for the levelled projects: its units each day less what every other project asks of it. */
function roomsOf(world: CapacityWorld, others: CapacityWorld['assignments']): Map<string, ResourceRoom> {
  const model = worldModel(world, {}, others);
  const rooms = new Map<string, ResourceRoom>();
  model.resources.forEach((resource, r) => {
    const base = r * model.days;
    rooms.set(resource.id, {
      name: world.pool.get(resource.id)?.name ?? resource.id,
      calendar: model.calendarOf[r]!,
      freeUnits: (day) => {
        const i = base + Math.min(Math.max(day - model.firstDay, 0), model.days - 1);
        const working = model.working[i]!;
        return working <= 0 ? NO_LIMIT : (Math.max(0, model.capacity[i]! - model.demand[i]!) / working) * FULL_TIME;
      },
    });
  });
  return rooms;
}

/** The engine's refusal in the schedule's words (task and resource names for ids). */
function cannotLevel(message: string, names: ReadonlyMap<string, string>): AppError {
  let text = message;
  for (const [id, name] of names) text = text.split(id).join(`"${name}"`);
  return new AppError('validation_failed', `Cannot level: ${text}`);
}

async function planLevelling(trx: Db, ctx: AppContext, rows: ReadonlyArray<ProjectRow>, request: LevellingRequest): Promise<{ plan: Plan; current: Map<string, ScheduleState> }> {
  const from = request.from ?? nowIso(ctx.clock).slice(0, 10);
  const firstDay = dayFromIsoDate(from);
  const current = new Map<string, ScheduleState>();
  const projects: ProjectToLevel[] = [];
  for (const row of rows) {
    const state = await readScheduleState(trx, ctx, row);
    current.set(row.id, state);
    projects.push({ id: row.id, code: row.code, name: row.name, priority: row.priority as ProjectPriority, unlevelled: computeSchedule(withoutDelays(state)).state });
  }
  const world = await loadCapacityWorld(trx, { from, to: isoDateFromDay(firstDay + MAX_RANGE_DAYS - 1) });
  const levelled = new Set(rows.map((r) => r.id));
  const own = world.assignments.filter((a) => levelled.has(a.projectId));
  const rooms = roomsOf(world, world.assignments.filter((a) => !levelled.has(a.projectId)));
  const assignments: LevelledAssignment[] = own.map((a) => ({ taskId: a.taskId, resourceId: a.resourceId, ...(a.work !== undefined ? { work: a.work } : { units: a.units ?? 0 }), ...(a.contour && { contour: a.contour }) }));
  const periods = levellingPeriods(projects, firstDay, MAX_RANGE_DAYS);
  const problem = levellingProblem(projects, assignments, rooms, periods, firstDay);
  const engine = levelResources(problem.input, { mode: request.mode, schedules: request.schedules, seed: request.seed });
  if (!engine.ok) {
    const names = new Map<string, string>([...problem.tasks].map(([id, t]) => [id, t.name]));
    for (const [id, room] of rooms) names.set(id, room.name);
    throw cannotLevel(engine.message, names);
  }
  const delays = delaysOf(engine, problem.tasks, projects);
  const levelledStates = new Map(projects.map((p) => [p.id, computeSchedule(withDelays(p.unlevelled, delays.get(p.id)!)).state]));
  const overloads = overloadsOf(world, levelled, own, current, levelledStates);
  const result: LevellingResult = {
    from,
    mode: request.mode,
    applied: false,
    generated: engine.generated,
    projects: rows.filter((row) => rows.length === 1 || current.get(row.id)!.tasks.length > 0).map((row) => ({
      projectId: row.id,
      code: row.code,
      name: row.name,
      finishBefore: current.get(row.id)!.settings.computedFinish,
      finishAfter: levelledStates.get(row.id)!.settings.computedFinish,
      delayedTasks: [...delays.get(row.id)!.values()].filter((m) => m > 0).length,
    })),
    moved: rows.flatMap((row) => movesOf(row, current.get(row.id)!, levelledStates.get(row.id)!)),
    overAllocatedBefore: overloads.before,
    overAllocatedAfter: overloads.after.length,
    remaining: overloads.after.slice(0, 100),
    warnings: problem.warnings.map((w) => ({ projectId: w.projectId, taskId: w.taskId, message: w.message })),
  };
  return { plan: { result, delays }, current };
}

function delaysOf(engine: EngineResult, tasks: ReadonlyMap<string, { projectId: string; minutesPerDay: number }>, projects: ReadonlyArray<ProjectToLevel>): Map<string, Map<string, number>> {
  const delays = new Map(projects.map((p) => [p.id, new Map<string, number>()]));
  for (const t of engine.tasks) {
    if (t.levellingDelay <= 0) continue;
    const meta = tasks.get(t.id)!;
    delays.get(meta.projectId)!.set(t.id, t.levellingDelay * meta.minutesPerDay);
  }
  return delays;
}

function movesOf(row: ProjectRow, before: ScheduleState, after: ScheduleState): LevellingResult['moved'] {
  const summary = summaryFlags(after.tasks);
  const old = new Map(before.tasks.map((t) => [t.id, t]));
  return after.tasks.flatMap((t, i) => {
    const was = old.get(t.id)!;
    if (summary[i] || (was.start === t.start && was.finish === t.finish)) return [];
    return [{ projectId: row.id, projectCode: row.code, taskId: t.id, name: t.name, startBefore: was.start, startAfter: t.start, finishBefore: was.finish, finishAfter: t.finish, levelingDelayDays: Math.round((t.levelingDelayMinutes / after.settings.minutesPerDay) * 100) / 100 }];
  });
}

/** Writes the planned delays to each project whose delays change, through its schedule's change path. */
async function applyPlan(ctx: AppContext, trx: Db, plan: Plan, current: ReadonlyMap<string, ScheduleState>): Promise<void> {
  const now = nowIso(ctx.clock);
  const inner: AppContext = { ...ctx, db: trx };
  for (const [projectId, delays] of plan.delays) {
    const changed = current.get(projectId)!.tasks.filter((t) => t.levelingDelayMinutes !== (delays.get(t.id) ?? 0) || (t.levelingDelayMinutes !== 0 && t.levelingDelayElapsed !== 0));
    if (changed.length === 0) continue;
    await changeSchedule(inner, projectId, 'level its resources', async (db) => {
      for (const t of changed) {
        await db.updateTable('scheduleTasks').set({ levelingDelayMinutes: delays.get(t.id) ?? 0, levelingDelayElapsed: 0, version: t.version + 1, updatedAt: now }).where('id', '=', t.id).where('version', '=', t.version).execute();
      }
      const project = plan.result.projects.find((p) => p.projectId === projectId)!;
      return {
        entityType: 'schedule',
        entityId: projectId,
        action: 'level_resources',
        before: { finish: project.finishBefore, delayedTasks: current.get(projectId)!.tasks.filter((t) => t.levelingDelayMinutes > 0).length },
        after: (state) => ({ finish: state.settings.computedFinish, delayedTasks: project.delayedTasks, from: plan.result.from, mode: plan.result.mode }),
      };
    });
  }
}

/** What levelling the project would move, writing nothing. */
export async function previewProjectLevelling(ctx: AppContext, projectId: string, request: LevellingRequest): Promise<LevellingResult> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  return (await planLevelling(ctx.db, ctx, [project], request)).plan.result;
}

/** Levels the project: writes each task's levelling delay and reschedules. */
export async function levelProject(ctx: AppContext, projectId: string, request: LevellingRequest): Promise<LevellingResult> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'level its resources');
    const { plan, current } = await planLevelling(trx, ctx, [project], request);
    await applyPlan(ctx, trx, plan, current);
    return { ...plan.result, applied: true };
  });
}

/** Removes every levelling delay of the project (undoing levelling) and reschedules. */
export async function clearProjectLevelling(ctx: AppContext, projectId: string): Promise<LevellingCleared> {
  let cleared = 0;
  const result = await changeSchedule(ctx, projectId, 'clear its levelling', async (trx, state) => {
    const delayed = state.tasks.filter((t) => t.levelingDelayMinutes !== 0);
    cleared = delayed.length;
    const now = nowIso(ctx.clock);
    for (const t of delayed) await trx.updateTable('scheduleTasks').set({ levelingDelayMinutes: 0, levelingDelayElapsed: 0, version: t.version + 1, updatedAt: now }).where('id', '=', t.id).where('version', '=', t.version).execute();
    return { entityType: 'schedule', entityId: projectId, action: 'clear_levelling', before: { delayedTasks: cleared }, after: (s) => ({ finish: s.settings.computedFinish }) };
  });
  return { cleared, moved: result.moved };
}

/** The live projects of a portfolio, for the PMO. */
async function portfolioProjects(ctx: AppContext, trx: Db, portfolioId: string, doing: string): Promise<ProjectRow[]> {
  requireRegisterEditor(ctx.actor, doing);
  const portfolio = await trx.selectFrom('portfolios').select(['id', 'code']).where('id', '=', portfolioId).executeTakeFirst();
  if (!portfolio) throw notFound('Portfolio', portfolioId);
  const rows = await trx.selectFrom('projects').selectAll().where('portfolioId', '=', portfolioId).where('archivedAt', 'is', null).where('status', 'in', LEVELLED_STATUSES).orderBy('code').execute();
  if (rows.length === 0) throw new AppError('validation_failed', `Portfolio ${portfolio.code} has no live projects to level (proposed, approved, active or on hold).`);
  return rows;
}

/** What levelling every live project of the portfolio together would move, writing nothing. */
export async function previewPortfolioLevelling(ctx: AppContext, portfolioId: string, request: LevellingRequest): Promise<LevellingResult> {
  const rows = await portfolioProjects(ctx, ctx.db, portfolioId, 'level a portfolio');
  return (await planLevelling(ctx.db, ctx, rows, request)).plan.result;
}

/** Levels every live project of the portfolio together, higher-priority projects first. */
export async function levelPortfolio(ctx: AppContext, portfolioId: string, request: LevellingRequest): Promise<LevellingResult> {
  return inTransaction(ctx, async (trx) => {
    const rows = await portfolioProjects(ctx, trx, portfolioId, 'level a portfolio');
    const { plan, current } = await planLevelling(trx, ctx, rows, request);
    await applyPlan(ctx, trx, plan, current);
    return { ...plan.result, applied: true };
  });
}
