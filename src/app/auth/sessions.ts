// Login, logout and resolving who a request is: by session cookie or by API token.
import type { Actor, AppDeps } from '../context.ts';
import { nowIso } from '../context.ts';
import type { User, OrgRole } from '../../contracts/user.schema.ts';
import { AppError } from '../errors.ts';
import { toUser } from '../users/user-mapper.ts';
import { decoyHash, randomSecret, sha256, verifyPassword } from './secrets.ts';
import { recordAudit } from '../audit/record-audit.ts';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const API_TOKEN_PREFIX = 'orr_';

export interface LoginResult {
  readonly user: User;
  /** The cookie's value; only its hash is stored. */
  readonly sessionSecret: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

export async function login(deps: AppDeps, email: string, password: string): Promise<LoginResult> {
  const row = await deps.db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  const ok = row ? await verifyPassword(row.passwordHash, password) : (await verifyPassword(await decoyHash(), password), false);
  if (!row || !ok || row.disabledAt) {
    throw new AppError('invalid_credentials', 'That e-mail and password do not match an active account.');
  }
  const sessionSecret = randomSecret();
  const csrfToken = randomSecret();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sessions')
      .values({ id: sha256(sessionSecret), userId: row.id, csrfToken, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() })
      .execute();
    await trx.deleteFrom('sessions').where('expiresAt', '<', now.toISOString()).execute();
    const actor: Actor = { userId: row.id, name: row.name, orgRole: row.orgRole as OrgRole, via: 'session' };
    await recordAudit(trx, { ...deps, actor }, { entityType: 'session', entityId: row.id, action: 'login' });
  });
  return { user: toUser(row), sessionSecret, csrfToken, expiresAt };
}

export async function logout(deps: AppDeps, sessionSecret: string): Promise<void> {
  await deps.db.deleteFrom('sessions').where('id', '=', sha256(sessionSecret)).execute();
}

export interface ResolvedSession {
  readonly actor: Actor;
  readonly user: User;
  readonly csrfToken: string;
}

export async function resolveSession(deps: AppDeps, sessionSecret: string): Promise<ResolvedSession | undefined> {
  const row = await deps.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .selectAll('u')
    .select(['s.csrfToken', 's.expiresAt'])
    .where('s.id', '=', sha256(sessionSecret))
    .executeTakeFirst();
  if (!row || row.disabledAt || row.expiresAt < nowIso(deps.clock)) return undefined;
  return {
    actor: { userId: row.id, name: row.name, orgRole: row.orgRole as OrgRole, via: 'session' },
    user: toUser(row),
    csrfToken: row.csrfToken,
  };
}

export async function resolveApiToken(deps: AppDeps, token: string): Promise<Actor | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const now = nowIso(deps.clock);
  const row = await deps.db
    .selectFrom('apiTokens as t')
    .innerJoin('users as u', 'u.id', 't.userId')
    .select(['t.id as tokenId', 't.expiresAt', 't.revokedAt', 't.lastUsedAt', 'u.id', 'u.name', 'u.orgRole', 'u.disabledAt'])
    .where('t.tokenHash', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.revokedAt || row.disabledAt || (row.expiresAt && row.expiresAt < now)) return undefined;
  // Note use at most once a minute, to keep reads from turning into writes.
  if (!row.lastUsedAt || Date.parse(now) - Date.parse(row.lastUsedAt) > 60_000) {
    await deps.db.updateTable('apiTokens').set({ lastUsedAt: now }).where('id', '=', row.tokenId).execute();
  }
  return { userId: row.id, name: row.name, orgRole: row.orgRole as OrgRole, via: 'token' };
}
