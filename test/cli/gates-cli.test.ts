// `orrery gates pending|list` as a user runs them, on a SQLite file holding the demo organisation
// (which waits at two gates).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery } from '../helpers/cli.ts';
import type { GateReview } from '../../src/contracts/governance.schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-gates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const gates = (...args: string[]) => orrery('gates', ...args, '--data-dir', dir);

beforeAll(async () => {
  const demo = await orrery('demo', '--data-dir', dir);
  expect(demo.code, demo.stderr).toBe(0);
}, CLI_TIMEOUT);

describe('orrery gates', { timeout: CLI_TIMEOUT }, () => {
  it('shows the approval queue: everything waiting, one approver’s share, and says who is unknown', async () => {
    const all = await gates('pending');
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toMatch(/GATE-\d+\s+PRJ-\d+\s+Customer Self-Service/);
    expect(all.stdout).toContain('2 gate reviews.');
    const tom = await gates('pending', '--approver', 'tom.becker@example.com', '--format', 'json');
    expect((JSON.parse(tom.stdout) as GateReview[]).map((r) => r.projectName)).toEqual(['Customer Self-Service Portal', 'Enterprise BI Rollout']);
    const manager = await gates('pending', '--approver', 'sofia.rossi@example.com');
    expect(manager.stdout).toContain('Nothing waits for sofia.rossi@example.com');
    const unknown = await gates('pending', '--approver', 'nobody@example.com');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No account has the e-mail nobody@example.com');
  });

  it('lists a project’s gate reviews with their readiness', async () => {
    const list = await gates('list', '--project', 'PRJ-005');
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/Gate 1 – Approval to/);
    expect(list.stdout).toMatch(/need waiver\s+requested/);
  });
});
