// Each task's part of a project's recorded earned value: the day's record of a project's EV keeps
// every costed task's percent complete and EV as they stood (evm-summaries.ts writes it with the
// project's), so at a past status date a project's page shows tasks whose EV adds up to the
// project's recorded EV, with the progress they had then. Days recorded before tasks were kept
// have none, and their tasks show their progress now (the API says which).
import { earnedValue, PERCENT_COMPLETE } from '../../core/evm/earned-value.ts';
import type { WorkItem } from '../../core/evm/evm-types.ts';
import type { Db } from '../../db/database.ts';

export interface RecordedTask {
  readonly percentComplete: number;
  readonly ev: number;
}

/** The tasks of a day's record, as stored: [taskId, percentComplete, evMinor] per item. */
export const recordedTasksJson = (items: ReadonlyArray<WorkItem>): string =>
  JSON.stringify(items.map((i) => [i.id, i.progress.percentComplete, earnedValue(i.bac, i.progress, i.earning ?? PERCENT_COMPLETE)]));

/** The tasks recorded with a project's EV on `day` in `currency`; null when none were (recorded before tasks were kept). */
export async function loadRecordedTasks(db: Db, projectId: string, currency: string, day: string): Promise<Map<string, RecordedTask> | null> {
  const row = await db.selectFrom('projectEvSnapshots').select('tasksJson').where('projectId', '=', projectId).where('currency', '=', currency).where('day', '=', day).executeTakeFirst();
  if (!row?.tasksJson) return null;
  return new Map((JSON.parse(row.tasksJson) as Array<[string, number, number]>).map(([id, percentComplete, ev]) => [id, { percentComplete, ev }]));
}

/** Items carrying what was recorded of them (EV 0 for one the day's record does not hold: it had no budget in baseline 0 then). */
export const itemsAsRecorded = (items: ReadonlyArray<WorkItem>, recorded: ReadonlyMap<string, RecordedTask>): WorkItem[] =>
  items.map((i) => {
    const then = recorded.get(i.id);
    return { ...i, progress: { percentComplete: then?.percentComplete ?? 0 }, earnedValue: then?.ev ?? 0 };
  });
