// Where a person may book time: the projects they work on (their manager, or on the team as a
// manager or contributor; not viewers or sponsors), while the project is live (not archived,
// completed or cancelled), on the project itself (meetings …) or on a task that is still open (a
// leaf task, active, not a milestone, not finished). The grid's row picker lists these, and a
// save refuses new or changed hours anywhere else.
import type { BookableTask } from '../../contracts/timesheet.schema.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { loadTaskOutlines } from './task-outline.ts';

const CLOSED_STATUSES = ['completed', 'cancelled'];

interface TeamProject {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

/** The live projects this person works on, by code. */
export async function teamProjects(db: Db, userId: string, onlyIds?: readonly string[]): Promise<TeamProject[]> {
  if (onlyIds?.length === 0) return [];
  let q = db
    .selectFrom('projects as p')
    .select(['p.id', 'p.code', 'p.name'])
    .where('p.archivedAt', 'is', null)
    .where('p.status', 'not in', CLOSED_STATUSES)
    .where((eb) =>
      eb.or([
        eb('p.managerId', '=', userId),
        eb.exists(eb.selectFrom('projectMembers as m').select('m.userId').whereRef('m.projectId', '=', 'p.id').where('m.userId', '=', userId).where('m.role', 'in', ['manager', 'contributor'])),
      ]),
    );
  if (onlyIds) q = q.where('p.id', 'in', [...onlyIds]);
  return q.orderBy('p.code').execute();
}

/** The rows I may add to my timesheet: each project of mine, then its open tasks in outline order. */
export async function listBookableTasks(ctx: AppContext, query: { projectId?: string | undefined }): Promise<{ items: BookableTask[] }> {
  const projects = await teamProjects(ctx.db, ctx.actor.userId, query.projectId ? [query.projectId] : undefined);
  const tasks = [...(await loadTaskOutlines(ctx.db, projects.map((p) => p.id))).values()].filter((t) => t.open);
  const items = projects.flatMap((p) => {
    const project = { projectId: p.id, projectCode: p.code, projectName: p.name };
    const own = tasks.filter((t) => t.projectId === p.id).sort((a, b) => a.position - b.position);
    return [
      { ...project, taskId: null, taskName: null, wbs: null, start: null, finish: null },
      ...own.map((t) => ({ ...project, taskId: t.id, taskName: t.name, wbs: t.wbs, start: t.start, finish: t.finish })),
    ];
  });
  return { items };
}

/** Refuses hours on a project this person does not work on, or on a task that is not open. */
export async function assertBookable(db: Db, userId: string, rows: ReadonlyArray<{ readonly index: number; readonly projectId: string; readonly taskId: string | null }>): Promise<void> {
  if (rows.length === 0) return;
  const projects = new Map((await teamProjects(db, userId, [...new Set(rows.map((r) => r.projectId))])).map((p) => [p.id, p]));
  const tasks = await loadTaskOutlines(db, [...projects.keys()]);
  for (const row of rows) {
    const project = projects.get(row.projectId);
    if (!project) {
      throw new AppError('invalid_reference', 'You can book time only on live projects whose team you are on (as their manager or a contributor). Ask the project’s manager to add you to the team.', {
        errors: [{ path: `rows.${row.index}.projectId`, message: 'not a live project whose team you are on' }],
      });
    }
    if (row.taskId === null) continue;
    const task = tasks.get(row.taskId);
    if (!task || task.projectId !== project.id) {
      throw new AppError('invalid_reference', `That task is not in project ${project.code}.`, { errors: [{ path: `rows.${row.index}.taskId`, message: `not a task of ${project.code}` }] });
    }
    if (!task.open) {
      const why = task.summary ? 'a summary task: book on the tasks under it' : 'finished, inactive or a milestone';
      throw new AppError('validation_failed', `Task ${task.wbs} “${task.name}” of ${project.code} is ${why}. Book the time on an open task or on the project itself.`, {
        errors: [{ path: `rows.${row.index}.taskId`, message: `task ${task.wbs} is not open for booking` }],
      });
    }
  }
}
