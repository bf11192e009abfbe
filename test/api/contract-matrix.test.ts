// Every route × every kind of bad request, on both databases: unknown fields, malformed ids,
// unknown query parameters, missing and stale If-Match. Each is a 4xx problem and writes nothing.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { CASES } from '../helpers/route-cases.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

type Probe = 'unknown body field' | 'malformed id' | 'unknown query parameter' | 'missing If-Match' | 'stale If-Match';
const PROBES: Probe[] = ['unknown body field', 'malformed id', 'unknown query parameter', 'missing If-Match', 'stale If-Match'];

describe.each(DIALECTS)('request contract of every route on %s', (dialect) => {
  const s = apiSuite(dialect);

  const auditTotal = async () => Number((await s.database.db.selectFrom('auditEvents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  /** Which probes apply to a route, read from its method and path. */
  const applies = ({ route, versioned: declared }: { route: string; versioned?: boolean | undefined }, probe: Probe): boolean => {
    const [method, path] = route.split(' ') as [string, string];
    const versioned = declared ?? (method === 'PATCH' || /\/(archive|restore|withdraw)$/.test(path));
    switch (probe) {
      case 'unknown body field':
        return ['POST', 'PATCH', 'PUT'].includes(method) && !/\/(archive|restore|withdraw)$/.test(path);
      case 'malformed id':
        return path.includes('/:');
      case 'unknown query parameter':
        return method === 'GET' && !path.includes('/:') && !/\/(me|tokens)$/.test(path);
      case 'missing If-Match':
      case 'stale If-Match':
        return versioned;
    }
  };
  const rows = CASES.flatMap((c) => PROBES.filter((probe) => applies(c, probe)).map((probe) => ({ ...c, probe })));
  it.each(rows)('$route with $probe', async ({ request, probe }) => {
    const req = await request(s, 'admin');
    const token = s.cast.admin.token;
    let expected: { status: number; code: string };
    let res;
    const before = await auditTotal();
    switch (probe) {
      case 'unknown body field':
        res = await call(s.app, req.method, req.url, { token, body: { ...(req.body as object), surprise: 1 }, ...(req.ifMatch !== undefined && { ifMatch: req.ifMatch }) });
        expected = { status: 400, code: 'invalid_request' };
        break;
      case 'malformed id':
        res = await call(s.app, req.method, UUID.test(req.url) ? req.url.replace(UUID, 'not-a-uuid') : req.url.replace(/\/[^/?]+$/, '/Not-A-Key'), { token, body: req.body, ...(req.ifMatch !== undefined && { ifMatch: req.ifMatch }) });
        expected = { status: 400, code: 'invalid_request' };
        break;
      case 'unknown query parameter':
        res = await call(s.app, 'GET', `${req.url}?surprise=1`, { token });
        expected = { status: 400, code: 'invalid_request' };
        break;
      case 'missing If-Match':
        res = await call(s.app, req.method, req.url, { token, body: req.body });
        expected = { status: 428, code: 'precondition_required' };
        break;
      case 'stale If-Match':
        res = await call(s.app, req.method, req.url, { token, body: req.body, ifMatch: req.ifMatch! + 7 });
        expected = { status: 409, code: 'version_conflict' };
        break;
    }
    expect(res.statusCode, res.body).toBe(expected.status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe(expected.code);
    if (probe === 'stale If-Match') expect(res.json().currentVersion).toBe(req.ifMatch);
    expect(await auditTotal()).toBe(before);
  });
});
