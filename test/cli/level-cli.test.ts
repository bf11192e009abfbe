// `orrery level` as a user runs it, on a SQLite file: Ana on two parallel tasks of one project in
// the first week of March 2027. The preview names the task that waits and writes nothing; --apply
// levels (the schedule keeps the delay); --clear undoes it; bad invocations say what to type.
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
import { makeProject } from '../helpers/register-fixtures.ts';
import type { LevellingResult } from '../../src/contracts/levelling.schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-level-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const level = (...args: string[]) => orrery('level', ...args, '--data-dir', dir);
let code = '';
let portfolioCode = '';

beforeAll(() =>
  seedDataDir(dir, async (system, deps) => {
    const portfolio = await createRegisterItem(portfolioKind, system, { name: 'Digital', description: '', ownerId: null });
    portfolioCode = portfolio.code;
    const ana = await createResource(system, { kind: 'person', name: 'Ana Full', skills: [] });
    const project = await makeProject(deps, { name: 'Website', portfolioId: portfolio.id, status: 'active', plannedStart: '2027-03-01' });
    code = project.code;
    for (const [name, days] of [['Design', 2], ['Build', 3]] as const) {
      const { taskId } = await createScheduleTask(system, project.id, { name, durationMinutes: days * 480 });
      await createAssignment(system, project.id, taskId, { resourceId: ana.id, units: 100 });
    }
  }), CLI_TIMEOUT);

describe('orrery level', { timeout: CLI_TIMEOUT }, () => {
  it('previews, levels, clears, levels a portfolio as JSON, and says what to type when the command is wrong', async () => {
    const preview = await level(code, '--from', '2027-03-01');
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toMatch(/Design\s+2027-03-01 08:00\s+2027-03-04 08:00\s+2027-03-05 17:00\s+3 d/);
    expect(preview.stdout).toContain('finish 2027-03-03 17:00 → 2027-03-05 17:00, 1 task delayed.');
    expect(preview.stdout).toContain('Over-allocated resource-days: 2 before, 0 after');
    expect(preview.stdout).toContain('Preview only: nothing was written. Run again with --apply to level.');

    const applied = await level(code, '--from', '2027-03-01', '--apply');
    expect(applied.stdout).toContain('Levelled: the delays are saved. Undo with --clear.');
    const again = await level(code, '--from', '2027-03-01');
    expect(again.stdout).toContain('Nothing moves');
    expect(again.stdout).toContain('Over-allocated resource-days: 0 before, 0 after');

    const cleared = await level(code, '--clear');
    expect(cleared.stdout).toContain(`${code}: levelling cleared from 1 task; 1 moved back.`);

    const json = JSON.parse((await level('--portfolio', portfolioCode, '--from', '2027-03-01', '--mode', 'optimise', '--schedules', '100', '--json')).stdout) as LevellingResult;
    expect(json).toMatchObject({ applied: false, mode: 'optimise', overAllocatedBefore: 2, overAllocatedAfter: 0 });

    const neither = await level('--from', '2027-03-01');
    expect([neither.code, neither.stderr]).toEqual([1, expect.stringContaining('Name a project (orrery level PRJ-001) or a portfolio')]);
    const badMode = await level(code, '--mode', 'best');
    expect(badMode.code).not.toBe(0);
    const badFrom = await level(code, '--from', '2027-02-30');
    expect([badFrom.code, badFrom.stderr]).toEqual([1, expect.stringContaining('--from')]);
  });
});
