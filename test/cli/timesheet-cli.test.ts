// `orrery timesheet …` as a user runs it, on a SQLite file holding the demo organisation, where Mei
// Chen (a contributor to CRM Replacement, managed by Marcus Lee) has submitted a week: the queue,
// her week's grid, a return that needs a comment, Marcus's approval and the locked period.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery } from '../helpers/cli.ts';
import { openDatabase } from '../../src/db/database.ts';
import { systemClock, type AppContext } from '../../src/app/context.ts';
import { listBookableTasks } from '../../src/app/timesheets/bookable-tasks.ts';
import { saveMyWeek, submitTimesheet } from '../../src/app/timesheets/timesheet-commands.ts';
import type { TimesheetListItem } from '../../src/contracts/timesheet.schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-timesheet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const timesheet = (...args: string[]) => orrery('timesheet', ...args, '--data-dir', dir);

beforeAll(async () => {
  const demo = await orrery('demo', '--data-dir', dir);
  expect(demo.code, demo.stderr).toBe(0);
  const database = openDatabase(`sqlite:${join(dir, 'orrery.db')}`);
  try {
    const mei = await database.db.selectFrom('users').select(['id', 'name']).where('email', '=', 'mei.chen@example.com').executeTakeFirstOrThrow();
    const ctx: AppContext = { db: database.db, dialect: 'sqlite', clock: systemClock, actor: { userId: mei.id, name: mei.name, orgRole: 'member', via: 'system' } };
    const task = (await listBookableTasks(ctx, {})).items.find((t) => t.projectName === 'CRM Replacement' && t.taskId !== null)!;
    const saved = await saveMyWeek(ctx, '2026-03-02', 0, { rows: [{ projectId: task.projectId, taskId: task.taskId, overtime: false, minutes: [450, 480, 480, 0, 0, 0, 0], note: '' }] });
    await submitTimesheet(ctx, saved.id!, saved.version);
  } finally {
    await database.close();
  }
}, CLI_TIMEOUT);

describe('orrery timesheet', { timeout: CLI_TIMEOUT }, () => {
  it('shows the approval queue and a person’s week, and decides it as the project’s manager', async () => {
    const pending = await timesheet('pending');
    expect(pending.code, pending.stderr).toBe(0);
    expect(pending.stdout).toMatch(/Mei Chen\s+2026-03-02\s+submitted\s+23:30\s+PRJ-\d+/);
    expect(pending.stdout).toContain('1 timesheet waiting.');
    expect((await timesheet('pending', '--approver', 'sofia.rossi@example.com')).stdout).toContain('Nothing waits for sofia.rossi@example.com');

    const week = await timesheet('list', '--user', 'mei.chen@example.com', '--week', '2026-03-04');
    expect(week.code, week.stderr).toBe(0);
    expect(week.stdout).toContain('Mei Chen, week of 2026-03-02: submitted');
    expect(week.stdout).toMatch(/PRJ-\d+\s+[\d.]+ .+\s+7:30\s+8:00\s+8:00\s+23:30/);
    expect(week.stdout).toMatch(/Total\s+7:30\s+8:00\s+8:00\s+23:30/);

    const bare = await timesheet('return', '--user', 'mei.chen@example.com', '--week', '2026-03-02');
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain('--comment');
    const wrong = await timesheet('approve', '--user', 'mei.chen@example.com', '--week', '2026-03-02', '--as', 'sofia.rossi@example.com');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/does not exist|cannot see/);
    const approved = await timesheet('approve', '--user', 'mei.chen@example.com', '--week', '2026-03-02', '--as', 'marcus.lee@example.com');
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toContain('Approved the timesheet of Mei Chen for the week of 2026-03-02 (23:30 hours).');
    const listed = JSON.parse((await timesheet('list', '--status', 'approved', '--format', 'json')).stdout) as TimesheetListItem[];
    expect(listed.map((t) => [t.user.name, t.weekStart, t.totalMinutes])).toEqual([['Mei Chen', '2026-03-02', 1410]]);
  });

  it('locks and unlocks timesheet days', async () => {
    const locked = await timesheet('lock', '--through', '2026-02-28');
    expect(locked.code, locked.stderr).toBe(0);
    expect(locked.stdout).toContain('Timesheets are locked through 2026-02-28.');
    expect((await timesheet('lock', '--unlock')).stdout).toContain('No timesheet day is locked.');
    const neither = await timesheet('lock');
    expect(neither.code).toBe(1);
    expect(neither.stderr).toContain('--through YYYY-MM-DD or --unlock');
  });
});
