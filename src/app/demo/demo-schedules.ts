// A plan for a demo project, made through the real schedule use cases: a WBS by lifecycle phase
// with milestones and links, sized to the project's planned months, saved as baseline 0, then
// progressed to today (work before today done, the task under way part done) with one slip, so
// the Gantt, the critical path and the baseline variance all have something to show. A project
// with an earned-value history is also progressed fortnightly since its start, each time with the
// clock set to that day, as its manager would have, so the day's earned value is recorded then.
import type { ScheduleTaskCreate } from '../../contracts/schedule.schema.ts';
import type { AppContext, Clock } from '../context.ts';
import { createScheduleTask, getSchedule, updateScheduleTask } from '../schedules/schedule-commands.ts';
import { createScheduleLink } from '../schedules/schedule-links.ts';
import { saveBaseline } from '../schedules/baselines.ts';

const DAY = 480;

/** Phase, then its tasks as [name, share of the phase's working days] (0: a milestone). */
const WBS: ReadonlyArray<readonly [string, number, ReadonlyArray<readonly [string, number]>]> = [
  ['Initiate', 0.1, [['Project charter', 0.5], ['Business case', 0.5], ['Charter approved', 0]]],
  ['Plan', 0.2, [['Requirements', 0.4], ['Solution design', 0.4], ['Project plan and budget', 0.2], ['Plan baselined', 0]]],
  ['Execute', 0.6, [['Build', 0.45], ['Integration and testing', 0.3], ['Training and change', 0.15], ['Deployment', 0.1], ['Go-live', 0]]],
  ['Close', 0.1, [['Handover to operations', 0.6], ['Lessons learned', 0.4], ['Project closed', 0]]],
];

/** Working days (Monday to Friday) from `start` to `finish` (YYYY-MM-DD, both included). */
function workingDays(start: string, finish: string): number {
  let days = 0;
  for (let d = new Date(`${start}T00:00:00Z`); d <= new Date(`${finish}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days++;
  }
  return days;
}

/** Plans the demo WBS; `beforeBaseline` puts on what the baseline must hold too (the tasks' planned costs). */
export async function planDemoSchedule(ctx: AppContext, projectId: string, plannedStart: string, plannedFinish: string, beforeBaseline: () => Promise<void> = async () => {}, evHistory = false): Promise<void> {
  const total = Math.max(20, workingDays(plannedStart, plannedFinish));
  const ids: string[] = [];
  for (const [phase, phaseShare, tasks] of WBS) {
    await createScheduleTask(ctx, projectId, { name: phase, outlineLevel: 1, durationMinutes: 0 } as ScheduleTaskCreate);
    for (const [name, share] of tasks) {
      const days = share === 0 ? 0 : Math.max(1, Math.round(total * phaseShare * share));
      const created = await createScheduleTask(ctx, projectId, { name, outlineLevel: 2, durationMinutes: days * DAY, milestone: days === 0 } as ScheduleTaskCreate);
      const previous = ids.at(-1);
      if (previous) await createScheduleLink(ctx, projectId, { predecessorId: previous, successorId: created.taskId, type: 'FS', lagMinutes: 0, lagElapsed: false, lagPercent: null });
      ids.push(created.taskId);
    }
  }
  await beforeBaseline();
  await saveBaseline(ctx, projectId, 0, 'Approved plan');
  if (evHistory) {
    const today = ctx.clock.now().getTime();
    for (let day = Date.parse(`${plannedStart}T17:00:00Z`) + 14 * 86_400_000; day < today - 86_400_000; day += 14 * 86_400_000) {
      const clock: Clock = { now: () => new Date(day) };
      await progressTo({ ...ctx, clock }, projectId, false);
    }
  }
  await progressTo(ctx, projectId, true);
}

/**
 * Marks work before the clock's day done and the task under way part done (40 %, or less as of
 * an earlier day when less of it has passed); with `slip`, the first task not yet done takes 20 %
 * longer than planned, so the plan slips against its baseline.
 */
async function progressTo(ctx: AppContext, projectId: string, slip: boolean): Promise<void> {
  const today = `${ctx.clock.now().toISOString().slice(0, 10)}T08:00`;
  const plan = await getSchedule(ctx, projectId);
  let slipped = !slip;
  for (const task of plan.tasks) {
    if (task.summary || task.start === null || task.finish === null) continue;
    const done = task.finish <= today;
    const started = task.start < today;
    const longer: { durationMinutes?: number } = !done && !slipped && !task.milestone ? { durationMinutes: Math.round((task.durationMinutes * 1.2) / DAY) * DAY } : {};
    if (!done && !started && Object.keys(longer).length === 0) continue;
    slipped ||= Object.keys(longer).length > 0;
    const passed = (Date.parse(today) - Date.parse(task.start)) / (Date.parse(task.finish) - Date.parse(task.start));
    const progress = done ? { actualStart: task.start, actualFinish: task.finish, percentComplete: 100 } : started ? { actualStart: task.start, percentComplete: slip ? 40 : Math.max(5, Math.min(40, Math.round(passed * 100))) } : {};
    if (!slip && task.percentComplete === progress.percentComplete) continue;
    await updateScheduleTask(ctx, projectId, task.id, task.version, { ...progress, ...longer });
  }
}
