// Sign-in, sign-out and "who am I" for the web app; personal API tokens for scripts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiTokenCreate, ApiTokenCreated, ApiTokenList, LoginRequest, PasswordChange, Session } from '../../contracts/user.schema.ts';
import { IdParams, Ok } from '../../contracts/common.schema.ts';
import type { AppDeps } from '../../app/context.ts';
import { login, logout, resolveSession, SESSION_TTL_MS } from '../../app/auth/sessions.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../app/auth/api-tokens.ts';
import { changeOwnPassword } from '../../app/auth/change-password.ts';
import { getUser } from '../../app/users/users.ts';
import { SESSION_COOKIE, contextOf } from '../plugins/auth.ts';
import { changeProblems, createProblems, listProblems, readProblems, typed } from './route-kit.ts';

const cookieOptions = (request: FastifyRequest) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: request.protocol === 'https',
  maxAge: Math.floor(SESSION_TTL_MS / 1000),
});

export function authRoutes(app: FastifyInstance, deps: AppDeps, opts: { loginAttemptsPerMinute: number }): void {
  const r = typed(app);
  r.post('/api/v1/auth/login', {
    config: { public: true, rateLimit: { max: opts.loginAttemptsPerMinute, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'],
      summary: 'Sign in with e-mail and password; sets the session cookie',
      body: LoginRequest,
      response: { 200: Session, ...readProblems, 429: readProblems[400] },
      security: [],
    },
    handler: async (request, reply) => {
      const result = await login(deps, request.body.email, request.body.password);
      reply.setCookie(SESSION_COOKIE, result.sessionSecret, cookieOptions(request));
      return { user: result.user, csrfToken: result.csrfToken };
    },
  });

  r.post('/api/v1/auth/logout', {
    config: { public: true },
    schema: { tags: ['auth'], summary: 'Sign out: ends the session', response: { 200: Ok, ...listProblems } },
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.sessionSecret) await logout(deps, request.sessionSecret);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });

  r.get('/api/v1/auth/me', {
    schema: { tags: ['auth'], summary: 'The signed-in user, and the CSRF token for browser writes', response: { 200: Session, ...readProblems } },
    handler: async (request) => {
      const ctx = contextOf(deps, request);
      const session = request.sessionSecret ? await resolveSession(deps, request.sessionSecret) : undefined;
      return { user: await getUser(ctx, ctx.actor.userId), csrfToken: session?.csrfToken ?? null };
    },
  });

  r.post('/api/v1/auth/password', {
    schema: { tags: ['auth'], summary: 'Change my password (needs the current one); ends my other sessions', body: PasswordChange, response: { 200: Ok, ...changeProblems } },
    handler: async (request) => {
      await changeOwnPassword(contextOf(deps, request), request.body, request.sessionSecret);
      return { ok: true as const };
    },
  });

  r.get('/api/v1/auth/tokens', {
    schema: { tags: ['auth'], summary: 'My personal API tokens (never the secrets)', response: { 200: ApiTokenList, ...listProblems } },
    handler: async (request) => ({ items: await listApiTokens(contextOf(deps, request)) }),
  });

  r.post('/api/v1/auth/tokens', {
    schema: {
      tags: ['auth'],
      summary: 'Create a personal API token; the secret is shown only in this response',
      body: ApiTokenCreate,
      response: { 201: ApiTokenCreated, ...createProblems },
    },
    handler: async (request, reply) => {
      const created = await createApiToken(contextOf(deps, request), request.body);
      return reply.code(201).send(created);
    },
  });

  r.delete('/api/v1/auth/tokens/:id', {
    schema: { tags: ['auth'], summary: 'Revoke one of my API tokens', params: IdParams, response: { 204: z.undefined(), ...readProblems } },
    handler: async (request, reply) => {
      await revokeApiToken(contextOf(deps, request), request.params.id);
      return reply.code(204).send();
    },
  });
}
