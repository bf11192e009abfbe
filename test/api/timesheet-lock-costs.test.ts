// The locked period closes actual cost, on both databases: a week's hours approved at 50.00 an hour,
// then the PMO locks its first days; a rate added or corrected from before the lock re-prices only
// the days after it (the project's financials and the portfolio's day and month sums agree), and
// moving the lock back prices the reopened days at the rate in force.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { systemContext } from '../helpers/register-fixtures.ts';
import { fence } from '../helpers/evm-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';

type Who = 'pmo' | 'manager' | 'contributor';
type Json = Record<string, any>;

describe.each(DIALECTS)('timesheet lock and costs on %s', (dialect) => {
  const s = apiSuite(dialect);
  const send = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, who: Who, body?: unknown, ifMatch?: number, status = 200): Promise<Json> => {
    const res = await call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const lockThrough = async (lockedThrough: string | null) => {
    const current = await send('GET', '/api/v1/settings/timesheet-lock', 'pmo');
    return send('PUT', '/api/v1/settings/timesheet-lock', 'pmo', { lockedThrough }, current.version);
  };

  it('keeps the locked days’ actual cost when a rate changes, and prices them again once the PMO reopens them', async () => {
    const f = await fence(s.deps, s.reg.portfolioId, s.cast.manager.user.id, 'Fence with a month end');
    await setProjectMember(systemContext(s.deps), f.project.id, s.cast.contributor.user.id, 'contributor');
    const user = s.cast.contributor.user.id;
    await send('POST', '/api/v1/rates', 'pmo', { userId: user, effectiveFrom: '2027-01-01', standard: { amountMinor: 5_000, currency: 'EUR' } }, undefined, 201);
    // Monday 4 h on side 1 (to be locked), Wednesday 2 h on side 2 (after the lock).
    const row = (side: number, minutes: number[]) => ({ projectId: f.project.id, taskId: f.sides[side - 1]!, overtime: false, minutes: [...minutes, 0, 0, 0, 0, 0, 0, 0].slice(0, 7) });
    const saved = await send('PUT', '/api/v1/me/timesheets/2027-03-01', 'contributor', { rows: [row(1, [240]), row(2, [0, 0, 120])] }, 0);
    const submitted = await send('POST', `/api/v1/timesheets/${saved.id}/submit`, 'contributor', {}, saved.version);
    await send('POST', `/api/v1/timesheets/${saved.id}/decision`, 'manager', { decision: 'approve', comment: '' }, submitted.version);
    const labour = async () => (await send('GET', `/api/v1/projects/${f.project.id}/financials?asOf=2027-03-31`, 'manager')).actual.labourFromTimesheetsMinor;
    const rolledUp = async () => (await send('GET', `/api/v1/evm/portfolio?portfolioId=${s.reg.portfolioId}&statusDate=2027-03-31`, 'pmo')).projects.find((p: Json) => p.projectId === f.project.id).amounts.ac;
    expect(await labour()).toBe(30_000); // 6 h at 50.00

    await lockThrough('2027-03-02');
    try {
      const rise = await send('POST', '/api/v1/rates', 'pmo', { userId: user, effectiveFrom: '2027-02-01', standard: { amountMinor: 8_000, currency: 'EUR' } }, undefined, 201);
      expect(await labour()).toBe(36_000); // Monday stays 4 h at 50.00; Wednesday 2 h at 80.00
      const audit = await s.database.db.selectFrom('auditEvents').select('afterJson').where('entityType', '=', 'person_rate').where('entityId', '=', rise.id).executeTakeFirstOrThrow();
      expect(JSON.parse(audit.afterJson!)).toMatchObject({ effectiveFrom: '2027-02-01', repricedFrom: '2027-03-03' });
      const corrected = await send('PATCH', `/api/v1/rates/${rise.id}`, 'pmo', { standard: { amountMinor: 9_000, currency: 'EUR' } }, rise.version);
      expect(await labour()).toBe(38_000);
      expect(await rolledUp()).toBe(38_000);
      await send('DELETE', `/api/v1/rates/${corrected.id}`, 'pmo', undefined, corrected.version);
      expect(await labour()).toBe(30_000);
      await send('POST', '/api/v1/rates', 'pmo', { userId: user, effectiveFrom: '2027-02-01', standard: { amountMinor: 9_000, currency: 'EUR' } }, undefined, 201);
      expect(await labour()).toBe(38_000);
    } finally {
      await lockThrough(null);
    }
    expect(await labour()).toBe(54_000); // reopened: 6 h at 90.00
    expect(await rolledUp()).toBe(54_000);
  });
});
