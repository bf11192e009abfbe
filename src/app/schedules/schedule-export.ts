// A project's schedule as a file other tools open (MS Project XML), with the dates our engine computed.
import type { AppContext } from '../context.ts';
import { schedule } from '../../core/schedule/schedule.ts';
import { writeScheduleText, type ScheduleFile } from '../../io/write-schedule-file.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { toScheduleInput } from './schedule-state.ts';
import { readScheduleState } from './schedule-settings.ts';

export async function exportSchedule(ctx: AppContext, projectId: string): Promise<ScheduleFile> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const input = toScheduleInput(await readScheduleState(ctx.db, ctx, project));
  const computed = schedule(input);
  return writeScheduleText({ name: `${project.code} ${project.name}`, schedule: input }, { format: 'mspdi', ...(computed.ok && { computed }) });
}
