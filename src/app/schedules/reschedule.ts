// Runs the engine on a stored schedule and writes back what it computed, reporting which tasks
// moved. Every change to a schedule ends here, inside the change's transaction.
import type { z } from 'zod';
import type { Moved } from '../../contracts/schedule.schema.ts';
import type { Db } from '../../db/database.ts';
import type { ScheduleTaskRow } from '../../db/tables.ts';
import { schedule } from '../../core/schedule/schedule.ts';
import { AppError } from '../errors.ts';
import { toLocal, toScheduleInput, type ScheduleState } from './schedule-state.ts';

export type MovedTask = z.infer<typeof Moved>;

export async function reschedule(trx: Db, state: ScheduleState): Promise<{ state: ScheduleState; moved: MovedTask[] }> {
  const result = schedule(toScheduleInput(state));
  if (!result.ok) {
    const names = new Map(state.tasks.map((t) => [t.uid, t]));
    throw new AppError('schedule_cycle', `${result.message}`, {
      errors: result.cycle.map((uid) => ({ path: `tasks.${names.get(uid)?.id ?? uid}`, message: `in the loop: ${names.get(uid)?.name ?? uid}` })),
    });
  }
  const byUid = new Map(result.tasks.map((t) => [t.uid, t]));
  const moved: MovedTask[] = [];
  const tasks: ScheduleTaskRow[] = [];
  for (const row of state.tasks) {
    const computed = byUid.get(row.uid);
    const next = computed
      ? {
          start: toLocal(computed.start),
          finish: toLocal(computed.finish),
          earlyStart: toLocal(computed.earlyStart),
          earlyFinish: toLocal(computed.earlyFinish),
          lateStart: toLocal(computed.lateStart),
          lateFinish: toLocal(computed.lateFinish),
          totalSlack: Math.round(computed.totalSlack),
          freeSlack: Math.round(computed.freeSlack),
          critical: computed.critical ? 1 : 0,
        }
      : { start: null, finish: null, earlyStart: null, earlyFinish: null, lateStart: null, lateFinish: null, totalSlack: null, freeSlack: null, critical: 0 };
    const changed = (Object.keys(next) as Array<keyof typeof next>).some((k) => row[k] !== next[k]);
    if (changed) {
      await trx.updateTable('scheduleTasks').set(next).where('id', '=', row.id).execute();
      if (row.start !== next.start || row.finish !== next.finish) {
        moved.push({ taskId: row.id, name: row.name, startBefore: row.start, startAfter: next.start, finishBefore: row.finish, finishAfter: next.finish });
      }
    }
    tasks.push({ ...row, ...next });
  }
  const computedStart = state.tasks.length > 0 ? toLocal(result.projectStart) : null;
  const computedFinish = state.tasks.length > 0 ? toLocal(result.projectFinish) : null;
  if (state.settings.computedStart !== computedStart || state.settings.computedFinish !== computedFinish) {
    await trx.updateTable('projectSchedules').set({ computedStart, computedFinish }).where('projectId', '=', state.projectId).execute();
  }
  return { state: { ...state, tasks, settings: { ...state.settings, computedStart, computedFinish } }, moved };
}
