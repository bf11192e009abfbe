// Baselines: up to 11 saved copies (0–10, as MS Project numbers them) of each task's dates and
// duration, and the variance of today's schedule against one, in working minutes of the project
// calendar. Work and cost join the baseline when resources and costs do.
import type { z } from 'zod';
import type { Baseline, BaselineSummary } from '../../contracts/schedule.schema.ts';
import { WorkCalendar } from '../../core/calendar/work-calendar.ts';
import type { AppContext } from '../context.ts';
import { nowIso } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { loadScheduleState, toEngineCalendar, toWall } from './schedule-state.ts';
import { readScheduleState, readSettings } from './schedule-settings.ts';

interface BaselineTask {
  taskId: string;
  name: string;
  start: string | null;
  finish: string | null;
  durationMinutes: number;
}

export async function saveBaseline(ctx: AppContext, projectId: string, number: number, name: string | undefined): Promise<z.infer<typeof BaselineSummary>> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'save baselines');
    const { settings, stored } = await readSettings(trx, ctx, project);
    if (!stored) throw new AppError('validation_failed', `Project ${project.code} has no schedule yet: plan or import tasks before saving a baseline.`);
    const state = await loadScheduleState(trx, projectId, settings);
    const tasks: BaselineTask[] = state.tasks.map((t) => ({ taskId: t.id, name: t.name, start: t.start, finish: t.finish, durationMinutes: t.durationMinutes }));
    const row = { projectId, number, name: name ?? (number === 0 ? 'Baseline' : `Baseline ${number}`), savedAt: nowIso(ctx.clock), savedBy: ctx.actor.userId || null, tasksJson: JSON.stringify(tasks) };
    const before = await trx.selectFrom('scheduleBaselines').select(['name', 'savedAt']).where('projectId', '=', projectId).where('number', '=', number).executeTakeFirst();
    if (before) await trx.updateTable('scheduleBaselines').set(row).where('projectId', '=', projectId).where('number', '=', number).execute();
    else await trx.insertInto('scheduleBaselines').values(row).execute();
    await recordAudit(trx, ctx, { entityType: 'schedule_baseline', entityId: `${projectId}:${number}`, action: before ? 'overwrite' : 'save', before: before ?? null, after: { number, name: row.name, tasks: tasks.length } });
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
