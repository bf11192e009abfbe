// `orrery schedule FILE` as a user runs it: no database, a file in, a schedule out.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-schedule-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


const day = '<DayType>N</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>';
const week = [1, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>0</DayWorking></WeekDay>`).join('') + [2, 3, 4, 5, 6].map((d) => `<WeekDay>${day.replace('N', String(d))}</WeekDay>`).join('');
const taskXml = (uid: number, name: string, hours: number, preds: number[] = []) =>
  `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>${name}</Name><OutlineLevel>1</OutlineLevel><Duration>PT${hours}H0M0S</Duration><DurationFormat>7</DurationFormat>${preds.map((p) => `<PredecessorLink><PredecessorUID>${p}</PredecessorUID><Type>1</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink>`).join('')}</Task>`;
const mspdi = (tasks: string) =>
  `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Name>t</Name><StartDate>2026-03-02T08:00:00</StartDate><CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay><Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>${week}</WeekDays></Calendar></Calendars><Tasks>${tasks}</Tasks></Project>`;

describe('orrery schedule', { timeout: CLI_TIMEOUT }, () => {
  const plan = join(dir, 'plan.xml');
  writeFileSync(plan, mspdi(taskXml(1, 'Design', 16) + taskXml(2, 'Build', 8, [1]) + taskXml(3, 'Docs', 8, [1])));

  it('prints each task as a table, critical ones marked', async () => {
    const res = await orrery('schedule', plan);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/UID\s+Name\s+Early start/);
    expect(res.stdout).toMatch(/1\s+Design\s+2026-03-02T08:00\s+2026-03-03T17:00\s+2026-03-02T08:00\s+2026-03-03T17:00\s+0\s+yes/);
    expect(res.stdout).toContain('3 tasks; project 2026-03-02T08:00 → 2026-03-04T17:00');
  });

  it('prints JSON with camelCase fields, and plans unfinished work after a status date', async () => {
    const res = await orrery('schedule', plan, '--format', 'json', '--status-date', '2026-03-09');
    expect(res.code, res.stderr).toBe(0);
    const rows = JSON.parse(res.stdout) as Array<Record<string, unknown>>;
    expect(rows[0]).toEqual({ uid: 1, name: 'Design', earlyStart: '2026-03-10T08:00:00', earlyFinish: '2026-03-11T17:00:00', lateStart: '2026-03-10T08:00:00', lateFinish: '2026-03-11T17:00:00', totalSlack: 0, critical: true });
  });

  it('explains a loop, a broken file and a wrong option', async () => {
    const loop = join(dir, 'loop.xml');
    writeFileSync(loop, mspdi(taskXml(1, 'A', 8, [2]) + taskXml(2, 'B', 8, [1])));
    const cycle = await orrery('schedule', loop);
    expect(cycle.code).toBe(1);
    expect(cycle.stderr).toMatch(/loop: (A \(1\) → B \(2\)|B \(2\) → A \(1\))/);
    const truncated = join(dir, 'truncated.xml');
    writeFileSync(truncated, mspdi(taskXml(1, 'A', 8)).slice(0, 300));
    const broken = await orrery('schedule', truncated);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/truncated\.xml: .*line \d+/);
    const badDate = await orrery('schedule', plan, '--status-date', 'tomorrow');
    expect(badDate.code).not.toBe(0);
    expect(badDate.stderr).toContain('give a date like 2026-03-31');
  });
});

describe('orrery import and export', { timeout: CLI_TIMEOUT }, () => {
  it('imports a plan into a project and exports it as MS Project XML that schedules the same', async () => {
    const { MSPDI_SAMPLE } = await import('../helpers/schedule-fixtures.ts');
    const data = join(dir, 'data');
    const sample = join(dir, 'sample.xml');
    const out = join(dir, 'out.xml');
    writeFileSync(sample, MSPDI_SAMPLE);
    expect((await orrery('demo', '--data-dir', data)).code).toBe(0);
    const imported = await orrery('import', sample, '--project', 'prj-001', '--data-dir', data);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('Imported 4 tasks, 2 links and 1 calendars into PRJ-001');
    const exported = await orrery('export', 'PRJ-001', '--out', out, '--data-dir', data);
    expect(exported.code, exported.stderr).toBe(0);
    const [original, roundTrip] = await Promise.all([orrery('schedule', sample, '--format', 'json'), orrery('schedule', out, '--format', 'json')]);
    expect(JSON.parse(roundTrip.stdout)).toEqual(JSON.parse(original.stdout));
    const missing = await orrery('import', sample, '--project', 'PRJ-999', '--data-dir', data);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No project has the code PRJ-999');
  });
});
