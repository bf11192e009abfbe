// `orrery timesheet …` as a user runs it, on a SQLite file holding the demo organisation, where Mei
// Chen (a contributor to CRM Replacement, managed by Marcus Lee) has submitted a week: the queue,
// her week's grid, a return that needs a comment, Marcus's approval and the locked period. Then
// Mei enters another week from the shell (a CRM task by WBS number and by name, time on the Data
// Lakehouse she manages herself) and submits it; Marcus approves the CRM hours and her line manager
// David Okafor the rest.
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
/** Where Mei books in the shell test: a CRM task with a name of its own, and the project she manages. */
const at = { crm: '', task: { wbs: '', name: '' }, lakehouse: '' };

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

    const bookable = (await listBookableTasks(ctx, {})).items;
    const crmTasks = bookable.filter((t) => t.projectName === 'CRM Replacement' && t.taskId !== null);
    const unique = crmTasks.find((t) => crmTasks.filter((u) => u.taskName === t.taskName).length === 1)!;
    const codeOf = async (name: string) => (await database.db.selectFrom('projects').select('code').where('name', '=', name).executeTakeFirstOrThrow()).code;
    Object.assign(at, { crm: task.projectCode, task: { wbs: unique.wbs!, name: unique.taskName! }, lakehouse: await codeOf('Data Lakehouse Foundation') });
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

  it('enters and saves a week as its person, row by row, and submits it', async () => {
    const set = (...args: string[]) => timesheet('set', '--user', 'mei.chen@example.com', '--week', '2026-03-11', ...args);
    const first = await set('--project', at.crm, '--task', at.task.wbs, '--day', 'mon=8,tue=7.5');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Mei Chen, week of 2026-03-09: draft');
    expect(first.stdout).toMatch(new RegExp(`${at.crm}\\s+${at.task.wbs.replace(/\./g, '\\.')} .+\\s8:00\\s+7:30\\s+15:30`));
    expect(first.stdout).toContain('Saved: 15:30 hours in the week. Submit it with: orrery timesheet submit --user mei.chen@example.com --week 2026-03-09');
    // The same row by its name in any case: Tuesday cleared, Wednesday added; then time on her own project.
    expect((await set('--project', at.crm.toLowerCase(), '--task', at.task.name.toUpperCase(), '--day', 'wed=7:30', '--day', 'tue=0')).code).toBe(0);
    const own = await set('--project', at.lakehouse, '--day', 'thu=2', '--note', 'Steering committee');
    expect(own.code, own.stderr).toBe(0);
    expect(own.stdout).toMatch(new RegExp(`${at.lakehouse}\\s+\\(project\\)\\s+2:00\\s+2:00`));
    expect(own.stdout).toMatch(/Total\s+8:00\s+7:30\s+2:00\s+17:30/);
    const unknown = await set('--project', at.crm, '--task', 'No such task', '--day', 'mon=1');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`No open task of ${at.crm} is No such task for this person: they may book on ${at.task.wbs.split('.')[0]}`);

    const submitted = await timesheet('submit', '--user', 'mei.chen@example.com', '--week', '2026-03-15');
    expect(submitted.code, submitted.stderr).toBe(0);
    expect(submitted.stdout).toContain('Submitted the timesheet of Mei Chen for the week of 2026-03-09 (17:30 hours) for approval.');
  });

  it('lets her project’s manager approve its hours and her line manager the rest', async () => {
    const byMarcus = await timesheet('approve', '--user', 'mei.chen@example.com', '--week', '2026-03-09', '--as', 'marcus.lee@example.com');
    expect(byMarcus.code, byMarcus.stderr).toBe(0);
    expect(byMarcus.stdout).toContain(`Approved the hours on ${at.crm} of the timesheet of Mei Chen for the week of 2026-03-09; it still waits for the approval of ${at.lakehouse} (by their managers, Mei Chen’s line manager or the PMO).`);
    expect((await timesheet('pending', '--approver', 'david.okafor@example.com')).stdout).toMatch(new RegExp(`Mei Chen\\s+2026-03-09\\s+submitted\\s+17:30\\s+${at.crm} ✓, ${at.lakehouse}`));
    const byDavid = await timesheet('approve', '--user', 'mei.chen@example.com', '--week', '2026-03-09', '--as', 'david.okafor@example.com');
    expect(byDavid.code, byDavid.stderr).toBe(0);
    expect(byDavid.stdout).toContain('Approved the timesheet of Mei Chen for the week of 2026-03-09 (17:30 hours).');
  });
});
