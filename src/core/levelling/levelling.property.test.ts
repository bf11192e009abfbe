// Invariants of levelling on random portfolios (fast-check): the result passes the validator, no
// task moves earlier, fixed tasks stay, with ample capacity nothing moves, and optimise is never
// worse than the priority rule and repeatable for a seed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { levelResources } from './levelling.ts';
import { linkOffset } from './levelling-problem.ts';
import { levellingViolations } from './levelling-validation.ts';
import type { LevellingInput, LevellingLink, LevellingResult, LinkType } from './levelling-types.ts';

const LINK_TYPES: LinkType[] = ['FS', 'SS', 'FF', 'SF'];

/** Random tasks over 1–3 projects and resources; links from lower to higher task numbers; early starts consistent with the links (as the CPM gives them). */
const portfolio: fc.Arbitrary<LevellingInput> = fc.record({ n: fc.integer({ min: 1, max: 12 }), k: fc.integer({ min: 1, max: 3 }), projects: fc.integer({ min: 1, max: 3 }) }).chain(({ n, k, projects }) =>
  fc
    .record({
      projectPriority: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: projects, maxLength: projects }),
      tasks: fc.array(
        fc.record({
          project: fc.nat(projects - 1),
          priority: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constant(500), fc.constant(1000)),
          duration: fc.integer({ min: 0, max: 5 }),
          extra: fc.integer({ min: 0, max: 4 }),
          fixed: fc.integer({ min: 0, max: 9 }).map((x) => x < 2),
          slack: fc.integer({ min: -2, max: 10 }),
          demand: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: k, maxLength: k }),
        }),
        { minLength: n, maxLength: n },
      ),
      links: fc.array(fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), type: fc.constantFrom(...LINK_TYPES), lag: fc.integer({ min: -2, max: 3 }) }), { maxLength: n * 2 }),
      capacity: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 12 }), { minLength: k, maxLength: k }),
    })
    .map(({ projectPriority, tasks, links, capacity }) => {
      const linkList: LevellingLink[] = links.filter(({ a, b }) => a < b).map(({ a, b, type, lag }) => ({ from: `t${a}`, to: `t${b}`, type, lag }));
      // CPM early starts: the task's own extra delay (a constraint) or what its links ask, whichever later.
      const earlyStart = tasks.map((t) => t.extra);
      for (let b = 0; b < tasks.length; b++) {
        if (tasks[b]!.fixed) continue;
        for (const l of linkList) {
          if (l.to !== `t${b}`) continue;
          const a = Number(l.from.slice(1));
          earlyStart[b] = Math.max(earlyStart[b]!, earlyStart[a]! + linkOffset(l.type, l.lag, tasks[a]!.duration, tasks[b]!.duration));
        }
      }
      return {
        tasks: tasks.map((t, a) => ({
          id: `t${a}`,
          projectId: `p${t.project}`,
          projectPriority: projectPriority[t.project]!,
          priority: t.priority,
          duration: t.duration,
          earlyStart: earlyStart[a]!,
          fixed: t.fixed,
          totalSlack: t.slack,
          demands: t.demand.map((perPeriod, r) => ({ resourceId: `r${r}`, perPeriod })),
        })),
        links: linkList,
        // The last value (what holds for ever) is at least the largest demand, so everything fits somewhere.
        resources: capacity.map((profile, r) => ({ id: `r${r}`, capacity: Int32Array.from([...profile, 4 + (profile.at(-1)! % 3)]) })),
      };
    }),
);

function ok(input: LevellingInput, options?: Parameters<typeof levelResources>[1]): LevellingResult {
  const result = levelResources(input, options);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('levelling invariants', () => {
  it('every levelling is valid: capacity, links, early starts and fixed tasks; delays ≥ 0', () => {
    fc.assert(
      fc.property(portfolio, (input) => {
        const result = ok(input);
        expect(levellingViolations(input, result.tasks.map((t) => t.start))).toEqual([]);
        for (const [a, t] of result.tasks.entries()) {
          expect(t.delay).toBeGreaterThanOrEqual(0);
          expect(t.levellingDelay).toBeGreaterThanOrEqual(0);
          expect(t.levellingDelay).toBeLessThanOrEqual(t.delay);
          if (input.tasks[a]!.fixed) expect(t.delay).toBe(0);
        }
        expect(result.moved.every((t) => t.delay > 0)).toBe(true);
        for (const p of result.projects) expect(p.after).toBeGreaterThanOrEqual(p.before);
      }),
      { numRuns: 300 },
    );
  });

  it('the levelling delays alone reproduce the levelled starts when the CPM adds them (so clearing them undoes levelling)', () => {
    fc.assert(
      fc.property(portfolio, (input) => {
        const result = ok(input);
        const index = new Map(input.tasks.map((t, a) => [t.id, a]));
        // A forward pass in task order (links go from lower to higher numbers) with each delay added.
        const replay: number[] = [];
        input.tasks.forEach((t, b) => {
          let earliest = t.earlyStart;
          if (!t.fixed) {
            for (const l of input.links.filter((l) => l.to === t.id)) {
              const a = index.get(l.from)!;
              earliest = Math.max(earliest, replay[a]! + linkOffset(l.type, l.lag, input.tasks[a]!.duration, t.duration));
            }
          }
          replay.push(earliest + result.tasks[b]!.levellingDelay);
        });
        expect(replay).toEqual(result.tasks.map((t) => t.start));
      }),
      { numRuns: 200 },
    );
  });

  it('with ample capacity nothing moves', () => {
    fc.assert(
      fc.property(portfolio, (input) => {
        const ample = { ...input, resources: input.resources.map((r) => ({ id: r.id, capacity: Int32Array.of(1000) })) };
        const result = ok(ample);
        expect(result.moved).toEqual([]);
        expect(result.remaining).toEqual([]);
        expect(result.weightedDelay).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('optimise is valid, never worse than the rule, within its budget and the same for the same seed', () => {
    fc.assert(
      fc.property(portfolio, fc.integer({ min: 1, max: 1000 }), (input, seed) => {
        const rule = ok(input);
        const options = { mode: 'optimise', schedules: 60, seed } as const;
        const optimised = ok(input, options);
        expect(levellingViolations(input, optimised.tasks.map((t) => t.start))).toEqual([]);
        const worse = optimised.weightedDelay > rule.weightedDelay || (optimised.weightedDelay === rule.weightedDelay && optimised.makespan > rule.makespan);
        expect(worse).toBe(false);
        expect(optimised.generated).toBeLessThanOrEqual(60);
        expect(ok(input, options).tasks).toEqual(optimised.tasks);
      }),
      { numRuns: 100 },
    );
  });
});
