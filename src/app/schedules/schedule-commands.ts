// Changing a project's schedule: tasks, links, settings. Each change is checked, the project is
// rescheduled in the same transaction, audited, and answered with the tasks that moved.
import type { Schedule, ScheduleSettingsUpdate, ScheduleTaskCreate, ScheduleTaskUpdate } from '../../contracts/schedule.schema.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow, ScheduleTaskRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { newId } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion, patchedFields } from '../shared/versioning.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { loadScheduleState, summaryFlags, toApiSchedule, toApiTask, type ScheduleState } from './schedule-state.ts';
import { ensureSettings, readScheduleState } from './schedule-settings.ts';
import { reschedule, type MovedTask } from './reschedule.ts';
import { checkOutline, checkTask } from './schedule-rules.ts';

export interface ScheduleChangeResult {
  moved: MovedTask[];
  schedule: Schedule;
}

export async function getSchedule(ctx: AppContext, projectId: string): Promise<Schedule> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  return toApiSchedule(await readScheduleState(ctx.db, ctx, project));
}

/** Loads the schedule for a change (creating it on first use), applies `change`, reschedules, audits. */
export async function changeSchedule(
  ctx: AppContext,
  projectId: string,
  doing: string,
  change: (trx: Db, state: ScheduleState, project: ProjectRow) => Promise<{ entityType: 'schedule' | 'schedule_task' | 'schedule_link' | 'schedule_calendar'; entityId: string; action: string; before?: object | null; after?: (state: ScheduleState) => object | null }>,
): Promise<ScheduleChangeResult> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', doing);
    const settings = await ensureSettings(trx, ctx, project);
    const state = await loadScheduleState(trx, projectId, settings);
    const audit = await change(trx, state, project);
    const changedSettings = await trx.selectFrom('projectSchedules').selectAll().where('projectId', '=', projectId).executeTakeFirstOrThrow();
    const { state: after, moved } = await reschedule(trx, await loadScheduleState(trx, projectId, changedSettings));
    await recordAudit(trx, ctx, { entityType: audit.entityType, entityId: audit.entityId, action: audit.action, before: audit.before ?? null, after: audit.after?.(after) ?? null });
    return { moved, schedule: toApiSchedule(after) };
  });
}

const flag = (value: boolean | undefined, fallback: number): number => (value === undefined ? fallback : value ? 1 : 0);

function taskColumns(input: ScheduleTaskUpdate, base: Partial<ScheduleTaskRow>) {
  const pick = <K extends keyof ScheduleTaskUpdate>(k: K) => input[k];
  return {
    name: pick('name') ?? base.name!,
    outlineLevel: pick('outlineLevel') ?? base.outlineLevel ?? 1,
    milestone: flag(pick('milestone'), base.milestone ?? 0),
    manual: flag(pick('manual'), base.manual ?? 0),
    active: flag(pick('active'), base.active ?? 1),
    durationMinutes: pick('durationMinutes') ?? base.durationMinutes ?? 480,
    durationElapsed: flag(pick('durationElapsed'), base.durationElapsed ?? 0),
    estimated: flag(pick('estimated'), base.estimated ?? 0),
    calendarId: input.calendarId !== undefined ? input.calendarId : (base.calendarId ?? null),
    constraintType: pick('constraintType') ?? base.constraintType ?? 'ASAP',
    constraintDate: input.constraintDate !== undefined ? input.constraintDate : (base.constraintDate ?? null),
    deadline: input.deadline !== undefined ? input.deadline : (base.deadline ?? null),
    actualStart: input.actualStart !== undefined ? input.actualStart : (base.actualStart ?? null),
    actualFinish: input.actualFinish !== undefined ? input.actualFinish : (base.actualFinish ?? null),
    percentComplete: pick('percentComplete') ?? base.percentComplete ?? 0,
    remainingMinutes: input.remainingMinutes !== undefined ? input.remainingMinutes : (base.remainingMinutes ?? null),
    manualStart: input.start !== undefined ? input.start : (base.manualStart ?? null),
    manualFinish: input.finish !== undefined ? input.finish : (base.manualFinish ?? null),
  };
}

export function createScheduleTask(ctx: AppContext, projectId: string, input: ScheduleTaskCreate): Promise<ScheduleChangeResult & { taskId: string }> {
  let taskId = '';
  return changeSchedule(ctx, projectId, 'plan tasks', async (trx, state) => {
    const columns = taskColumns(input, {});
    if (columns.constraintType === 'ASAP' || columns.constraintType === 'ALAP') columns.constraintDate = null;
    checkTask(state, columns);
    checkOutline([...state.tasks, columns]);
    const now = nowIso(ctx.clock);
    taskId = newId();
    const row = {
      ...columns,
      id: taskId,
      projectId,
      uid: state.tasks.reduce((max, t) => Math.max(max, t.uid), 0) + 1,
      position: state.tasks.reduce((max, t) => Math.max(max, t.position), 0) + 1,
      start: null, finish: null, earlyStart: null, earlyFinish: null, lateStart: null, lateFinish: null, totalSlack: null, freeSlack: null, critical: 0,
      createdAt: now, updatedAt: now, version: 1,
    };
    await trx.insertInto('scheduleTasks').values(row).execute();
    return { entityType: 'schedule_task', entityId: taskId, action: 'create', after: (s) => apiTaskOf(s, taskId) };
  }).then((r) => ({ ...r, taskId }));
}

function apiTaskOf(state: ScheduleState, taskId: string) {
  const summary = summaryFlags(state.tasks);
  const i = state.tasks.findIndex((t) => t.id === taskId);
  return i < 0 ? null : toApiTask(state.tasks[i]!, summary[i]!);
}

function findTask(state: ScheduleState, taskId: string): ScheduleTaskRow {
  const task = state.tasks.find((t) => t.id === taskId);
  if (!task) throw notFound('Task', taskId);
  return task;
}

export function updateScheduleTask(ctx: AppContext, projectId: string, taskId: string, expectedVersion: number, input: ScheduleTaskUpdate): Promise<ScheduleChangeResult> {
  return changeSchedule(ctx, projectId, 'plan tasks', async (trx, state) => {
    const before = findTask(state, taskId);
    assertVersion(`Task "${before.name}"`, before.version, expectedVersion);
    const columns = taskColumns(input, before);
    if (columns.constraintType === 'ASAP' || columns.constraintType === 'ALAP') columns.constraintDate = null;
    checkTask(state, columns);
    checkOutline(state.tasks.map((t) => (t.id === taskId ? { ...t, ...columns } : t)));
    const result = await trx.updateTable('scheduleTasks').set({ ...columns, updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 }).where('id', '=', taskId).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(`Task "${before.name}"`, result.numUpdatedRows, expectedVersion);
    const summary = summaryFlags(state.tasks);
    return { entityType: 'schedule_task', entityId: taskId, action: 'update', before: toApiTask(before, summary[state.tasks.indexOf(before)]!), after: (s) => apiTaskOf(s, taskId) };
  });
}

/** Deletes a task and, for a summary task, everything under it, with their links. */
export function deleteScheduleTask(ctx: AppContext, projectId: string, taskId: string): Promise<ScheduleChangeResult> {
  return changeSchedule(ctx, projectId, 'plan tasks', async (trx, state) => {
    const task = findTask(state, taskId);
    const index = state.tasks.indexOf(task);
    const doomed = [task.id];
    for (let i = index + 1; i < state.tasks.length && state.tasks[i]!.outlineLevel > task.outlineLevel; i++) doomed.push(state.tasks[i]!.id);
    await trx.deleteFrom('scheduleLinks').where((eb) => eb.or([eb('predecessorId', 'in', doomed), eb('successorId', 'in', doomed)])).execute();
    await trx.deleteFrom('scheduleTasks').where('id', 'in', doomed).execute();
    return { entityType: 'schedule_task', entityId: taskId, action: 'delete', before: { name: task.name, uid: task.uid, deletedTasks: doomed.length } };
  });
}

export function updateScheduleSettings(ctx: AppContext, projectId: string, expectedVersion: number, input: ScheduleSettingsUpdate): Promise<ScheduleChangeResult> {
  return changeSchedule(ctx, projectId, 'change the schedule settings', async (trx, state) => {
    assertVersion('The schedule settings', state.settings.version, expectedVersion);
    const finish = input.finish !== undefined ? input.finish : state.settings.finish;
    if ((input.scheduleFrom ?? state.settings.scheduleFrom) === 'finish' && finish === null) {
      throw new AppError('validation_failed', 'A project scheduled back from its finish date needs that date: set finish as well.', {
        errors: [{ path: 'finish', message: 'required when scheduleFrom is "finish"' }],
      });
    }
    if (input.calendarId !== undefined && !state.calendars.some((c) => c.id === input.calendarId)) {
      throw new AppError('invalid_reference', 'No calendar of this project has that id.', { errors: [{ path: 'calendarId', message: 'unknown calendar' }] });
    }
    const changes = patchedFields(input);
    await trx.updateTable('projectSchedules').set({ ...changes, updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 }).where('projectId', '=', projectId).execute();
    return { entityType: 'schedule', entityId: projectId, action: 'update_settings', before: state.settings, after: (s) => s.settings };
  });
}
