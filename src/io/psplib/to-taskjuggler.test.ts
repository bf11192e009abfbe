// PSPLIB instances as TaskJuggler projects and tj3's answers read back in periods. Where Debian's
// tj3 is installed, the projects are scheduled by it: every activity books all its units in every
// slot it works, no unit is booked twice, precedences hold, and a pause TaskJuggler makes (it
// cannot forbid them) is reported, never hidden.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RcpspInstance } from '../../core/rcpsp/rcpsp-types.ts';
import { readPsplibInstance } from './read-psplib.ts';
import { readTaskJugglerSchedule } from './read-taskjuggler-schedule.ts';
import { PERIOD_ZERO, START_REPORT, toTaskJuggler } from './to-taskjuggler.ts';
import { oracleFile } from '../../../test/helpers/oracles.ts';

const lists = (...l: number[][]) => l.map((s) => Int32Array.from(s));

/** Source, a resource-free wait of 4, then B (2 periods, both units) while A (5 periods, one unit) runs from 0; sink. */
const pausing: RcpspInstance = {
  name: 'pausing',
  activityCount: 5,
  resourceCount: 1,
  duration: Int32Array.from([0, 4, 2, 5, 0]),
  demand: Int32Array.from([0, 0, 2, 1, 0]),
  capacity: Int32Array.from([2]),
  successors: lists([1, 3], [2], [4], [4], []),
};

describe('toTaskJuggler', () => {
  it('writes units as resources, demands as mandatory allocations among them, durations as effort and precedences as depends', () => {
    expect(toTaskJuggler(pausing)).toBe(
      [
        `project rcpsp "pausing" ${PERIOD_ZERO} +12h {`,
        '  timezone "UTC"',
        '  timingresolution 60min',
        '  workinghours mon, tue, wed, thu, fri, sat, sun 00:00 - 24:00',
        '  dailyworkinghours 24',
        '}',
        'resource r1_1 "R1 unit 1"',
        'resource r1_2 "R1 unit 2"',
        'task a1 "1" {',
        '  start ${projectstart}',
        '  milestone',
        '}',
        'task a2 "2" {',
        '  depends a1',
        '  duration 4h',
        '}',
        'task a3 "3" {',
        '  depends a2',
        '  effort 4h',
        '  allocate r1_1 { alternative r1_2 mandatory }, r1_1 { alternative r1_2 mandatory }',
        '}',
        'task a4 "4" {',
        '  depends a1',
        '  effort 5h',
        '  allocate r1_1 { alternative r1_2 mandatory }',
        '}',
        'task a5 "5" {',
        '  depends a3, a4',
        '  milestone',
        '}',
        `taskreport ${START_REPORT} "${START_REPORT}" {`,
        '  formats csv',
        '  columns id, start, end',
        '  timeformat "%Y-%m-%d %H:%M"',
        '  hidetask 0',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('gives a resource of one unit no alternatives, and refuses a demand beyond the capacity', () => {
    const one = { ...pausing, capacity: Int32Array.from([1]), demand: Int32Array.from([0, 0, 1, 1, 0]) };
    expect(toTaskJuggler(one)).toContain('  allocate r1_1 { mandatory }\n');
    expect(() => toTaskJuggler({ ...pausing, capacity: Int32Array.from([1]) })).toThrow('pausing: activity 3 needs 2 of resource 1, which has only 1; TaskJuggler could never schedule it.');
  });
});

describe('readTaskJugglerSchedule', () => {
  const csv = (rows: string[]) => ['"Id";"Start";"End"', ...rows.map((r) => r.split(',').map((c) => `"${c}"`).join(';')), ''].join('\n');

  it('reads starts and ends in periods from PERIOD_ZERO and names the activities that ran longer than their duration', () => {
    const report = csv(['a1,2000-01-03 00:00,2000-01-03 00:00', 'a2,2000-01-03 00:00,2000-01-03 04:00', 'a4,2000-01-03 00:00,2000-01-03 07:00', 'a3,2000-01-03 04:00,2000-01-03 06:00', 'a5,2000-01-03 07:00,2000-01-03 07:00']);
    const read = readTaskJugglerSchedule(report, pausing);
    expect([...read.start]).toEqual([0, 0, 4, 0, 7]);
    expect([...read.finish]).toEqual([0, 4, 6, 7, 7]);
    expect(read.makespan).toBe(7);
    expect(read.interrupted).toEqual([3]);
  });

  it('says which task is missing, which date is not a whole hour and which ran too short', () => {
    expect(() => readTaskJugglerSchedule(csv(['a1,2000-01-03 00:00,2000-01-03 00:00']), pausing)).toThrow("pausing: TaskJuggler's report has no row for task a2; did tj3 fail to schedule it?");
    expect(() => readTaskJugglerSchedule(csv(['a1,2000-01-03 00:30,2000-01-03 00:30']), pausing)).toThrow('pausing: the start of a1 is "2000-01-03 00:30", not a whole hour');
    const short = csv(['a1,2000-01-03 00:00,2000-01-03 00:00', 'a2,2000-01-03 00:00,2000-01-03 03:00']);
    expect(() => readTaskJugglerSchedule(short, pausing)).toThrow('pausing: TaskJuggler ran a2 for 3 periods, shorter than its duration 4.');
  });
});

const tj3 = !spawnSync('tj3', ['--version']).error;
const j30 = oracleFile('psplib/j30');

describe.skipIf(!tj3)('tj3 on converted projects (needs Debian’s tj3: apt-get install tj3)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'orrery-tj3-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** tj3's schedule and, from its exported bookings, the units each task holds per slot and resource. */
  function schedule(instance: RcpspInstance) {
    const tjp = join(dir, `${instance.name}.tjp`);
    writeFileSync(tjp, `${toTaskJuggler(instance)}export bookings "bookings" { definitions tasks taskattributes booking }\n`);
    const run = spawnSync('tj3', ['--silent', '--no-color', '-o', dir, tjp], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const bookings = new Map<string, Map<number, number[]>>(); // task → slot → units per resource
    let task = '';
    let resource = 0;
    for (const line of readFileSync(join(dir, 'bookings.tji'), 'utf8').split('\n')) {
      task = /^supplement task (\S+) \{/.exec(line)?.[1] ?? task;
      const booked = /booking r(\d+)_\d+ /.exec(line);
      if (booked) resource = Number(booked[1]) - 1;
      for (const [, date, hours] of line.matchAll(/(\d{4}-\d\d-\d\d-\d\d:\d\d)-\+0000 \+ ([\d.]+)h/g)) {
        const from = (Date.parse(`${date!.slice(0, 10)}T${date!.slice(11)}Z`) - Date.parse('2000-01-03T00:00Z')) / 3_600_000;
        for (let t = from; t < from + Number(hours); t++) {
          const slots = bookings.get(task) ?? new Map<number, number[]>();
          bookings.set(task, slots);
          const units = slots.get(t) ?? new Array<number>(instance.resourceCount).fill(0);
          slots.set(t, units);
          units[resource]!++;
        }
      }
    }
    return { read: readTaskJugglerSchedule(readFileSync(join(dir, `${START_REPORT}.csv`), 'utf8'), instance), bookings };
  }

  function expectUnitsHeldTogether(instance: RcpspInstance, bookings: Map<string, Map<number, number[]>>) {
    const { activityCount: n, resourceCount: k, demand, duration, capacity } = instance;
    const load = new Map<number, number[]>();
    for (let a = 0; a < n; a++) {
      const need = Array.from(demand.subarray(a * k, a * k + k));
      if (need.every((q) => q === 0)) continue;
      const slots = bookings.get(`a${a + 1}`)!;
      expect(slots.size, `activity ${a + 1} works its duration`).toBe(duration[a]);
      for (const [t, units] of slots) {
        expect(units, `activity ${a + 1} holds all its units in slot ${t}`).toEqual(need);
        const used = load.get(t) ?? new Array<number>(k).fill(0);
        load.set(t, used.map((u, r) => u + units[r]!));
      }
    }
    for (const [t, used] of load) used.forEach((u, r) => expect(u, `resource ${r + 1} in slot ${t}`).toBeLessThanOrEqual(capacity[r]!));
  }

  it('pauses an activity whose units a task placed earlier holds, with all its units in every slot it works; the pause is reported', () => {
    const { read, bookings } = schedule(pausing);
    expect([...read.start]).toEqual([0, 0, 4, 0, 7]);
    expect(read.makespan).toBe(7);
    expect(read.interrupted).toEqual([3]);
    expect([...bookings.get('a4')!.keys()].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 6]);
    expectUnitsHeldTogether(pausing, bookings);
  });

  it.skipIf(!j30.present)('schedules j301_1 (from ../shared/oracles) within capacity and precedences, never earlier than its critical path', () => {
    const instance = readPsplibInstance(readFileSync(join(j30.path, 'j301_1.sm'), 'utf8'), 'j301_1');
    const { read, bookings } = schedule(instance);
    expectUnitsHeldTogether(instance, bookings);
    instance.successors.forEach((succ, a) => succ.forEach((s) => expect(read.start[s]!).toBeGreaterThanOrEqual(read.finish[a]!)));
    expect(read.makespan).toBeGreaterThanOrEqual(instance.criticalPathBound);
  });
});
