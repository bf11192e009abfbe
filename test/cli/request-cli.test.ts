// `orrery request …` as a user runs it: a member submits a request, the PMO screens it, enters a
// business case from a file, approves it from a template, and the list and show tell the story.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery, seedDataDir } from '../helpers/cli.ts';
import { createUser } from '../../src/app/users/users.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { objectiveKind } from '../../src/app/register/objectives.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import type { ProjectRequest } from '../../src/contracts/intake.schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-request-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const request = (...args: string[]) => orrery('request', ...args, '--data-dir', dir);

beforeAll(async () => {
  await seedDataDir(dir, async (system) => {
    await createUser(system, { email: 'ana@example.org', name: 'Ana Member', password: 'correct horse battery staple', orgRole: 'member' });
    await createUser(system, { email: 'pia@example.org', name: 'Pia PMO', password: 'correct horse battery staple', orgRole: 'pmo' });
    await createRegisterItem(objectiveKind, system, { name: 'Serve customers online', description: '', ownerId: null, status: 'active', targetDate: null });
    await createRegisterItem(portfolioKind, system, { name: 'Digital', description: '', ownerId: null });
  });
  writeFileSync(join(dir, 'case.json'), JSON.stringify({ currency: 'EUR', periodicity: 'year', annualDiscountRate: 0.1, lines: [{ label: 'Build', kind: 'cost', amountsMinor: [100000] }, { label: 'Savings', kind: 'benefit', amountsMinor: [0, 40000, 40000, 40000] }] }));
}, CLI_TIMEOUT);

describe('orrery request', { timeout: CLI_TIMEOUT }, () => {
  it('takes a member’s request through triage and a business case to a project', async () => {
    const incomplete = await request('submit', '--as', 'ana@example.org', '--title', 'Portal');
    expect(incomplete.code).toBe(1);
    expect(incomplete.stderr).toContain('is not ready to submit: Describe the problem or opportunity.');
    expect((await request('list')).stdout).toContain('No project requests.');

    const submitted = await request('submit', '--as', 'ana@example.org', '--title', 'Customer portal', '--problem', 'Calls about orders', '--objectives', 'Self-service tracking', '--portfolio', 'PFL-001', '--objective', 'OBJ-001', '--cost', '1000', '--months', '6', '--start', '2027-01-04');
    expect(submitted.code, submitted.stderr).toBe(0);
    expect(submitted.stdout).toContain('REQ-001 Customer portal: submitted.');

    const own = await request('triage', 'REQ-001', 'screen', '--as', 'ana@example.org');
    expect(own.code).toBe(1);
    expect(own.stderr).toContain('the PMO triages and decides requests');
    expect((await request('triage', 'REQ-001', 'screen', '--as', 'pia@example.org', '--comment', 'Fits')).stdout).toContain('submitted → screening');
    expect((await request('triage', 'REQ-001', 'build_case', '--as', 'pia@example.org')).stdout).toContain('screening → business case');

    const cased = await request('case', 'REQ-001', '--file', join(dir, 'case.json'));
    expect(cased.code, cased.stderr).toBe(0);
    expect(cased.stdout).toContain('NPV -5.26 EUR');
    expect(cased.stdout).toContain('payback 2.50 years');

    const approved = await request('approve', 'REQ-001', '--template', 'it_system_implementation', '--as', 'pia@example.org', '--comment', 'Go');
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toMatch(/REQ-001 approved: project PRJ-\d+ Customer portal created\./);

    const list = await request('list');
    expect(list.stdout).toMatch(/REQ-001\s+Customer portal\s+approved\s+Ana Member\s+1,000.00 EUR\s+-5.26 EUR\s+PRJ-\d+/);
    const json = JSON.parse((await request('show', 'REQ-001', '--format', 'json')).stdout) as ProjectRequest;
    expect(json.history.map((h) => h.action)).toEqual(['create', 'submit', 'screen', 'build_case', 'approve']);
    const shown = await request('show', 'REQ-001');
    expect(shown.stdout).toContain('Pia PMO: approve → approved — Go');
  });
});
