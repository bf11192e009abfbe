// The tasks of some projects as a timesheet shows them: name, WBS number (the outline number
// worked out from the levels, as MS Project writes it), whether they are summaries, and what
// decides whether time may still be booked on them. One query whatever the number of projects.
import type { Db } from '../../db/database.ts';
import { outlineNumbers } from '../../io/mspdi/write-mspdi-tasks.ts';

export interface OutlineTask {
  readonly id: string;
  readonly projectId: string;
  readonly name: string;
  readonly wbs: string;
  readonly position: number;
  readonly summary: boolean;
  /** A leaf task that is active, not a milestone and not finished: time may be booked on it. */
  readonly open: boolean;
  readonly start: string | null;
  readonly finish: string | null;
}

/** Every task of these projects by id. */
export async function loadTaskOutlines(db: Db, projectIds: readonly string[]): Promise<Map<string, OutlineTask>> {
  const result = new Map<string, OutlineTask>();
  if (projectIds.length === 0) return result;
  const rows = await db
    .selectFrom('scheduleTasks')
    .select(['id', 'projectId', 'name', 'position', 'outlineLevel', 'milestone', 'active', 'percentComplete', 'actualFinish', 'start', 'finish'])
    .where('projectId', 'in', [...projectIds])
    .orderBy('projectId')
    .orderBy('position')
    .execute();
  const byProject = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = byProject.get(r.projectId);
    if (list) list.push(r);
    else byProject.set(r.projectId, [r]);
  }
  for (const tasks of byProject.values()) {
    const wbs = outlineNumbers(tasks.map((t) => t.outlineLevel));
    tasks.forEach((t, i) => {
      const summary = (tasks[i + 1]?.outlineLevel ?? 0) > t.outlineLevel;
      const open = !summary && t.active === 1 && t.milestone === 0 && t.percentComplete < 100 && t.actualFinish === null;
      result.set(t.id, { id: t.id, projectId: t.projectId, name: t.name, wbs: wbs[i]!, position: t.position, summary, open, start: t.start, finish: t.finish });
    });
  }
  return result;
}
