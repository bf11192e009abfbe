// Sign-in with a session cookie and CSRF protection, API tokens, disabled accounts, rate limits
// and security headers.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { PASSWORD } from '../helpers/fixtures.ts';

describe.each(DIALECTS)('authentication on %s', (dialect) => {
  const s = apiSuite(dialect, { loginAttemptsPerMinute: 20 });

  const login = async (email: string, password = PASSWORD, headers: Record<string, string> = {}) =>
    s.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, headers });

  it('signs in with a HttpOnly SameSite session cookie, and the cookie reads but cannot write without the CSRF token', async () => {
    const res = await login('PMO@example.org');
    expect(res.statusCode, res.body).toBe(200);
    const { user, csrfToken } = res.json();
    expect(user).toMatchObject({ email: 'pmo@example.org', orgRole: 'pmo' });
    expect(user).not.toHaveProperty('passwordHash');
    const cookie = res.cookies.find((c) => c.name === 'orrery_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    const headers = { cookie: `orrery_session=${cookie.value}` };

    const me = await call(s.app, 'GET', '/api/v1/auth/me', { headers });
    expect(me.json()).toMatchObject({ user: { id: user.id }, csrfToken });

    const body = { name: 'Via browser' };
    const noCsrf = await call(s.app, 'POST', '/api/v1/portfolios', { headers, body });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('csrf_failed');
    const wrongCsrf = await call(s.app, 'POST', '/api/v1/portfolios', { headers: { ...headers, 'x-csrf-token': 'guess' }, body });
    expect(wrongCsrf.statusCode).toBe(403);
    const withCsrf = await call(s.app, 'POST', '/api/v1/portfolios', { headers: { ...headers, 'x-csrf-token': csrfToken }, body });
    expect(withCsrf.statusCode, withCsrf.body).toBe(201);

    const out = await call(s.app, 'POST', '/api/v1/auth/logout', { headers: { ...headers, 'x-csrf-token': csrfToken } });
    expect(out.statusCode).toBe(200);
    const after = await call(s.app, 'GET', '/api/v1/auth/me', { headers });
    expect(after.statusCode).toBe(401);
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const { buildApp } = await import('../../src/server/build-app.ts');
    const app = await buildApp({ trustProxy: true, logLevel: 'silent', bodyLimit: 1 << 20, loginAttemptsPerMinute: 100, webDir: '/nonexistent' }, s.deps);
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'pmo@example.org', password: PASSWORD }, headers: { 'x-forwarded-proto': 'https' } });
    expect(res.cookies.find((c) => c.name === 'orrery_session')!.secure).toBe(true);
    await app.close();
  });

  it('refuses wrong passwords, unknown e-mails and disabled accounts with the same message', async () => {
    const wrong = await login('pmo@example.org', 'not the password');
    const unknown = await login('nobody@example.org');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.cookies).toHaveLength(0);

    const target = s.cast.outsider.user;
    const disable = await call(s.app, 'PATCH', `/api/v1/users/${target.id}`, { token: s.cast.admin.token, ifMatch: target.version, body: { disabled: true } });
    expect(disable.statusCode, disable.body).toBe(200);
    expect((await login(target.email)).statusCode).toBe(401);
    const tokenAfter = await call(s.app, 'GET', '/api/v1/auth/me', { token: s.cast.outsider.token });
    expect(tokenAfter.statusCode).toBe(401);
  });

  it('creates API tokens shown once, stores only their hash, and revokes them', async () => {
    const created = await call(s.app, 'POST', '/api/v1/auth/tokens', { token: s.cast.member.token, body: { name: 'nightly export', expiresInDays: 30 } });
    expect(created.statusCode).toBe(201);
    const { token, id, prefix } = created.json();
    expect(token).toMatch(/^orr_/);
    expect(token.startsWith(prefix)).toBe(true);
    const stored = await s.database.db.selectFrom('apiTokens').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    expect((await call(s.app, 'GET', '/api/v1/auth/me', { token })).statusCode).toBe(200);
    const listed = await call(s.app, 'GET', '/api/v1/auth/tokens', { token });
    expect(listed.json().items.map((t: { id: string }) => t.id)).toContain(id);
    expect(listed.body).not.toContain(token);

    const other = await call(s.app, 'DELETE', `/api/v1/auth/tokens/${id}`, { token: s.cast.pmo.token });
    expect(other.statusCode).toBe(404);
    const revoked = await call(s.app, 'DELETE', `/api/v1/auth/tokens/${id}`, { token });
    expect(revoked.statusCode).toBe(204);
    expect((await call(s.app, 'GET', '/api/v1/auth/me', { token })).statusCode).toBe(401);
    expect((await call(s.app, 'GET', '/api/v1/auth/me', { token: 'orr_made-up' })).statusCode).toBe(401);
    expect((await call(s.app, 'GET', '/api/v1/auth/me', { headers: { authorization: 'Basic abc' } })).statusCode).toBe(401);
  });

  it('lets people change their own password, proving the current one; other sessions end', async () => {
    const email = s.cast.contributor.user.email;
    const first = await login(email);
    const second = await login(email);
    const session = (res: typeof first) => ({ cookie: `orrery_session=${res.cookies.find((c) => c.name === 'orrery_session')!.value}`, 'x-csrf-token': res.json().csrfToken });
    const wrong = await call(s.app, 'POST', '/api/v1/auth/password', { headers: session(first), body: { currentPassword: 'nope', newPassword: 'brand new long password' } });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].path).toBe('currentPassword');
    const ok = await call(s.app, 'POST', '/api/v1/auth/password', { headers: session(first), body: { currentPassword: PASSWORD, newPassword: 'brand new long password' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await call(s.app, 'GET', '/api/v1/auth/me', { headers: session(first) })).statusCode).toBe(200);
    expect((await call(s.app, 'GET', '/api/v1/auth/me', { headers: session(second) })).statusCode).toBe(401);
    expect((await login(email)).statusCode).toBe(401);
    expect((await login(email, 'brand new long password')).statusCode).toBe(200);
  });

  it('never writes secrets into the audit trail', async () => {
    const events = await s.database.db.selectFrom('auditEvents').select(['beforeJson', 'afterJson']).execute();
    const text = JSON.stringify(events);
    expect(text).not.toMatch(/passwordHash|tokenHash|\$argon2/);
  });

  it('rate-limits login attempts per address with a 429 problem', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await login('pmo@example.org', 'wrong', { 'x-forwarded-for': '10.9.9.9' })).statusCode);
    expect(statuses).toContain(429);
    const limited = await login('pmo@example.org');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('rate_limited');
  });

  it('sets security headers on API responses and pages', async () => {
    const res = await call(s.app, 'GET', '/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
    expect(res.headers['strict-transport-security']).toBeDefined();
  });
});
