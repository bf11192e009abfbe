// Timesheet rows and who sees them: the owner, those who approve some of it (its projects'
// managers, the owner's line manager, the PMO and administrators: timesheet-approvers.ts) and
// executives see a sheet; anyone else is told it does not exist.
import type { Selectable } from 'kysely';
import type { TimesheetStatus } from '../../contracts/timesheet.schema.ts';
import type { Entry } from '../../core/timesheets/timesheet-grid.ts';
import type { Db } from '../../db/database.ts';
import type { TimesheetEntriesTable, TimesheetsTable } from '../../db/tables.ts';
import type { Actor, AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { canReadAllProjects } from '../access/policy.ts';
import { standingOf, type Standing } from './timesheet-approvers.ts';

export type SheetRow = Selectable<TimesheetsTable>;
export type EntryRow = Selectable<TimesheetEntriesTable>;

/** A sheet its owner may still change. */
export const isEditable = (status: string): boolean => status === 'draft' || status === 'returned';

export const toEntry = (e: EntryRow): Entry => ({ id: e.id, projectId: e.projectId, taskId: e.taskId, overtime: e.overtime === 1, date: e.date, minutes: e.minutes, note: e.note });

export async function loadEntries(db: Db, sheetId: string): Promise<EntryRow[]> {
  return db.selectFrom('timesheetEntries').selectAll().where('timesheetId', '=', sheetId).orderBy('date').orderBy('id').execute();
}

export const projectIdsOf = (entries: ReadonlyArray<Pick<EntryRow, 'projectId'>>): string[] => [...new Set(entries.map((e) => e.projectId))];

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

/** A sheet the actor may see, with its entries and where the actor stands to it (timesheet-approvers.ts). */
export async function loadVisibleSheet(ctx: AppContext, db: Db, id: string): Promise<{ sheet: SheetRow; entries: EntryRow[]; standing: Standing }> {
  const sheet = await db.selectFrom('timesheets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!sheet) throw notFound('Timesheet', id);
  const entries = await loadEntries(db, sheet.id);
  const standing = await standingOf(db, ctx.actor, sheet.userId, projectIdsOf(entries));
  const approver = standing.managed.size > 0 || standing.wholeSheet;
  if (sheet.userId !== ctx.actor.userId && !canReadAllProjects(ctx.actor) && !approver) throw notFound('Timesheet', id);
  return { sheet, entries, standing };
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
