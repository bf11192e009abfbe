// Accounts managed by administrators, and the people directory everyone uses.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';

describe.each(DIALECTS)('users on %s', (dialect) => {
  const s = apiSuite(dialect);
  const admin = () => s.cast.admin.token;

  it('creates an account that can sign in, and refuses a second account with the same e-mail', async () => {
    const body = { email: 'Ana.Ruiz@Example.org', name: 'Ana Ruiz', password: 'a very long password', orgRole: 'pmo' };
    const created = await call(s.app, 'POST', '/api/v1/users', { token: admin(), body });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ email: 'ana.ruiz@example.org', orgRole: 'pmo' });
    const login = await s.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'ana.ruiz@example.org', password: body.password } });
    expect(login.statusCode).toBe(200);
    const again = await call(s.app, 'POST', '/api/v1/users', { token: admin(), body });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe('email');
  });

  it('refuses short passwords and bad e-mails with field errors', async () => {
    const res = await call(s.app, 'POST', '/api/v1/users', { token: admin(), body: { email: 'not-an-email', name: 'X', password: 'short' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'password']);
  });

  it('changes a role and a password; the old password stops working', async () => {
    const u = s.cast.member.user;
    const res = await call(s.app, 'PATCH', `/api/v1/users/${u.id}`, { token: admin(), ifMatch: u.version, body: { orgRole: 'executive', password: 'the new long password' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ orgRole: 'executive', version: u.version + 1 });
    const old = await s.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.email, password: 'correct horse battery staple' } });
    expect(old.statusCode).toBe(401);
  });

  it('does not let an administrator lock themselves out', async () => {
    const me = s.cast.admin.user;
    const res = await call(s.app, 'PATCH', `/api/v1/users/${me.id}`, { token: admin(), ifMatch: me.version, body: { disabled: true } });
    expect(res.statusCode).toBe(422);
  });

  it('lists people for pickers without roles, and lets anyone read their own account', async () => {
    const people = await call(s.app, 'GET', '/api/v1/people?q=person', { token: s.cast.outsider.token });
    expect(people.statusCode).toBe(200);
    expect(people.json().items.length).toBeGreaterThan(3);
    expect(people.json().items[0]).toEqual({ id: expect.any(String), name: expect.any(String), email: expect.any(String) });
    const self = await call(s.app, 'GET', `/api/v1/users/${s.cast.outsider.user.id}`, { token: s.cast.outsider.token });
    expect(self.statusCode).toBe(200);
  });
});
