// The what-if of a change request: its schedule edits run on a copy of the project's schedule, the
// engine run on the copy, and the two schedules compared (the finish and how many working days it
// moves, the tasks that move, the critical path gained and lost, constraints newly missed). Nothing
// is saved. A loop the edits would make is the engine's 422 naming the tasks in it.
import type { ChangeImpact } from '../../contracts/change-request.schema.ts';
import type { ScheduleTaskRow } from '../../db/tables.ts';
import { WorkCalendar } from '../../core/calendar/work-calendar.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { loadProjectRow } from '../projects/project-store.ts';
import { getLogItem } from '../raid/raid-log.ts';
import { newId } from '../shared/ids.ts';
import { computeSchedule } from '../schedules/reschedule.ts';
import { readScheduleState } from '../schedules/schedule-settings.ts';
import { toApiSchedule, toEngineCalendar, toWall, type ScheduleState } from '../schedules/schedule-state.ts';
import { applyChangeEdits, type EditEnv } from './change-edits.ts';
import { changeRequestKind } from './change-requests.ts';

export type ScheduleImpact = Omit<ChangeImpact, 'changeRequestId' | 'code' | 'costImpact'>;

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Working days of the project calendar from `from` to `to` (negative when `to` is earlier). */
function workingDaysBetween(state: ScheduleState, from: string | null, to: string | null): number {
  if (from === null || to === null || from === to) return 0;
  const s = state.settings;
  const calendar = new WorkCalendar(s.calendarId, state.calendars.map(toEngineCalendar), toWall(s.start)!);
  return round2(calendar.workingBetween(toWall(from)!, toWall(to)!) / s.minutesPerDay) || 0;
}

/** Pure: what `edits` would do to `state` (thrown: an edit that does not apply, or a loop). */
export function assessImpact(state: ScheduleState, edits: Parameters<typeof applyChangeEdits>[1], env: EditEnv): ScheduleImpact {
  const before = computeSchedule(state);
  const edited = applyChangeEdits(before.state, edits, env);
  const after = computeSchedule(edited.state);
  const added = new Set(edited.addedTaskIds);
  const ref = (t: ScheduleTaskRow) => ({ taskId: added.has(t.id) ? null : t.id, name: t.name });
  const path = (s: ScheduleState) => {
    const byId = new Map(s.tasks.map((t) => [t.id, t]));
    return toApiSchedule(s).criticalPath.map((id) => byId.get(id)!);
  };
  const pathBefore = path(before.state);
  const pathAfter = path(after.state);
  const idsBefore = new Set(pathBefore.map((t) => t.id));
  const idsAfter = new Set(pathAfter.map((t) => t.id));
  const slackBefore = new Map(before.state.tasks.map((t) => [t.id, t.totalSlack]));
  const minutesPerDay = state.settings.minutesPerDay;
  const finishBefore = before.state.settings.computedFinish;
  const finishAfter = after.state.settings.computedFinish;
  return {
    projectFinishBefore: finishBefore,
    projectFinishAfter: finishAfter,
    finishDeltaWorkingDays: workingDaysBetween(after.state, finishBefore, finishAfter),
    moved: after.moved.filter((m) => !added.has(m.taskId)),
    addedTasks: after.state.tasks.filter((t) => added.has(t.id)).map((t) => ({ name: t.name, start: t.start, finish: t.finish, critical: t.critical === 1 })),
    criticalPath: {
      before: pathBefore.map(ref),
      after: pathAfter.map(ref),
      joined: pathAfter.filter((t) => !idsBefore.has(t.id)).map(ref),
      left: pathBefore.filter((t) => !idsAfter.has(t.id)).map(ref),
    },
    warnings: after.state.tasks
      .filter((t) => (t.totalSlack ?? 0) < 0 && (slackBefore.get(t.id) ?? 0) >= 0)
      .map((t) => ({ ...ref(t), message: `would miss its constraint or deadline by ${round2(-t.totalSlack! / minutesPerDay)} working days` })),
  };
}

/** The what-if of a change request on the project's schedule as it is now. */
export async function getChangeImpact(ctx: AppContext, id: string): Promise<ChangeImpact> {
  const request = await getLogItem(changeRequestKind, ctx, id);
  if (request.status === 'applied') {
    throw new AppError('validation_failed', `Change request ${request.code} is already applied to the plan; its record shows what moved (applied.moved) and the baseline saved.`);
  }
  const project = (await loadProjectRow(ctx.db, request.projectId))!;
  const state = await readScheduleState(ctx.db, ctx, project);
  const impact = assessImpact(state, request.scheduleEdits, { now: nowIso(ctx.clock), newId });
  return { changeRequestId: request.id, code: request.code, ...impact, costImpact: request.costImpact };
}
