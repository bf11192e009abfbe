// An MS Project file imported into a project schedules as the file does: split tasks, leveling
// delays and resources' calendars survive the trip into the database and back, on both databases.
// The yardstick is our engine run on the file directly (readScheduleText → schedule); the files are
// real ones from ../shared/oracles, so the tests are skipped where those are absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject } from '../helpers/register-fixtures.ts';
import { readScheduleText } from '../../src/io/read-schedule-file.ts';
import { schedule } from '../../src/core/schedule/schedule.ts';
import { isoFromWall, wallFromIso } from '../../src/core/calendar/wall-time.ts';
import type { ScheduleInput, TaskSchedule } from '../../src/core/schedule/schedule-types.ts';

const ORACLES = join(import.meta.dirname, '../../../shared/oracles/msproject-json');
const present = existsSync(ORACLES);
if (!present) console.warn(`Skipping the import fidelity tests: ${ORACLES} is absent (the shared MS Project oracle files).`);

/** The files, and the feature each one must carry for its test to mean anything. */
const FILES = [
  { file: 'mpp14splittask.json', feature: 'splitGaps' },
  { file: 'mpp14resource.json', feature: 'resourceCalendarIds' },
  { file: 'mpp14barstyle.json', feature: 'levelingDelay' },
] as const;

interface ApiTask {
  id: string;
  uid: number;
  name: string;
  calendarId: string | null;
  start: string | null;
  finish: string | null;
  earlyStart: string | null;
  earlyFinish: string | null;
  lateStart: string | null;
  lateFinish: string | null;
  totalSlack: number | null;
  critical: boolean;
  levelingDelayMinutes: number;
  levelingDelayElapsed: boolean;
  splitGaps: Array<{ workMinutes: number; lengthMinutes: number }> | null;
  resourceCalendarIds: string[];
}

const local = (wall: number): string => isoFromWall(wall).slice(0, 16);

/** A task's dates as the API shows them. */
function asApi(t: TaskSchedule) {
  return {
    start: local(t.start),
    finish: local(t.finish),
    earlyStart: local(t.earlyStart),
    earlyFinish: local(t.earlyFinish),
    lateStart: local(t.lateStart),
    lateFinish: local(t.lateFinish),
    totalSlack: Math.round(t.totalSlack),
    critical: t.critical,
  };
}

function computed(input: ScheduleInput) {
  const result = schedule(input);
  if (!result.ok) throw new Error(result.message);
  return new Map(result.tasks.map((t) => [t.uid, asApi(t)]));
}

function read(content: string): ScheduleInput {
  const result = readScheduleText(content);
  if (!result.ok) throw new Error(result.error.message);
  return result.project.schedule;
}

describe.skipIf(!present).each(DIALECTS)('importing MS Project files on %s', (dialect) => {
  const s = apiSuite(dialect);
  const url = (projectId: string, path = '') => `/api/v1/projects/${projectId}/schedule${path}`;

  async function imported(file: string) {
    const content = readFileSync(join(ORACLES, file), 'utf8');
    const project = await makeProject(s.deps, { name: file, portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id });
    const token = s.cast.manager.token;
    const res = await call(s.app, 'POST', url(project.id, '/import'), { token, body: { content } });
    expect(res.statusCode, res.body).toBe(200);
    const got = (await call(s.app, 'GET', url(project.id), { token })).json() as { tasks: ApiTask[]; calendars: Array<{ id: string; name: string }> };
    return { project, token, content, tasks: got.tasks, calendars: got.calendars };
  }

  for (const { file, feature } of FILES) {
    it(`schedules ${file} (${feature}) as the engine does on the file itself`, async () => {
      const { content, tasks } = await imported(file);
      const input = read(content);
      expect(input.tasks.some((t) => (feature === 'levelingDelay' ? (t.levelingDelay ?? 0) > 0 : (t[feature]?.length ?? 0) > 0)), `${file} carries ${feature}`).toBe(true);
      const expected = computed(input);
      expect(tasks.map((t) => t.uid).sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
      for (const t of tasks) {
        const { start, finish, earlyStart, earlyFinish, lateStart, lateFinish, totalSlack, critical } = t;
        expect({ start, finish, earlyStart, earlyFinish, lateStart, lateFinish, totalSlack, critical }, `${file} task ${t.uid} "${t.name}"`).toEqual(expected.get(t.uid));
      }
      // The test would catch the loss: without the feature the file schedules differently.
      const without = computed({ ...input, tasks: input.tasks.map(({ splitGaps: _s, resourceCalendarIds: _r, levelingDelay: _l, levelingDelayElapsed: _e, ...t }) => t) });
      expect([...expected].some(([uid, dates]) => JSON.stringify(without.get(uid)) !== JSON.stringify(dates)), `${file}: ${feature} changes its dates`).toBe(true);
    });
  }

  it('shows what the file says beyond the task fields, with the project’s own calendar ids', async () => {
    const split = await imported('mpp14splittask.json');
    expect(split.tasks.find((t) => t.uid === 2)).toMatchObject({ splitGaps: [{ workMinutes: 1440, lengthMinutes: 960 }, { workMinutes: 3840, lengthMinutes: 1440 }], resourceCalendarIds: [], levelingDelayMinutes: 0 });
    const delayed = await imported('mpp14barstyle.json');
    expect(delayed.tasks.find((t) => t.uid === 3)).toMatchObject({ levelingDelayMinutes: 2880, levelingDelayElapsed: true, splitGaps: null });
    const resources = await imported('mpp14resource.json');
    const taskA = resources.tasks.find((t) => t.uid === 2)!;
    expect(taskA.resourceCalendarIds).toHaveLength(3);
    const ids = new Set(resources.calendars.map((c) => c.id));
    for (const id of taskA.resourceCalendarIds) expect(ids.has(id), id).toBe(true);
  });

  it('brings the file’s saved baselines, with their work and cost, in place of the project’s old ones', async () => {
    const { project, token, tasks } = await imported('mpp14baselines.json');
    const list = (await call(s.app, 'GET', url(project.id, '/baselines'), { token })).json().items as Array<{ number: number; name: string }>;
    expect(list.map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(list[0]!.name).toBe('Baseline 1 (imported)');
    const third = (await call(s.app, 'GET', url(project.id, '/baselines/3'), { token })).json();
    const task = third.tasks.find((t: { taskId: string }) => t.taskId === tasks.find((x) => x.uid === 1)!.id);
    // The file: baseline 3 of task 1 starts 2001-01-03 09:00 and holds 22.5 h, 3 h of work and a cost of 3.
    expect(task).toMatchObject({ baselineStart: '2001-01-03T09:00', baselineDurationMinutes: 1350, baselineWorkMinutes: 180 });
    expect(task.baselineCost.amountMinor).toBe(300);
    // And they leave again with an export.
    const exported = await call(s.app, 'GET', url(project.id, '/export'), { token });
    const back = readScheduleText(exported.body);
    if (!back.ok) throw new Error(back.error.message);
    const uid1 = back.project.baselines.filter((b) => b.uid === 1);
    expect(uid1.map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(uid1[2]).toMatchObject({ start: wallFromIso('2001-01-03T09:00'), duration: 1350, work: 180, cost: 3 });
  });

  it('refuses to remove a calendar that a task’s resources work on', async () => {
    const { project, token, tasks } = await imported('mpp14resource.json');
    const onlyResources = tasks.flatMap((t) => t.resourceCalendarIds).find((id) => !tasks.some((t) => t.calendarId === id))!;
    const res = await call(s.app, 'DELETE', url(project.id, `/calendars/${onlyResources}`), { token });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().detail).toMatch(/in use by task "Task A" \(a resource's calendar\)/);
  });

  for (const { file } of FILES) {
    it(`exports ${file} to MS Project XML that reads back to the same schedule`, async () => {
      const { project, token, tasks } = await imported(file);
      const res = await call(s.app, 'GET', url(project.id, '/export'), { token });
      expect(res.statusCode, res.body).toBe(200);
      const back = read(res.body);
      const input = read(readFileSync(join(ORACLES, file), 'utf8'));
      const strip = (i: ScheduleInput) => i.tasks.map((t) => ({ uid: t.uid, splitGaps: t.splitGaps ?? [], levelingDelay: t.levelingDelay ?? 0, elapsed: t.levelingDelay ? t.levelingDelayElapsed : null, resources: t.resourceCalendarIds?.length ?? 0 }));
      expect(strip(back)).toEqual(strip(input));
      const again = computed(back);
      for (const t of tasks) expect(again.get(t.uid), `${file} task ${t.uid} "${t.name}"`).toMatchObject({ earlyStart: t.earlyStart, earlyFinish: t.earlyFinish, lateStart: t.lateStart, lateFinish: t.lateFinish });
    });
  }
});
