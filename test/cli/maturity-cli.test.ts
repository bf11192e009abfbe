// `orrery maturity list|show` and `orrery pmo kpis|charter` as a user runs them, on a SQLite file holding the demo organisation
// (a closed baseline assessment and this month's, still open).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery } from '../helpers/cli.ts';
import type { MaturityAssessment } from '../../src/contracts/maturity.schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-maturity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const maturity = (...args: string[]) => orrery('maturity', ...args, '--data-dir', dir);

beforeAll(async () => {
  const demo = await orrery('demo', '--data-dir', dir);
  expect(demo.code, demo.stderr).toBe(0);
}, CLI_TIMEOUT);

describe('orrery maturity', { timeout: CLI_TIMEOUT }, () => {
  it('lists the assessments, latest first, with a score per dimension', async () => {
    const list = await maturity('list');
    expect(list.code, list.stderr).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/Code\s+Title\s+Taken\s+Status\s+Answered\s+Level\s+Score\s+Governance\s+Scheduling/);
    expect(lines[1]).toMatch(/MAT-002\s+PMO maturit.*open\s+2\/4/);
    expect(lines[2]).toMatch(/MAT-001\s+PMO maturit.*closed\s+3\/3/);
  });

  it('shows one assessment with its change since the baseline and the next steps, or says what is unknown', async () => {
    const show = await maturity('show', 'mat-002');
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain('Change since MAT-001');
    expect(show.stdout).toMatch(/Governance\s+3\.00\s+3\s+\+1\.00/);
    expect(show.stdout).toContain('Improvement steps:');
    const json = JSON.parse((await maturity('show', 'MAT-002', '--format', 'json')).stdout) as MaturityAssessment;
    expect(json.targets).toEqual({ governance: 4, reporting: 4 });
    const unknown = await maturity('show', 'MAT-999');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No maturity assessment has the code MAT-999');
  });

  it('prints the PMO\'s KPIs by quarter and its charter', async () => {
    const kpis = await orrery('pmo', 'kpis', '--cost-tolerance', '5', '--data-dir', dir);
    expect(kpis.code, kpis.stderr).toBe(0);
    expect(kpis.stdout).toContain('on budget within 5 %');
    for (const name of ['Delivered on time', 'Gate compliance', 'Reporting timeliness', 'Risk response coverage']) expect(kpis.stdout).toContain(name);
    expect(kpis.stdout).toMatch(/Risk response coverage\s.*\d+ % \(\d+\/\d+\)/);
    const charter = await orrery('pmo', 'charter', '--data-dir', dir);
    expect(charter.code, charter.stderr).toBe(0);
    expect(charter.stdout).toContain('Mandate: The PMO makes projects succeed');
    expect(charter.stdout).toMatch(/Portfolio reporting\s+reporting\s+By the 5th working day of each month/);
    const unknown = await orrery('pmo', 'kpis', '--portfolio', 'PFL-999', '--data-dir', dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No portfolio has the code PFL-999');
  });
});
