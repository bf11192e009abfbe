// A project to report on: managed by the manager (the contributor on its team), planned from Monday
// 4 January 2027 as A (10 days) → milestone "Go-live" → B (5 days), finishing Friday 22 January,
// with baseline 0 saved; and a way to make A longer, so the plan slips against the baseline.
import type { AppDeps } from '../../src/app/context.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createScheduleTask, getSchedule, updateScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { createScheduleLink } from '../../src/app/schedules/schedule-links.ts';
import { saveBaseline } from '../../src/app/schedules/baselines.ts';
import type { ProjectCreate } from '../../src/contracts/project.schema.ts';
import type { Cast } from './fixtures.ts';
import { makeProject, systemContext } from './register-fixtures.ts';

export const DAY = 480;

export async function reportableProject(deps: AppDeps, cast: Cast, over: Partial<ProjectCreate> & { name: string; portfolioId: string }) {
  const system = systemContext(deps);
  const project = await makeProject(deps, { plannedStart: '2027-01-04', managerId: cast.manager.user.id, phase: 'execute', ...over });
  await setProjectMember(system, project.id, cast.contributor.user.id, 'contributor');
  const a = (await createScheduleTask(system, project.id, { name: 'Build', durationMinutes: 10 * DAY })).taskId;
  const m = (await createScheduleTask(system, project.id, { name: 'Go-live', durationMinutes: 0, milestone: true })).taskId;
  const b = (await createScheduleTask(system, project.id, { name: 'Hypercare', durationMinutes: 5 * DAY })).taskId;
  await createScheduleLink(system, project.id, { predecessorId: a, successorId: m, type: 'FS', lagMinutes: 0, lagElapsed: false, lagPercent: null });
  await createScheduleLink(system, project.id, { predecessorId: m, successorId: b, type: 'FS', lagMinutes: 0, lagElapsed: false, lagPercent: null });
  await saveBaseline(system, project.id, 0, undefined);
  /** Makes Build `days` long (it starts 10 days long). */
  const build = async (days: number) => {
    const task = (await getSchedule(system, project.id)).tasks.find((t) => t.id === a)!;
    await updateScheduleTask(system, project.id, a, task.version, { durationMinutes: days * DAY });
  };
  return { projectId: project.id, code: project.code, build };
}
