// Every route × every role → allowed or denied, on both databases. Allowed changes write an audit
// event by that person (one per record changed); denied ones change nothing.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { CASES, ROLES } from '../helpers/route-cases.ts';

describe.each(DIALECTS)('route × role access on %s', (dialect) => {
  const s = apiSuite(dialect);

  const auditCount = async (actorId: string) =>
    Number((await s.database.db.selectFrom('auditEvents').select((eb) => eb.fn.countAll<number>().as('n')).where('actorId', '=', actorId).executeTakeFirstOrThrow()).n);

  const rows = CASES.flatMap((c) => ROLES.map((role) => ({ ...c, role, allowedHere: c.allowed.includes(role) })));
  it.each(rows)('$route as $role → allowed: $allowedHere', async ({ request, role, allowedHere, mutates, audits }) => {
    const person = s.cast[role];
    const req = await request(s, role);
    const before = await auditCount(person.user.id);
    const res = await call(s.app, req.method, req.url, { token: person.token, body: req.body, ...(req.ifMatch !== undefined && { ifMatch: req.ifMatch }) });
    if (allowedHere) {
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(200);
      expect(res.statusCode, res.body).toBeLessThan(300);
    } else {
      expect([403, 404], res.body).toContain(res.statusCode);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const after = await auditCount(person.user.id);
    if (mutates && allowedHere) expect(after).toBe(before + (audits ?? 1));
    else expect(after).toBe(before);
  });

  it('covers every API operation of the OpenAPI document', async () => {
    const doc = (await call(s.app, 'GET', '/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/v1/') && !path.startsWith('/api/v1/auth/log'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    expect(CASES.map((c) => c.route).sort()).toEqual(documented.sort());
  });

  it('rejects every private route without credentials', async () => {
    for (const c of CASES) {
      const req = await c.request(s, 'admin');
      const res = await call(s.app, req.method, req.url, { body: req.body, ...(req.ifMatch !== undefined && { ifMatch: req.ifMatch }) });
      expect(res.statusCode, `${c.route}: ${res.body}`).toBe(401);
      expect(res.json().code).toBe('unauthenticated');
    }
  });
});
