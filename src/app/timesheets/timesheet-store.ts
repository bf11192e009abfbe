// Timesheet rows and who stands where to them: the owner edits and submits their own; the managers
// of the projects it books time on (the named manager and team members with the manager role)
// approve it, as do the PMO and administrators, but nobody their own; owners, approvers, the PMO,
// administrators and executives see it, and anyone else is told it does not exist.
import type { Selectable } from 'kysely';
import type { TimesheetStatus } from '../../contracts/timesheet.schema.ts';
import type { Entry } from '../../core/timesheets/timesheet-grid.ts';
import type { Db } from '../../db/database.ts';
import type { TimesheetEntriesTable, TimesheetsTable } from '../../db/tables.ts';
import type { Actor, AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { canEditRegister, canReadAllProjects } from '../access/policy.ts';

export type SheetRow = Selectable<TimesheetsTable>;
export type EntryRow = Selectable<TimesheetEntriesTable>;

/** A sheet its owner may still change. */
export const isEditable = (status: string): boolean => status === 'draft' || status === 'returned';

export const toEntry = (e: EntryRow): Entry => ({ id: e.id, projectId: e.projectId, taskId: e.taskId, overtime: e.overtime === 1, date: e.date, minutes: e.minutes, note: e.note });

export async function loadEntries(db: Db, sheetId: string): Promise<EntryRow[]> {
  return db.selectFrom('timesheetEntries').selectAll().where('timesheetId', '=', sheetId).orderBy('date').orderBy('id').execute();
}

export const projectIdsOf = (entries: ReadonlyArray<Pick<EntryRow, 'projectId'>>): string[] => [...new Set(entries.map((e) => e.projectId))];

/** The managers of each of these projects: the named one and team members with the manager role. */
export async function managersOf(db: Db, projectIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>(projectIds.map((id) => [id, new Set<string>()]));
  if (projectIds.length === 0) return result;
  const [named, members] = await Promise.all([
    db.selectFrom('projects').select(['id', 'managerId']).where('id', 'in', [...projectIds]).where('managerId', 'is not', null).execute(),
    db.selectFrom('projectMembers').select(['projectId', 'userId']).where('projectId', 'in', [...projectIds]).where('role', '=', 'manager').execute(),
  ]);
  for (const p of named) result.get(p.id)!.add(p.managerId!);
  for (const m of members) result.get(m.projectId)!.add(m.userId);
  return result;
}

/** The projects among these that this person manages. */
export async function managedAmong(db: Db, userId: string, projectIds: readonly string[]): Promise<Set<string>> {
  const managers = await managersOf(db, projectIds);
  return new Set([...managers].filter(([, people]) => people.has(userId)).map(([id]) => id));
}

/** The projects among these the actor may read (the rest are shown without their names). */
export async function readableAmong(db: Db, actor: Actor, projectIds: readonly string[]): Promise<Set<string>> {
  if (canReadAllProjects(actor) || projectIds.length === 0) return new Set(projectIds);
  const rows = await db
    .selectFrom('projects as p')
    .select('p.id')
    .where('p.id', 'in', [...projectIds])
    .where((eb) =>
      eb.or([
        eb('p.managerId', '=', actor.userId),
        eb('p.sponsorId', '=', actor.userId),
        eb.exists(eb.selectFrom('projectMembers as m').select('m.userId').whereRef('m.projectId', '=', 'p.id').where('m.userId', '=', actor.userId)),
      ]),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Whether the actor may approve or return a sheet: not their own; PMO, admin, or a manager of one of its projects. */
export const mayDecide = (actor: Actor, sheet: Pick<SheetRow, 'userId' | 'status'>, managesOne: boolean): boolean =>
  sheet.status === 'submitted' && sheet.userId !== actor.userId && actor.orgRole !== 'executive' && (canEditRegister(actor) || managesOne);

/** A sheet the actor may see, with its entries and the projects in it the actor manages. */
export async function loadVisibleSheet(ctx: AppContext, db: Db, id: string): Promise<{ sheet: SheetRow; entries: EntryRow[]; managed: Set<string> }> {
  const sheet = await db.selectFrom('timesheets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!sheet) throw notFound('Timesheet', id);
  const entries = await loadEntries(db, sheet.id);
  const managed = await managedAmong(db, ctx.actor.userId, projectIdsOf(entries));
  if (sheet.userId !== ctx.actor.userId && !canReadAllProjects(ctx.actor) && managed.size === 0) throw notFound('Timesheet', id);
  return { sheet, entries, managed };
}

/** What the audit trail keeps of a sheet. */
export const auditViewOf = (sheet: Pick<SheetRow, 'userId' | 'weekStart' | 'status' | 'comment' | 'version'>, entries?: readonly EntryRow[]) => ({
  userId: sheet.userId,
  weekStart: sheet.weekStart,
  status: sheet.status as TimesheetStatus,
  comment: sheet.comment,
  version: sheet.version,
  ...(entries && { totalMinutes: entries.reduce((s, e) => s + e.minutes, 0), entries: entries.map((e) => ({ projectId: e.projectId, taskId: e.taskId, date: e.date, minutes: e.minutes, overtime: e.overtime === 1 })) }),
});
