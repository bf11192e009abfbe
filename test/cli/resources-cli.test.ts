// `orrery resources …` as a user runs it, on a SQLite file holding the demo organisation: finding
// people by skill at a proficiency, and one resource's page with its part-time capacity and rates.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery } from '../helpers/cli.ts';
import type { Resource } from '../../src/contracts/resource.schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-resources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const resources = (...args: string[]) => orrery('resources', ...args, '--data-dir', dir);

beforeAll(async () => {
  const demo = await orrery('demo', '--data-dir', dir);
  expect(demo.code, demo.stderr).toBe(0);
}, CLI_TIMEOUT);

describe('orrery resources', { timeout: CLI_TIMEOUT }, () => {
  it('lists the pool by skill and proficiency, and shows one resource with its calendar, capacity and rates', async () => {
    const experts = await resources('list', '--skill', 'sql', '--min-proficiency', '4', '--kind', 'person');
    expect(experts.code, experts.stderr).toBe(0);
    expect(experts.stdout).toMatch(/RES-\d+\s+Kenji Sato\s+person\s+Data engineer\s+Engineering\s+SQL 5, Python 4, Spark 4/);
    expect(experts.stdout).toContain('3 resources.');
    const bad = await resources('list', '--min-proficiency', '9');
    expect([bad.code, bad.stderr]).toEqual([1, expect.stringContaining('--min-proficiency: Too big')]);

    const [hannah] = JSON.parse((await resources('list', '--search', 'hannah', '--format', 'json')).stdout) as Resource[];
    const shown = await resources('show', hannah!.code.toLowerCase());
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(`${hannah!.code} Hannah Novak (person)`);
    expect(shown.stdout).toMatch(/Max units\s+100 % by default, 60 % from \d{4}-\d{2}-\d{2}/);
    expect(shown.stdout).toMatch(/Calendar\s+Standard with its own working week/);
    expect(shown.stdout).toMatch(/Rates\s+78\.00 EUR\/h, overtime 117\.00 EUR\/h from \d{4}-01-01/);
    const missing = await resources('show', 'RES-999');
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('No resource has the code RES-999')]);
  });
});
