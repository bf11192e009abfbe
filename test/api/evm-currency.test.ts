// Actual cost in other currencies through the API on both databases. Labour priced at a rate in
// another currency converts at the exchange rate of the day it was worked, whether a project's page
// reads it day by day or the portfolio roll-up reads the day and month sums, so both give the same
// AC; and money with no exchange rate on its day leaves its project out of the roll-up (named,
// with what to do), never failing the roll-up, the dashboard or a status report.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { systemContext } from '../helpers/register-fixtures.ts';
import { fence } from '../helpers/evm-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';

type Who = 'pmo' | 'manager' | 'contributor' | 'member';
type Line = { projectId: string; projectCode: string; amounts: { ac: number }; notAssessed: string | null };

describe.each(DIALECTS)('actual cost across currencies on %s', (dialect) => {
  const s = apiSuite(dialect);
  const send = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, who: Who, body?: unknown, ifMatch?: number, status = 200) => {
    const res = await call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  /** `who` books minutes on the sides of a fence in the week from `monday`, and the manager approves the sheet. */
  const bookAndApprove = async (who: 'contributor' | 'member', f: Awaited<ReturnType<typeof fence>>, monday: string, days: Array<[side: number, minutes: number[]]>) => {
    await setProjectMember(systemContext(s.deps), f.project.id, s.cast[who].user.id, 'contributor');
    const rows = days.map(([side, minutes]) => ({ projectId: f.project.id, taskId: f.sides[side - 1]!, overtime: false, minutes: [...minutes, 0, 0, 0, 0, 0, 0, 0].slice(0, 7) }));
    const saved = await send('PUT', `/api/v1/me/timesheets/${monday}`, who, { rows }, 0);
    const submitted = await send('POST', `/api/v1/timesheets/${saved.id}/submit`, who, {}, saved.version);
    await send('POST', `/api/v1/timesheets/${saved.id}/decision`, 'manager', { decision: 'approve', comment: '' }, submitted.version);
  };
  const lineOf = (r: { projects: Line[] }, projectId: string) => r.projects.find((p) => p.projectId === projectId)!;

  it('converts labour priced in another currency at each day’s rate, on the project’s page and in the roll-up alike', async () => {
    const portfolio = await send('POST', '/api/v1/portfolios', 'pmo', { name: 'US labour' }, undefined, 201);
    const f = await fence(s.deps, portfolio.id, s.cast.manager.user.id, 'Fence built by a US crew');
    await send('POST', '/api/v1/rates', 'pmo', { userId: s.cast.contributor.user.id, effectiveFrom: '2027-01-01', standard: { amountMinor: 10_000, currency: 'USD' } }, undefined, 201);
    await send('POST', '/api/v1/exchange-rates', 'pmo', { currency: 'USD', effectiveFrom: '2027-01-01', rate: '0.9' }, undefined, 201);
    await send('POST', '/api/v1/exchange-rates', 'pmo', { currency: 'USD', effectiveFrom: '2027-03-02', rate: '0.8' }, undefined, 201);
    // Monday 4 h (400.00 USD at 0.9 = 360.00 EUR), Tuesday 2 h (200.00 USD at 0.8 = 160.00 EUR).
    await bookAndApprove('contributor', f, '2027-03-01', [[1, [240]], [2, [0, 120]]]);

    const page = await send('GET', `/api/v1/projects/${f.project.id}/evm?statusDate=2027-03-03&period=day`, 'manager');
    expect(page.amounts.ac).toBe(52_000);
    expect(page.tasks.slice(0, 2).map((t: { amounts: { ac: number } }) => t.amounts.ac)).toEqual([36_000, 16_000]);
    // The roll-up reads the day sums (status date in the month worked) and the month sums (a later month): the same AC, not 600.00 USD at the status date's 0.8.
    for (const statusDate of ['2027-03-03', '2027-04-15']) {
      const rolled = await send('GET', `/api/v1/evm/portfolio?portfolioId=${portfolio.id}&statusDate=${statusDate}`, 'pmo');
      expect(lineOf(rolled, f.project.id).amounts.ac, statusDate).toBe(52_000);
      expect(rolled.total.amounts.ac).toBe(52_000);
    }
    const financials = await send('GET', `/api/v1/projects/${f.project.id}/financials?asOf=2027-03-31`, 'manager');
    expect(financials.actual.labourFromTimesheetsMinor).toBe(52_000);
  });

  it('leaves a project whose money has no exchange rate out of the roll-up, naming it, while the rest still counts', async () => {
    const portfolio = await send('POST', '/api/v1/portfolios', 'pmo', { name: 'Swiss labour' }, undefined, 201);
    // Last March, so the dashboard and status reports (as of today) count the hours.
    const swiss = await fence(s.deps, portfolio.id, s.cast.manager.user.id, 'Fence built by a Swiss crew', 'EUR', '2026-03-02');
    const local = await fence(s.deps, portfolio.id, s.cast.manager.user.id, 'Fence built locally', 'EUR', '2026-03-02');
    await send('POST', '/api/v1/rates', 'pmo', { userId: s.cast.member.user.id, effectiveFrom: '2026-01-01', standard: { amountMinor: 12_000, currency: 'CHF' } }, undefined, 201);
    await bookAndApprove('member', swiss, '2026-03-02', [[1, [480]]]);
    for (const f of [swiss, local]) await f.progress(1, 100);
    await local.spend(1, '2026-03-02', 90_000);
    const reason = 'No CHF → EUR exchange rate is in force on 2026-03-02. The PMO adds one under Exchange rates (from 2026-03-02 or earlier).';

    const rolled = await send('GET', `/api/v1/evm/portfolio?portfolioId=${portfolio.id}`, 'pmo');
    expect(rolled.notConverted).toEqual([{ projectCode: swiss.project.code, currency: 'CHF', reason: `Its actual cost cannot be converted to EUR: ${reason}` }]);
    expect(lineOf(rolled, swiss.project.id).notAssessed).toBe(`The actual cost of ${swiss.project.code} cannot be converted to EUR: ${reason}`);
    expect(rolled.total.amounts).toMatchObject({ bac: 400_000, ev: 100_000, ac: 90_000 });

    // The dashboard still answers: the Swiss fence has no forecast (it counts at its budget), the local one has.
    const dashboard = await send('GET', `/api/v1/dashboard/portfolio?portfolioId=${portfolio.id}`, 'pmo');
    const eur = dashboard.budget.totals.find((t: { currency: string }) => t.currency === 'EUR');
    const forecastOf = (id: string) => eur.projects.find((p: { id: string }) => p.id === id).forecastMinor;
    expect([forecastOf(swiss.project.id), forecastOf(local.project.id)]).toEqual([null, 360_000]);

    // A status report of the Swiss fence still starts; its cost is not assessed rather than guessed.
    const report = await send('POST', `/api/v1/projects/${swiss.project.id}/status-reports`, 'manager', {}, undefined, 201);
    expect(report.figures.cost.forecast).toBeNull();
    expect(report.rag.dimensions.find((d: { key: string }) => d.key === 'cost').computed).toBe('grey');

    // The project's own page says what is missing and how to fix it.
    const refused = await call(s.app, 'GET', `/api/v1/projects/${swiss.project.id}/evm`, { token: s.cast.manager.token });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toBe(`The actual cost of ${swiss.project.code} cannot be converted to EUR: ${reason}`);

    // With a rate from that day the project counts again: 8 h at 120.00 CHF × 0.95.
    await send('POST', '/api/v1/exchange-rates', 'pmo', { currency: 'CHF', effectiveFrom: '2026-03-01', rate: '0.95' }, undefined, 201);
    const again = await send('GET', `/api/v1/evm/portfolio?portfolioId=${portfolio.id}`, 'pmo');
    expect(again.notConverted).toEqual([]);
    expect(lineOf(again, swiss.project.id)).toMatchObject({ notAssessed: null, amounts: { ac: 91_200 } });
    expect(again.total.amounts.ac).toBe(90_000 + 91_200);
  });
});
