// Earned value through the API on both databases, from what people record: the published fence
// example (four sides of 1,000 EUR, one a day; at the end of day 3 two are done and one half done,
// having cost 2,800) rebuilt as a schedule with task costs, baseline 0, percent complete and
// expenses must give the book's PV, EV, AC, CPI, SPI, EAC and earned schedule; approved timesheet
// hours then add labour at the person's rate of the day (re-priced when the rate comes later),
// overtime hours at the overtime rate;
// and the portfolio totals convert other currencies at the status date's rate.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { fence } from '../helpers/evm-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';

type Who = 'pmo' | 'manager' | 'contributor' | 'member' | 'outsider';
type CurvePoint = { periodEnd: string; pv: number; ac: number | null; ev: number | null; forecast: number | null; cpi: number | null; spi: number | null };

describe.each(DIALECTS)('earned value on %s', (dialect) => {
  const s = apiSuite(dialect);
  const send = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, who: Who, body?: unknown, ifMatch?: number, status = 200) => {
    const res = await call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const evm = (projectId: string, query = 'statusDate=2027-03-03&period=day') => send('GET', `/api/v1/projects/${projectId}/evm?${query}`, 'manager');

  it('gives the fence example’s published figures from a schedule with task costs, baseline 0, progress and invoices', async () => {
    const f = await fence(s.deps, s.reg.portfolioId, s.cast.manager.user.id, 'Fence');
    await f.asPublished();
    const r = await evm(f.project.id);
    expect(r).toMatchObject({ currency: 'EUR', notAssessed: null, amounts: { bac: 400_000, pv: 300_000, ev: 250_000, ac: 280_000 }, unassignedAc: 0, unpricedMinutes: 0 });
    expect(r.indices).toMatchObject({ cv: -30_000, sv: -50_000, eac: 448_000, etc: 168_000, vac: -48_000 });
    expect(r.indices.cpi).toBeCloseTo(0.893, 3);
    expect(r.indices.spi).toBeCloseTo(0.833, 3);
    expect(r.indices.tcpiToBac).toBeCloseTo(1.25, 4);
    expect(r.schedule).toMatchObject({ period: 'day', es: 2.5, at: 3, svT: -0.5, pd: 4, forecastFinish: '2027-03-05' });
    expect(r.schedule.spiT).toBeCloseTo(0.8333, 4);
    expect(r.schedule.ieacT).toBeCloseTo(4.8, 6);
    expect(r.tasks.map((t: { name: string; amounts: { ev: number } }) => [t.name, t.amounts.ev])).toEqual([['Side 1', 100_000], ['Side 2', 100_000], ['Side 3', 50_000], ['Side 4', 0]]);
    // Each task has its own variances, estimates and to-complete indices: the half-done third side cost 600 for 500 earned.
    const side3 = r.tasks[2];
    expect(side3).toMatchObject({ percentComplete: 50, progressAsOf: new Date().toISOString().slice(0, 10), indices: { cv: -10_000, sv: -50_000, eac: 120_000, etc: 60_000, vac: -20_000 } });
    expect(side3.indices.cpi).toBeCloseTo(50 / 60, 6);
    expect(side3.indices.spi).toBe(0.5);
    expect(side3.indices.tcpiToBac).toBeCloseTo(1.25, 6);
    expect(side3.indices.tcpiToEac).toBeCloseTo(50 / 60, 6);
    // The curve runs on to the forecast finish (Friday): PV stays at BAC, the forecast reaches EAC.
    expect(r.curve.map((p: CurvePoint) => [p.periodEnd, p.pv, p.ac, p.forecast])).toEqual([
      ['2027-03-01', 100_000, 100_000, null],
      ['2027-03-02', 200_000, 220_000, null],
      ['2027-03-03', 300_000, 280_000, 280_000],
      ['2027-03-04', 400_000, null, 373_333],
      ['2027-03-05', 400_000, null, 448_000],
    ]);
    // The outsider may not read it; a project without a baseline says what to do.
    expect((await call(s.app, 'GET', `/api/v1/projects/${f.project.id}/evm`, { token: s.cast.outsider.token })).statusCode).toBe(404);
    const bare = await makeProject(s.deps, { name: 'No plan', portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id });
    expect((await evm(bare.id)).notAssessed).toBe(`${bare.code} has no baseline 0: save the schedule's baseline (with task costs) to measure earned value against it.`);
  });

  it('keeps each day’s earned value: the S-curve shows EV day by day, and a past status date uses the EV recorded then', async () => {
    // The fence of last March, progressed on the days themselves (the app's clock says when).
    let now = '2026-02-20T09:00:00Z';
    const deps = { ...s.deps, clock: { now: () => new Date(now) } };
    const f = await fence(deps, s.reg.portfolioId, s.cast.manager.user.id, 'Fence with a history', 'EUR', '2026-03-02');
    now = '2026-03-02T15:00:00Z';
    await f.progress(1, 100);
    now = '2026-03-03T09:00:00Z';
    await f.progress(2, 50);
    now = '2026-03-03T16:00:00Z';
    await f.progress(2, 100); // the day's last change stands
    now = '2026-03-04T16:00:00Z';
    await f.progress(3, 50);
    await f.spend(1, '2026-03-02', 100_000);
    await f.spend(2, '2026-03-03', 120_000);
    await f.spend(3, '2026-03-04', 60_000);
    // Today the third side is finished: that is today's EV, not the one of 4 March.
    now = new Date().toISOString();
    await f.progress(3, 100);

    const march4 = await evm(f.project.id, 'statusDate=2026-03-04&period=day');
    expect(march4).toMatchObject({ evRecordedOn: '2026-03-04', amounts: { bac: 400_000, pv: 300_000, ev: 250_000, ac: 280_000 }, indices: { eac: 448_000 } });
    expect(march4.schedule).toMatchObject({ es: 2.5, forecastFinish: '2026-03-06' });
    expect(march4.curve.map((p: CurvePoint) => [p.periodEnd, p.pv, p.ev, p.ac, p.forecast])).toEqual([
      ['2026-03-02', 100_000, 100_000, 100_000, null],
      ['2026-03-03', 200_000, 200_000, 220_000, null],
      ['2026-03-04', 300_000, 250_000, 280_000, 280_000],
      ['2026-03-05', 400_000, null, null, 373_333],
      ['2026-03-06', 400_000, null, null, 448_000],
    ]);
    expect(march4.curve.map((p: CurvePoint) => [p.cpi, p.spi])).toEqual([[1, 1], [200_000 / 220_000, 1], [250_000 / 280_000, 250_000 / 300_000], [null, null], [null, null]]);
    type Row = { percentComplete: number; progressAsOf: string; amounts: { ev: number }; indices: { cpi: number | null } };
    const progressOf = (r: { tasks: Row[] }) => r.tasks.map((t) => [t.percentComplete, t.amounts.ev, t.progressAsOf]);
    expect(progressOf(march4)).toEqual([[100, 100_000, '2026-03-04'], [100, 100_000, '2026-03-04'], [50, 50_000, '2026-03-04'], [0, 0, '2026-03-04']]);
    expect(march4.tasks[1].indices.cpi).toBeCloseTo(100 / 120, 6);
    // At the end of 3 March the figures are that day's: EV 2,000, not today's 3,000, and so are the tasks', which add up to it.
    const march3 = await evm(f.project.id, 'statusDate=2026-03-03&period=day');
    expect(march3).toMatchObject({ evRecordedOn: '2026-03-03', amounts: { pv: 200_000, ev: 200_000, ac: 220_000 } });
    expect(march3.indices.spi).toBe(1);
    expect(progressOf(march3)).toEqual([[100, 100_000, '2026-03-03'], [100, 100_000, '2026-03-03'], [0, 0, '2026-03-03'], [0, 0, '2026-03-03']]);
    expect(march3.tasks[2].indices.cpi).toBeNull(); // nothing spent on the third side by then
    // The portfolio at the end of 3 March reads that day's EV too.
    const rolled = await send('GET', `/api/v1/evm/portfolio?portfolioId=${s.reg.portfolioId}&statusDate=2026-03-03`, 'pmo');
    expect(rolled.projects.find((p: { projectId: string }) => p.projectId === f.project.id).amounts).toMatchObject({ pv: 200_000, ev: 200_000, ac: 220_000 });
    // Before anything was earned, nothing was; today, EV is today's progress.
    const march1 = await evm(f.project.id, 'statusDate=2026-03-01&period=day');
    expect(march1).toMatchObject({ evRecordedOn: '2026-02-20', amounts: { ev: 0 } });
    expect(progressOf(march1).map(([, ev, asOf]) => [ev, asOf])).toEqual(Array(4).fill([0, '2026-02-20']));
    const before = await evm(f.project.id, 'statusDate=2026-02-01&period=day');
    expect(progressOf(before).map(([, ev, asOf]) => [ev, asOf])).toEqual(Array(4).fill([0, '2026-02-01']));
    const today = new Date().toISOString().slice(0, 10);
    const live = await evm(f.project.id, 'period=day');
    expect(live).toMatchObject({ statusDate: new Date().toISOString().slice(0, 10), statusDateSource: 'today', evRecordedOn: null, amounts: { ev: 300_000 } });
    expect(progressOf(live)).toEqual([[100, 100_000, today], [100, 100_000, today], [100, 100_000, today], [0, 0, today]]);
    // A day recorded before tasks were kept shows the tasks at their progress now, and says so.
    await s.deps.db.updateTable('projectEvSnapshots').set({ tasksJson: null }).where('projectId', '=', f.project.id).where('day', '=', '2026-03-03').execute();
    expect(progressOf(await evm(f.project.id, 'statusDate=2026-03-03&period=day'))).toEqual(progressOf(live));
    expect(live.curve.filter((p: CurvePoint) => p.ev !== null).map((p: CurvePoint) => p.ev).slice(0, 4)).toEqual([100_000, 200_000, 250_000, 250_000]);
    // One record a day, each with the BAC it was measured against.
    const rows = await s.deps.db.selectFrom('projectEvSnapshots').select(['day', 'evMinor', 'bacMinor']).where('projectId', '=', f.project.id).orderBy('day').execute();
    expect(rows.map((r) => [r.day, Number(r.evMinor), Number(r.bacMinor)])).toEqual([
      ['2026-02-20', 0, 400_000],
      ['2026-03-02', 100_000, 400_000],
      ['2026-03-03', 200_000, 400_000],
      ['2026-03-04', 250_000, 400_000],
      [new Date().toISOString().slice(0, 10), 300_000, 400_000],
    ]);
  });


  it('defaults to the schedule’s status date, where the manager records progress, and says so', async () => {
    // The fence of last March, its progress recorded today as of the end of Wednesday 4 March.
    const f = await fence(s.deps, s.reg.portfolioId, s.cast.manager.user.id, 'Fence at a status date', 'EUR', '2026-03-02');
    const settings = (await send('GET', `/api/v1/projects/${f.project.id}/schedule`, 'manager')).settings;
    await send('PATCH', `/api/v1/projects/${f.project.id}/schedule/settings`, 'manager', { statusDate: '2026-03-04T17:00' }, settings.version);
    await f.progress(1, 100);
    await f.progress(2, 100);
    await f.progress(3, 50);
    await f.spend(3, '2026-03-05', 60_000);
    // Its day, with the progress recorded for it (today), and AC by its end (not Thursday's invoice).
    const atStatus = await evm(f.project.id, 'period=day');
    expect(atStatus).toMatchObject({ statusDate: '2026-03-04', statusDateSource: 'schedule', evRecordedOn: null, amounts: { pv: 300_000, ev: 250_000, ac: 0 } });
    // A status date asked for wins; at midnight the status date is the end of the day before.
    expect(await evm(f.project.id, 'statusDate=2026-03-03&period=day')).toMatchObject({ statusDate: '2026-03-03', statusDateSource: 'query' });
    const again = (await send('GET', `/api/v1/projects/${f.project.id}/schedule`, 'manager')).settings;
    await send('PATCH', `/api/v1/projects/${f.project.id}/schedule/settings`, 'manager', { statusDate: '2026-03-06T00:00' }, again.version);
    expect(await evm(f.project.id, 'period=day')).toMatchObject({ statusDate: '2026-03-05', statusDateSource: 'schedule', amounts: { ac: 60_000 } });
  });
  it('colours a status report’s cost by the forecast: earned value’s EAC once money is spent on the baseline, else the bottom-up forecast', async () => {
    // A fence built last March: by now every side was due; two are done, one half done, at a cost of 2,800.
    const past = await fence(s.deps, s.reg.portfolioId, s.cast.manager.user.id, 'Old fence', 'EUR', '2026-03-02');
    await past.progress(1, 100);
    await past.progress(2, 100);
    await past.progress(3, 50);
    const costOf = async (projectId: string) => {
      const report = await send('POST', `/api/v1/projects/${projectId}/status-reports`, 'manager', {}, undefined, 201);
      const { cpi: _cpi, spi: _spi, ...figures } = report.figures.cost;
      return { figures, computed: report.rag.dimensions.find((d: { key: string }) => d.key === 'cost').computed, report };
    };
    // Nothing spent yet: the bottom-up forecast (the unfinished share of the planned costs: 500 + 1,000) is within budget.
    expect(await costOf(past.project.id)).toMatchObject({ figures: { budget: { amountMinor: 400_000, currency: 'EUR' }, forecast: { amountMinor: 150_000, currency: 'EUR' } }, computed: 'green' });
    const again = await fence(s.deps, s.reg.portfolioId, s.cast.manager.user.id, 'Old fence, paid', 'EUR', '2026-03-02');
    await again.asPublished();
    // EAC = BAC / CPI = 4,000 / (2,500 / 2,800) = 4,480: 12 % over budget, red above 10 %.
    const paid = await costOf(again.project.id);
    expect(paid).toMatchObject({ figures: { budget: { amountMinor: 400_000, currency: 'EUR' }, forecast: { amountMinor: 448_000, currency: 'EUR' } }, computed: 'red' });
    // Submitted, the report freezes CPI and SPI, and the project's trend shows them.
    const written = await send('PATCH', `/api/v1/status-reports/${paid.report.id}`, 'manager', { summary: 'Over cost on the second side.' }, paid.report.version);
    await send('POST', `/api/v1/status-reports/${paid.report.id}/submit`, 'manager', { comment: '' }, written.version);
    const [point] = (await send('GET', `/api/v1/projects/${again.project.id}/status-trend`, 'manager')).points;
    expect(point.cpi).toBeCloseTo(2_500 / 2_800, 6);
    expect(point.spi).toBeCloseTo(2_500 / 4_000, 6);
    // The portfolio dashboard's budget against forecast uses the same EAC; the fence with nothing spent counts at its budget.
    const dashboard = await send('GET', `/api/v1/dashboard/portfolio?portfolioId=${s.reg.portfolioId}`, 'pmo');
    const eur = dashboard.budget.totals.find((t: { currency: string }) => t.currency === 'EUR');
    const forecastOf = (id: string) => eur.projects.find((p: { id: string }) => p.id === id).forecastMinor;
    expect([forecastOf(again.project.id), forecastOf(past.project.id)]).toEqual([448_000, null]);
    // Each project's CPI and SPI today where it has earned value: the paid fence 2,500 / 2,800 and 2,500 / 4,000; nothing spent on the other, so no CPI.
    const indicesOf = (id: string) => dashboard.projects.find((p: { id: string }) => p.id === id);
    expect(indicesOf(again.project.id).cpi).toBeCloseTo(2_500 / 2_800, 9);
    expect(indicesOf(again.project.id).spi).toBeCloseTo(2_500 / 4_000, 9);
    expect(indicesOf(past.project.id)).toMatchObject({ cpi: null, spi: 2_500 / 4_000 });
    expect(dashboard.budget.forecastNotAssessed).toMatch(/^\d+ of \d+ budgeted projects have no earned-value forecast yet/);
  });

  it('adds approved timesheet hours at the person’s rate of the day, and prices hours again when their rate comes later', async () => {
    const f = await fence(s.deps, s.reg.portfolioId, s.cast.manager.user.id, 'Fence with labour');
    await setProjectMember(systemContext(s.deps), f.project.id, s.cast.contributor.user.id, 'contributor');
    const row = (side: number, minutes: number[]) => ({ projectId: f.project.id, taskId: f.sides[side - 1]!, overtime: false, minutes: [...minutes, 0, 0, 0, 0].slice(0, 7) });
    const saved = await send('PUT', '/api/v1/me/timesheets/2027-03-01', 'contributor', { rows: [row(1, [240, 0, 0]), row(2, [0, 120, 0])] }, 0);
    const submitted = await send('POST', `/api/v1/timesheets/${saved.id}/submit`, 'contributor', {}, saved.version);
    await send('POST', `/api/v1/timesheets/${saved.id}/decision`, 'manager', { decision: 'approve', comment: '' }, submitted.version);
    const unpriced = await evm(f.project.id);
    expect([unpriced.amounts.ac, unpriced.unpricedMinutes]).toEqual([0, 360]);
    // The roll-up reads the day and month sums kept with the entries: the same figures.
    const rolledUp = async () => (await send('GET', `/api/v1/evm/portfolio?portfolioId=${s.reg.portfolioId}&statusDate=2027-03-03`, 'pmo')).projects.find((p: { projectId: string }) => p.projectId === f.project.id);
    expect(await rolledUp()).toMatchObject({ amounts: { ac: 0 }, unpricedMinutes: 360 });

    await send('POST', '/api/v1/rates', 'pmo', { userId: s.cast.contributor.user.id, effectiveFrom: '2027-03-02', standard: { amountMinor: 6_000, currency: 'EUR' } }, undefined, 201);
    const half = await evm(f.project.id);
    expect([half.amounts.ac, half.unpricedMinutes]).toEqual([12_000, 240]); // Tuesday's 2 h at 60.00; Monday has no rate yet
    await send('POST', '/api/v1/rates', 'pmo', { userId: s.cast.contributor.user.id, effectiveFrom: '2027-01-01', standard: { amountMinor: 5_000, currency: 'EUR' } }, undefined, 201);
    const priced = await evm(f.project.id);
    expect([priced.amounts.ac, priced.unpricedMinutes]).toEqual([32_000, 0]); // 4 h at 50.00 + 2 h at 60.00
    expect(await rolledUp()).toMatchObject({ amounts: { ac: 32_000 }, unpricedMinutes: 0 });
    expect(priced.tasks.slice(0, 2).map((t: { amounts: { ac: number } }) => t.amounts.ac)).toEqual([20_000, 12_000]);
    const financials = await send('GET', `/api/v1/projects/${f.project.id}/financials?asOf=2027-03-31`, 'manager');
    expect(financials.actual).toMatchObject({ labourFromTimesheetsMinor: 32_000, totalMinor: 32_000 });
  });

  it('costs approved overtime hours at the person’s overtime rate in actual cost', async () => {
    const f = await fence(s.deps, s.reg.portfolioId, s.cast.manager.user.id, 'Fence with overtime');
    await setProjectMember(systemContext(s.deps), f.project.id, s.cast.member.user.id, 'contributor');
    await send('POST', '/api/v1/rates', 'pmo', { userId: s.cast.member.user.id, effectiveFrom: '2027-01-01', standard: { amountMinor: 6_000, currency: 'EUR' }, overtime: { amountMinor: 9_000, currency: 'EUR' } }, undefined, 201);
    const row = (side: number, overtime: boolean, minutes: number[]) => ({ projectId: f.project.id, taskId: f.sides[side - 1]!, overtime, minutes: [...minutes, 0, 0, 0, 0].slice(0, 7) });
    // Monday: 8 h on side 1 and 2 h of overtime on it; Tuesday: 3 h of overtime on side 2.
    const saved = await send('PUT', '/api/v1/me/timesheets/2027-03-01', 'member', { rows: [row(1, false, [480, 0, 0]), row(1, true, [120, 0, 0]), row(2, true, [0, 180, 0])] }, 0);
    const submitted = await send('POST', `/api/v1/timesheets/${saved.id}/submit`, 'member', {}, saved.version);
    await send('POST', `/api/v1/timesheets/${saved.id}/decision`, 'manager', { decision: 'approve', comment: '' }, submitted.version);
    const r = await evm(f.project.id);
    // 8 h × 60.00 + 2 h × 90.00 on side 1; 3 h × 90.00 on side 2 — not 13 h at the standard 60.00 (780.00).
    expect(r.amounts.ac).toBe(48_000 + 18_000 + 27_000);
    expect(r.tasks.slice(0, 2).map((t: { amounts: { ac: number } }) => t.amounts.ac)).toEqual([66_000, 27_000]);
    const rolledUp = (await send('GET', `/api/v1/evm/portfolio?portfolioId=${s.reg.portfolioId}&statusDate=2027-03-03`, 'pmo')).projects.find((p: { projectId: string }) => p.projectId === f.project.id);
    expect(rolledUp.amounts.ac).toBe(93_000);
    const financials = await send('GET', `/api/v1/projects/${f.project.id}/financials?asOf=2027-03-31`, 'manager');
    expect(financials.actual.labourFromTimesheetsMinor).toBe(93_000);
  });

  it('rolls projects up into the base currency at the status date’s rate, and names those it cannot convert', async () => {
    const portfolio = await send('POST', '/api/v1/portfolios', 'pmo', { name: 'Fences abroad' }, undefined, 201);
    const eur = await fence(s.deps, portfolio.id, s.cast.manager.user.id, 'Fence EUR');
    const usd = await fence(s.deps, portfolio.id, s.cast.manager.user.id, 'Fence USD', 'USD');
    await fence(s.deps, portfolio.id, s.cast.manager.user.id, 'Fence CHF', 'CHF');
    for (const f of [eur, usd]) {
      await f.progress(1, 100);
      await f.spend(1, '2027-03-01', 110_000);
    }
    await send('POST', '/api/v1/exchange-rates', 'pmo', { currency: 'USD', effectiveFrom: '2027-01-01', rate: '0.9' }, undefined, 201);
    const r = await send('GET', `/api/v1/evm/portfolio?portfolioId=${portfolio.id}&statusDate=2027-03-03`, 'pmo');
    expect(r.baseCurrency).toBe('EUR');
    expect(r.projects.map((p: { projectName: string; currency: string; amounts: { ev: number; ac: number } }) => [p.projectName, p.currency, p.amounts.ev, p.amounts.ac])).toEqual([
      ['Fence EUR', 'EUR', 100_000, 110_000],
      ['Fence USD', 'USD', 100_000, 110_000],
      ['Fence CHF', 'CHF', 0, 0],
    ]);
    expect(r.notConverted).toEqual([{ projectCode: expect.any(String), currency: 'CHF', reason: 'No CHF → EUR exchange rate is in force on 2027-03-03. The PMO adds one under Exchange rates (from 2027-03-03 or earlier).' }]);
    expect(r.total.amounts).toEqual({ bac: 400_000 + 360_000, pv: 300_000 + 270_000, ev: 100_000 + 90_000, ac: 110_000 + 99_000, etcBottomUp: null });
    expect(r.total.indices.cpi).toBeCloseTo(190_000 / 209_000, 6);
  });
});
