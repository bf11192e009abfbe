// Bad input of every kind gets a clear 4xx problem, never a 500, and never a partial write.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';

describe.each(DIALECTS)('bad input on %s', (dialect) => {
  const s = apiSuite(dialect);
  const auth = () => ({ authorization: `Bearer ${s.cast.pmo.token}` });
  const projectCount = async () => Number((await s.database.db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  const expectProblem = (res: { statusCode: number; headers: Record<string, unknown>; json: () => Record<string, unknown> }, status: number, code: string) => {
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body).toMatchObject({ status, code, type: `urn:orrery:problem:${code}` });
    expect(typeof body.detail).toBe('string');
    expect((body.detail as string).length).toBeGreaterThan(10);
  };

  it('answers malformed JSON with 400 malformed_json', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/api/v1/projects', headers: { ...auth(), 'content-type': 'application/json' }, payload: '{"name": "x",' });
    expectProblem(res, 400, 'malformed_json');
  });

  it('answers an oversized body with 413 and stores nothing', async () => {
    const before = await projectCount();
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/v1/projects',
      headers: { ...auth(), 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'Huge', portfolioId: s.reg.portfolioId, description: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expectProblem(res, 413, 'payload_too_large');
    expect(await projectCount()).toBe(before);
  });

  it('answers a non-JSON body with 415', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/api/v1/projects', headers: { ...auth(), 'content-type': 'text/plain' }, payload: 'name=x' });
    expectProblem(res, 415, 'unsupported_media_type');
  });

  it('answers wrong types and unknown fields with 400 naming each field', async () => {
    const res = await call(s.app, 'POST', '/api/v1/projects', { token: s.cast.pmo.token, body: { name: 42, portfolioId: s.reg.portfolioId, tags: 'a,b', surprise: true } });
    expectProblem(res, 400, 'invalid_request');
    const paths = (res.json().errors as Array<{ path: string }>).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'tags', '(body)']));
    expect(res.json().detail).toContain('surprise');
  });

  it('answers a body that is not an object with 400', async () => {
    const res = await call(s.app, 'POST', '/api/v1/projects', { token: s.cast.pmo.token, body: [1, 2, 3] });
    expectProblem(res, 400, 'invalid_request');
  });

  it('writes nothing when a create fails half-way (a bad objective after good fields)', async () => {
    const before = await projectCount();
    const res = await call(s.app, 'POST', '/api/v1/projects', {
      token: s.cast.pmo.token,
      body: { name: 'Half', portfolioId: s.reg.portfolioId, tags: ['x'], objectiveIds: [s.reg.objectiveId, '01900000-0000-7000-8000-000000000000'] },
    });
    expectProblem(res, 422, 'invalid_reference');
    expect(await projectCount()).toBe(before);
    const tags = await s.database.db.selectFrom('projectTags').selectAll().where('tag', '=', 'x').execute();
    expect(tags).toHaveLength(0);
  });

  it('answers unknown API routes with a 404 problem', async () => {
    expectProblem(await call(s.app, 'GET', '/api/v1/nothing-here', { token: s.cast.pmo.token }), 404, 'route_not_found');
    expectProblem(await call(s.app, 'DELETE', '/api/v1/projects', { token: s.cast.pmo.token }), 404, 'route_not_found');
  });

  it('answers a missing asset with 404, never with the app page in its place', async () => {
    const res = await call(s.app, 'GET', '/assets/index-old.js');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).not.toContain('text/html');
  });

  it('explains how to build the web app when it is missing', async () => {
    const res = await call(s.app, 'GET', '/projects/some/page');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('npm run build');
  });
});
