// Links between a project's tasks: add one (a loop is refused by the reschedule that follows),
// change its type or lag, remove it. Every change reschedules the project.
import type { ScheduleLinkCreate, ScheduleLinkUpdate } from '../../contracts/schedule.schema.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { newId } from '../shared/ids.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { changeSchedule, type ScheduleChangeResult } from './schedule-commands.ts';
import { toApiLink, type ScheduleState } from './schedule-state.ts';

const DOING = 'link tasks';

function findLink(state: ScheduleState, linkId: string) {
  const link = state.links.find((l) => l.id === linkId);
  if (!link) throw notFound('Link', linkId);
  return link;
}

export function createScheduleLink(ctx: AppContext, projectId: string, input: ScheduleLinkCreate): Promise<ScheduleChangeResult & { linkId: string }> {
  const linkId = newId();
  return changeSchedule(ctx, projectId, DOING, async (trx, state) => {
    const predecessor = state.tasks.find((t) => t.id === input.predecessorId);
    const successor = state.tasks.find((t) => t.id === input.successorId);
    const errors = [
      ...(predecessor ? [] : [{ path: 'predecessorId', message: 'no task of this project has this id' }]),
      ...(successor ? [] : [{ path: 'successorId', message: 'no task of this project has this id' }]),
    ];
    if (errors.length > 0) throw new AppError('invalid_reference', 'A link joins two tasks of the same project.', { errors });
    if (input.predecessorId === input.successorId) throw new AppError('validation_failed', 'A task cannot be linked to itself.', { errors: [{ path: 'successorId', message: 'same as predecessorId' }] });
    const existing = state.links.find((l) => (l.predecessorId === input.predecessorId && l.successorId === input.successorId) || (l.predecessorId === input.successorId && l.successorId === input.predecessorId));
    if (existing) throw new AppError('duplicate', `"${predecessor!.name}" and "${successor!.name}" are already linked. Change or remove that link instead.`, { errors: [{ path: 'successorId', message: 'already linked' }] });
    const row = { id: linkId, projectId, predecessorId: input.predecessorId, successorId: input.successorId, type: input.type, lagMinutes: input.lagMinutes, lagElapsed: input.lagElapsed ? 1 : 0, lagPercent: input.lagPercent, createdAt: nowIso(ctx.clock), updatedAt: null, version: 1 };
    await trx.insertInto('scheduleLinks').values(row).execute();
    return { entityType: 'schedule_link', entityId: linkId, action: 'create', after: () => toApiLink(row) };
  }).then((r) => ({ ...r, linkId }));
}

export function deleteScheduleLink(ctx: AppContext, projectId: string, linkId: string): Promise<ScheduleChangeResult> {
  return changeSchedule(ctx, projectId, DOING, async (trx, state) => {
    const link = findLink(state, linkId);
    await trx.deleteFrom('scheduleLinks').where('id', '=', linkId).execute();
    return { entityType: 'schedule_link', entityId: linkId, action: 'delete', before: toApiLink(link) };
  });
}

/** Changes a link's type or lag; the tasks it joins stay (remove it and add another to re-route). */
export function updateScheduleLink(ctx: AppContext, projectId: string, linkId: string, expectedVersion: number, input: ScheduleLinkUpdate): Promise<ScheduleChangeResult> {
  return changeSchedule(ctx, projectId, DOING, async (trx, state) => {
    const before = findLink(state, linkId);
    assertVersion('The link', before.version, expectedVersion);
    const after = {
      type: input.type ?? before.type,
      lagMinutes: input.lagMinutes ?? before.lagMinutes,
      lagElapsed: input.lagElapsed === undefined ? before.lagElapsed : input.lagElapsed ? 1 : 0,
      lagPercent: input.lagPercent !== undefined ? input.lagPercent : before.lagPercent,
      updatedAt: nowIso(ctx.clock),
      version: expectedVersion + 1,
    };
    const result = await trx.updateTable('scheduleLinks').set(after).where('id', '=', linkId).where('projectId', '=', projectId).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated('The link', result.numUpdatedRows, expectedVersion);
    return { entityType: 'schedule_link', entityId: linkId, action: 'update', before: toApiLink(before), after: () => toApiLink({ ...before, ...after }) };
  });
}
