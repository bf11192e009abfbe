// The resource pool: the PMO (and administrators) keep it; everyone signed in reads it, to staff
// projects. A person may be linked to an account (at most one resource per account), so their
// timesheets and person rates connect; a person may hold a role (a role resource). Skills and
// dated maximum units are part of the resource: a change replaces the lists under its version.
import { sql } from 'kysely';
import type { Resource, ResourceCreate, ResourceListQuery, ResourceUpdate } from '../../contracts/resource.schema.ts';
import { kindProblems, maxUnitsProblems, skillKey, skillProblems, type FieldIssue, type ResourceKind } from '../../core/resources/resource-kinds.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { duplicateCode, newId, nextCode, reserveCode } from '../shared/ids.ts';
import { afterCursor, decodeCursor, ilike, parseSort, toPage } from '../shared/pagination.ts';
import { assertExists, isUniqueViolation } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { loadResource, resourceRows, toApiResource, toApiResources, type ResourceRow } from './resource-store.ts';

const PREFIX = 'RES';
const KEEP = 'keep the resource pool';

type Fields = Required<Omit<ResourceUpdate, 'skills' | 'maxUnits' | 'name'>>;
type Lists = Pick<ResourceUpdate, 'skills' | 'maxUnits'>;

function refuse(what: string, problems: FieldIssue[]): never {
  throw new AppError('validation_failed', `${what}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}.`, { errors: problems.map((p) => ({ ...p })) });
}

/** Checks a resource's fields against its kind and the records they name, in the transaction. */
async function checkResource(trx: Db, id: string, name: string, kind: ResourceKind, fields: Fields, lists: { skills: ReadonlyArray<{ skill: string }>; maxUnits: ReadonlyArray<{ from: string }> }): Promise<void> {
  const problems = [
    ...kindProblems({ kind, userId: fields.userId, roleId: fields.roleId, email: fields.email, unit: fields.unit, headcount: fields.headcount, maxUnitsRows: lists.maxUnits.length }),
    ...skillProblems(lists.skills),
    ...maxUnitsProblems(lists.maxUnits as ReadonlyArray<{ from: string; units: number }>),
  ];
  if (problems.length > 0) refuse(`${name} cannot be kept as a ${kind}`, problems);
  await assertExists(trx, 'users', 'userId', fields.userId);
  await assertExists(trx, 'users', 'managerId', fields.managerId);
  if (fields.userId !== null) {
    const other = await trx.selectFrom('resources').select(['code', 'name']).where('userId', '=', fields.userId).where('id', '!=', id).executeTakeFirst();
    if (other) throw new AppError('duplicate', `That account is already the resource ${other.code} ${other.name}; an account is one resource at most. Edit that one, or unlink it first.`, { errors: [{ path: 'userId', message: 'already linked to another resource' }] });
  }
  if (fields.roleId !== null) {
    const role = await trx.selectFrom('resources').select(['kind', 'name', 'archivedAt']).where('id', '=', fields.roleId).executeTakeFirst();
    if (!role || role.kind !== 'role' || role.archivedAt !== null) {
      const why = !role ? 'names no resource' : role.kind !== 'role' ? `names ${role.name}, a ${role.kind}, not a role` : `names the archived role ${role.name}`;
      throw new AppError('invalid_reference', `roleId ${why}. Pick a live resource of kind role.`, { errors: [{ path: 'roleId', message: 'not a live role' }] });
    }
  }
}

async function writeLists(trx: Db, id: string, lists: Lists): Promise<void> {
  if (lists.skills) {
    await trx.deleteFrom('resourceSkills').where('resourceId', '=', id).execute();
    if (lists.skills.length > 0) await trx.insertInto('resourceSkills').values(lists.skills.map((s) => ({ resourceId: id, skillKey: skillKey(s.skill), skill: s.skill.trim(), proficiency: s.proficiency }))).execute();
  }
  if (lists.maxUnits) {
    await trx.deleteFrom('resourceMaxUnits').where('resourceId', '=', id).execute();
    if (lists.maxUnits.length > 0) await trx.insertInto('resourceMaxUnits').values(lists.maxUnits.map((u) => ({ resourceId: id, effectiveFrom: u.from, units: u.units }))).execute();
  }
}

export async function createResource(ctx: AppContext, input: ResourceCreate): Promise<Resource> {
  requireRegisterEditor(ctx.actor, KEEP);
  const fields: Fields = {
    userId: input.userId ?? null,
    roleId: input.roleId ?? null,
    department: input.department ?? null,
    team: input.team ?? null,
    managerId: input.managerId ?? null,
    email: input.email ?? null,
    unit: input.unit ?? null,
    headcount: input.headcount ?? null,
    notes: input.notes ?? '',
  };
  try {
    return await inTransaction(ctx, async (trx) => {
      const account = fields.userId === null ? undefined : await trx.selectFrom('users').select('name').where('id', '=', fields.userId).executeTakeFirst();
      const name = input.name ?? account?.name;
      if (name === undefined) refuse('The resource needs a name', [{ path: 'name', message: 'give it a name (only a person linked to an account takes the account’s name)' }]);
      const id = newId();
      await checkResource(trx, id, name, input.kind, fields, { skills: input.skills ?? [], maxUnits: input.maxUnits ?? [] });
      let code = input.code;
      if (code) {
        if (await trx.selectFrom('resources').select('id').where('code', '=', code).executeTakeFirst()) throw duplicateCode(code);
        await reserveCode(trx, code);
      } else {
        code = await nextCode(trx, PREFIX);
      }
      const now = nowIso(ctx.clock);
      await trx.insertInto('resources').values({ id, code, name, kind: input.kind, ...fields, archivedAt: null, createdAt: now, updatedAt: now, version: 1 }).execute();
      await writeLists(trx, id, { skills: input.skills ?? [], maxUnits: input.maxUnits ?? [] });
      const after = await toApiResource(trx, await loadResource(trx, id));
      await recordAudit(trx, ctx, { entityType: 'resource', entityId: id, action: 'create', after });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(input.code ?? '(generated)');
    throw error;
  }
}

export async function getResource(ctx: AppContext, id: string): Promise<Resource> {
  return toApiResource(ctx.db, await loadResource(ctx.db, id));
}

async function changeResource(ctx: AppContext, id: string, expectedVersion: number, action: string, change: (trx: Db, before: ResourceRow) => Promise<Partial<ResourceRow>>): Promise<Resource> {
  requireRegisterEditor(ctx.actor, KEEP);
  return inTransaction(ctx, async (trx) => {
    const row = await loadResource(trx, id);
    assertVersion(`Resource ${row.code}`, row.version, expectedVersion);
    const before = await toApiResource(trx, row);
    const { userName: _u, userEmail: _e, roleName: _r, managerName: _m, ...columns } = { ...row, ...(await change(trx, row)) };
    const result = await trx
      .updateTable('resources')
      .set({ ...columns, id, updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    assertUpdated(`Resource ${row.code}`, result.numUpdatedRows, expectedVersion);
    const after = await toApiResource(trx, await loadResource(trx, id));
    await recordAudit(trx, ctx, { entityType: 'resource', entityId: id, action, before, after });
    return after;
  });
}

export function updateResource(ctx: AppContext, id: string, expectedVersion: number, patch: ResourceUpdate): Promise<Resource> {
  return changeResource(ctx, id, expectedVersion, 'update', async (trx, before) => {
    if (before.archivedAt) throw new AppError('validation_failed', `Resource ${before.code} is archived and read-only. Restore it first if it needs to change.`);
    const { skills, maxUnits, name, ...rest } = patch;
    const fields: Fields = { ...before, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
    if (fields.roleId === id) refuse(`${before.name} cannot hold itself as a role`, [{ path: 'roleId', message: 'names this resource' }]);
    const current = skills && maxUnits ? null : await toApiResource(trx, before);
    await checkResource(trx, id, name ?? before.name, before.kind as ResourceKind, fields, { skills: skills ?? current!.skills, maxUnits: maxUnits ?? current!.maxUnits });
    await writeLists(trx, id, { skills, maxUnits });
    return { ...fields, name: name ?? before.name };
  });
}

export function setResourceArchived(ctx: AppContext, id: string, expectedVersion: number, archived: boolean): Promise<Resource> {
  return changeResource(ctx, id, expectedVersion, archived ? 'archive' : 'restore', async (_trx, before) => {
    if (archived === (before.archivedAt !== null)) throw new AppError('validation_failed', `Resource ${before.code} is ${archived ? 'already' : 'not'} archived.`);
    return { archivedAt: archived ? nowIso(ctx.clock) : null };
  });
}

/** The pool, filtered: kind, skill at a minimum proficiency, department, team, role, text. */
export async function listResources(ctx: AppContext, query: ResourceListQuery): Promise<{ items: Resource[]; nextCursor: string | null }> {
  const { field, desc } = parseSort<'code' | 'name'>(query.sort);
  const sortExpr = field === 'name' ? sql<string>`lower(r.name)` : sql<string>`r.code`;
  const cursor = decodeCursor(query.cursor);
  let q = resourceRows(ctx.db);
  if (!query.includeArchived) q = q.where('r.archivedAt', 'is', null);
  if (query.kind) q = q.where('r.kind', '=', query.kind);
  if (query.department) q = q.where(sql`lower(r.department)`, '=', query.department.toLowerCase());
  if (query.team) q = q.where(sql`lower(r.team)`, '=', query.team.toLowerCase());
  if (query.roleId) { const roleId = query.roleId; q = q.where((eb) => eb.or([eb('r.roleId', '=', roleId), eb('r.id', '=', roleId)])); }
  if (query.skill) {
    const key = skillKey(query.skill);
    const min = query.minProficiency ?? 1;
    q = q.where((eb) => eb.exists(eb.selectFrom('resourceSkills as s').select('s.resourceId').whereRef('s.resourceId', '=', 'r.id').where('s.skillKey', '=', key).where('s.proficiency', '>=', min)));
  }
  if (query.q) { const text = query.q; q = q.where((eb) => eb.or([ilike(sql.ref('r.name'), text), ilike(sql.ref('r.code'), text), ilike(sql`coalesce(u.email, r.email, '')`, text)])); }
  if (cursor) q = q.where(afterCursor(sortExpr, sql.ref('r.id'), desc, cursor));
  const rows = await q.orderBy(sortExpr, desc ? 'desc' : 'asc').orderBy('r.id', desc ? 'desc' : 'asc').limit(query.limit + 1).execute();
  const page = toPage(rows, query.limit, (r) => (field === 'name' ? r.name.toLowerCase() : r.code), (r) => r);
  return { items: await toApiResources(ctx.db, page.items), nextCursor: page.nextCursor };
}

/** What the pool's filters offer: the skills, departments and teams of live resources, each once whatever its case. */
export async function resourceFacets(ctx: AppContext): Promise<{ skills: string[]; departments: string[]; teams: string[] }> {
  const live = (db: Db) => db.selectFrom('resources as r').where('r.archivedAt', 'is', null);
  const [skills, departments, teams] = await Promise.all([
    live(ctx.db).innerJoin('resourceSkills as s', 's.resourceId', 'r.id').select((eb) => eb.fn.min('s.skill').as('value')).groupBy('s.skillKey').execute(),
    live(ctx.db).select((eb) => eb.fn.min('r.department').as('value')).where('r.department', 'is not', null).groupBy(sql`lower(r.department)`).execute(),
    live(ctx.db).select((eb) => eb.fn.min('r.team').as('value')).where('r.team', 'is not', null).groupBy(sql`lower(r.team)`).execute(),
  ]);
  const sorted = (rows: Array<{ value: string | null }>) => rows.map((r) => r.value!).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  return { skills: sorted(skills), departments: sorted(departments), teams: sorted(teams) };
}
