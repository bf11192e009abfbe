// A project's schedule as a file other tools open (MS Project XML), with the dates our engine computed
// and the baselines saved for it.
// MSPDI has no task field for a task's resource calendars or its splits: MS Project keeps them on
// resources and assignments, so the export writes the few that carry them.
import type { AppContext } from '../context.ts';
import type { ScheduleInput } from '../../core/schedule/schedule-types.ts';
import type { ImportedAssignment, ImportedResource } from '../../io/imported-project.ts';
import { schedule } from '../../core/schedule/schedule.ts';
import { writeScheduleText, type ScheduleFile } from '../../io/write-schedule-file.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { toScheduleInput } from './schedule-state.ts';
import { readScheduleState } from './schedule-settings.ts';
import { baselinesForExport } from './baselines.ts';

/** MS Project's resource UID on the assignment of a task that has no resource. */
const NO_RESOURCE = -65535;

export async function exportSchedule(ctx: AppContext, projectId: string): Promise<ScheduleFile> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const state = await readScheduleState(ctx.db, ctx, project);
  const input = toScheduleInput(state);
  const computed = schedule(input);
  const baselines = await baselinesForExport(ctx.db, state);
  return writeScheduleText({ name: `${project.code} ${project.name}`, schedule: input, baselines, ...carriers(input) }, { format: 'mspdi', ...(computed.ok && { computed }) });
}

/**
 * One work resource per calendar that tasks' resources work on (named as its calendar), assigned
 * to those tasks, which gives them their resource calendars back on import; and for a split task
 * with none, an assignment to no resource, as MS Project writes one, whose timephased work the
 * writer uses for the pauses.
 */
function carriers(input: ScheduleInput): { resources: ImportedResource[]; assignments: ImportedAssignment[] } {
  const names = new Map(input.calendars.map((c) => [c.id, c.name]));
  const resourceOf = new Map<string, ImportedResource>();
  const assignments: ImportedAssignment[] = [];
  for (const task of input.tasks) {
    for (const calendarId of task.resourceCalendarIds ?? []) {
      let resource = resourceOf.get(calendarId);
      if (!resource) resourceOf.set(calendarId, (resource = { uid: resourceOf.size + 1, name: names.get(calendarId) ?? `Resource ${resourceOf.size + 1}`, kind: 'work', calendarId }));
      assignments.push({ taskUid: task.uid, resourceUid: resource.uid, units: 1, work: null });
    }
    if (task.splitGaps?.length && !task.resourceCalendarIds?.length) assignments.push({ taskUid: task.uid, resourceUid: NO_RESOURCE, units: 1, work: null });
  }
  return { resources: [...resourceOf.values()], assignments };
}
