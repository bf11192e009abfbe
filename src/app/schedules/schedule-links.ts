// Links between a project's tasks: add one (a loop is refused by the reschedule that follows),
// change its type or lag, remove it. Every change reschedules the project. Adding and removing are
// the edits of schedule-edits.ts, which change requests share.
import type { ScheduleLinkCreate, ScheduleLinkUpdate } from '../../contracts/schedule.schema.ts';
import { nowIso, type AppContext } from '../context.ts';
import { newId } from '../shared/ids.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { changeSchedule, persistEdit, type ScheduleChangeResult } from './schedule-commands.ts';
import { addLink, findLink, removeLink } from './schedule-edits.ts';
import { toApiLink } from './schedule-state.ts';

const DOING = 'link tasks';

export function createScheduleLink(ctx: AppContext, projectId: string, input: ScheduleLinkCreate): Promise<ScheduleChangeResult & { linkId: string }> {
  const linkId = newId();
  return changeSchedule(ctx, projectId, DOING, async (trx, state) => {
    const { write } = addLink(state, input, { id: linkId, now: nowIso(ctx.clock) });
    await persistEdit(trx, write);
    return { entityType: 'schedule_link', entityId: linkId, action: 'create', after: () => toApiLink(write.row) };
  }).then((r) => ({ ...r, linkId }));
}

export function deleteScheduleLink(ctx: AppContext, projectId: string, linkId: string): Promise<ScheduleChangeResult> {
  return changeSchedule(ctx, projectId, DOING, async (trx, state) => {
    const { write } = removeLink(state, linkId);
    await persistEdit(trx, write);
    return { entityType: 'schedule_link', entityId: linkId, action: 'delete', before: toApiLink(write.row) };
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
