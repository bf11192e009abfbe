// Runs the engine on a schedule and reports which tasks moved. `computeSchedule` works on a state
// in memory and writes nothing, so a what-if (a change request's impact) and a real change get the
// same dates; `reschedule` then writes them back. Every change to a schedule ends in `reschedule`,
// inside the change's transaction.
import type { z } from 'zod';
import type { Moved } from '../../contracts/schedule.schema.ts';
import type { Db } from '../../db/database.ts';
import type { ScheduleTaskRow } from '../../db/tables.ts';
import { schedule } from '../../core/schedule/schedule.ts';
import { AppError } from '../errors.ts';
import { toLocal, toScheduleInput, type ScheduleState } from './schedule-state.ts';

export type MovedTask = z.infer<typeof Moved>;

/** The computed columns of a task row. */
type Computed = Pick<ScheduleTaskRow, 'start' | 'finish' | 'earlyStart' | 'earlyFinish' | 'lateStart' | 'lateFinish' | 'totalSlack' | 'freeSlack' | 'critical'>;

export interface ComputedSchedule {
  /** The state with the engine's dates in its rows and settings. */
  state: ScheduleState;
  /** Tasks whose start or finish changed. */
  moved: MovedTask[];
  /** Tasks whose computed columns changed (the rows to write). */
  changed: Array<{ id: string; columns: Computed }>;
}

/** Schedules `state` in memory. A dependency loop is a `schedule_cycle` error naming its tasks. */
export function computeSchedule(state: ScheduleState): ComputedSchedule {
  const result = schedule(toScheduleInput(state));
  if (!result.ok) {
    const names = new Map(state.tasks.map((t) => [t.uid, t]));
    throw new AppError('schedule_cycle', `${result.message}`, {
      errors: result.cycle.map((uid) => ({ path: `tasks.${names.get(uid)?.id ?? uid}`, message: `in the loop: ${names.get(uid)?.name ?? uid}` })),
    });
  }
  const byUid = new Map(result.tasks.map((t) => [t.uid, t]));
  const moved: MovedTask[] = [];
  const changed: ComputedSchedule['changed'] = [];
  const tasks: ScheduleTaskRow[] = [];
  for (const row of state.tasks) {
    const computed = byUid.get(row.uid);
    const next: Computed = computed
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
    if ((Object.keys(next) as Array<keyof Computed>).some((k) => row[k] !== next[k])) {
      changed.push({ id: row.id, columns: next });
      if (row.start !== next.start || row.finish !== next.finish) {
        moved.push({ taskId: row.id, name: row.name, startBefore: row.start, startAfter: next.start, finishBefore: row.finish, finishAfter: next.finish });
      }
    }
    tasks.push({ ...row, ...next });
  }
  const computedStart = state.tasks.length > 0 ? toLocal(result.projectStart) : null;
  const computedFinish = state.tasks.length > 0 ? toLocal(result.projectFinish) : null;
  return { state: { ...state, tasks, settings: { ...state.settings, computedStart, computedFinish } }, moved, changed };
}

/** Schedules `state` and writes the dates that changed. */
export async function reschedule(trx: Db, state: ScheduleState): Promise<{ state: ScheduleState; moved: MovedTask[] }> {
  const computed = computeSchedule(state);
  for (const { id, columns } of computed.changed) await trx.updateTable('scheduleTasks').set(columns).where('id', '=', id).execute();
  const { computedStart, computedFinish } = computed.state.settings;
  if (state.settings.computedStart !== computedStart || state.settings.computedFinish !== computedFinish) {
    await trx.updateTable('projectSchedules').set({ computedStart, computedFinish }).where('projectId', '=', state.projectId).execute();
  }
  return { state: computed.state, moved: computed.moved };
}
