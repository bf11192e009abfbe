// A project's schedule as a file other tools open (MS Project XML), with the dates our engine computed.
import type { AppContext } from '../context.ts';
import { schedule } from '../../core/schedule/schedule.ts';
import { writeScheduleText, type ScheduleFile } from '../../io/write-schedule-file.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { loadScheduleState, toScheduleInput } from './schedule-state.ts';
import { readSettings } from './schedule-settings.ts';
import { fromEngineCalendar } from './schedule-state.ts';
import { standardCalendar } from '../../core/calendar/standard-calendar.ts';

export async function exportSchedule(ctx: AppContext, projectId: string): Promise<ScheduleFile> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const { settings, stored } = await readSettings(ctx.db, ctx, project);
  const state = stored
    ? await loadScheduleState(ctx.db, projectId, settings)
    : { projectId, settings, calendars: [fromEngineCalendar(standardCalendar('standard'))], tasks: [], links: [] };
  const input = toScheduleInput(state);
  const computed = schedule(input);
  return writeScheduleText({ name: `${project.code} ${project.name}`, schedule: input }, { format: 'mspdi', ...(computed.ok && { computed }) });
}
