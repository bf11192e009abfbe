// Approved hours as progress, in projects that ask for it (the schedule setting
// progressFromTimesheets): each task the hours were booked on moves to the share of its planned
// work (its assignments' work on its current dates) that its actual work has reached — MS Project's
// % work complete. Never backwards, and never to 100 %: hours spent do not prove the work is done,
// so finishing stays the planner's call. Runs in the approval's transaction, through the schedule's
// own change path (reschedule, earned-value summary, audit), as Orrery rather than the approver,
// who may not plan every project on the sheet.
import type { Db } from '../../db/database.ts';
import { nowIso, systemActor, type AppContext } from '../context.ts';
import { projectAssignmentPlans } from '../resources/assignment-plan.ts';
import { changeSchedule, persistEdit } from '../schedules/schedule-commands.ts';
import { updateTask } from '../schedules/schedule-edits.ts';
import { apiTaskOf } from '../schedules/schedule-state.ts';

/** The percent complete actual work shows against planned work, short of done; null without planned work. */
export function percentFromWork(actualMinutes: number, plannedMinutes: number): number | null {
  if (!(plannedMinutes > 0)) return null;
  return Math.min(99, Math.floor((actualMinutes * 100) / plannedMinutes));
}

/** Moves the percent complete of these tasks (those whose projects ask for it) to their work done. */
export async function progressFromHours(ctx: AppContext, trx: Db, taskIds: readonly string[]): Promise<void> {
  if (taskIds.length === 0) return;
  const tasks = await trx
    .selectFrom('scheduleTasks as t')
    .innerJoin('projectSchedules as s', 's.projectId', 't.projectId')
    .select(['t.id', 't.projectId', 't.percentComplete', 't.actualWorkMinutes'])
    .where('t.id', 'in', [...taskIds])
    .where('s.progressFromTimesheets', '=', 1)
    .execute();
  const byProject = new Map<string, typeof tasks>();
  for (const t of tasks) byProject.set(t.projectId, [...(byProject.get(t.projectId) ?? []), t]);
  const system: AppContext = { ...ctx, db: trx, actor: systemActor };
  for (const [projectId, own] of byProject) {
    const plans = await projectAssignmentPlans(trx, projectId, null);
    const moves = own.flatMap((t) => {
      const percent = percentFromWork(t.actualWorkMinutes, plans.byTask.get(t.id)?.workMinutes ?? 0);
      return percent !== null && percent > t.percentComplete ? [{ taskId: t.id, percent }] : [];
    });
    if (moves.length === 0) continue;
    await changeSchedule(system, projectId, 'record progress', async (db, state) => {
      const now = nowIso(ctx.clock);
      for (const m of moves) await persistEdit(db, updateTask(state, m.taskId, { percentComplete: m.percent }, now).write);
      return moves.map((m) => ({ entityType: 'schedule_task', entityId: m.taskId, action: 'progress_from_timesheets', before: apiTaskOf(state, m.taskId), after: (s) => apiTaskOf(s, m.taskId) }));
    });
  }
}
