// Scoring, prioritisation and optimal selection through the API on both databases: the PMO edits
// the scoring model (AHP weights with their consistency ratio), a manager scores their project and
// sees each criterion's contribution, the portfolio's ranked list puts the mandatory project first
// and the weights what-if moves projects, and the optimiser picks the best set within a binding
// budget beside the greedy ranking's, saying why the project left out is out and what forcing it in
// would cost. Roles and audit are checked on the way.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createResource } from '../../src/app/resources/resources.ts';
import { createAssignment } from '../../src/app/resources/assignments.ts';
import { createScheduleTask } from '../../src/app/schedules/schedule-commands.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'manager' | 'contributor' | 'member';
type Json = Record<string, any>;
const LEVELS = { strategic_alignment: 3, financial_value: 3, risk: 3, urgency: 3, compliance: 3, resource_fit: 3 };
const scale5 = ['Nothing', 'Little', 'Some', 'Much', 'Most'].map((label, i) => ({ level: i + 1, label, description: `${label} value` }));

describe.each(DIALECTS)('scoring and optimal selection on %s', (dialect) => {
  const s = apiSuite(dialect);
  const send = async (who: Who, method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown, ifMatch?: number, status = 200): Promise<Json> => {
    const res = await call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const portfolio = async () => (await createRegisterItem(portfolioKind, systemContext(s.deps), { name: `Portfolio ${Math.random()}`, description: '', ownerId: null })).id;
  const project = async (portfolioId: string, name: string, over: object = {}) => {
    const p = await makeProject(s.deps, { name, portfolioId, managerId: s.cast.manager.user.id, status: 'proposed', ...over });
    await setProjectMember(systemContext(s.deps), p.id, s.cast.contributor.user.id, 'contributor');
    return p;
  };
  const score = async (projectId: string, levels: object, extra: object = {}, model = 'default', who: Who = 'manager') => {
    const current = await send(who, 'GET', `/api/v1/projects/${projectId}/scores/${model}`);
    return send(who, 'PUT', `/api/v1/projects/${projectId}/scores/${model}`, { levels, ...extra }, current.version);
  };

  it('lets only the PMO edit a model; AHP judgements give the weights, the consistency ratio and the judgement to revisit', async () => {
    const model = await send('member', 'GET', '/api/v1/scoring-models/default');
    expect(model).toMatchObject({ key: 'default', builtIn: true, version: 0, ahpResult: null });
    expect(model.criteria.map((c: Json) => c.key)).toEqual(['strategic_alignment', 'financial_value', 'risk', 'urgency', 'compliance', 'resource_fit']);
    const { key: _k, builtIn: _b, version: _v, normalisedWeights: _n, ahpResult: _a, ...body } = model;
    await send('manager', 'PUT', '/api/v1/scoring-models/default', body, 0, 403);
    await send('executive', 'PUT', '/api/v1/scoring-models/default', body, 0, 403);

    // Alignment over value and value over risk, yet risk strongly over alignment: inconsistent.
    const upper = [[3, 1 / 5, 5, 5, 5], [3, 3, 3, 3], [3, 3, 3], [1, 1], [1]];
    const saved = await send('pmo', 'PUT', '/api/v1/scoring-models/default', { ...body, ahp: { upper } }, 0);
    expect(saved.version).toBe(1);
    expect(saved.ahpResult.consistencyRatio).toBeGreaterThan(0.1);
    expect(saved.ahpResult.consistent).toBe(false);
    expect(saved.ahpResult.mostInconsistent.message).toMatch(/revisit it/);
    expect(saved.normalisedWeights.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 9);
    
    // A stale edit is refused; a consistent one (every judgement 1) gives equal weights and CR 0.
    await send('pmo', 'PUT', '/api/v1/scoring-models/default', body, 0, 409);
    const even = await send('pmo', 'PUT', '/api/v1/scoring-models/default', { ...body, ahp: { upper: [[1, 1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1], [1, 1], [1]] } }, 1);
    expect(even.ahpResult).toMatchObject({ consistent: true, mostInconsistent: null });
    expect(even.ahpResult.consistencyRatio).toBeCloseTo(0, 12);
    even.normalisedWeights.forEach((w: number) => expect(w).toBeCloseTo(1 / 6, 9));
    await send('pmo', 'PUT', '/api/v1/scoring-models/default', body, 2);

    const bad = await send('pmo', 'PUT', '/api/v1/scoring-models/default', { ...body, ahp: { upper: [[3, 5], [2]] } }, 3, 422);
    expect(bad.detail).toMatch(/upper triangle for 6 criteria/);
    const audit = await send('admin', 'GET', '/api/v1/audit-events?entityType=scoring_model&entityId=default');
    expect(audit.items.length).toBe(3);
  });

  it('lets a manager score their project with the breakdown shown; the team and executives read it', async () => {
    const p = await project(await portfolio(), 'Scored');
    const empty = await send('executive', 'GET', `/api/v1/projects/${p.id}/scores/default`);
    expect(empty).toMatchObject({ version: 0, score: null, canEdit: false });
    expect(empty.missing).toHaveLength(6);

    const missing = await send('manager', 'PUT', `/api/v1/projects/${p.id}/scores/default`, { levels: { ...LEVELS, urgency: undefined } }, 0, 422);
    expect(missing.detail).toMatch(/"Urgency" is not rated/);
    await send('contributor', 'PUT', `/api/v1/projects/${p.id}/scores/default`, { levels: LEVELS }, 0, 403);
    await send('executive', 'PUT', `/api/v1/projects/${p.id}/scores/default`, { levels: LEVELS }, 0, 403);

    const scored = await score(p.id, { ...LEVELS, strategic_alignment: 5, risk: 1 });
    expect(scored.canEdit).toBe(true);
    const contributions = scored.breakdown.map((b: Json) => b.contribution);
    expect(contributions.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(scored.score, 3);
    // Alignment at its top level gives its whole weight; risk "Very low" (lower is better) too.
    const byKey = Object.fromEntries(scored.breakdown.map((b: Json) => [b.key, b]));
    expect(byKey.strategic_alignment).toMatchObject({ levelLabel: 'Essential', normalisedLevel: 1 });
    expect(byKey.risk).toMatchObject({ levelLabel: 'Very low', normalisedLevel: 1 });
    expect(scored.score).toBeCloseTo(byKey.strategic_alignment.weight * 100 + byKey.risk.weight * 100 + 50 * (1 - byKey.strategic_alignment.weight - byKey.risk.weight), 3);
    expect((await send('contributor', 'GET', `/api/v1/projects/${p.id}/scores/default`)).score).toBe(scored.score);

    const audit = await send('admin', 'GET', `/api/v1/audit-events?entityType=score&entityId=project:${p.id}:default`);
    expect(audit.items[0]).toMatchObject({ action: 'create', actorId: s.cast.manager.user.id });
    expect(audit.items[0].after.score).toBe(scored.score);
  });

  it('ranks the portfolio with the mandatory project first and shows who moves when the weights change', async () => {
    const pf = await portfolio();
    const strategic = await project(pf, 'Strategic');
    const cheapSafe = await project(pf, 'Cheap and safe');
    const regulatory = await project(pf, 'Regulatory');
    const unscored = await project(pf, 'Not yet scored');
    await score(strategic.id, { ...LEVELS, strategic_alignment: 5, risk: 5 });
    await score(cheapSafe.id, { ...LEVELS, strategic_alignment: 2, risk: 1, financial_value: 4 });
    await score(regulatory.id, { ...LEVELS, strategic_alignment: 1, compliance: 5 }, { mandatoryReason: 'Regulator deadline 2027' });

    const ranking = await send('executive', 'GET', `/api/v1/portfolios/${pf}/ranking`);
    expect(ranking.ranked.map((r: Json) => [r.code, r.mandatory])).toEqual([[regulatory.code, true], [strategic.code, false], [cheapSafe.code, false]]);
    expect(ranking.ranked[0].mandatoryReason).toBe('Regulator deadline 2027');
    expect(ranking.unscored).toEqual([expect.objectContaining({ code: unscored.code, missing: expect.arrayContaining(['Urgency']) })]);

    // Weighing risk heavily puts the safe project above the strategic but risky one; the mandatory stays first.
    const whatIf = await send('executive', 'POST', `/api/v1/portfolios/${pf}/ranking/what-if`, { weights: { risk: 80 } });
    expect(whatIf.changes.map((c: Json) => [c.code, c.rankBefore, c.rankAfter])).toEqual([[regulatory.code, 1, 1], [cheapSafe.code, 3, 2], [strategic.code, 2, 3]]);
    expect(whatIf.moved).toBe(2);
    const bad = await send('member', 'POST', `/api/v1/portfolios/${pf}/ranking/what-if`, { weights: { speed: 3 } }, undefined, 422);
    expect(bad.detail).toMatch(/no criterion "speed"/);
  });

  it('optimises within a binding budget beside greedy, says why a project is out and draws the frontier', async () => {
    const pf = await portfolio();
    const valueModel = { name: 'Value only', criteria: [{ key: 'value', name: 'Value', weight: 1, direction: 'higher-is-better', levels: scale5 }] };
    await send('pmo', 'PUT', '/api/v1/scoring-models/value_only', valueModel, 0);
    const dates = { plannedStart: '2027-01-04', plannedFinish: '2027-06-30' };
    const small = await project(pf, 'Small', { ...dates, budget: { amountMinor: 100_000, currency: 'EUR' } });
    const medium = await project(pf, 'Medium', { ...dates, budget: { amountMinor: 300_000, currency: 'EUR' } });
    const large = await project(pf, 'Large', { ...dates, budget: { amountMinor: 400_000, currency: 'EUR' } });
    const undated = await project(pf, 'Undated', { budget: { amountMinor: 10_000, currency: 'EUR' } });
    for (const [p, level] of [[small, 3], [medium, 4], [large, 5], [undated, 5]] as const) await score(p.id, { value: level }, {}, 'value_only');

    await send('manager', 'PUT', `/api/v1/portfolios/${pf}/selection-settings`, { quarters: 4, firstQuarter: '2027-Q1', modelKey: 'value_only' }, 0, 403);
    await send('pmo', 'PUT', `/api/v1/portfolios/${pf}/selection-settings`, { quarters: 4, firstQuarter: '2027-Q1', modelKey: 'value_only' }, 0);
    await send('manager', 'POST', `/api/v1/portfolios/${pf}/optimise`, { budget: 700_000 }, undefined, 403);
    const refused = await send('pmo', 'POST', `/api/v1/portfolios/${pf}/optimise`, {}, undefined, 422);
    expect(refused.detail).toMatch(/Give a budget/);

    const result = await send('executive', 'POST', `/api/v1/portfolios/${pf}/optimise`, { budget: 700_000, frontierPoints: 5 });
    expect(result).toMatchObject({ outcome: 'optimal', quarters: ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'], years: [2027], budgetPerYear: [700_000], currency: 'EUR' });
    expect(result.leftOut).toEqual([expect.objectContaining({ code: undated.code, reason: expect.stringMatching(/planned start and finish/) })]);
    const codes = (rows: Json[]) => rows.map((r) => r.code).sort();
    // Medium + Large (75 + 100) fill the budget; greedy takes Small first (best value per euro) and ends at 150.
    expect(codes(result.optimal.chosen)).toEqual([large.code, medium.code].sort());
    expect(result.optimal).toMatchObject({ value: 175, gapPct: 0, spendPerYear: [700_000] });
    expect(result.greedy).toMatchObject({ value: 150, spendPerYear: [500_000] });
    expect(codes(result.greedy.chosen)).toEqual([large.code, small.code].sort());
    const out = result.exclusions.find((e: Json) => e.code === small.code);
    expect(out.blocking).toEqual([expect.objectContaining({ kind: 'budget', over: 100_000 })]);
    expect(out.price).toEqual({ valueLost: 25, leaves: [medium.code], joins: [] });
    // The frontier rises with the budget to the value of all three.
    const values = result.frontier.points.map((p: Json) => p.value);
    expect(values).toEqual([...values].sort((a: number, b: number) => a - b));
    expect(values.at(-1)).toBe(225);
    expect(result.frontier.points.at(-1).totalBudget).toBe(800_000);

    // Medium and Large as rival options: the optimum falls back to Small + Large, and Medium is out because of the group.
    const settings = await send('pmo', 'GET', `/api/v1/portfolios/${pf}/selection-settings`);
    await send('pmo', 'PUT', `/api/v1/portfolios/${pf}/selection-settings`, { quarters: 4, firstQuarter: '2027-Q1', modelKey: 'value_only', exclusiveGroups: [{ key: 'platform', name: 'Platform options', projectIds: [medium.id, large.id] }] }, settings.version);
    const rivals = await send('pmo', 'POST', `/api/v1/portfolios/${pf}/optimise`, { budget: 700_000, frontierPoints: 0 });
    expect(codes(rivals.optimal.chosen)).toEqual([large.code, small.code].sort());
    const medOut = rivals.exclusions.find((e: Json) => e.code === medium.code);
    expect(medOut.blocking).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'exclusive', message: expect.stringContaining(`"${large.code}" is chosen and excludes "${medium.code}"`) })]));
    expect(medOut.blocking.find((b: Json) => b.kind === 'budget').message).toMatch(/^Year 2027 has 2,000 EUR left; "PRJ-\d+" needs 3,000 EUR/);
    expect(rivals.frontier).toBeNull();
    const audit = await send('admin', 'GET', `/api/v1/audit-events?entityType=selection_settings&entityId=${pf}`);
    expect(audit.items.map((e: Json) => e.action)).toEqual(['update', 'create']);
  });

  it('chooses within a scenario: only its projects, at its dates and its cost', async () => {
    const pf = await portfolio();
    await send('pmo', 'PUT', '/api/v1/scoring-models/value_scn', { name: 'Value', criteria: [{ key: 'value', name: 'Value', weight: 1, direction: 'higher-is-better', levels: scale5 }] }, 0);
    const dates = { plannedStart: '2027-01-04', plannedFinish: '2027-06-30' };
    const a = await project(pf, 'Alpha', { ...dates, budget: { amountMinor: 100_000, currency: 'EUR' } });
    const b = await project(pf, 'Beta', { ...dates, budget: { amountMinor: 300_000, currency: 'EUR' } });
    const c = await project(pf, 'Gamma', { ...dates, budget: { amountMinor: 400_000, currency: 'EUR' } });
    for (const [p, level] of [[a, 3], [b, 4], [c, 5]] as const) await score(p.id, { value: level }, {}, 'value_scn');
    await send('pmo', 'PUT', `/api/v1/portfolios/${pf}/selection-settings`, { quarters: 4, firstQuarter: '2027-Q1', modelKey: 'value_scn' }, 0);
    // The scenario adds Alpha, and Gamma at half its size three months later; Beta stays out.
    const scenario = await send('pmo', 'POST', `/api/v1/portfolios/${pf}/scenarios`, { name: 'Lean start' }, undefined, 201);
    const added = await send('pmo', 'PUT', `/api/v1/scenarios/${scenario.id}/projects/${a.id}`, { included: true }, scenario.version);
    await send('pmo', 'PUT', `/api/v1/scenarios/${scenario.id}/projects/${c.id}`, { included: true, shift: { amount: 3, unit: 'months' }, scalePct: 50 }, added.version);

    const result = await send('pmo', 'POST', `/api/v1/portfolios/${pf}/optimise`, { budget: 250_000, frontierPoints: 0, scenarioId: scenario.id });
    expect(result.leftOut).toEqual([expect.objectContaining({ code: b.code, reason: `Not in scenario ${scenario.code} (Lean start).` })]);
    expect(result.candidates.find((x: Json) => x.code === c.code)).toMatchObject({ totalCost: 200_000, starts: ['2027-Q2'] });
    expect(result.optimal).toMatchObject({ value: 100, chosen: [expect.objectContaining({ code: c.code, start: '2027-Q2' })] });
    // Without the scenario, Beta is a candidate again and Gamma costs its full budget.
    const live = await send('pmo', 'POST', `/api/v1/portfolios/${pf}/optimise`, { budget: 250_000, frontierPoints: 0 });
    expect(live.candidates.find((x: Json) => x.code === c.code).totalCost).toBe(400_000);
    expect(live.leftOut).toEqual([]);
    const other = await send('pmo', 'POST', `/api/v1/portfolios/${await portfolio()}/optimise`, { budget: 250_000, scenarioId: scenario.id }, undefined, 422);
    expect(other.detail).toContain('belongs to another portfolio');
  });

  it('takes demand from the assignments and capacity from the pool: two projects needing the one analyst in the same quarter do not both fit', async () => {
    const pf = await portfolio();
    const system = systemContext(s.deps);
    const analyst = await createResource(system, { kind: 'role', name: `Analyst ${dialect}`, headcount: 1 });
    const staffed = async (name: string, level: number) => {
      const p = await project(pf, name, { plannedStart: '2027-01-04', plannedFinish: '2027-03-31', budget: { amountMinor: 100_000, currency: 'EUR' } });
      const task = await createScheduleTask(system, p.id, { name: 'Analysis', durationMinutes: 40 * 480 });
      await createAssignment(system, p.id, task.taskId, { resourceId: analyst.id, units: 100 });
      await score(p.id, { value: level }, {}, 'value_only');
      return p;
    };
    const first = await staffed('Pricing analysis', 5);
    const second = await staffed('Churn analysis', 4);
    await send('pmo', 'PUT', `/api/v1/portfolios/${pf}/selection-settings`, { quarters: 4, firstQuarter: '2027-Q1', modelKey: 'value_only' }, 0);

    const result = await send('pmo', 'POST', `/api/v1/portfolios/${pf}/optimise`, { budget: 10_000_000, frontierPoints: 0 });
    const role = `Analyst ${dialect}`;
    expect(result.candidates.map((c: Json) => [c.code, c.demandSource, c.demandHours[role]])).toEqual([[first.code, 'assignments', 320], [second.code, 'assignments', 320]]);
    const capacity = result.capacity.find((c: Json) => c.role === role).hoursPerQuarter;
    expect(capacity[0]).toBeGreaterThan(320);
    expect(capacity[0]).toBeLessThan(640);
    expect(result.optimal.chosen.map((c: Json) => c.code)).toEqual([first.code]);
    const out = result.exclusions.find((e: Json) => e.code === second.code);
    expect(out.blocking).toEqual([expect.objectContaining({ kind: 'capacity', message: expect.stringContaining(`Role "${role}" has ${capacity[0] - 320} left in 2027-Q1; "${second.code}" needs 320`) })]);
  });
});
