// A new project's schedule from a template's WBS: every row a task in outline order (summary
// tasks where deeper rows follow), milestones, and the links with their lags, stored in one
// change that the engine then schedules from the project's start (its planned start, or today).
// One audit event records the schedule made, as an import does.
import type { ProjectTemplate } from '../../core/templates/template-types.ts';
import { planOfWbs } from '../../core/templates/wbs-plan.ts';
import { nowIso, type AppContext } from '../context.ts';
import { newId } from '../shared/ids.ts';
import { changeSchedule } from '../schedules/schedule-commands.ts';

export interface ScheduleMade {
  readonly tasks: number;
  readonly milestones: number;
  readonly links: number;
  /** Local date-times of the schedule's computed start and finish. */
  readonly start: string | null;
  readonly finish: string | null;
}

/** Lays a template's WBS into the (empty) schedule of a new project, inside the caller's transaction. */
export async function scheduleFromTemplate(ctx: AppContext, projectId: string, template: ProjectTemplate, templateVersion: number): Promise<ScheduleMade> {
  let made = { tasks: 0, milestones: 0, links: 0 };
  const { schedule } = await changeSchedule(ctx, projectId, 'plan tasks', async (trx, state) => {
    const plan = planOfWbs(template.wbs, state.settings.minutesPerDay);
    const now = nowIso(ctx.clock);
    const rows = plan.tasks.map((t, i) => ({
      id: newId(), projectId, uid: i + 1, position: i + 1, outlineLevel: t.outlineLevel, name: t.name,
      milestone: t.milestone ? 1 : 0, manual: 0, active: 1, durationMinutes: t.durationMinutes, durationElapsed: 0, estimated: 0,
      calendarId: null, resourceCalendarIdsJson: null, splitGapsJson: null, constraintType: 'ASAP', constraintDate: null, deadline: null,
      actualStart: null, actualFinish: null, percentComplete: 0, remainingMinutes: null, manualStart: null, manualFinish: null,
      start: null, finish: null, earlyStart: null, earlyFinish: null, lateStart: null, lateFinish: null, totalSlack: null, freeSlack: null, critical: 0,
      createdAt: now, updatedAt: now, version: 1,
    }));
    const links = plan.links.map((l) => ({
      id: newId(), projectId, predecessorId: rows[l.predecessor]!.id, successorId: rows[l.successor]!.id, type: l.type,
      lagMinutes: l.lagMinutes, lagElapsed: 0, lagPercent: null, createdAt: now, updatedAt: null, version: 1,
    }));
    for (let i = 0; i < rows.length; i += 200) await trx.insertInto('scheduleTasks').values(rows.slice(i, i + 200)).execute();
    for (let i = 0; i < links.length; i += 200) await trx.insertInto('scheduleLinks').values(links.slice(i, i + 200)).execute();
    made = { tasks: rows.length, milestones: plan.tasks.filter((t) => t.milestone).length, links: links.length };
    return {
      entityType: 'schedule',
      entityId: projectId,
      action: 'create_from_template',
      before: { tasks: state.tasks.length, links: state.links.length },
      after: (s) => ({ template: template.key, templateVersion, ...made, projectStart: s.settings.computedStart, projectFinish: s.settings.computedFinish }),
    };
  });
  return { ...made, start: schedule.projectStart, finish: schedule.projectFinish };
}
