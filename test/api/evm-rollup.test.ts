// The portfolio's money through the API on both databases: earned value and budgets of fences in
// two portfolios, one with a program of a EUR and a USD fence and a fence in no program, rolled up
// per program (and "no program"), per portfolio and in total in the base currency — amounts summed,
// indices from the sums, earned schedule from the summed daily PV curves — and each project,
// program and portfolio judged against its budget (the approved budget revisions, else the
// register's), with open commitments, naming what could not be converted.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { fence } from '../helpers/evm-fixtures.ts';

type Who = 'pmo' | 'manager';
type Json = Record<string, any>;

describe.each(DIALECTS)('the portfolio’s money on %s', (dialect) => {
  const s = apiSuite(dialect);
  const send = async (method: 'GET' | 'POST', path: string, who: Who, body?: unknown, ifMatch?: number, status = 200): Promise<Json> => {
    const res = await call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
  const approve = async (projectId: string, body: object) => {
    const draft = await send('POST', `/api/v1/projects/${projectId}/budget/revisions`, 'manager', body, undefined, 201);
    await send('POST', `/api/v1/budget-revisions/${draft.id}/approve`, 'pmo', { comment: '' }, draft.version);
  };

  it('gives subtotals per program and portfolio with earned schedule, and says whether each is on budget', async () => {
    const first = await send('POST', '/api/v1/portfolios', 'pmo', { name: 'Gardens' }, undefined, 201);
    const second = await send('POST', '/api/v1/portfolios', 'pmo', { name: 'Parks' }, undefined, 201);
    const garden = await send('POST', '/api/v1/programs', 'pmo', { name: 'Garden fences', portfolioId: first.id }, undefined, 201);
    const park = await send('POST', '/api/v1/programs', 'pmo', { name: 'Park fences', portfolioId: second.id }, undefined, 201);
    const manager = s.cast.manager.user.id;
    const a = await fence(s.deps, first.id, manager, 'Front fence', 'EUR', '2027-03-01', { programId: garden.id });
    const b = await fence(s.deps, first.id, manager, 'Back fence', 'USD', '2027-03-01', { programId: garden.id });
    const c = await fence(s.deps, first.id, manager, 'Side fence', 'EUR');
    const d = await fence(s.deps, second.id, manager, 'Park fence', 'EUR', '2027-03-01', { programId: park.id });
    const e = await fence(s.deps, second.id, manager, 'Lake fence', 'CHF');
    // The published fence on A: two sides done and one half done for 1,000 + 1,200 + 600.
    await a.asPublished();
    for (const [f, cost] of [[b, 110_000], [d, 90_000]] as const) {
      await f.progress(1, 100);
      await f.spend(1, '2027-03-01', cost);
    }
    await send('POST', '/api/v1/exchange-rates', 'pmo', { currency: 'USD', effectiveFrom: '2027-01-01', rate: '0.9' }, undefined, 201);
    // A's budget: an approved original of 4,200 and an approved change of 300; an order of 500, 200 of it invoiced after the status date.
    await approve(a.project.id, { lines: [{ category: 'services', costType: 'opex', month: '2027-03', amount: eur(420_000) }] });
    await approve(a.project.id, { reason: 'A gate', lines: [{ category: 'services', costType: 'opex', month: '2027-03', amount: eur(30_000) }] });
    const order = await send('POST', `/api/v1/projects/${a.project.id}/purchase-orders`, 'manager', { number: 'PO-1', supplier: 'Gates Ltd', amount: eur(50_000), orderedOn: '2027-03-01', category: 'services' }, undefined, 201);
    await send('POST', `/api/v1/projects/${a.project.id}/expenses`, 'manager', { kind: 'invoice', incurredOn: '2027-03-04', amount: eur(20_000), category: 'services', supplier: 'Gates Ltd', purchaseOrderId: order.id }, undefined, 201);

    const r = await send('GET', '/api/v1/evm/portfolio?statusDate=2027-03-03', 'pmo');
    const line = (code: string) => r.projects.find((p: Json) => p.projectCode === code);
    // Each project judged against its budget: A's current budget (4,500) against its EAC of 4,480; B's register budget (4,000 USD) against 4,400 USD.
    expect(line(a.project.code).budget).toEqual({ approvedMinor: 420_000, currentMinor: 450_000, budgetMinor: 450_000, forecastMinor: 448_000, varianceMinor: 2_000, committedMinor: 30_000, standing: 'within' });
    expect(line(b.project.code).budget).toEqual({ approvedMinor: null, currentMinor: null, budgetMinor: 400_000, forecastMinor: 440_000, varianceMinor: -40_000, committedMinor: 0, standing: 'over' });
    expect(line(c.project.code).budget).toMatchObject({ budgetMinor: 400_000, forecastMinor: null, standing: 'not_assessed' });

    // The garden program: A + B in EUR (B at 0.9).
    const programs = r.programs.filter((g: Json) => g.portfolioId === first.id);
    expect(programs.map((g: Json) => [g.level, g.id, g.name, g.projectCodes])).toEqual([
      ['program', garden.id, 'Garden fences', [b.project.code, a.project.code].sort()],
      ['program', null, 'No program', [c.project.code]],
    ]);
    const [gardenFigures, inNoProgram] = programs;
    expect(gardenFigures.amounts).toEqual({ bac: 760_000, pv: 570_000, ev: 340_000, ac: 379_000, etcBottomUp: null });
    expect(gardenFigures.indices.cpi).toBeCloseTo(340 / 379, 9);
    expect(gardenFigures.indices.spi).toBeCloseTo(340 / 570, 9);
    // Earned schedule of the summed curve (1,900, 3,800, 5,700, 7,600 at the ends of 1–4 March): EV 3,400 was planned 1.79 days in.
    expect(gardenFigures.schedule).toMatchObject({ period: 'day', pd: 4, at: 3 });
    expect(gardenFigures.schedule.es).toBeCloseTo(1 + 150 / 190, 9);
    expect(gardenFigures.schedule.svT).toBeCloseTo(150 / 190 - 2, 9);
    expect(gardenFigures.schedule.spiT).toBeCloseTo((1 + 150 / 190) / 3, 9);
    expect(gardenFigures.schedule.ieacT).toBeCloseTo(4 / ((1 + 150 / 190) / 3), 9);
    expect(gardenFigures.schedule.forecastFinish).toBe('2027-03-07');
    expect(gardenFigures.budget).toEqual({ approvedMinor: 420_000, currentMinor: 450_000, budgetMinor: 810_000, forecastMinor: 844_000, varianceMinor: -34_000, committedMinor: 30_000, standing: 'over', overBudget: [b.project.code], withoutForecast: [], withoutBudget: [] });
    expect(inNoProgram.budget).toMatchObject({ budgetMinor: 400_000, forecastMinor: null, standing: 'not_assessed', withoutForecast: [c.project.code] });

    // The Gardens portfolio adds the side fence (counted at its budget for want of a forecast).
    const gardens = r.portfolios.find((g: Json) => g.id === first.id);
    expect(gardens).toMatchObject({ level: 'portfolio', name: 'Gardens', code: first.code, notConverted: [], amounts: { bac: 1_160_000, pv: 870_000, ev: 340_000, ac: 379_000 } });
    expect(gardens.schedule.es).toBeCloseTo(1 + 50 / 290, 9);
    expect(gardens.budget).toMatchObject({ budgetMinor: 1_210_000, forecastMinor: 1_244_000, varianceMinor: -34_000, standing: 'over', withoutForecast: [c.project.code] });

    // The Parks portfolio cannot convert the CHF fence: it is named, and left out of its sums and of the total.
    const parks = r.portfolios.find((g: Json) => g.id === second.id);
    expect(parks).toMatchObject({ projectCodes: [d.project.code, e.project.code].sort(), notConverted: [e.project.code], amounts: { bac: 400_000, ev: 100_000, ac: 90_000 }, budget: { budgetMinor: 400_000, forecastMinor: 360_000, standing: 'within' } });
    expect(r.programs.filter((g: Json) => g.portfolioId === second.id).map((g: Json) => [g.name, g.notConverted, g.schedule === null])).toEqual([['Park fences', [], false], ['No program', [e.project.code], true]]);
    expect(r.notConverted.map((n: Json) => [n.projectCode, n.currency])).toEqual([[e.project.code, 'CHF']]);
    expect(r.total.amounts).toMatchObject({ bac: 1_560_000, pv: 1_170_000, ev: 440_000, ac: 469_000 });
    expect(r.total.schedule).toMatchObject({ period: 'day', pd: 4, at: 3 });
    expect(r.total.budget).toMatchObject({ budgetMinor: 1_610_000, forecastMinor: 1_604_000, varianceMinor: 6_000, standing: 'within', overBudget: [b.project.code], withoutForecast: [c.project.code] });
    expect(r.total.budget.withoutBudget).toEqual([(await send('GET', `/api/v1/projects/${s.reg.projectId}`, 'pmo')).code]); // the register's CRM project has none

    // A program's roll-up: its subtotal is the total, and its portfolio holds only it.
    const only = await send('GET', `/api/v1/evm/portfolio?statusDate=2027-03-03&programId=${garden.id}`, 'pmo');
    expect(only.programs.map((g: Json) => g.id)).toEqual([garden.id]);
    expect(only.portfolios.map((g: Json) => [g.id, g.amounts])).toEqual([[first.id, gardenFigures.amounts]]);
    expect(only.total.amounts).toEqual(gardenFigures.amounts);
    expect(only.total.schedule).toEqual(gardenFigures.schedule);
  });
});
