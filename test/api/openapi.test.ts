// The OpenAPI document describes every route, and the web client's types are generated from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { generatedApiTypes, SCHEMA_FILE } from '../../scripts/gen-api-types.ts';

interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; summary?: string }>>;
  components: { schemas: Record<string, unknown> };
}

describe('OpenAPI', () => {
  const s = apiSuite('sqlite');

  it('serves an OpenAPI 3.1 document where every API operation has a summary and its error responses', async () => {
    const res = await call(s.app, 'GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as OpenApi;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Project', 'Portfolio', 'Program', 'Objective', 'User', 'Problem', 'AuditEvent']));
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));
    expect(operations.length).toBeGreaterThan(30);
    for (const { path, method, op } of operations.filter((o) => o.path.startsWith('/api/v1/'))) {
      expect(op.summary, `${method} ${path}`).toBeTruthy();
      if (path !== '/api/v1/auth/login' && path !== '/api/v1/auth/logout') expect(Object.keys(op.responses), `${method} ${path}`).toContain('401');
    }
  });

  it('serves the interactive docs at /api/docs', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/docs/' });
    expect([200, 302]).toContain(res.statusCode);
    const page = res.statusCode === 302 ? await s.app.inject({ method: 'GET', url: res.headers.location as string }) : res;
    expect(page.body).toContain('swagger');
  });

  it('has committed web client types that match the current API (run `npm run gen:api` when this fails)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await generatedApiTypes());
  });

  it('answers /healthz and /readyz', async () => {
    expect((await call(s.app, 'GET', '/healthz')).json()).toEqual({ status: 'ok' });
    expect((await call(s.app, 'GET', '/readyz')).json()).toEqual({ status: 'ready' });
  });
});
