// `orrery portfolio optimise` as a user runs it, on a SQLite file: three proposed projects in the
// first half of 2027, scored on a one-criterion model, one developer to share. With the year's
// budget the optimum drops the cheapest (greedy keeps it) and names the budget; with one developer
// the two that need her cannot run together unless one may start later (--start-options), and the
// JSON carries the same answer; a bad budget says what to type; --scenario chooses within a
// scenario that holds only two of them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery, seedDataDir } from '../helpers/cli.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { createResource } from '../../src/app/resources/resources.ts';
import { saveScoringModel } from '../../src/app/scoring/scoring-models.ts';
import { setProjectScore } from '../../src/app/scoring/scores.ts';
import { saveSelectionSettings } from '../../src/app/selection/selection-settings.ts';
import { createScenario, setScenarioProject } from '../../src/app/scenarios/scenario-commands.ts';
import { SelectionSettingsBody } from '../../src/contracts/selection.schema.ts';
import { makeProject } from '../helpers/register-fixtures.ts';
import type { Optimisation } from '../../src/contracts/selection.schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-portfolio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const optimise = (...args: string[]) => orrery('portfolio', 'optimise', ...args, '--data-dir', dir);
let portfolioCode = '';
let scenarioCode = '';
const codes: Record<string, string> = {};

beforeAll(() =>
  seedDataDir(dir, async (system, deps) => {
    const portfolio = await createRegisterItem(portfolioKind, system, { name: 'Digital', description: '', ownerId: null });
    portfolioCode = portfolio.code;
    await createResource(system, { kind: 'role', name: 'Developer', headcount: 1 });
    const levels = ['None', 'Low', 'Some', 'High', 'Top'].map((label, i) => ({ level: i + 1, label, description: `${label} value` }));
    await saveScoringModel(system, 'value_only', 0, { name: 'Value only', description: '', criteria: [{ key: 'value', name: 'Value', weight: 1, direction: 'higher-is-better', levels, objectiveId: null }], ahp: null });
    const ids: Record<string, string> = {};
    for (const [name, budget, level] of [['Small', 1_000, 3], ['Medium', 3_000, 4], ['Large', 4_000, 5]] as const) {
      const p = await makeProject(deps, { name, portfolioId: portfolio.id, status: 'proposed', plannedStart: '2027-01-04', plannedFinish: '2027-06-30', budget: { amountMinor: budget * 100, currency: 'EUR' } });
      await setProjectScore(system, p.id, 'value_only', 0, { levels: { value: level }, mandatoryReason: null, note: '' });
      codes[name] = p.code;
      ids[name] = p.id;
    }
    const scenario = await createScenario(system, portfolio.id, { name: 'Without Small', description: '' });
    const medium = await setScenarioProject(system, scenario.id, ids.Medium!, scenario.version, { included: true, shift: { amount: 0, unit: 'weeks' }, scalePct: 100 });
    await setScenarioProject(system, scenario.id, ids.Large!, medium.version, { included: true, shift: { amount: 0, unit: 'weeks' }, scalePct: 100 });
    scenarioCode = scenario.code;
    await saveSelectionSettings(system, portfolio.id, 0, SelectionSettingsBody.parse({
      quarters: 4, firstQuarter: '2027-Q1', modelKey: 'value_only',
      demandEstimates: [{ projectId: ids.Medium, role: 'Developer', hoursPerQuarter: 400 }, { projectId: ids.Large, role: 'Developer', hoursPerQuarter: 400 }],
    }));
  }), CLI_TIMEOUT);

describe('orrery portfolio optimise', { timeout: CLI_TIMEOUT }, () => {
  it('chooses within a scenario, leaving out what it does not hold, and names an unknown scenario', async () => {
    const within = await optimise(portfolioCode, '--budget', '8000', '--frontier', '0', '--scenario', scenarioCode.toLowerCase(), '--json');
    expect(within.code, within.stderr).toBe(0);
    const result = JSON.parse(within.stdout) as Optimisation;
    expect(result.leftOut.map((p) => [p.code, p.reason])).toEqual([[codes.Small, `Not in scenario ${scenarioCode} (Without Small).`]]);
    const unknown = await optimise(portfolioCode, '--budget', '8000', '--scenario', 'SCN-999');
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining('No scenario has the code SCN-999')]);
  });

  it('shows the optimum beside greedy, why a project is out, the frontier, start options and JSON', async () => {
    const budget = await optimise(portfolioCode, '--budget', '7000', '--frontier', '0');
    expect(budget.code, budget.stderr).toBe(0);
    expect(budget.stdout).toContain('Budget 2027: 7,000 EUR; horizon 2027-Q1 – 2027-Q4; 3 candidates.');
    // One developer: Medium and Large cannot both run in the first half; Small + Large is the best that fits.
    expect(budget.stdout).toMatch(/Optimal: value 150\.0, proven best/);
    const out = budget.stdout.split('\n').find((line) => line.startsWith(`Out: ${codes.Medium} — `))!;
    expect(out).toMatch(new RegExp(`Role "Developer" has [\\d.]+ left in 2027-Q1; "${codes.Medium}" needs 400`));
    expect(out).toContain(`Forcing it in loses 25.0 (${codes.Large} leave)`);

    const shifted = await optimise(portfolioCode, '--budget', '7000', '--start-options', '2', '--frontier', '4');
    expect(shifted.stdout).toMatch(/Optimal: value 175\.0, proven best/);
    expect(shifted.stdout).toMatch(new RegExp(`${codes.Large} Large\\s+100\\.0\\s+4,000\\s+2027-Q[13]`));
    expect(shifted.stdout).toContain('Efficient frontier (total budget → optimal / greedy value):');

    const json = JSON.parse((await optimise(portfolioCode, '--budget', '8000', '--start-options', '2', '--json', '--frontier', '0')).stdout) as Optimisation;
    expect(json.optimal!.value).toBe(225);
    const starts = Object.fromEntries(json.optimal!.chosen.map((c) => [c.code, c.start]));
    expect([starts[codes.Medium!], starts[codes.Large!]].sort()).toEqual(['2027-Q1', '2027-Q3']);
    expect(json.exclusions).toEqual([]);

    const bad = await optimise(portfolioCode, '--budget', 'lots');
    expect([bad.code, bad.stderr]).toEqual([1, expect.stringContaining('--budget: "lots" is not an amount')]);
  });
});
