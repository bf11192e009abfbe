// Changing a project's schedule: tasks, links, settings. Each change is checked, the project is
// rescheduled in the same transaction, audited, and answered with the tasks that moved. A task's
// progress is kept consistent as MS Project keeps it (task-progress.ts).
import type { Schedule, ScheduleSettingsUpdate, ScheduleTaskCreate, ScheduleTaskUpdate } from '../../contracts/schedule.schema.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { newId } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion, patchedFields } from '../shared/versioning.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { apiTaskOf, loadScheduleState, toApiSchedule, type ScheduleState } from './schedule-state.ts';
import { ensureSettings, readScheduleState } from './schedule-settings.ts';
import { reschedule, type MovedTask } from './reschedule.ts';
import { addTask, findTask, updateTask, type ScheduleWrite } from './schedule-edits.ts';
import { progressUpdate } from './task-progress.ts';
import { refreshEvmSummary } from '../evm/evm-summaries.ts';

export interface ScheduleChangeResult {
  moved: MovedTask[];
  schedule: Schedule;
}

export async function getSchedule(ctx: AppContext, projectId: string): Promise<Schedule> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  return toApiSchedule(await readScheduleState(ctx.db, ctx, project));
}

/** The audit event of one record a schedule change touched; `after` sees the rescheduled state. */
export interface ScheduleAudit {
  entityType: 'schedule' | 'schedule_task' | 'schedule_link' | 'schedule_calendar';
  entityId: string;
  action: string;
  before?: object | null;
  after?: (state: ScheduleState) => object | null;
}

/**
 * Loads the schedule for a change (creating it on first use), applies `change`, reschedules,
 * refreshes the project's earned-value summary, and audits each record the change reports.
 */
export async function changeSchedule(
  ctx: AppContext,
  projectId: string,
  doing: string,
  change: (trx: Db, state: ScheduleState, project: ProjectRow) => Promise<ScheduleAudit | ScheduleAudit[]>,
): Promise<ScheduleChangeResult> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', doing);
    const settings = await ensureSettings(trx, ctx, project);
    const state = await loadScheduleState(trx, projectId, settings);
    const audits = [await change(trx, state, project)].flat();
    const changedSettings = await trx.selectFrom('projectSchedules').selectAll().where('projectId', '=', projectId).executeTakeFirstOrThrow();
    const { state: after, moved } = await reschedule(trx, await loadScheduleState(trx, projectId, changedSettings));
    await refreshEvmSummary(trx, ctx.clock, project);
    for (const audit of audits) await recordAudit(trx, ctx, { entityType: audit.entityType, entityId: audit.entityId, action: audit.action, before: audit.before ?? null, after: audit.after?.(after) ?? null });
    return { moved, schedule: toApiSchedule(after) };
  });
}

/** Writes what a schedule edit (schedule-edits.ts) changed; an update checks the version it read. */
export async function persistEdit(trx: Db, write: ScheduleWrite): Promise<void> {
  switch (write.kind) {
    case 'insert_task':
      await trx.insertInto('scheduleTasks').values(write.row).execute();
      return;
    case 'update_task': {
      const { before, columns } = write;
      const result = await trx.updateTable('scheduleTasks').set(columns).where('id', '=', before.id).where('version', '=', before.version).executeTakeFirst();
      assertUpdated(`Task "${before.name}"`, result.numUpdatedRows, before.version);
      return;
    }
    case 'insert_link':
      await trx.insertInto('scheduleLinks').values(write.row).execute();
      return;
    case 'delete_link':
      await trx.deleteFrom('scheduleLinks').where('id', '=', write.row.id).execute();
      return;
  }
}

export function createScheduleTask(ctx: AppContext, projectId: string, input: ScheduleTaskCreate): Promise<ScheduleChangeResult & { taskId: string }> {
  const taskId = newId();
  return changeSchedule(ctx, projectId, 'plan tasks', async (trx, state) => {
    await persistEdit(trx, addTask(state, input, { id: taskId, now: nowIso(ctx.clock) }).write);
    return { entityType: 'schedule_task', entityId: taskId, action: 'create', after: (s) => apiTaskOf(s, taskId) };
  }).then((r) => ({ ...r, taskId }));
}

export function updateScheduleTask(ctx: AppContext, projectId: string, taskId: string, expectedVersion: number, input: ScheduleTaskUpdate): Promise<ScheduleChangeResult> {
  return changeSchedule(ctx, projectId, 'plan tasks', async (trx, state) => {
    const before = findTask(state, taskId);
    assertVersion(`Task "${before.name}"`, before.version, expectedVersion);
    await persistEdit(trx, updateTask(state, taskId, progressUpdate(state, taskId, input), nowIso(ctx.clock)).write);
    return { entityType: 'schedule_task', entityId: taskId, action: 'update', before: apiTaskOf(state, taskId), after: (s) => apiTaskOf(s, taskId) };
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
    const { progressFromTimesheets, ...changes } = patchedFields(input);
    await trx.updateTable('projectSchedules').set({ ...changes, ...(progressFromTimesheets !== undefined && { progressFromTimesheets: progressFromTimesheets ? 1 : 0 }), updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 }).where('projectId', '=', projectId).execute();
    return { entityType: 'schedule', entityId: projectId, action: 'update_settings', before: state.settings, after: (s) => s.settings };
  });
}
