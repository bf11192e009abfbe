// `orrery benefits` as a user runs it, on a SQLite file: a project's register with realisation and
// status, a portfolio's money benefits planned vs realised with an overdue measurement flagged, JSON
// for scripts, and what to type when the command is wrong.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery, seedDataDir } from '../helpers/cli.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { createBenefit, recordMeasurement } from '../../src/app/benefits/benefit-commands.ts';
import { makeProject } from '../helpers/register-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-benefits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const benefits = (...args: string[]) => orrery('benefits', ...args, '--data-dir', dir);
let code = '';
let portfolioCode = '';

beforeAll(() =>
  seedDataDir(dir, async (system, deps) => {
    const portfolio = await createRegisterItem(portfolioKind, system, { name: 'Operations', description: '', ownerId: null });
    portfolioCode = portfolio.code;
    const project = await makeProject(deps, { name: 'Warehouse automation', portfolioId: portfolio.id, status: 'active' });
    code = project.code;
    const saving = await createBenefit(system, project.id, { title: 'Lower picking cost', description: '', category: 'financial', measure: 'Annual picking cost', unit: '', currency: 'EUR', direction: 'lower_is_better', baseline: 80_000_000, target: 60_000_000, ownerId: null, expectedBy: '2099-12-31', plannedMeasurements: ['2020-06-30', '2099-06-30'] });
    await recordMeasurement(system, saving.id, { measuredOn: '2020-01-31', value: 75_000_000, note: '' });
    const errors = await createBenefit(system, project.id, { title: 'Fewer picking errors', description: '', category: 'non_financial', measure: 'Errors per 1000 picks', unit: 'errors/1000', currency: null, direction: 'lower_is_better', baseline: 12, target: 4, ownerId: null, expectedBy: '2099-12-31', plannedMeasurements: [] });
    await recordMeasurement(system, errors.id, { measuredOn: '2020-02-28', value: 2, note: '' });
  }), CLI_TIMEOUT);

describe('orrery benefits', { timeout: CLI_TIMEOUT }, () => {
  it('lists a project’s benefits and a portfolio’s planned vs realised, and says what to type when wrong', async () => {
    const project = await benefits(code);
    expect(project.code, project.stderr).toBe(0);
    expect(project.stdout).toMatch(/Lower picking cost\s+800,000 EUR → 600,000 EUR\s+750,000 EUR\s+25 %\s+AT RISK/);
    expect(project.stdout).toMatch(/Fewer picking errors\s+12 errors\/1000 → 4 errors\/1000\s+2 errors\/1000\s+125 %\s+realised/);
    expect(project.stdout).toContain('Money benefits: 50,000 EUR realised of 200,000 EUR planned (25 %).');
    expect(project.stdout).toContain('AT RISK: Measurement overdue since 2020-06-30.');

    const portfolio = await benefits('--portfolio', portfolioCode);
    expect(portfolio.code, portfolio.stderr).toBe(0);
    expect(portfolio.stdout).toMatch(/Total\s+2\s+200,000 EUR\s+50,000 EUR\s+25 %\s+1\s+1 !/);
    expect(portfolio.stdout).toMatch(/Overdue measurement: BEN-\d+ Lower picking cost \(PRJ-\d+, owner none\) since 2020-06-30\./);

    const json = JSON.parse((await benefits('--portfolio', portfolioCode, '--format', 'json')).stdout);
    expect(json.total).toMatchObject({ benefits: 2, plannedMinor: 20_000_000, realisedMinor: 5_000_000 });

    const neither = await benefits();
    expect([neither.code, neither.stderr]).toEqual([1, expect.stringContaining('Give a project code (orrery benefits PRJ-001) or --portfolio CODE, not both.')]);
    expect((await benefits('PRJ-999')).stderr).toContain('No project has the code PRJ-999');
  });
});
