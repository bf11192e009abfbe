// Who is calling: a browser session (cookie + CSRF token on writes) or a personal API token
// (Authorization: Bearer orr_…). Routes are private unless they say `config: { public: true }`.
// Calendar feeds (`config: { feedToken: true }`) also take the API token as `?token=`: a calendar
// client subscribes to a URL and can send neither headers nor our cookie. Only those read-only
// routes do, because a token in a URL ends up in client settings, proxy logs and browser history.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type {} from '@fastify/cookie';
import type { Actor, AppContext, AppDeps } from '../../app/context.ts';
import { AppError } from '../../app/errors.ts';
import { resolveApiToken, resolveSession } from '../../app/auth/sessions.ts';
import { sameSecret } from '../../app/auth/secrets.ts';

export const SESSION_COOKIE = 'orrery_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionSecret: string | null;
  }
  interface FastifyContextConfig {
    public?: boolean;
    /** A read-only feed that may be authenticated with `?token=<API token>` (calendar clients). */
    feedToken?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function authenticate(deps: AppDeps, request: FastifyRequest): Promise<void> {
  const header = request.headers.authorization;
  if (header) {
    const [scheme, token] = header.split(' ');
    const actor = scheme?.toLowerCase() === 'bearer' && token ? await resolveApiToken(deps, token) : undefined;
    if (!actor) throw new AppError('unauthenticated', 'The API token is unknown, expired or revoked. Create a new one with `orrery token create` or in your profile.');
    request.actor = actor;
    return;
  }
  const queryToken = request.routeOptions.config.feedToken ? (request.query as { token?: unknown } | undefined)?.token : undefined;
  if (typeof queryToken === 'string') {
    const actor = await resolveApiToken(deps, queryToken);
    if (!actor) throw new AppError('unauthenticated', 'The token in the feed URL is unknown, expired or revoked. Create a new API token in your profile and subscribe again with ?token=<it>.');
    request.actor = actor;
    return;
  }
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret) return;
  const session = await resolveSession(deps, secret);
  if (!session) return;
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
      throw new AppError('csrf_failed', `Writes from a browser session need the ${CSRF_HEADER} header with the csrfToken from login or GET /api/v1/auth/me.`);
    }
  }
  request.actor = session.actor;
  request.sessionSecret = secret;
}

export const authPlugin = fp(async (app: FastifyInstance, opts: { deps: AppDeps }) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionSecret', null);
  app.addHook('preHandler', async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.url.startsWith('/api/v1/')) return;
    await authenticate(opts.deps, request);
    if (!request.actor && !request.routeOptions.config.public) {
      throw new AppError('unauthenticated', 'Sign in first: POST /api/v1/auth/login, or send Authorization: Bearer <API token>.');
    }
  });
});

/** The use-case context of an authenticated request. */
export function contextOf(deps: AppDeps, request: FastifyRequest): AppContext {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in first.');
  return { ...deps, actor: request.actor };
}

/** The version named by If-Match: `"3"`, `W/"3"` or `3`. Missing → 428; unreadable → 400-class. */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') {
    throw new AppError('precondition_required', 'Send If-Match with the version you edited (the ETag from your last read), so Orrery can tell whether someone else changed it meanwhile.');
  }
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(header).trim());
  if (!match) {
    throw new AppError('invalid_if_match', `If-Match must be the ETag Orrery returned, like "3" (got ${String(header)}).`, {
      errors: [{ path: 'If-Match', message: 'not a version' }],
    });
  }
  return Number(match[1]);
}

/** Sets the ETag of a versioned value and returns it, for `return withEtag(reply, value)`. */
export function withEtag<T extends { version: number }>(reply: FastifyReply, value: T): T {
  reply.header('etag', `"${value.version}"`);
  return value;
}

/** A 201 answer for a new record: its ETag and where to find it (Location). */
export function created<T extends { id: string; version: number }>(reply: FastifyReply, collection: string, value: T): FastifyReply {
  reply.header('location', `${collection}/${value.id}`);
  return reply.code(201).send(withEtag(reply, value));
}
