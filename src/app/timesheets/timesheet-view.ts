// A timesheet as the API shows it: the week's grid with the names of projects and tasks (and
// their WBS numbers), totals per row and day, the lock in force, and what the reader may do with
// it. Rows are in project code order, the project's own time first, then tasks in outline order
// with overtime after normal time. A project the reader may not see keeps its hours but not its
// name, and comes last; the owner's line manager, who approves the whole sheet, sees every name.
// Each project's approval says who approved its hours, or that they still wait (and for whom).
import type { Timesheet, TimesheetApproval, TimesheetRow, TimesheetStatus } from '../../contracts/timesheet.schema.ts';
import type { PersonRef } from '../../contracts/user.schema.ts';
import { gridOfEntries } from '../../core/timesheets/timesheet-grid.ts';
import { weekDates } from '../../core/timesheets/timesheet-week.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { isEditable, projectIdsOf, readableAmong, toEntry, type EntryRow, type SheetRow } from './timesheet-store.ts';
import { approvableBy, signOffsOf, waitingOf, type SignOff, type Standing } from './timesheet-approvers.ts';
import { loadTaskOutlines } from './task-outline.ts';

export interface SheetParts {
  readonly owner: PersonRef;
  readonly weekStart: string;
  readonly sheet: SheetRow | null;
  readonly entries: readonly EntryRow[];
  /** Where the reader stands to it (NO_STANDING: its owner, or nobody who decides). */
  readonly standing: Standing;
  readonly lockedThrough: string | null;
}

export async function person(db: Db, id: string | null): Promise<PersonRef | null> {
  if (!id) return null;
  return (await db.selectFrom('users').select(['id', 'name', 'email']).where('id', '=', id).executeTakeFirst()) ?? { id, name: 'Unknown person', email: '' };
}

/** People by id, for the names of approvers. */
async function peopleById(db: Db, ids: ReadonlyArray<string | null>): Promise<Map<string, PersonRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const rows = wanted.length ? await db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', wanted).execute() : [];
  return new Map(rows.map((p) => [p.id, p]));
}

export async function toApiTimesheet(ctx: AppContext, db: Db, parts: SheetParts): Promise<Timesheet> {
  const { sheet, entries, owner, weekStart, standing } = parts;
  const projectIds = projectIdsOf(entries);
  const [projects, tasks, readable, signOffs] = await Promise.all([
    projectIds.length ? db.selectFrom('projects').select(['id', 'code', 'name']).where('id', 'in', projectIds).execute() : [],
    loadTaskOutlines(db, projectIds),
    owner.id === ctx.actor.userId || standing.wholeSheet ? new Set(projectIds) : readableAmong(db, ctx.actor, projectIds),
    sheet ? signOffsOf(db, [sheet.id]).then((m) => m.get(sheet.id)!) : new Map<string, SignOff>(),
  ]);
  const projectOf = new Map(projects.map((p) => [p.id, p]));
  const rows: TimesheetRow[] = gridOfEntries(weekStart, entries.map(toEntry)).map((r) => {
    const project = projectOf.get(r.projectId);
    const task = r.taskId ? tasks.get(r.taskId) : undefined;
    const visible = readable.has(r.projectId);
    return {
      projectId: r.projectId,
      projectCode: visible ? (project?.code ?? '?') : '—',
      projectName: visible ? (project?.name ?? '') : 'A project you cannot see',
      taskId: r.taskId,
      taskName: visible ? (task?.name ?? null) : null,
      wbs: visible ? (task?.wbs ?? null) : null,
      overtime: r.overtime,
      minutes: [...r.minutes],
      note: visible ? r.note : '',
      totalMinutes: r.minutes.reduce((s, m) => s + m, 0),
      visible,
    };
  });
  const position = (r: TimesheetRow) => (r.taskId ? (tasks.get(r.taskId)?.position ?? Number.MAX_SAFE_INTEGER) : -1);
  rows.sort((a, b) => Number(!a.visible) - Number(!b.visible) || a.projectCode.localeCompare(b.projectCode) || position(a) - position(b) || Number(a.overtime) - Number(b.overtime));
  const dayTotals = [0, 1, 2, 3, 4, 5, 6].map((d) => rows.reduce((s, r) => s + r.minutes[d]!, 0));
  const status = (sheet?.status ?? 'draft') as TimesheetStatus;
  const own = owner.id === ctx.actor.userId;
  const hasHours = entries.length > 0;
  const mine = new Set(approvableBy(ctx.actor, { userId: owner.id, status }, standing, waitingOf(projectIds, signOffs)));
  const approvers = await peopleById(db, [...signOffs.values()].map((o) => o.approvedBy));
  const approvals: TimesheetApproval[] = projectIds
    .map((id) => {
      const signOff = signOffs.get(id);
      const visible = readable.has(id);
      const approvedBy = signOff?.approvedBy ? (approvers.get(signOff.approvedBy) ?? { id: signOff.approvedBy, name: 'Unknown person', email: '' }) : null;
      return { projectId: id, projectCode: visible ? (projectOf.get(id)?.code ?? '?') : '—', visible, approvedBy, approvedAt: signOff?.approvedAt ?? null, awaitsYou: mine.has(id) };
    })
    .sort((a, b) => Number(!a.visible) - Number(!b.visible) || a.projectCode.localeCompare(b.projectCode));
  return {
    id: sheet?.id ?? null,
    user: owner,
    weekStart,
    dates: weekDates(weekStart),
    status,
    rows,
    dayTotals,
    totalMinutes: dayTotals.reduce((s, m) => s + m, 0),
    overtimeMinutes: rows.filter((r) => r.overtime).reduce((s, r) => s + r.totalMinutes, 0),
    lockedThrough: parts.lockedThrough,
    submittedAt: sheet?.submittedAt ?? null,
    decidedAt: sheet?.decidedAt ?? null,
    decidedBy: await person(db, sheet?.decidedBy ?? null),
    comment: sheet?.comment ?? '',
    approvals,
    canEdit: own && isEditable(status),
    canSubmit: own && isEditable(status) && hasHours,
    canRecall: own && status === 'submitted',
    canDecide: sheet !== null && mine.size > 0,
    createdAt: sheet?.createdAt ?? null,
    updatedAt: sheet?.updatedAt ?? null,
    version: sheet?.version ?? 0,
  };
}
