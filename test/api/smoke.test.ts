import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { DIALECTS, freshDatabase, type TestDatabase } from '../helpers/databases.ts';
import { castOfPeople, type Cast } from '../helpers/fixtures.ts';
import { call, testApp } from '../helpers/api.ts';

describe.each(DIALECTS)('smoke on %s', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let cast: Cast;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
    ({ app } = await testApp(database));
    cast = await castOfPeople({ db: database.db, dialect, clock: { now: () => new Date() } });
  });
  afterAll(async () => {
    await app.close();
    await database.destroy();
  });

  it('creates a portfolio and a project', async () => {
    const pf = await call(app, 'POST', '/api/v1/portfolios', { token: cast.pmo.token, body: { name: 'Digital' } });
    console.log(pf.statusCode, pf.body);
    const pr = await call(app, 'POST', '/api/v1/projects', { token: cast.pmo.token, body: { name: 'CRM', portfolioId: pf.json().id, tags: ['cloud'], budget: { amountMinor: 100, currency: 'EUR' } } });
    console.log(pr.statusCode, pr.body, pr.headers.etag);
    const list = await call(app, 'GET', '/api/v1/projects?sort=-priority', { token: cast.executive.token });
    console.log(list.statusCode, list.body);
    const bad = await call(app, 'POST', '/api/v1/projects', { token: cast.pmo.token, body: { name: '', portfolioId: 'x', foo: 1 } });
    console.log(bad.statusCode, bad.body);
    const oa = await call(app, 'GET', '/api/openapi.json');
    console.log(oa.statusCode, oa.body.slice(0, 300));
    expect(pr.statusCode).toBe(201);
  });
});
