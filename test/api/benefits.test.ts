// The benefits register through the API on both databases: money and other measures, better higher
// or lower, measurements moving realisation and status, refusals that say what to fix, who keeps
// benefits once the project has closed (the PMO and the benefit's owner, not its manager any more),
// the audit trail, and a portfolio's benefits planned against realised in the base currency with
// overdue measurements flagged.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { updateProject } from '../../src/app/projects/project-commands.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { createExchangeRate } from '../../src/app/rates/exchange-rates.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe.each(DIALECTS)('benefits on %s', (dialect) => {
  const s = apiSuite(dialect);
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, who: Who = 'manager', body?: unknown, ifMatch?: number) =>
    call(s.app, method, path, { token: s.cast[who].token, ...(body !== undefined && { body }), ...(ifMatch !== undefined && { ifMatch }) });
  const newProject = async (name: string, portfolioId = s.reg.portfolioId) => {
    const p = await makeProject(s.deps, { name, portfolioId, managerId: s.cast.manager.user.id });
    await setProjectMember(systemContext(s.deps), p.id, s.cast.contributor.user.id, 'contributor');
    return p;
  };
  const add = async (projectId: string, body: object, who: Who = 'manager') => {
    const res = await send('POST', `/api/v1/projects/${projectId}/benefits`, who, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const savings = { title: 'Lower licence cost', category: 'financial', measure: 'Annual licence cost', currency: 'EUR', direction: 'lower_is_better', baseline: 50_000_000, target: 40_000_000, expectedBy: day(300), plannedMeasurements: [day(100), day(200), day(300)] };
  const tickets = { title: 'Fewer support tickets', category: 'non_financial', measure: 'Tickets per month', unit: 'tickets/month', baseline: 400, target: 250, direction: 'lower_is_better', expectedBy: day(200) };

  it('tracks a benefit from baseline to target as measurements come in, with status and reasons', async () => {
    const p = await newProject('Licence consolidation');
    const b = await add(p.id, { ...savings, ownerId: s.cast.member.user.id });
    expect(b).toMatchObject({ code: expect.stringMatching(/^BEN-\d+$/), unit: 'EUR', realisationPct: null, status: 'on_track', reasons: ['Not measured yet; nothing due.'], nextMeasurement: day(100), ownerName: 'Member Person', editable: true });

    const first = await send('POST', `/api/v1/benefits/${b.id}/measurements`, 'manager', { measuredOn: day(-60), value: 48_000_000, note: 'After the first renewals' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ realisationPct: 20, status: 'on_track' });
    const second = (await send('POST', `/api/v1/benefits/${b.id}/measurements`, 'manager', { measuredOn: day(-1), value: 47_500_000 })).json();
    expect(second.status).toBe('at_risk');
    expect(second.reasons[0]).toMatch(/^On the trend of the last two measurements it reaches \d+(\.\d)? % by /);
    const overshoot = (await send('POST', `/api/v1/benefits/${b.id}/measurements`, 'manager', { measuredOn: day(0), value: 38_000_000 })).json();
    expect([overshoot.status, overshoot.realisationPct, overshoot.measurements.map((m: { realisationPct: number }) => m.realisationPct)]).toEqual(['realised', 120, [20, 25, 120]]);

    const wrong = overshoot.measurements[2];
    const undone = await send('DELETE', `/api/v1/benefits/${b.id}/measurements/${wrong.id}`, 'manager');
    expect([undone.statusCode, undone.json().realisationPct]).toEqual([200, 25]);

    const list = (await send('GET', `/api/v1/projects/${p.id}/benefits`, 'executive')).json();
    expect(list).toMatchObject({ currency: 'EUR', canAdd: false, totals: { benefits: 1, plannedMinor: 10_000_000, realisedMinor: 2_500_000, realisedPct: 25 } });
    expect(list.items[0].editable).toBe(false);

    const audit = (await send('GET', `/api/v1/audit-events?entityType=benefit_measurement`, 'admin')).json().items;
    expect(audit.filter((e: { action: string }) => e.action === 'create').length).toBeGreaterThanOrEqual(3);
    expect(audit.some((e: { action: string; entityId: string }) => e.action === 'delete' && e.entityId === wrong.id)).toBe(true);
  });

  it('refuses what makes no sense and says how to fix it', async () => {
    const p = await newProject('Refusals');
    const backwards = await send('POST', `/api/v1/projects/${p.id}/benefits`, 'manager', { ...tickets, target: 500 });
    expect([backwards.statusCode, backwards.json().detail]).toEqual([422, 'The target (500) is worse than the baseline (400) for a measure where lower is better: swap them, or change the direction.']);
    const noCurrency = await send('POST', `/api/v1/projects/${p.id}/benefits`, 'manager', { ...savings, currency: null });
    expect(noCurrency.statusCode).toBe(400);
    expect(JSON.stringify(noCurrency.json().errors)).toContain('currency');
    const cents = await send('POST', `/api/v1/projects/${p.id}/benefits`, 'manager', { ...savings, baseline: 10.5 });
    expect(cents.statusCode).toBe(400);
    const b = await add(p.id, tickets);
    const fraction = await send('POST', `/api/v1/benefits/${b.id}/measurements`, 'manager', { measuredOn: day(0), value: 333.5 });
    expect([fraction.statusCode, fraction.json().realisationPct]).toEqual([201, 44.333333333333336]);
    const flip = await send('PATCH', `/api/v1/benefits/${b.id}`, 'manager', { direction: 'higher_is_better' }, 1);
    expect(flip.statusCode).toBe(422);
    const stale = await send('PATCH', `/api/v1/benefits/${b.id}`, 'manager', { target: 200 }, 7);
    expect(stale.statusCode).toBe(409);
    const hold = await send('PATCH', `/api/v1/benefits/${b.id}`, 'manager', { target: 400 }, 1);
    expect([hold.statusCode, hold.json().realisationPct, hold.json().status]).toEqual([200, 100, 'realised']);
  });

  it('keeps a closed project’s benefits with the PMO and each benefit’s owner, not its manager', async () => {
    const p = await newProject('Closed soon');
    const owned = await add(p.id, { ...tickets, ownerId: s.cast.outsider.user.id });
    const other = await add(p.id, tickets);
    await updateProject(systemContext(s.deps), p.id, p.version, { status: 'completed' });

    const manager = await send('POST', `/api/v1/benefits/${owned.id}/measurements`, 'manager', { measuredOn: day(0), value: 300 });
    expect([manager.statusCode, manager.json().detail]).toEqual([403, expect.stringContaining('which has closed (the PMO and each benefit\'s owner keep them now)')]);
    expect((await send('POST', `/api/v1/projects/${p.id}/benefits`, 'manager', tickets)).statusCode).toBe(403);
    // the owner is not on the team: they read and measure their benefit, and nothing else of the project
    const mine = await send('GET', `/api/v1/benefits/${owned.id}`, 'outsider');
    expect([mine.statusCode, mine.json().editable]).toEqual([200, true]);
    expect((await send('POST', `/api/v1/benefits/${owned.id}/measurements`, 'outsider', { measuredOn: day(0), value: 300 })).json().realisationPct).toBeCloseTo(66.67, 1);
    expect((await send('PATCH', `/api/v1/benefits/${owned.id}`, 'outsider', { plannedMeasurements: [day(90)] }, 1)).statusCode).toBe(200);
    expect((await send('GET', `/api/v1/benefits/${other.id}`, 'outsider')).statusCode).toBe(404);
    expect((await send('GET', `/api/v1/projects/${p.id}/benefits`, 'outsider')).statusCode).toBe(404);
    expect((await send('PATCH', `/api/v1/benefits/${other.id}`, 'pmo', { expectedBy: day(400) }, 1)).statusCode).toBe(200);
    expect((await send('POST', `/api/v1/benefits/${other.id}/measurements`, 'executive', { measuredOn: day(0), value: 1 })).statusCode).toBe(403);
  });

  it('sums a portfolio’s money benefits planned against realised in the base currency and flags overdue measurements', async () => {
    const system = systemContext(s.deps);
    const portfolio = await createRegisterItem(portfolioKind, system, { name: 'Benefits portfolio', description: '', ownerId: null });
    const a = await newProject('Euro savings', portfolio.id);
    const b = await newProject('Dollar sales', portfolio.id);
    const c = await newProject('Yen sales', portfolio.id);
    await createExchangeRate(system, { currency: 'USD', effectiveFrom: day(-400), rate: '0.9' });
    const eur = await add(a.id, { ...savings, plannedMeasurements: [day(-30), day(30)] });
    await send('POST', `/api/v1/benefits/${eur.id}/measurements`, 'manager', { measuredOn: day(-40), value: 45_000_000 });
    const usd = await add(b.id, { title: 'New channel sales', category: 'financial', measure: 'Annual sales', currency: 'USD', baseline: 0, target: 20_000_000, expectedBy: day(100) });
    await send('POST', `/api/v1/benefits/${usd.id}/measurements`, 'manager', { measuredOn: day(0), value: 5_000_000 });
    await add(b.id, tickets);
    const jpy = await add(c.id, { title: 'Japan sales', category: 'financial', measure: 'Annual sales', currency: 'JPY', baseline: 0, target: 1_000_000, expectedBy: day(100) });

    const view = await send('GET', `/api/v1/portfolios/${portfolio.id}/benefits`, 'executive');
    expect(view.statusCode, view.body).toBe(200);
    const v = view.json();
    expect(v.total).toMatchObject({ benefits: 4, plannedMinor: 10_000_000 + 18_000_000, realisedMinor: 5_000_000 + 4_500_000, overdueMeasurements: 1 });
    expect(v.projects.map((x: { projectCode: string; totals: { plannedMinor: number; realisedMinor: number } }) => [x.projectCode, x.totals.plannedMinor, x.totals.realisedMinor])).toEqual([
      [a.code, 10_000_000, 5_000_000],
      [b.code, 18_000_000, 4_500_000],
      [c.code, 0, 0],
    ]);
    expect(v.unconverted).toEqual([jpy.code]);
    expect(v.overdue).toEqual([{ benefitId: eur.id, code: eur.code, title: savings.title, projectCode: a.code, ownerName: null, dates: [day(-30)] }]);
    // a member sees only the projects they are on
    const member = (await send('GET', `/api/v1/portfolios/${portfolio.id}/benefits`, 'member')).json();
    expect(member.total.benefits).toBe(0);
  });
});
