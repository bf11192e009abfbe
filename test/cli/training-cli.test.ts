// `orrery training needs` as a user runs it, on a SQLite file holding the demo organisation: Jonas
// and Mei manage projects with high open risks and hold no PM certification, Marcus's PMP runs out in
// 60 days, and gaps against the project manager's levels follow from records and assessments.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery } from '../helpers/cli.ts';
import type { TrainingNeeds } from '../../src/contracts/training.schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-training-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const training = (...args: string[]) => orrery('training', ...args, '--data-dir', dir);

beforeAll(async () => {
  const demo = await orrery('demo', '--data-dir', dir);
  expect(demo.code, demo.stderr).toBe(0);
}, CLI_TIMEOUT);

describe('orrery training needs', { timeout: CLI_TIMEOUT }, () => {
  it('lists who needs which training and why, with the courses that meet it', async () => {
    const out = await training('needs');
    expect(out.code, out.stderr).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/Person\s+Need\s+Why\s+Courses/);
    expect(out.stdout).toMatch(/Jonas Weber\s+High-risk, uncertified\s+Manages high-risk PRJ-\d+ \(exposure 15\)/);
    expect(out.stdout).toMatch(/Marcus Lee\s+Certification expiring\s+PMP expires on \d{4}-\d{2}-\d{2}, in 60 days\.\s+CRS-001/);
    expect(out.stdout).not.toMatch(/Marcus Lee\s+High-risk/);
    expect(out.stdout).toMatch(/Jonas Weber\s+Competency gap\s+Project managers need Stakeholder/);
    expect(lines.at(-1)).toBe('15 needs. A project is high-risk from exposure 10 (the risk matrix\'s high band).');
  });

  it('prints the same needs as JSON', async () => {
    const out = await training('needs', '--json');
    expect(out.code, out.stderr).toBe(0);
    const needs = JSON.parse(out.stdout) as TrainingNeeds;
    expect(needs.items).toHaveLength(15);
    const uncertified = needs.items.filter((n) => n.kind === 'high_risk_uncertified').map((n) => n.person.name).sort();
    expect(uncertified).toEqual(['Jonas Weber', 'Mei Chen']);
    const marcus = needs.items.find((n) => n.kind === 'certification_expiring')!;
    expect(marcus).toMatchObject({ person: { name: 'Marcus Lee' }, certification: 'PMP', daysLeft: 60, courses: [{ code: 'CRS-001', name: 'PMP exam preparation' }] });
  });
});
