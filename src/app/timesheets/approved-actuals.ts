// Approved actual work: the one way the finance layer (actual cost = minutes × rates, earned
// value's actual cost and work) and any report reads timesheet hours. Only hours of approved
// sheets count; a draft, submitted or returned sheet adds nothing.
//
//   approvedMinutes(db, { projectIds, upTo: '2026-12-31', by: ['task'] })
//     → [{ projectId, taskId, minutes }, …]   one row per project and task (taskId null: time on
//                                            the project itself), days on or before 31 December
//   approvedMinutes(db, { by: ['user', 'date', 'overtime'] })
//     → per project, person, day and overtime flag, across every project: what labour cost needs
//
// Rows are always per project; `by` adds task, date, user (the person who worked) and overtime
// (a boolean) to the grouping, and `from`/`upTo` bound the dates (inclusive). The read is served
// by the partial index timesheet_entries_actuals_idx (project, date, task, user, overtime,
// minutes over approved entries only), so it never touches the table, whatever its size. For the
// total per task there is also schedule_tasks.actual_work_minutes, kept in step on approval.
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import type { ProjectActuals } from '../../contracts/timesheet.schema.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { loadTaskOutlines } from './task-outline.ts';

export type ActualsDimension = 'task' | 'date' | 'user' | 'overtime';

export interface ApprovedMinutesQuery {
  /** These projects only; every project when left out. */
  readonly projectIds?: readonly string[];
  /** First day counted (inclusive). */
  readonly from?: string;
  /** Last day counted (inclusive), e.g. the status date. */
  readonly upTo?: string;
  /** What to group by besides the project. */
  readonly by?: readonly ActualsDimension[];
}

export interface ApprovedMinutesRow {
  readonly projectId: string;
  /** With by 'task': the task, or null for time on the project itself. */
  readonly taskId?: string | null;
  readonly date?: string;
  readonly userId?: string;
  readonly overtime?: boolean;
  readonly minutes: number;
}

/** Sums of approved minutes per project (and per task, date, person, overtime as asked). */
export async function approvedMinutes(db: Db, query: ApprovedMinutesQuery = {}): Promise<ApprovedMinutesRow[]> {
  if (query.projectIds?.length === 0) return [];
  const by = new Set(query.by ?? []);
  const rows = await db
    .selectFrom('timesheetEntries')
    .select((eb) => ['projectId', eb.fn.sum<number>('minutes').as('minutes')])
    .where('approvedAt', 'is not', null)
    .$if(query.projectIds !== undefined, (q) => q.where('projectId', 'in', [...query.projectIds!]))
    .$if(query.from !== undefined, (q) => q.where('date', '>=', query.from!))
    .$if(query.upTo !== undefined, (q) => q.where('date', '<=', query.upTo!))
    .$if(by.has('task'), (q) => q.select('taskId').groupBy('taskId'))
    .$if(by.has('date'), (q) => q.select('date').groupBy('date'))
    .$if(by.has('user'), (q) => q.select('userId').groupBy('userId'))
    .$if(by.has('overtime'), (q) => q.select('overtime').groupBy('overtime'))
    .groupBy('projectId')
    .execute();
  return rows.map(({ overtime, ...r }) => ({ ...r, minutes: Number(r.minutes), ...(overtime !== undefined && { overtime: Number(overtime) === 1 }) }));
}

/** A project's approved minutes per task up to a date (whoever may read the project). */
export async function getProjectActuals(ctx: AppContext, projectId: string, query: { upTo?: string | undefined }): Promise<ProjectActuals> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const rows = await approvedMinutes(ctx.db, { projectIds: [project.id], by: ['task', 'overtime'], ...(query.upTo && { upTo: query.upTo }) });
  const outline = await loadTaskOutlines(ctx.db, [project.id]);
  const perTask = new Map<string, { minutes: number; overtimeMinutes: number }>();
  let projectLevelMinutes = 0;
  for (const r of rows) {
    if (!r.taskId) {
      projectLevelMinutes += r.minutes;
      continue;
    }
    const t = perTask.get(r.taskId) ?? { minutes: 0, overtimeMinutes: 0 };
    perTask.set(r.taskId, { minutes: t.minutes + r.minutes, overtimeMinutes: t.overtimeMinutes + (r.overtime ? r.minutes : 0) });
  }
  const tasks = [...perTask]
    .flatMap(([taskId, sums]) => {
      const t = outline.get(taskId);
      return t ? [{ taskId, name: t.name, wbs: t.wbs, position: t.position, ...sums }] : [];
    })
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, ...t }) => t);
  const totalMinutes = rows.reduce((s, r) => s + r.minutes, 0);
  return { projectId: project.id, upTo: query.upTo ?? null, totalMinutes, projectLevelMinutes, tasks };
}
