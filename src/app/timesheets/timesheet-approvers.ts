// Who approves a timesheet, and how much of it. A project's managers (its named manager and the
// team members with the manager role) approve that project's hours on a sheet, and only those; the
// person's line manager (the manager of the resource linked to their account, resources.manager_id)
// and the PMO (and administrators) approve the whole sheet, or whatever of it is still waiting.
// A sheet is approved once every project on it has its approval (timesheet_approvals); until then
// it stays submitted and shows which projects are approved, by whom. Nobody approves their own
// hours, and executives read sheets but never decide them. Whoever may approve some of what is
// still waiting may also return the whole sheet; returning or recalling it clears the approvals
// given so far (they belong to one submission: the hours may change before the next).
import type { Db } from '../../db/database.ts';
import type { Actor } from '../context.ts';
import { canEditRegister } from '../access/policy.ts';

/** One project's hours on a sheet, approved. */
export interface SignOff {
  readonly projectId: string;
  /** null: Orrery itself. */
  readonly approvedBy: string | null;
  readonly approvedAt: string;
}

/** Where the reader stands to a sheet (the owner, an outsider: nothing managed, not whole). */
export interface Standing {
  /** Projects of the sheet the reader manages. */
  readonly managed: ReadonlySet<string>;
  /** The owner's line manager, the PMO or an administrator (never the owner, never an executive): approves the whole sheet. */
  readonly wholeSheet: boolean;
}

export const NO_STANDING: Standing = { managed: new Set(), wholeSheet: false };

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

/** Every project this person manages (named manager or team manager). */
export async function projectsManagedBy(db: Db, userId: string): Promise<string[]> {
  const [named, members] = await Promise.all([
    db.selectFrom('projects').select('id').where('managerId', '=', userId).execute(),
    db.selectFrom('projectMembers').select('projectId').where('userId', '=', userId).where('role', '=', 'manager').execute(),
  ]);
  return [...new Set([...named.map((p) => p.id), ...members.map((m) => m.projectId)])];
}

/** A person's line manager who may approve their sheets: an active account that is not an executive; null: none. */
export async function lineManagerOf(db: Db, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('resources as r')
    .innerJoin('users as m', 'm.id', 'r.managerId')
    .select('m.id')
    .where('r.userId', '=', userId)
    .where('m.disabledAt', 'is', null)
    .where('m.orgRole', '!=', 'executive')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The accounts of the people this person line-manages. */
export async function reportsOf(db: Db, managerId: string): Promise<string[]> {
  const rows = await db.selectFrom('resources').select('userId').where('managerId', '=', managerId).where('userId', 'is not', null).execute();
  return rows.map((r) => r.userId!);
}

/** The approvals given so far on these sheets, per sheet and project. */
export async function signOffsOf(db: Db, sheetIds: readonly string[]): Promise<Map<string, Map<string, SignOff>>> {
  const result = new Map<string, Map<string, SignOff>>(sheetIds.map((id) => [id, new Map()]));
  if (sheetIds.length === 0) return result;
  const rows = await db.selectFrom('timesheetApprovals').selectAll().where('timesheetId', 'in', [...sheetIds]).execute();
  for (const r of rows) result.get(r.timesheetId)!.set(r.projectId, { projectId: r.projectId, approvedBy: r.approvedBy, approvedAt: r.approvedAt });
  return result;
}

/** Where the actor stands to a sheet of `ownerId` booking time on these projects. */
export async function standingOf(db: Db, actor: Actor, ownerId: string, projectIds: readonly string[]): Promise<Standing> {
  if (ownerId === actor.userId) return NO_STANDING;
  const managers = await managersOf(db, projectIds);
  const managed = new Set([...managers].filter(([, people]) => people.has(actor.userId)).map(([id]) => id));
  const wholeSheet = actor.orgRole !== 'executive' && (canEditRegister(actor) || (actor.userId !== '' && (await lineManagerOf(db, ownerId)) === actor.userId));
  return { managed, wholeSheet };
}

/** The projects of a sheet still waiting for an approval, in the order given. */
export const waitingOf = (projectIds: readonly string[], signOffs: ReadonlyMap<string, SignOff>): string[] => projectIds.filter((id) => !signOffs.has(id));

/** What the actor's approval would cover now: the waiting projects they manage, or all of them for a whole-sheet approver. */
export function approvableBy(actor: Actor, sheet: { userId: string; status: string }, standing: Standing, waiting: readonly string[]): string[] {
  if (sheet.status !== 'submitted' || sheet.userId === actor.userId || actor.orgRole === 'executive') return [];
  return standing.wholeSheet ? [...waiting] : waiting.filter((id) => standing.managed.has(id));
}
