// Levelling worked by hand: periods are working days, capacity and demand minutes per day (480 is
// one full-time person's day).
import { describe, expect, it } from 'vitest';
import { levelResources } from './levelling.ts';
import { levellingViolations } from './levelling-validation.ts';
import type { LevellingInput, LevellingLink, LevellingOptions, LevellingResult, LevellingTask } from './levelling-types.ts';

const DAY = 480;
const person = (id: string, days: number[] = [DAY]) => ({ id, capacity: Int32Array.from(days) });
const task = (id: string, fields: Partial<LevellingTask> = {}): LevellingTask => ({
  id,
  projectId: 'P',
  projectPriority: 500,
  priority: 500,
  duration: 2,
  earlyStart: 0,
  totalSlack: 0,
  demands: [{ resourceId: 'ann', perPeriod: DAY }],
  ...fields,
});

function level(input: LevellingInput, options?: LevellingOptions): LevellingResult {
  const result = levelResources(input, options);
  if (!result.ok) throw new Error(result.message);
  expect(levellingViolations(input, result.tasks.map((t) => t.start))).toEqual([]);
  return result;
}
const starts = (result: LevellingResult) => Object.fromEntries(result.tasks.map((t) => [t.id, t.start]));

describe('levelling by hand', () => {
  it('two tasks competing for one person: the lower-priority one waits', () => {
    const input = { tasks: [task('low', { priority: 400 }), task('high', { priority: 600, duration: 3 })], links: [], resources: [person('ann')] };
    const result = level(input);
    expect(starts(result)).toEqual({ low: 3, high: 0 });
    expect(result.moved).toEqual([{ id: 'low', start: 3, delay: 3, levellingDelay: 3 }]);
    expect(result.projects).toEqual([{ projectId: 'P', before: 3, after: 5 }]);
  });

  it('among equal priorities, less slack goes first, then the earlier start, then the caller’s order', () => {
    const slack = level({ tasks: [task('a', { totalSlack: 5 }), task('b', { totalSlack: 1 })], links: [], resources: [person('ann')] });
    expect(starts(slack)).toEqual({ a: 2, b: 0 });
    const order = level({ tasks: [task('a'), task('b')], links: [], resources: [person('ann')] });
    expect(starts(order)).toEqual({ a: 0, b: 2 });
  });

  it('SS and FF links with lags are honoured after a delay, and the delay stored is only the wait', () => {
    // blocker (high priority) holds Ann on days 0–3; x waits for her; y follows x SS+1 and z FF+2, both on Bob.
    const input: LevellingInput = {
      tasks: [
        task('blocker', { priority: 900, duration: 4 }),
        task('x', { duration: 3 }),
        task('y', { duration: 2, earlyStart: 1, demands: [{ resourceId: 'bob', perPeriod: DAY }] }),
        task('z', { duration: 1, earlyStart: 4, demands: [] }),
      ],
      links: [
        { from: 'x', to: 'y', type: 'SS', lag: 1 },
        { from: 'x', to: 'z', type: 'FF', lag: 2 },
      ],
      resources: [person('ann'), person('bob')],
    };
    const result = level(input);
    // x: 4–6; y starts ≥ 4 + 1 = 5; z finishes ≥ 7 + 2 = 9, so starts at 8.
    expect(starts(result)).toEqual({ blocker: 0, x: 4, y: 5, z: 8 });
    const byId = Object.fromEntries(result.tasks.map((t) => [t.id, t]));
    expect(byId.x).toMatchObject({ delay: 4, levellingDelay: 4 });
    expect(byId.y).toMatchObject({ delay: 4, levellingDelay: 0 });
    expect(byId.z).toMatchObject({ delay: 4, levellingDelay: 0 });
  });

  it('FS and SF links with a lead (negative lag) are honoured', () => {
    const input: LevellingInput = {
      tasks: [task('a', { priority: 900, duration: 3 }), task('b', { duration: 3, earlyStart: 0 }), task('c', { earlyStart: 0, duration: 2, demands: [] }), task('d', { duration: 2, earlyStart: 0, demands: [] })],
      links: [
        { from: 'b', to: 'c', type: 'FS', lag: -1 },
        { from: 'b', to: 'd', type: 'SF', lag: 1 },
      ],
      resources: [person('ann')],
    };
    // b waits for a: 3–5; c ≥ 6 − 1 = 5; d finishes ≥ 3 + 1 = 4, starts ≥ 2.
    expect(starts(level(input))).toEqual({ a: 0, b: 3, c: 5, d: 2 });
  });

  it('a holiday (zero capacity) pushes a task that cannot straddle it', () => {
    const input = { tasks: [task('t', { duration: 3 })], links: [], resources: [person('ann', [DAY, DAY, 0, DAY])] };
    const result = level(input);
    expect(starts(result)).toEqual({ t: 3 });
    expect(result.moved).toEqual([{ id: 't', start: 3, delay: 3, levellingDelay: 3 }]);
  });

  it('a part-timer fits half-day work alongside and full days only where she has them', () => {
    const input = {
      tasks: [task('half', { duration: 4, demands: [{ resourceId: 'ann', perPeriod: 240 }] }), task('full', { duration: 1, demands: [{ resourceId: 'ann', perPeriod: 480 }] })],
      links: [],
      resources: [person('ann', [240, 240, 480, 480, 480, 480, 480])],
    };
    expect(starts(level(input))).toEqual({ half: 0, full: 4 });
  });

  it('a fixed in-progress task keeps its place, even over capacity, and others level around it', () => {
    const input: LevellingInput = {
      tasks: [task('new', { priority: 900, duration: 2 }), task('started', { fixed: true, earlyStart: 0, duration: 3, priority: 100 }), task('also', { fixed: true, earlyStart: 1, duration: 1 })],
      links: [{ from: 'new', to: 'started', type: 'FS', lag: 0 }],
      resources: [person('ann')],
    };
    const result = level(input);
    expect(starts(result)).toEqual({ new: 3, started: 0, also: 1 });
    // The two fixed tasks overlap on day 1: levelling cannot fix that and says so.
    expect(result.remaining).toEqual([{ resourceId: 'ann', period: 1, load: 960, capacity: 480 }]);
  });

  it('a task of priority 1000 is never delayed, and its load still counts', () => {
    const input = { tasks: [task('urgent', { priority: 1000, duration: 2, earlyStart: 1 }), task('other', { priority: 999, duration: 2 })], links: [], resources: [person('ann')] };
    const result = level(input);
    expect(starts(result)).toEqual({ urgent: 1, other: 3 });
    expect(result.moved.map((t) => t.id)).toEqual(['other']);
  });

  it('a task of priority 1000 gets no levelling delay but follows a predecessor that moved, even onto a busy day', () => {
    const input: LevellingInput = {
      tasks: [task('first', { priority: 900, duration: 2 }), task('waits', { duration: 1, demands: [{ resourceId: 'bob', perPeriod: DAY }] }), task('after', { priority: 1000, duration: 2, earlyStart: 1 }), task('busy', { priority: 800, duration: 1, earlyStart: 2 })],
      links: [{ from: 'waits', to: 'after', type: 'FS', lag: 0 }],
      resources: [person('ann'), person('bob', [0, DAY])],
    };
    const result = level(input);
    // Bob is off on day 0, so waits runs on day 1 and after (on Ann) can only start on day 2, where busy already is.
    expect(starts(result)).toEqual({ first: 0, waits: 1, after: 2, busy: 2 });
    expect(result.tasks.find((t) => t.id === 'after')).toMatchObject({ delay: 1, levellingDelay: 0 });
    expect(result.remaining).toEqual([{ resourceId: 'ann', period: 2, load: 960, capacity: 480 }]);
  });

  it('the portfolio: the higher-priority project goes first whatever its tasks’ priorities', () => {
    const input: LevellingInput = {
      tasks: [
        task('a1', { projectId: 'A', projectPriority: 300, priority: 900, duration: 2 }),
        task('b1', { projectId: 'B', projectPriority: 700, priority: 100, duration: 3 }),
        task('b2', { projectId: 'B', projectPriority: 700, priority: 100, duration: 1, earlyStart: 3, demands: [] }),
      ],
      links: [{ from: 'b1', to: 'b2', type: 'FS', lag: 0 }],
      resources: [person('ann')],
    };
    const result = level(input);
    expect(starts(result)).toEqual({ a1: 3, b1: 0, b2: 3 });
    expect(result.projects).toEqual([
      { projectId: 'A', before: 2, after: 5 },
      { projectId: 'B', before: 4, after: 4 },
    ]);
    expect(result.weightedDelay).toBe(301 * 3);
  });

  it('optimise keeps the rule’s schedule when no order is better', () => {
    const input: LevellingInput = {
      tasks: [
        task('long', { projectId: 'A', projectPriority: 500, duration: 6, totalSlack: 0 }),
        task('short', { projectId: 'A', projectPriority: 500, duration: 1, totalSlack: 3 }),
      ],
      links: [],
      resources: [person('ann')],
    };
    const rule = level(input);
    expect(starts(rule)).toEqual({ long: 0, short: 6 });
    const optimised = level(input, { mode: 'optimise', schedules: 50, seed: 7 });
    // Either order finishes the project at 7: no gain, so the rule's schedule stands.
    expect(optimised.weightedDelay).toBe(rule.weightedDelay);
    expect(starts(optimised)).toEqual(starts(rule));
  });

  it('with two projects optimise puts the short task of the heavier project first', () => {
    const input: LevellingInput = {
      tasks: [
        task('a', { projectId: 'A', projectPriority: 500, priority: 500, duration: 5, totalSlack: 0 }),
        task('b', { projectId: 'B', projectPriority: 500, priority: 400, duration: 1 }),
      ],
      links: [],
      resources: [person('ann')],
    };
    const rule = level(input);
    expect(starts(rule)).toEqual({ a: 0, b: 5 });
    expect(rule.weightedDelay).toBe(501 * 5);
    const optimised = level(input, { mode: 'optimise', schedules: 100, seed: 1 });
    expect(starts(optimised)).toEqual({ a: 1, b: 0 });
    expect(optimised.weightedDelay).toBe(501);
    expect(optimised.generated).toBeLessThanOrEqual(100);
  });
});

describe('levelling input that cannot be levelled', () => {
  const base: LevellingInput = { tasks: [task('t')], links: [], resources: [person('ann')] };
  const error = (input: LevellingInput, options?: LevellingOptions) => {
    const result = levelResources(input, options);
    return result.ok ? null : result;
  };

  it('a demand that can never fit names the task and the resource', () => {
    const result = error({ ...base, resources: [person('ann', [DAY, 0])], tasks: [task('t', { duration: 2 })] });
    expect(result).toMatchObject({ error: 'cannot_fit', id: 't' });
    expect(result!.message).toMatch(/Task t needs 480 minutes a period of resource ann for 2 periods, but ann has only 0 from period 1 on/);
  });

  it('a demand above capacity fits where a later profile has room', () => {
    const result = levelResources({ ...base, resources: [person('ann', [0, 0, 960, 480])], tasks: [task('t', { duration: 1, demands: [{ resourceId: 'ann', perPeriod: 960 }] })] });
    expect(result.ok && result.tasks[0]!.start).toBe(2);
  });

  it('names what is wrong with the input', () => {
    const links = (l: LevellingLink[]) => error({ ...base, tasks: [task('t'), task('u')], links: l });
    expect(error({ ...base, tasks: [task('t', { demands: [{ resourceId: 'bob', perPeriod: 1 }] })] })?.message).toMatch(/needs resource bob, which is not among the resources/);
    expect(error({ ...base, tasks: [task('t', { duration: 1.5 })] })?.message).toMatch(/Task t has duration 1.5/);
    expect(error({ ...base, tasks: [task('t', { priority: 1001 })] })?.message).toMatch(/priorities are whole numbers 0–1000/);
    expect(error({ ...base, tasks: [task('t'), task('t')] })?.message).toMatch(/Task t is given twice/);
    expect(links([{ from: 't', to: 'x', type: 'FS', lag: 0 }])?.message).toMatch(/Link t → x must join two different tasks/);
    expect(links([{ from: 't', to: 'u', type: 'XX' as 'FS', lag: 0 }])?.message).toMatch(/use FS, SS, FF or SF/);
    expect(
      links([
        { from: 't', to: 'u', type: 'FS', lag: 0 },
        { from: 'u', to: 't', type: 'SS', lag: 0 },
      ])?.message,
    ).toMatch(/loop/);
    expect(error(base, { mode: 'optimise', schedules: 0 })?.message).toMatch(/budget of at least one schedule/);
  });
});
