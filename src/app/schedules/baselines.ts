// Baselines: up to 11 saved copies (0–10, as MS Project numbers them) of each task's dates and
// duration, and the variance of today's schedule against one, in working minutes of the project
// calendar. Baselines imported from a file also carry each task's work and cost as saved there;
// baselines saved here keep each task's planned cost (its fixed and material costs): baseline 0 is
// the cost baseline earned value is measured against. Work joins when assignments come to Orrery.
import type { z } from 'zod';
import type { Baseline, BaselineSummary } from '../../contracts/schedule.schema.ts';
import { WorkCalendar } from '../../core/calendar/work-calendar.ts';
import { minorDigits } from '../../core/finance/currency.ts';
import type { Money } from '../../contracts/common.schema.ts';
import type { ImportedBaselineTask } from '../../io/imported-project.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { nowIso } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { loadScheduleState, toEngineCalendar, toLocal, toWall, type ScheduleState } from './schedule-state.ts';
import { readScheduleState, readSettings } from './schedule-settings.ts';
import { refreshEvmSummary } from '../evm/evm-summaries.ts';
import { projectCurrency } from '../finance/finance-rules.ts';
import { projectAssignmentPlans } from '../resources/assignment-plan.ts';
import type { ProjectRow } from '../../db/tables.ts';

interface BaselineTask {
  taskId: string;
  name: string;
  start: string | null;
  finish: string | null;
  durationMinutes: number;
  /** Absent in baselines saved before work and cost were kept. */
  workMinutes?: number | null;
  cost?: Money | null;
}

const baselineName = (number: number) => (number === 0 ? 'Baseline' : `Baseline ${number}`);


/** An amount in a currency's minor units (cents for USD, yen for JPY). */
function toMinorUnits(amount: number, currency: string): number {
  return Math.round(amount * 10 ** minorDigits(currency));
}

/** A project's saved baselines as a file writer takes them: per task UID, in the currency's units. */
export async function baselinesForExport(db: Db, state: ScheduleState): Promise<ImportedBaselineTask[]> {
  const uidOf = new Map(state.tasks.map((t) => [t.id, t.uid]));
  const rows = await db.selectFrom('scheduleBaselines').select(['number', 'tasksJson']).where('projectId', '=', state.projectId).orderBy('number').execute();
  return rows.flatMap((row) =>
    (JSON.parse(row.tasksJson) as BaselineTask[]).flatMap((t) => {
      const uid = uidOf.get(t.taskId);
      if (uid === undefined) return [];
      const cost = t.cost ?? null;
      return [{ number: row.number, uid, start: toWall(t.start), finish: toWall(t.finish), duration: t.durationMinutes, work: t.workMinutes ?? null, cost: cost === null ? null : cost.amountMinor / 10 ** minorDigits(cost.currency) }];
    }),
  );
}

/**
 * Replaces a project's baselines with those an imported file saved (its old ones named tasks that
 * the import replaced). `tasks` gives each file task's new id and name by UID.
 */
export async function replaceBaselinesFromFile(
  trx: Db,
  ctx: AppContext,
  projectId: string,
  saved: ReadonlyArray<ImportedBaselineTask>,
  tasks: ReadonlyMap<number, { id: string; name: string }>,
  currency: string | null,
): Promise<number> {
  await trx.deleteFrom('scheduleBaselines').where('projectId', '=', projectId).execute();
  const byNumber = new Map<number, BaselineTask[]>();
  for (const b of saved) {
    const task = tasks.get(b.uid);
    if (!task) continue;
    const list = byNumber.get(b.number) ?? [];
    list.push({
      taskId: task.id,
      name: task.name,
      start: toLocal(b.start),
      finish: toLocal(b.finish),
      durationMinutes: Math.round(b.duration ?? 0),
      workMinutes: b.work === null ? null : Math.round(b.work),
      cost: b.cost === null || b.cost < 0 ? null : { amountMinor: toMinorUnits(b.cost, currency ?? 'USD'), currency: currency ?? 'USD' },
    });
    byNumber.set(b.number, list);
  }
  const savedAt = nowIso(ctx.clock);
  for (const [number, list] of [...byNumber].sort(([a], [b]) => a - b)) {
    await trx.insertInto('scheduleBaselines').values({ projectId, number, name: `${baselineName(number)} (imported)`, savedAt, savedBy: ctx.actor.userId || null, tasksJson: JSON.stringify(list) }).execute();
  }
  return byNumber.size;
}

/**
 * Each task's planned cost (its fixed and material costs plus its assignments', in the project's
 * currency) and assigned work, which a saved baseline keeps as the cost baseline.
 */
async function plannedTaskCosts(db: Db, project: ProjectRow): Promise<{ costOf: Map<string, Money>; workOf: Map<string, number> }> {
  const currency = await projectCurrency(db, project);
  const [rows, assigned] = await Promise.all([
    db.selectFrom('taskCosts').select((eb) => ['taskId', 'currency', eb.fn.sum<number>('amountMinor').as('amountMinor')]).where('projectId', '=', project.id).groupBy(['taskId', 'currency']).execute(),
    projectAssignmentPlans(db, project.id, currency),
  ]);
  const costOf = new Map(rows.map((r) => [r.taskId, { amountMinor: Number(r.amountMinor), currency: r.currency }]));
  const workOf = new Map<string, number>();
  for (const [taskId, t] of assigned.byTask) {
    const fixed = costOf.get(taskId);
    if (t.costMinor !== 0) costOf.set(taskId, { amountMinor: (fixed?.amountMinor ?? 0) + t.costMinor, currency: fixed?.currency ?? assigned.currency });
    if (t.workMinutes > 0) workOf.set(taskId, t.workMinutes);
  }
  return { costOf, workOf };
}

export async function saveBaseline(ctx: AppContext, projectId: string, number: number, name: string | undefined): Promise<z.infer<typeof BaselineSummary>> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'save baselines');
    const { settings, stored } = await readSettings(trx, ctx, project);
    if (!stored) throw new AppError('validation_failed', `Project ${project.code} has no schedule yet: plan or import tasks before saving a baseline.`);
    const state = await loadScheduleState(trx, projectId, settings);
    const { costOf, workOf } = await plannedTaskCosts(trx, project);
    const tasks: BaselineTask[] = state.tasks.map((t) => ({ taskId: t.id, name: t.name, start: t.start, finish: t.finish, durationMinutes: t.durationMinutes, workMinutes: workOf.get(t.id) ?? null, cost: costOf.get(t.id) ?? null }));
    const row = { projectId, number, name: name ?? baselineName(number), savedAt: nowIso(ctx.clock), savedBy: ctx.actor.userId || null, tasksJson: JSON.stringify(tasks) };
    const before = await trx.selectFrom('scheduleBaselines').select(['name', 'savedAt']).where('projectId', '=', projectId).where('number', '=', number).executeTakeFirst();
    if (before) await trx.updateTable('scheduleBaselines').set(row).where('projectId', '=', projectId).where('number', '=', number).execute();
    else await trx.insertInto('scheduleBaselines').values(row).execute();
    await recordAudit(trx, ctx, { entityType: 'schedule_baseline', entityId: `${projectId}:${number}`, action: before ? 'overwrite' : 'save', before: before ?? null, after: { number, name: row.name, tasks: tasks.length } });
    if (number === 0) await refreshEvmSummary(trx, ctx.clock, project);
    return { number, name: row.name, savedAt: row.savedAt };
  });
}

export async function listBaselines(ctx: AppContext, projectId: string): Promise<Array<z.infer<typeof BaselineSummary>>> {
  await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  return ctx.db.selectFrom('scheduleBaselines').select(['number', 'name', 'savedAt']).where('projectId', '=', projectId).orderBy('number').execute();
}

export async function compareWithBaseline(ctx: AppContext, projectId: string, number: number): Promise<z.infer<typeof Baseline>> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const saved = await ctx.db.selectFrom('scheduleBaselines').selectAll().where('projectId', '=', projectId).where('number', '=', number).executeTakeFirst();
  if (!saved) throw notFound(`Baseline ${number} of project`, project.code);
  const state = await readScheduleState(ctx.db, ctx, project);
  const settings = state.settings;
  const calendar = new WorkCalendar(settings.calendarId, state.calendars.map(toEngineCalendar), toWall(settings.start)!);
  const baseline = new Map((JSON.parse(saved.tasksJson) as BaselineTask[]).map((t) => [t.taskId, t]));
  const variance = (from: string | null, to: string | null) => (from === null || to === null ? null : Math.round(calendar.workingBetween(toWall(from)!, toWall(to)!)));
  return {
    number,
    name: saved.name,
    savedAt: saved.savedAt,
    tasks: state.tasks.map((t) => {
      const b = baseline.get(t.id);
      return {
        taskId: t.id,
        name: t.name,
        baselineStart: b?.start ?? null,
        baselineFinish: b?.finish ?? null,
        baselineDurationMinutes: b?.durationMinutes ?? null,
        baselineWorkMinutes: b?.workMinutes ?? null,
        baselineCost: b?.cost ?? null,
        start: t.start,
        finish: t.finish,
        durationMinutes: t.durationMinutes,
        startVarianceMinutes: variance(b?.start ?? null, t.start),
        finishVarianceMinutes: variance(b?.finish ?? null, t.finish),
        durationVarianceMinutes: b ? t.durationMinutes - b.durationMinutes : null,
      };
    }),
  };
}
