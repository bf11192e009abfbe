// How a resource is read: its row with the names it points at (account, role, manager), its
// skills and dated maximum units, loaded for a whole page in three queries.
import type { Selectable } from 'kysely';
import type { Resource } from '../../contracts/resource.schema.ts';
import { defaultMaxUnits, type ResourceKind } from '../../core/resources/resource-kinds.ts';
import type { Db } from '../../db/database.ts';
import type { ResourcesTable } from '../../db/tables.ts';
import { notFound } from '../errors.ts';

export type ResourceRow = Selectable<ResourcesTable> & { userName: string | null; userEmail: string | null; roleName: string | null; managerName: string | null };

/** Resources with the names of their account, role and manager. */
export const resourceRows = (db: Db) =>
  db
    .selectFrom('resources as r')
    .leftJoin('users as u', 'u.id', 'r.userId')
    .leftJoin('resources as role', 'role.id', 'r.roleId')
    .leftJoin('users as m', 'm.id', 'r.managerId')
    .selectAll('r')
    .select(['u.name as userName', 'u.email as userEmail', 'role.name as roleName', 'm.name as managerName']);

export async function loadResource(db: Db, id: string): Promise<ResourceRow> {
  const row = await resourceRows(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Resource', id);
  return row;
}

/** The API view of rows, with their skills and maximum units. */
export async function toApiResources(db: Db, rows: ReadonlyArray<ResourceRow>): Promise<Resource[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [skills, units] = await Promise.all([
    db.selectFrom('resourceSkills').selectAll().where('resourceId', 'in', ids).orderBy('proficiency', 'desc').orderBy('skillKey').execute(),
    db.selectFrom('resourceMaxUnits').selectAll().where('resourceId', 'in', ids).orderBy('effectiveFrom').execute(),
  ]);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind as ResourceKind,
    userId: r.userId,
    userName: r.userName,
    roleId: r.roleId,
    roleName: r.roleName,
    department: r.department,
    team: r.team,
    managerId: r.managerId,
    managerName: r.managerName,
    email: r.userId !== null ? r.userEmail : r.email,
    unit: r.unit,
    headcount: r.headcount,
    notes: r.notes,
    skills: skills.filter((s) => s.resourceId === r.id).map((s) => ({ skill: s.skill, proficiency: s.proficiency })),
    maxUnits: units.filter((u) => u.resourceId === r.id).map((u) => ({ from: u.effectiveFrom, units: u.units })),
    defaultMaxUnits: defaultMaxUnits(r.kind as ResourceKind, r.headcount),
    archivedAt: r.archivedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  }));
}

export async function toApiResource(db: Db, row: ResourceRow): Promise<Resource> {
  return (await toApiResources(db, [row]))[0]!;
}
