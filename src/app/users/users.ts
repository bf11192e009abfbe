// Accounts: administrators create, change and disable them; everyone can look people up by name.
import type { z } from 'zod';
import { sql } from 'kysely';
import type { User, UserCreate, UserUpdate, UserListQuery, PersonRef } from '../../contracts/user.schema.ts';
import type { PeopleQuery } from '../../contracts/people.schema.ts';
import type { AppContext } from '../context.ts';
import { nowIso } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { requireAdmin } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { newId } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { afterCursor, decodeCursor, ilike, toPage } from '../shared/pagination.ts';
import { hashPassword } from '../auth/secrets.ts';
import { toUser } from './user-mapper.ts';

async function assertEmailFree(ctx: AppContext, email: string, exceptId?: string): Promise<void> {
  let q = ctx.db.selectFrom('users').select('id').where('email', '=', email);
  if (exceptId) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst()) {
    throw new AppError('duplicate', `An account with e-mail ${email} already exists.`, { errors: [{ path: 'email', message: 'already in use' }] });
  }
}

export async function createUser(ctx: AppContext, input: UserCreate): Promise<User> {
  requireAdmin(ctx.actor, 'create accounts');
  await assertEmailFree(ctx, input.email);
  const now = nowIso(ctx.clock);
  const row = {
    id: newId(),
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    orgRole: input.orgRole,
    disabledAt: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await inTransaction(ctx, async (trx) => {
    await trx.insertInto('users').values(row).execute();
    await recordAudit(trx, ctx, { entityType: 'user', entityId: row.id, action: 'create', after: toUser(row) });
  });
  return toUser(row);
}

export async function getUser(ctx: AppContext, id: string): Promise<User> {
  if (id !== ctx.actor.userId) requireAdmin(ctx.actor, 'read other people’s accounts');
  const row = await ctx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('User', id);
  return toUser(row);
}

export async function updateUser(ctx: AppContext, id: string, expectedVersion: number, patch: UserUpdate): Promise<User> {
  requireAdmin(ctx.actor, 'change accounts');
  if (id === ctx.actor.userId && (patch.disabled || (patch.orgRole && patch.orgRole !== 'admin'))) {
    throw new AppError('validation_failed', 'You cannot disable your own account or take away your own admin role; ask another administrator.');
  }
  return inTransaction(ctx, async (trx) => {
    const before = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound('User', id);
    assertVersion('This account', before.version, expectedVersion);
    const now = nowIso(ctx.clock);
    const changes = {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.orgRole !== undefined && { orgRole: patch.orgRole }),
      ...(patch.password !== undefined && { passwordHash: await hashPassword(patch.password) }),
      ...(patch.disabled !== undefined && { disabledAt: patch.disabled ? (before.disabledAt ?? now) : null }),
    };
    const result = await trx
      .updateTable('users')
      .set({ ...changes, updatedAt: now, version: expectedVersion + 1 })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    assertUpdated('This account', result.numUpdatedRows, expectedVersion);
    if (patch.disabled || patch.password !== undefined) {
      await trx.deleteFrom('sessions').where('userId', '=', id).execute();
    }
    if (patch.disabled) {
      await trx.updateTable('apiTokens').set({ revokedAt: now }).where('userId', '=', id).where('revokedAt', 'is', null).execute();
    }
    const after = { ...before, ...changes, updatedAt: now, version: expectedVersion + 1 };
    await recordAudit(trx, ctx, {
      entityType: 'user',
      entityId: id,
      action: patch.password !== undefined && Object.keys(patch).length === 1 ? 'password_change' : 'update',
      before: toUser(before),
      after: toUser(after),
    });
    return toUser(after);
  });
}

export async function listUsers(ctx: AppContext, query: z.infer<typeof UserListQuery>): Promise<{ items: User[]; nextCursor: string | null }> {
  requireAdmin(ctx.actor, 'list accounts');
  const cursor = decodeCursor(query.cursor);
  let q = ctx.db.selectFrom('users').selectAll();
  if (!query.includeDisabled) q = q.where('disabledAt', 'is', null);
  if (query.orgRole) q = q.where('orgRole', '=', query.orgRole);
  if (query.q) { const text = query.q; q = q.where((eb) => eb.or([ilike(sql.ref('name'), text), ilike(sql.ref('email'), text)])); }
  if (cursor) q = q.where(afterCursor(sql`lower(name)`, sql.ref('id'), false, cursor));
  const rows = await q.orderBy(sql`lower(name)`).orderBy('id').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, (r) => r.name.toLowerCase(), toUser);
}

export async function listPeople(ctx: AppContext, query: z.infer<typeof PeopleQuery>): Promise<{ items: PersonRef[]; nextCursor: string | null }> {
  const cursor = decodeCursor(query.cursor);
  let q = ctx.db.selectFrom('users').select(['id', 'name', 'email']).where('disabledAt', 'is', null);
  if (query.q) { const text = query.q; q = q.where((eb) => eb.or([ilike(sql.ref('name'), text), ilike(sql.ref('email'), text)])); }
  if (cursor) q = q.where(afterCursor(sql`lower(name)`, sql.ref('id'), false, cursor));
  const rows = await q.orderBy(sql`lower(name)`).orderBy('id').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, (r) => r.name.toLowerCase(), (r) => ({ id: r.id, name: r.name, email: r.email }));
}
