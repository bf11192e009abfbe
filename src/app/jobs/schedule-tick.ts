// The scheduler: a job that runs every few minutes, does the periodic chores (notice reports due
// and policy breaches, queue reminders and report deliveries), clears old finished jobs, and queues
// the next tick. Every server process queues the current tick at start; its dedupe key (the time
// bucket) makes it one tick however many processes there are.
import type { Db } from '../../db/database.ts';
import type { AppDeps, Clock } from '../context.ts';
import { enqueueJob } from './job-queue.ts';
import type { JobHandler } from './job-runner.ts';

export const SCHEDULE_TICK_JOB = 'schedule_tick';
/** Done jobs are kept this long (their dedupe keys with them), then cleared by the tick. */
const KEEP_DONE_DAYS = 30;

/** A periodic chore; it must be safe to repeat (a tick may run twice after a crash). */
export type Chore = (deps: AppDeps) => Promise<void>;

/**
 * The tick of a time bucket of `minutes` (`next`: the following bucket, at its start). Every
 * process queues the current bucket's tick at start; the key makes it one tick.
 */
export function queueScheduleTick(db: Db, clock: Clock, minutes: number, next = false) {
  const size = minutes * 60_000;
  const bucket = Math.floor(clock.now().getTime() / size) + (next ? 1 : 0);
  const start = new Date(bucket * size);
  return enqueueJob(db, clock, { kind: SCHEDULE_TICK_JOB, payload: { minutes }, runAt: next ? start : clock.now(), dedupeKey: `${SCHEDULE_TICK_JOB}:${minutes}:${start.toISOString()}`, maxAttempts: 3 });
}

/** The tick's handler: every chore in turn (one failing does not stop the others), then the next tick. */
export function scheduleTickHandler(chores: readonly Chore[]): JobHandler {
  return async (job, deps) => {
    const failures: string[] = [];
    for (const chore of chores) {
      try {
        await chore(deps);
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
    const keepAfter = new Date(deps.clock.now().getTime() - KEEP_DONE_DAYS * 86_400_000).toISOString();
    await deps.db.deleteFrom('jobs').where('status', '=', 'done').where('finishedAt', '<', keepAfter).execute();
    await queueScheduleTick(deps.db, deps.clock, (job.payload as { minutes: number }).minutes, true);
    if (failures.length > 0) throw new Error(`A chore of the scheduler failed: ${failures.join('; ')}`);
  };
}
