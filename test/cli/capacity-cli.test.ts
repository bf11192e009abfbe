// `orrery capacity` as a user runs it, on a SQLite file with a small pool of its own: Ana on two
// projects' tasks in the first week of March 2027 (over-allocated), Bo half time on a proposed one
// in the second; the table per resource and per role, load in percent and "!" where over; and what
// adding Gamma does, as planned and a week earlier.
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
import type { CapacityView } from '../../src/contracts/capacity.schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-capacity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const capacity = (...args: string[]) => orrery('capacity', ...args, '--data-dir', dir);
let gammaCode = '';

beforeAll(() =>
  seedDataDir(dir, async (system, deps) => {
    const portfolio = await createRegisterItem(portfolioKind, system, { name: 'Digital', description: '', ownerId: null });
    const developer = await createResource(system, { kind: 'role', name: 'Developer', headcount: 1, maxUnits: [{ from: '2027-01-01', units: 0 }], skills: [] });
    const ana = await createResource(system, { kind: 'person', name: 'Ana Full', roleId: developer.id, skills: [] });
    const bo = await createResource(system, { kind: 'person', name: 'Bo Half', roleId: developer.id, maxUnits: [{ from: '2027-01-01', units: 50 }], skills: [] });
    const plan = async (name: string, status: 'active' | 'proposed', start: string, people: Array<[string, number]>) => {
      const project = await makeProject(deps, { name, portfolioId: portfolio.id, status, plannedStart: start });
      const { taskId } = await createScheduleTask(system, project.id, { name: `${name} work`, durationMinutes: 5 * 480 });
      for (const [resourceId, units] of people) await createAssignment(system, project.id, taskId, { resourceId, units });
      return project.code;
    };
    await plan('Alpha', 'active', '2027-03-01', [[ana.id, 100]]);
    await plan('Beta', 'active', '2027-03-01', [[ana.id, 50]]);
    gammaCode = await plan('Gamma', 'proposed', '2027-03-08', [[bo.id, 100]]);
  }), CLI_TIMEOUT);

describe('orrery capacity', { timeout: CLI_TIMEOUT }, () => {
  it('prints load per resource and week with over-allocations marked, per role, with proposed work when asked, and as JSON', async () => {
    const byResource = await capacity('--by', 'resource', '--from', '2027-03-01', '--to', '2027-03-14');
    expect(byResource.code, byResource.stderr).toBe(0);
    expect(byResource.stdout).toMatch(/Resource\s+03-01\s+03-08/);
    expect(byResource.stdout).toMatch(/Ana Full \(RES-\d+\)\s+150%!\s+0%/);
    expect(byResource.stdout).toMatch(/Bo Half \(RES-\d+\)\s+0%\s+0%/);
    expect(byResource.stdout).toContain('! = over-allocated (1 cell).');

    const byRole = await capacity('--by', 'role', '--from', '2027-03-01', '--to', '2027-03-14', '--include-proposed');
    // Developer: Ana 40 h + Bo 20 h of capacity; 60 h in week 1, Bo's 40 h in week 2.
    expect(byRole.stdout).toMatch(/Developer\s+100%\s+67%/);
    expect(byRole.stdout).toContain('Proposed projects counted.');

    const json = JSON.parse((await capacity('--by', 'resource', '--from', '2027-03-01', '--to', '2027-03-31', '--unit', 'month', '--json')).stdout) as CapacityView;
    expect(json.rows.find((r) => r.label.startsWith('Ana'))).toMatchObject({ demand: [60], overAllocated: [false] });

    const bad = await capacity('--from', '2027-03-14', '--to', '2027-03-01');
    expect([bad.code, bad.stderr]).toEqual([1, expect.stringContaining('to (2027-03-01) is before from (2027-03-14)')]);
    const badBy = await capacity('--by', 'team', '--from', '2027-03-01', '--to', '2027-03-14');
    expect(badBy.code).not.toBe(0);
  });

  it('shows what adding a project does, before → after with "!" where it pushes a row over, moved by whole weeks when asked', async () => {
    const planned = await capacity('--by', 'resource', '--from', '2027-03-01', '--to', '2027-03-14', '--what-if', gammaCode.toLowerCase());
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toContain(`What if ${gammaCode} Gamma is added: its assigned work runs 2027-03-08 – 2027-03-12.`);
    expect(planned.stdout).toMatch(/Bo Half \(RES-\d+\)\s+0%\s+0→200%!/);
    expect(planned.stdout).toMatch(/Ana Full \(RES-\d+\)\s+150%\s+0%/);
    expect(planned.stdout).toMatch(/Pushed over capacity: Bo Half \(RES-\d+\) \(03-08\)\./);

    // A week earlier Gamma lands on Ana's busy week: the Developer role goes from 60 h of 60 to 100 h.
    const earlier = await capacity('--from', '2027-03-01', '--to', '2027-03-14', '--what-if', gammaCode, '--shift-weeks', '-1');
    expect(earlier.code, earlier.stderr).toBe(0);
    expect(earlier.stdout).toContain('added 1 week earlier than planned: its assigned work would run 2027-03-01 – 2027-03-05 (planned 2027-03-08 – 2027-03-12).');
    expect(earlier.stdout).toMatch(/Developer\s+100→167%!\s+0%/);
    expect(earlier.stdout).toMatch(/People and equipment pushed over: Bo Half \(03-01\)\./);
    const json = JSON.parse((await capacity('--from', '2027-03-01', '--to', '2027-03-14', '--what-if', gammaCode, '--shift-weeks', '-1', '--json')).stdout);
    expect(json).toMatchObject({ projectName: 'Gamma', shiftWeeks: -1, rows: [{ label: 'Developer', before: [60, 0], after: [100, 0], newlyOverAllocated: [0] }] });

    const noProject = await capacity('--from', '2027-03-01', '--to', '2027-03-14', '--what-if', 'PRJ-999');
    expect([noProject.code, noProject.stderr]).toEqual([1, expect.stringContaining('No project has the code PRJ-999')]);
    const halfWeek = await capacity('--from', '2027-03-01', '--to', '2027-03-14', '--what-if', gammaCode, '--shift-weeks', '1.5');
    expect([halfWeek.code, halfWeek.stderr]).toEqual([1, expect.stringContaining('give whole weeks, e.g. 4 (a month later) or -2 (two weeks earlier).')]);
    const tooFar = await capacity('--from', '2027-03-01', '--to', '2027-03-14', '--what-if', gammaCode, '--shift-weeks', '200');
    expect([tooFar.code, tooFar.stderr]).toEqual([1, expect.stringContaining('--shift-weeks: Move the project by at most 104 weeks (two years) later.')]);
    const shiftAlone = await capacity('--from', '2027-03-01', '--to', '2027-03-14', '--shift-weeks', '2');
    expect([shiftAlone.code, shiftAlone.stderr]).toEqual([1, expect.stringContaining('add --what-if PRJ-…')]);
  });
});
