// `orrery progress` as a project manager runs it, on a SQLite file: Design (2 days from Monday
// 1 March 2027) then Build (3 days). Half of Design is done by Tuesday evening: it started as
// planned and its last day runs on Wednesday, Build and the project's finish move; two days remain,
// not one; an actual finish before the start is refused with nothing changed; finishing it on
// Thursday makes it 100 %. `orrery evm` then works at the schedule's status date and says so. Bad
// options are checked by the command's own functions (no process each) for their messages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery, seedDataDir } from '../helpers/cli.ts';
import { openDatabase } from '../../src/db/database.ts';
import { systemActor, systemClock, type AppContext } from '../../src/app/context.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { createScheduleLink } from '../../src/app/schedules/schedule-links.ts';
import { createScheduleTask, getSchedule } from '../../src/app/schedules/schedule-commands.ts';
import { findTaskNamed, localInstant, progressPatch } from '../../src/cli/commands/progress.ts';
import { makeProject } from '../helpers/register-fixtures.ts';
import type { ScheduleTask } from '../../src/contracts/schedule.schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const progress = (...args: string[]) => orrery('progress', ...args, '--data-dir', dir);
let code = '';

beforeAll(() =>
  seedDataDir(dir, async (system, deps) => {
    const portfolio = await createRegisterItem(portfolioKind, system, { name: 'Digital', description: '', ownerId: null });
    const project = await makeProject(deps, { name: 'Website', portfolioId: portfolio.id, status: 'active', plannedStart: '2027-03-01' });
    code = project.code;
    const design = await createScheduleTask(system, project.id, { name: 'Design', durationMinutes: 960 });
    const build = await createScheduleTask(system, project.id, { name: 'Build', durationMinutes: 1440 });
    await createScheduleLink(system, project.id, { predecessorId: design.taskId, successorId: build.taskId, type: 'FS', lagMinutes: 0, lagElapsed: false, lagPercent: null });
  }), CLI_TIMEOUT);

describe('orrery progress', { timeout: CLI_TIMEOUT }, () => {
  it('records progress at the status date, prints what moved, and refuses an actual finish before the start with nothing changed', async () => {
    const half = await progress(code, '--task', 'design', '--percent', '50', '--status-date', '2027-03-02');
    expect(half.code, half.stderr).toBe(0);
    expect(half.stdout).toContain('#1 Design\n');
    expect(half.stdout).toContain('  Percent complete  0 % → 50 %\n');
    expect(half.stdout).toContain('  Actual start      — → 2027-03-01 08:00\n');
    expect(half.stdout).toContain('  Finish            2027-03-02 17:00 → 2027-03-03 17:00\n');
    expect(half.stdout).toContain('Status date: — → 2027-03-02 17:00\n');
    expect(half.stdout).toMatch(/1 other task moved:\n +# +Task +Start +Finish\n +2 +Build +2027-03-03 08:00 → 2027-03-04 08:00 +2027-03-05 17:00 → 2027-03-08 17:00\n/);
    expect(half.stdout).toContain('Project finish: 2027-03-05 17:00 → 2027-03-08 17:00');

    const longer = await progress(code, '--task', '1', '--remaining', '2');
    expect(longer.stdout).toContain('  Remaining         — → 2 d\n');
    expect(longer.stdout).toContain('  Duration          2 d → 3 d\n');
    expect(longer.stdout).toContain('Project finish: 2027-03-08 17:00 → 2027-03-09 17:00');

    const backwards = await progress(code, '--task', 'Design', '--actual-finish', '2027-02-26');
    expect([backwards.code, backwards.stderr]).toEqual([1, expect.stringContaining('actualFinish: must be on or after the actual start (2027-03-01T08:00)')]);
    const done = JSON.parse((await progress(code, '--task', 'Design', '--actual-finish', '2027-03-04', '--json')).stdout) as { task: ScheduleTask; schedule: { projectFinish: string } };
    expect(done.task).toMatchObject({ percentComplete: 100, actualStart: '2027-03-01T08:00', actualFinish: '2027-03-04T17:00', remainingMinutes: null });
    expect(done.schedule.projectFinish).toBe('2027-03-09T17:00');
  });

  it('feeds orrery evm’s default status date, and wants something to record', async () => {
    const evm = await orrery('evm', code, '--data-dir', dir);
    expect(evm.stdout).toMatch(new RegExp(`^${code} Website — earned value as of 2027-03-02 \\(the schedule’s status date\\)\\n`));

    const nothing = await progress(code, '--task', 'Build');
    expect([nothing.code, nothing.stderr]).toEqual([1, expect.stringContaining('Say what to record: --percent')]);
  });

  it('says what to type when a task, a percent or a day is wrong (checked before anything is written)', async () => {
    const database = openDatabase(`sqlite:${join(dir, 'orrery.db')}`);
    try {
      const system: AppContext = { db: database.db, dialect: 'sqlite', clock: systemClock, mailEnabled: false, actor: systemActor };
      const project = await database.db.selectFrom('projects').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      const schedule = await getSchedule(system, project.id);
      const wrong = (f: () => unknown) => {
        try {
          f();
        } catch (error) {
          return (error as Error).message;
        }
        return 'accepted';
      };
      expect(findTaskNamed(schedule, '#2').name).toBe('Build');
      expect(wrong(() => findTaskNamed(schedule, 'Buil'))).toBe('--task "Buil": no task has this name; did you mean #2 Build?');
      expect(wrong(() => findTaskNamed(schedule, '7'))).toBe("--task 7: the schedule has 2 tasks, numbered 1 to 2 as in the web app's task grid.");
      const build = findTaskNamed(schedule, 'build');
      expect(progressPatch(schedule, build, { percent: '40', remaining: '1.5', actualStart: '2027-03-05' })).toEqual({ percentComplete: 40, remainingMinutes: 720, actualStart: '2027-03-05T08:00' });
      expect(wrong(() => progressPatch(schedule, build, { percent: '150' }))).toBe('--percent 150: give a whole number from 0 to 100.');
      expect(wrong(() => progressPatch(schedule, build, { remaining: 'soon' }))).toBe('--remaining soon: give the working days left, e.g. 2 or 1.5.');
      expect(wrong(() => progressPatch(schedule, build, { actualFinish: '2027-02-30' }))).toBe('--actual-finish 2027-02-30: not a real day.');
      expect(localInstant(schedule, schedule.settings.calendarId, '2027-03-05', 'end', '--status-date')).toBe('2027-03-05T17:00');
      expect(wrong(() => localInstant(schedule, schedule.settings.calendarId, '2027-03-06', 'end', '--status-date'))).toBe("--status-date 2027-03-06: not a working day on the project's calendar; give the time as well, e.g. 2027-03-06T09:00.");
    } finally {
      await database.close();
    }
  });
});
