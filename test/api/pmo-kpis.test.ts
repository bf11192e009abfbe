// The PMO's KPIs through the API on both databases, from what happens in a portfolio's projects:
// a project closed on time against its baseline but 20 % over budget, with a status report missed;
// a phase entered without a gate; a critical risk without a response until its owner gives one; and
// benefits due by now, one half realised and one never measured. Members may not see the KPIs.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { createScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { saveBaseline } from '../../src/app/schedules/baselines.ts';
import { createExpense } from '../../src/app/finance/expenses.ts';

type Kpi = { key: string; values: Array<{ quarter: string; value: number | null; numerator: number; denominator: number; projects: Array<{ code: string }> }> };
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
/** A KPI's counts summed over the quarters shown. */
const total = (kpis: Kpi[], key: string) => kpis.find((k) => k.key === key)!.values.reduce((t, v) => ({ met: t.met + v.numerator, of: t.of + v.denominator }), { met: 0, of: 0 });

describe.each(DIALECTS)('PMO KPIs on %s', (dialect) => {
  const s = apiSuite(dialect);
  const get = (path: string, who: 'pmo' | 'executive' | 'member' = 'pmo') => call(s.app, 'GET', path, { token: s.cast[who].token });
  const patch = (path: string, version: number, body: unknown) => call(s.app, 'PATCH', path, { token: s.cast.pmo.token, body, ifMatch: version });

  it('computes delivery, gate, reporting and risk KPIs from the portfolio\'s projects and names them', async () => {
    const system = systemContext(s.deps);
    const portfolio = await createRegisterItem(portfolioKind, system, { name: 'KPI portfolio', description: '', ownerId: null });
    const kpis = async (query = '') => (await get(`/api/v1/pmo/kpis?portfolioId=${portfolio.id}${query}`)).json().kpis as Kpi[];

    const delivered = await makeProject(s.deps, { name: 'Delivered', portfolioId: portfolio.id, phase: 'execute', plannedStart: daysAgo(70), budget: { amountMinor: 10_000_000, currency: 'EUR' } });
    await createScheduleTask(system, delivered.id, { name: 'Build', durationMinutes: 5 * 480 });
    await saveBaseline(system, delivered.id, 0, undefined);
    await createExpense(system, delivered.id, { kind: 'expense', incurredOn: daysAgo(60), amount: { amountMinor: 12_000_000, currency: 'EUR' }, category: 'services', costType: 'opex', supplier: '', reference: '', taskId: null, purchaseOrderId: null, description: 'Contractor' });
    const current = (await get(`/api/v1/projects/${delivered.id}`)).json();
    expect((await patch(`/api/v1/projects/${delivered.id}`, current.version, { status: 'completed' })).statusCode).toBe(200);

    const skipped = await makeProject(s.deps, { name: 'Skipped gate', portfolioId: portfolio.id, phase: 'plan', plannedStart: daysAgo(10) });
    const plan = (await get(`/api/v1/projects/${skipped.id}`)).json();
    expect((await patch(`/api/v1/projects/${skipped.id}`, plan.version, { phase: 'execute' })).statusCode).toBe(200);

    const risk = (await call(s.app, 'POST', `/api/v1/projects/${skipped.id}/risks`, { token: s.cast.pmo.token, body: { title: 'Vendor insolvency', probability: 4, impact: 4 } })).json();
    await call(s.app, 'POST', `/api/v1/projects/${skipped.id}/risks`, { token: s.cast.pmo.token, body: { title: 'Minor delay', probability: 1, impact: 2 } });

    let table = await kpis();
    expect(total(table, 'on_time')).toEqual({ met: 1, of: 1 });
    expect(total(table, 'on_budget')).toEqual({ met: 0, of: 1 });
    const variance = table.find((k) => k.key === 'cost_variance')!.values.find((v) => v.denominator > 0)!;
    expect(variance).toMatchObject({ value: 0.2, numerator: 1, projects: [{ code: delivered.code }] });
    expect(total(table, 'gate_compliance')).toEqual({ met: 0, of: 1 });
    expect(total(table, 'risk_response_coverage').of).toBeGreaterThanOrEqual(1);
    const coverageNow = () => table.find((k) => k.key === 'risk_response_coverage')!.values.at(-1)!;
    expect(coverageNow()).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    const reports = total(table, 'reporting_timeliness');
    expect(reports.of).toBeGreaterThanOrEqual(2); // Delivered owed at least two monthly reports over 70 days, and sent none
    expect(reports.met).toBe(0);

    // The owner answers the critical risk: it is covered from today.
    const owned = await patch(`/api/v1/risks/${risk.id}`, risk.version, { ownerId: s.cast.manager.user.id, strategy: 'mitigate', response: 'Second supplier qualified' });
    expect(owned.statusCode, owned.body).toBe(200);
    table = await kpis();
    expect(coverageNow()).toMatchObject({ value: 1, numerator: 1, denominator: 1 });

    // Benefits due by now: one half realised, one never measured (counts as none).
    const benefit = async (title: string) => (await call(s.app, 'POST', `/api/v1/projects/${delivered.id}/benefits`, { token: s.cast.pmo.token, body: { title, category: 'non_financial', measure: 'Tickets per month', unit: 'tickets', direction: 'lower_is_better', baseline: 400, target: 200, expectedBy: daysAgo(5) } })).json();
    const halved = await benefit('Fewer tickets');
    await benefit('Fewer complaints');
    expect((await call(s.app, 'POST', `/api/v1/benefits/${halved.id}/measurements`, { token: s.cast.pmo.token, body: { measuredOn: daysAgo(6), value: 300 } })).statusCode).toBe(201);
    const realised = (await kpis()).find((k) => k.key === 'benefits_realised')!.values.find((v) => v.denominator > 0)!;
    expect(realised).toMatchObject({ value: 0.25, numerator: 0, denominator: 2, projects: [{ code: delivered.code }] });

    // With a 25 % cost tolerance the 20 % overrun counts as on budget.
    expect(total(await kpis('&costTolerancePct=25'), 'on_budget')).toEqual({ met: 1, of: 1 });
  });

  it('shows the KPIs to the PMO and executives, not to members, and refuses a start in the future', async () => {
    const body = (await get('/api/v1/pmo/kpis', 'executive')).json();
    expect(body.quarters).toHaveLength(4);
    expect(body.kpis.map((k: { key: string }) => k.key)).toEqual(['on_time', 'on_budget', 'schedule_variance', 'cost_variance', 'gate_compliance', 'reporting_timeliness', 'benefits_realised', 'risk_response_coverage']);
    expect((await get('/api/v1/pmo/kpis', 'member')).statusCode).toBe(403);
    const future = await get('/api/v1/pmo/kpis?from=2999-01-01');
    expect(future.statusCode).toBe(422);
    expect(future.json().detail).toContain('is after today');
  });
});
