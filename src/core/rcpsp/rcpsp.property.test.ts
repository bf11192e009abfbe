// Invariants of the RCPSP engine on random instances (fast-check): whatever the keys, both schedule
// generation schemes give feasible schedules; justification keeps a schedule feasible and never
// makes it longer; the search returns a feasible schedule no shorter than the critical path and
// no longer than the latest-finish rule's, and the same one for the same seed; the neighbourhood search
// keeps only feasible schedules, never longer, within its limit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RcpspInstance } from './rcpsp-types.ts';
import { SerialSgs } from './serial-sgs.ts';
import { parallelSgs } from './parallel-sgs.ts';
import { Justifier } from './justification.ts';
import { solveRcpsp } from './genetic-search.ts';
import { scheduleViolation } from './schedule-validation.ts';
import { priorityKeys, PRIORITY_RULES } from './priority-rules.ts';
import { NeighbourhoodSearch } from './neighbourhood-search.ts';
import { randomFrom } from './random.ts';

/** A random acyclic instance: links only from lower to higher activity numbers. */
const instance: fc.Arbitrary<RcpspInstance> = fc.record({ n: fc.integer({ min: 1, max: 14 }), k: fc.integer({ min: 1, max: 3 }) }).chain(({ n, k }) =>
  fc
    .record({
      capacity: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: k, maxLength: k }),
      duration: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
      share: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n * k, maxLength: n * k }),
      links: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 2 }),
    })
    .map(({ capacity, duration, share, links }) => {
      const successors: number[][] = Array.from({ length: n }, () => []);
      for (const [a, b] of links) if (a < b && !successors[a]!.includes(b)) successors[a]!.push(b);
      return {
        name: 'random',
        activityCount: n,
        resourceCount: k,
        duration: Int32Array.from(duration),
        capacity: Int32Array.from(capacity),
        demand: Int32Array.from(share, (s, i) => Math.floor(s * (capacity[i % k]! + 1)) % (capacity[i % k]! + 1)),
        successors: successors.map((s) => Int32Array.from(s)),
      };
    }),
);

const keysFor = (n: number) => fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: n, maxLength: n });
const withKeys = instance.chain((i) => keysFor(i.activityCount).map((keys) => ({ instance: i, keys })));

describe('RCPSP engine invariants', () => {
  it('any keys give feasible schedules, serial and parallel', () => {
    fc.assert(
      fc.property(withKeys, ({ instance, keys }) => {
        const start = new Int32Array(instance.activityCount);
        const serial = new SerialSgs(instance).run(keys, start);
        expect(scheduleViolation(instance, { start, makespan: serial })).toBeNull();
        const parallel = parallelSgs(instance, keys, start);
        expect(scheduleViolation(instance, { start, makespan: parallel })).toBeNull();
      }),
    );
  });

  it('a generator reused for many schedules gives each the same answer as a fresh one', () => {
    fc.assert(
      fc.property(instance.chain((i) => fc.tuple(fc.constant(i), keysFor(i.activityCount), keysFor(i.activityCount))), ([instance, first, second]) => {
        const reused = new SerialSgs(instance);
        const a = new Int32Array(instance.activityCount);
        reused.run(first, a);
        const b = new Int32Array(instance.activityCount);
        const makespan = reused.run(second, b);
        const c = new Int32Array(instance.activityCount);
        expect(new SerialSgs(instance).run(second, c)).toBe(makespan);
        expect(b).toEqual(c);
      }),
    );
  });

  it('justification keeps a schedule feasible and never lengthens it', () => {
    fc.assert(
      fc.property(withKeys, ({ instance, keys }) => {
        const justifier = new Justifier(instance);
        const start = new Int32Array(instance.activityCount);
        const before = justifier.schedule(keys, start);
        const right = justifier.justifyRight(start);
        expect(right).toBeLessThanOrEqual(before);
        expect(scheduleViolation(instance, { start, makespan: right })).toBeNull();
        const after = justifier.justifyLeft(start);
        expect(after).toBeLessThanOrEqual(right);
        expect(scheduleViolation(instance, { start, makespan: after })).toBeNull();
      }),
    );
  });

  it('the search is feasible, between the critical path and the best priority rule, and repeatable', () => {
    fc.assert(
      fc.property(instance, fc.integer({ min: 1, max: 1000 }), (instance, seed) => {
        const result = solveRcpsp(instance, { schedules: 120, seed, populationSize: 8 });
        expect(scheduleViolation(instance, result.schedule)).toBeNull();
        expect(result.schedule.makespan).toBeGreaterThanOrEqual(result.lowerBound);
        expect(result.generated).toBeLessThanOrEqual(120);
        const start = new Int32Array(instance.activityCount);
        const lft = new SerialSgs(instance).run(priorityKeys(instance, 'lft'), start);
        expect(result.schedule.makespan).toBeLessThanOrEqual(lft);
        expect(solveRcpsp(instance, { schedules: 120, seed, populationSize: 8 }).schedule.start).toEqual(result.schedule.start);
      }),
      { numRuns: 60 },
    );
  });

  it('whatever the scatter of the first samples and of restarts, the search stays feasible, within its budget and repeatable', () => {
    const spread = fc.double({ min: 0, max: 3, noNaN: true });
    fc.assert(
      fc.property(instance, fc.integer({ min: 1, max: 1000 }), spread, spread, (instance, seed, seedSpread, restartSpread) => {
        // A patience of 10 schedules restarts the populations several times within the budget.
        const options = { schedules: 150, seed, populationSize: 6, patience: 10, seedSpread, restartSpread };
        const result = solveRcpsp(instance, options);
        expect(scheduleViolation(instance, result.schedule)).toBeNull();
        expect(result.generated).toBeLessThanOrEqual(150);
        expect(solveRcpsp(instance, options).schedule.start).toEqual(result.schedule.start);
      }),
      { numRuns: 40 },
    );
  });

  it('whatever share of children the peak crossover makes, the search stays feasible, within its budget and repeatable', () => {
    fc.assert(
      fc.property(instance, fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (instance, seed, peakRate) => {
        const options = { schedules: 150, seed, populationSize: 6, peakRate };
        const result = solveRcpsp(instance, options);
        expect(scheduleViolation(instance, result.schedule)).toBeNull();
        expect(result.generated).toBeLessThanOrEqual(150);
        expect(solveRcpsp(instance, options).schedule.start).toEqual(result.schedule.start);
      }),
      { numRuns: 40 },
    );
  });

  it('the neighbourhood search keeps only feasible schedules no longer than its start, within its limit', () => {
    fc.assert(
      fc.property(withKeys, fc.integer({ min: 1, max: 1000 }), fc.boolean(), ({ instance, keys }, seed, leftJustified) => {
        const justifier = new Justifier(instance);
        const start = new Int32Array(instance.activityCount);
        justifier.schedule(keys, start);
        const makespan = leftJustified ? justifier.justify(start) : justifier.justifyRight(start);
        const before = justifier.generated;
        const search = new NeighbourhoodSearch(instance, justifier);
        let last = makespan;
        const reached = search.search(start, makespan, leftJustified, 40, randomFrom(seed), (kept, keptMakespan) => {
          expect(scheduleViolation(instance, { start: kept, makespan: keptMakespan })).toBeNull();
          expect(keptMakespan).toBeLessThanOrEqual(last);
          last = keptMakespan;
        });
        expect(reached).toBe(last);
        expect(justifier.generated - before).toBeLessThanOrEqual(40);
      }),
      { numRuns: 60 },
    );
  });

  it('whatever share of the budget the neighbourhood search takes, the search stays feasible, within its budget and repeatable', () => {
    fc.assert(
      fc.property(instance, fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (instance, seed, finalSearchShare) => {
        const options = { schedules: 150, seed, populationSize: 6, finalSearchShare };
        const result = solveRcpsp(instance, options);
        expect(scheduleViolation(instance, result.schedule)).toBeNull();
        expect(result.generated).toBeLessThanOrEqual(150);
        expect(solveRcpsp(instance, options).schedule.start).toEqual(result.schedule.start);
      }),
      { numRuns: 40 },
    );
  });

  it('every priority rule gives keys for every activity', () => {
    fc.assert(
      fc.property(instance, (instance) => {
        for (const rule of PRIORITY_RULES) expect(priorityKeys(instance, rule).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
