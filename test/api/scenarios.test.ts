// Scenario planning through the API on both databases: a scenario that adds a proposed project,
// shifts a live one three months and halves it, compared side by side with the live portfolio —
// value (planned money benefits), cost per year, demand against a role's capacity per quarter and
// the strategic objectives served; refusals that say what to fix; who plans (the PMO) and who
// reads (executives); the audit trail.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { objectiveKind } from '../../src/app/register/objectives.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { createResource } from '../../src/app/resources/resources.ts';
import { createScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { createAssignment } from '../../src/app/resources/assignments.ts';
import { createBenefit } from '../../src/app/benefits/benefit-commands.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager';

describe.each(DIALECTS)('scenarios on %s', (dialect) => {
  const s = apiSuite(dialect);
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, who: Who = 'pmo', body?: unknown, ifMatch?: number) =>
    call(s.app, method, path, { token: s.cast[who].token, ...(body !== undefined && { body }), ...(ifMatch !== undefined && { ifMatch }) });

  /** A portfolio with a live project (Q1 2027 work for the Developer role) and a proposed one filling Q2 2027. */
  async function portfolio() {
    const system = systemContext(s.deps);
    const p = await createRegisterItem(portfolioKind, system, { name: `Scenario portfolio ${Math.random()}`, description: '', ownerId: null });
    const growth = await createRegisterItem(objectiveKind, system, { name: 'Grow', description: '', ownerId: null, status: 'active', targetDate: null });
    const cost = await createRegisterItem(objectiveKind, system, { name: 'Save', description: '', ownerId: null, status: 'active', targetDate: null });
    const developer = await createResource(system, { kind: 'role', name: `Developer ${Math.random().toString(36).slice(2, 6)}`, headcount: 1 });
    const money = { description: '', category: 'financial' as const, measure: 'Annual benefit', unit: '', currency: 'EUR', direction: 'higher_is_better' as const, baseline: 0, ownerId: null, expectedBy: '2028-12-31', plannedMeasurements: [] };
    const live = await makeProject(s.deps, { name: 'Live CRM', portfolioId: p.id, status: 'active', plannedStart: '2027-01-04', plannedFinish: '2027-12-31', budget: { amountMinor: 12_000_000, currency: 'EUR' }, objectiveIds: [growth.id] });
    const a = await createScheduleTask(system, live.id, { name: 'Build', durationMinutes: 10 * 480 });
    await createAssignment(system, live.id, a.taskId, { resourceId: developer.id, units: 100 });
    await createBenefit(system, live.id, { ...money, title: 'Sales', target: 10_000_000 });
    const proposed = await makeProject(s.deps, { name: 'Proposed WMS', portfolioId: p.id, status: 'proposed', plannedStart: '2027-04-01', plannedFinish: '2027-09-30', budget: { amountMinor: 6_000_000, currency: 'EUR' }, objectiveIds: [cost.id] });
    const b = await createScheduleTask(system, proposed.id, { name: 'Roll out', durationMinutes: 65 * 480 });
    await createAssignment(system, proposed.id, b.taskId, { resourceId: developer.id, units: 100 });
    await createBenefit(system, proposed.id, { ...money, title: 'Savings', target: 20_000_000 });
    const undated = await makeProject(s.deps, { name: 'Undated idea', portfolioId: p.id, status: 'proposed' });
    return { id: p.id, live, proposed, undated, role: developer.name, objectives: [growth.id, cost.id] };
  }

  it('compares a scenario that adds, shifts and resizes with the live portfolio', async () => {
    const f = await portfolio();
    const created = await send('POST', `/api/v1/portfolios/${f.id}/scenarios`, 'pmo', { name: 'Bring WMS forward' });
    expect(created.statusCode, created.body).toBe(201);
    const scenario = created.json();
    expect(scenario).toMatchObject({ code: expect.stringMatching(/^SCN-\d+$/), changes: 0, version: 1 });
    expect(scenario.projects.map((p: { code: string; change: string }) => [p.code, p.change])).toEqual([[f.live.code, 'kept'], [f.proposed.code, 'candidate'], [f.undated.code, 'candidate']]);

    const added = await send('PUT', `/api/v1/scenarios/${scenario.id}/projects/${f.proposed.id}`, 'pmo', { included: true }, 1);
    expect(added.statusCode, added.body).toBe(200);
    const moved = (await send('PUT', `/api/v1/scenarios/${scenario.id}/projects/${f.live.id}`, 'pmo', { included: true, shift: { amount: 3, unit: 'months' }, scalePct: 50 }, 2)).json();
    expect(moved.projects.find((p: { code: string }) => p.code === f.live.code)).toMatchObject({ change: 'shifted_resized', start: '2027-04-04', finish: '2028-03-30', costMinor: 6_000_000 });
    expect([moved.changes, moved.version]).toEqual([2, 3]);

    const levels = { strategic_alignment: 3, financial_value: 3, risk: 3, urgency: 3, compliance: 3, resource_fit: 3 };
    const scored = await send('PUT', `/api/v1/projects/${f.live.id}/scores/default`, 'pmo', { levels }, 0);
    expect(scored.statusCode, scored.body).toBe(200);

    const res = await send('GET', `/api/v1/portfolios/${f.id}/scenario-comparison?from=2027-02-10&quarters=4&scenarioIds=${scenario.id}`, 'executive');
    expect(res.statusCode, res.body).toBe(200);
    const cmp = res.json();
    expect(cmp.quarters).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
    expect(cmp.valueBasis).toMatch(/^Planned money benefits/);
    expect(cmp.scoreModel).toMatchObject({ key: 'default' });
    const [live, plan] = cmp.columns;
    // Each column adds up its projects' scores on the model, naming the ones not scored.
    expect(live).toMatchObject({ score: scored.json().score, unscored: [] });
    expect(plan).toMatchObject({ score: scored.json().score, unscored: [f.proposed.code] });
    expect(scored.json().score).toBeGreaterThan(0);
    expect(live).toMatchObject({ key: 'live', projects: [f.live.code], valueMinor: 10_000_000, costMinor: 12_000_000, objectivesServed: 1, overloads: 0 });
    expect(plan).toMatchObject({ key: scenario.id, projects: [f.live.code, f.proposed.code], valueMinor: 30_000_000, costMinor: 12_000_000, objectivesServed: 2 });
    expect(cmp.years).toEqual([2027, 2028]);
    expect(live.costByYear).toEqual([12_000_000, 0]);
    expect(plan.costByYear[0] + plan.costByYear[1]).toBe(12_000_000);
    expect(plan.costByYear[1]).toBeGreaterThan(0);
    const role = (col: { demand: Array<{ role: string; demand: number[]; capacity: number[]; over: boolean[] }> }) => col.demand.find((d) => d.role === f.role)!;
    expect(role(live).demand).toEqual([4800, 0, 0, 0]);
    expect(role(plan).demand[0]).toBe(0); // the live project moved out of Q1
    expect(role(plan).over).toEqual([false, true, false, false]); // the proposed one fills Q2, the moved one overloads it
    expect(role(plan).capacity).toEqual(role(live).capacity);
    expect(plan.coverage.map((c: { projects: string[] }) => c.projects.length)).toEqual(cmp.objectives.map((o: { id: string }) => (o.id === f.objectives[0] ? 1 : o.id === f.objectives[1] ? 1 : 0)));

    const removed = (await send('PUT', `/api/v1/scenarios/${scenario.id}/projects/${f.live.id}`, 'pmo', { included: false }, 3)).json();
    expect(removed.projects.find((p: { code: string }) => p.code === f.live.code).change).toBe('removed');
    const back = (await send('DELETE', `/api/v1/scenarios/${scenario.id}/projects/${f.live.id}`, 'pmo', undefined, 4)).json();
    expect(back.projects.find((p: { code: string }) => p.code === f.live.code).change).toBe('kept');

    const audit = (await send('GET', `/api/v1/audit-events?entityType=scenario&entityId=${scenario.id}`, 'admin')).json().items;
    expect(audit.map((e: { action: string }) => e.action).sort()).toEqual(['change_project', 'change_project', 'change_project', 'create', 'reset_project']);
  });

  it('refuses what cannot be planned and says why; the PMO plans, executives read, others may not', async () => {
    const f = await portfolio();
    const other = await portfolio();
    const scenario = (await send('POST', `/api/v1/portfolios/${f.id}/scenarios`, 'pmo', { name: 'Checks' })).json();
    const foreign = await send('PUT', `/api/v1/scenarios/${scenario.id}/projects/${other.live.id}`, 'pmo', { included: false }, 1);
    expect([foreign.statusCode, foreign.json().detail]).toEqual([422, 'The project is not in this portfolio: only its projects can be added, removed, shifted or resized.']);
    const undated = await send('PUT', `/api/v1/scenarios/${scenario.id}/projects/${f.undated.id}`, 'pmo', { included: true }, 1);
    expect([undated.statusCode, undated.json().detail]).toEqual([422, `Project ${f.undated.code} has no planned start: give it dates before adding it to a scenario.`]);
    expect((await send('PUT', `/api/v1/scenarios/${scenario.id}/projects/${f.live.id}`, 'pmo', { included: true, scalePct: 0 }, 1)).statusCode).toBe(400);
    expect((await send('PUT', `/api/v1/scenarios/${scenario.id}/projects/${f.live.id}`, 'pmo', { included: true, shift: { amount: 1.5, unit: 'weeks' } }, 1)).statusCode).toBe(400);
    expect((await send('PATCH', `/api/v1/scenarios/${scenario.id}`, 'pmo', { name: 'Stale' }, 9)).statusCode).toBe(409);
    const wrongScenario = await send('GET', `/api/v1/portfolios/${other.id}/scenario-comparison?scenarioIds=${scenario.id}`, 'pmo');
    expect([wrongScenario.statusCode, wrongScenario.json().detail]).toEqual([422, expect.stringContaining('scenarioIds names no scenario of portfolio')]);

    expect((await send('GET', `/api/v1/portfolios/${f.id}/scenarios`, 'executive')).json().items.map((x: { name: string }) => x.name)).toEqual(['Checks']);
    expect((await send('POST', `/api/v1/portfolios/${f.id}/scenarios`, 'executive', { name: 'No' })).statusCode).toBe(403);
    expect((await send('GET', `/api/v1/scenarios/${scenario.id}`, 'manager')).statusCode).toBe(403);
    expect((await send('PATCH', `/api/v1/scenarios/${scenario.id}`, 'admin', { name: 'Renamed' }, 1)).json()).toMatchObject({ name: 'Renamed', version: 2 });
    expect((await send('DELETE', `/api/v1/scenarios/${scenario.id}`, 'pmo', undefined, 2)).statusCode).toBe(200);
    expect((await send('GET', `/api/v1/scenarios/${scenario.id}`, 'executive')).statusCode).toBe(404);
  });
});
