// Who approves a timesheet, and how much of it. A project's managers (its named manager and the
// team members with the manager role) approve that project's hours on a sheet, and only those; the
// person's line manager (the manager of the resource linked to their account, resources.manager_id)
// and the PMO (and administrators) approve the whole sheet, or whatever of it is still waiting.
// A sheet is approved once every project on it has its approval (timesheet_approvals); until then
// it stays submitted and shows which projects are approved, by whom. Nobody approves their own
// hours. A named line manager approves whatever their organisation role, as a sponsor decides a
// budget change; executives otherwise read sheets but decide none (nor as a project's manager,
// as they do not edit projects they are named to manage). Whoever may approve some of what is
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
  /** The owner's line manager, the PMO or an administrator (never the owner): approves the whole sheet. */
  readonly wholeSheet: boolean;
}

export const NO_STANDING: Standing = { managed: new Set(), wholeSheet: false };

/** Who approves each of these projects' hours: its named manager and team members with the manager role, executives aside. */
export async function managersOf(db: Db, projectIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>(projectIds.map((id) => [id, new Set<string>()]));
  if (projectIds.length === 0) return result;
  const [named, members] = await Promise.all([
    db.selectFrom('projects as p').innerJoin('users as u', 'u.id', 'p.managerId').select(['p.id as projectId', 'u.id as userId']).where('p.id', 'in', [...projectIds]).where('u.orgRole', '!=', 'executive').execute(),
    db.selectFrom('projectMembers as m').innerJoin('users as u', 'u.id', 'm.userId').select(['m.projectId', 'm.userId']).where('m.projectId', 'in', [...projectIds]).where('m.role', '=', 'manager').where('u.orgRole', '!=', 'executive').execute(),
  ]);
  for (const row of [...named, ...members]) result.get(row.projectId)!.add(row.userId);
  return result;
}

/** Every project whose hours this person approves as its manager (named manager or team manager; none for executives). */
export async function projectsManagedBy(db: Db, actor: Actor): Promise<string[]> {
  if (actor.orgRole === 'executive') return [];
  const userId = actor.userId;
  const [named, members] = await Promise.all([
    db.selectFrom('projects').select('id').where('managerId', '=', userId).execute(),
    db.selectFrom('projectMembers').select('projectId').where('userId', '=', userId).where('role', '=', 'manager').execute(),
  ]);
  return [...new Set([...named.map((p) => p.id), ...members.map((m) => m.projectId)])];
}

/** A person's line manager, while their account is active; null: none. */
export async function lineManagerOf(db: Db, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('resources as r')
    .innerJoin('users as m', 'm.id', 'r.managerId')
    .select('m.id')
    .where('r.userId', '=', userId)
    .where('m.disabledAt', 'is', null)
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
  const wholeSheet = canEditRegister(actor) || (actor.userId !== '' && (await lineManagerOf(db, ownerId)) === actor.userId);
  return { managed, wholeSheet };
}

/** The projects of a sheet still waiting for an approval, in the order given. */
export const waitingOf = (projectIds: readonly string[], signOffs: ReadonlyMap<string, SignOff>): string[] => projectIds.filter((id) => !signOffs.has(id));

/** What the actor's approval would cover now: the waiting projects they manage, or all of them for a whole-sheet approver. */
export function approvableBy(actor: Actor, sheet: { userId: string; status: string }, standing: Standing, waiting: readonly string[]): string[] {
  if (sheet.status !== 'submitted' || sheet.userId === actor.userId) return [];
  return standing.wholeSheet ? [...waiting] : waiting.filter((id) => standing.managed.has(id));
}
