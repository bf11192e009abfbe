// `orrery scenario` as a user runs it, on a SQLite file: the scenarios of a portfolio, one
// scenario's projects as it has them, and the comparison with the live portfolio (value, cost per
// year, coverage, demand vs capacity per role per quarter with overloads marked), and what to type
// when the command is wrong.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery, seedDataDir } from '../helpers/cli.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { createResource } from '../../src/app/resources/resources.ts';
import { createScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { createAssignment } from '../../src/app/resources/assignments.ts';
import { createScenario, setScenarioProject } from '../../src/app/scenarios/scenario-commands.ts';
import { makeProject } from '../helpers/register-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-scenario-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scenario = (...args: string[]) => orrery('scenario', ...args, '--data-dir', dir);
let portfolioCode = '';
let liveCode = '';
let proposedCode = '';

beforeAll(() =>
  seedDataDir(dir, async (system, deps) => {
    const portfolio = await createRegisterItem(portfolioKind, system, { name: 'Operations', description: '', ownerId: null });
    portfolioCode = portfolio.code;
    const analyst = await createResource(system, { kind: 'role', name: 'Analyst', headcount: 1 });
    const live = await makeProject(deps, { name: 'Live ERP', portfolioId: portfolio.id, status: 'active', plannedStart: '2027-01-04', plannedFinish: '2027-06-30', budget: { amountMinor: 10_000_000, currency: 'EUR' } });
    liveCode = live.code;
    const proposed = await makeProject(deps, { name: 'New WMS', portfolioId: portfolio.id, status: 'proposed', plannedStart: '2027-01-04', plannedFinish: '2027-03-31', budget: { amountMinor: 5_000_000, currency: 'EUR' } });
    proposedCode = proposed.code;
    for (const p of [live, proposed]) {
      const task = await createScheduleTask(system, p.id, { name: 'Analysis', durationMinutes: 40 * 480 });
      await createAssignment(system, p.id, task.taskId, { resourceId: analyst.id, units: 100 });
    }
    const s = await createScenario(system, portfolio.id, { name: 'Both at once', description: '' });
    await setScenarioProject(system, s.id, proposed.id, 1, { included: true, shift: { amount: 0, unit: 'weeks' }, scalePct: 100 });
    await setScenarioProject(system, s.id, live.id, 2, { included: true, shift: { amount: 2, unit: 'weeks' }, scalePct: 100 });
  }), CLI_TIMEOUT);

describe('orrery scenario', { timeout: CLI_TIMEOUT }, () => {
  it('lists, shows and compares scenarios, and says what to type when wrong', async () => {
    const list = await scenario('list', '--portfolio', portfolioCode);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/SCN-001\s+Both at once\s+2/);

    const show = await scenario('show', 'SCN-001');
    expect(show.stdout).toMatch(new RegExp(`${liveCode} Live ERP\\s+shifted\\s+\\+2 weeks\\s+2027-01-18`));
    expect(show.stdout).toMatch(new RegExp(`${proposedCode} New WMS\\s+added`));

    const compare = await scenario('compare', 'SCN-001', '--from', '2027-01-01', '--quarters', '2');
    expect(compare.code, compare.stderr).toBe(0);
    expect(compare.stdout).toMatch(/Projects\s+1\s+2/);
    expect(compare.stdout).toMatch(/Cost \(EUR\)\s+100,000 EUR\s+150,000 EUR/);
    expect(compare.stdout).toMatch(/Overloaded role-quarters\s+0\s+1 !/);
    expect(compare.stdout).toContain('Value: Planned money benefits');
    expect(compare.stdout).toMatch(/Analyst\s+320\/512\s+0\/520/); // live: 40 days of the Analyst in Q1
    expect(compare.stdout).toMatch(/Analyst\s+\d+\/512 !/); // the scenario overloads Q1

    const json = JSON.parse((await scenario('compare', 'SCN-001', '--from', '2027-01-01', '--quarters', '2', '--format', 'json')).stdout);
    expect(json.columns.map((c: { key: string }) => c.key)).toEqual(['live', expect.any(String)]);
    expect((await scenario('compare', 'SCN-404')).stderr).toContain('No scenario has the code SCN-404');
    expect((await scenario('compare', 'SCN-001', '--quarters', '13')).stderr).toContain('--quarters 13: give a whole number of quarters from 1 to 12.');
  });
});
