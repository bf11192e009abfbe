// Personal API tokens for scripts: created by their owner, shown once, stored as a hash.
import type { ApiToken } from '../../contracts/user.schema.ts';
import type { AppContext } from '../context.ts';
import { nowIso } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { newId } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { randomSecret, sha256 } from './secrets.ts';
import { API_TOKEN_PREFIX } from './sessions.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

const toToken = (r: { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; expiresAt: string | null }): ApiToken => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  createdAt: r.createdAt,
  lastUsedAt: r.lastUsedAt,
  expiresAt: r.expiresAt,
});

export async function createApiToken(ctx: AppContext, input: { name: string; expiresInDays?: number | undefined }, forUserId = ctx.actor.userId): Promise<ApiToken & { token: string }> {
  if (forUserId !== ctx.actor.userId && ctx.actor.orgRole !== 'admin') {
    throw new AppError('forbidden', 'Only administrators create tokens for other people.');
  }
  const token = `${API_TOKEN_PREFIX}${randomSecret()}`;
  const now = ctx.clock.now();
  const row = {
    id: newId(),
    userId: forUserId,
    name: input.name,
    tokenHash: sha256(token),
    prefix: token.slice(0, 8),
    createdAt: now.toISOString(),
    lastUsedAt: null,
    expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY_MS).toISOString() : null,
    revokedAt: null,
  };
  await inTransaction(ctx, async (trx) => {
    const user = await trx.selectFrom('users').select('id').where('id', '=', forUserId).executeTakeFirst();
    if (!user) throw notFound('User', forUserId);
    await trx.insertInto('apiTokens').values(row).execute();
    await recordAudit(trx, ctx, { entityType: 'api_token', entityId: row.id, action: 'create', after: toToken(row) });
  });
  return { ...toToken(row), token };
}

export async function listApiTokens(ctx: AppContext): Promise<ApiToken[]> {
  const rows = await ctx.db
    .selectFrom('apiTokens')
    .select(['id', 'name', 'prefix', 'createdAt', 'lastUsedAt', 'expiresAt'])
    .where('userId', '=', ctx.actor.userId)
    .where('revokedAt', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map(toToken);
}

export async function revokeApiToken(ctx: AppContext, id: string): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const row = await trx.selectFrom('apiTokens').selectAll().where('id', '=', id).where('revokedAt', 'is', null).executeTakeFirst();
    if (!row || (row.userId !== ctx.actor.userId && ctx.actor.orgRole !== 'admin')) throw notFound('API token', id);
    await trx.updateTable('apiTokens').set({ revokedAt: nowIso(ctx.clock) }).where('id', '=', id).execute();
    await recordAudit(trx, ctx, { entityType: 'api_token', entityId: id, action: 'revoke', before: toToken(row) });
  });
}
