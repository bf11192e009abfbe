// Invariants of the scheduler on random networks (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { schedule } from './schedule.ts';
import { link, plan, task } from './plan-builder.ts';
import { WorkCalendar } from '../calendar/work-calendar.ts';
import { standardCalendar } from '../calendar/standard-calendar.ts';
import type { LinkType, ScheduleInput, TaskSchedule } from './schedule-types.ts';

const TYPES: LinkType[] = ['FS', 'SS', 'FF', 'SF'];

/** Random acyclic plans: links only go from a lower to a higher task number. */
const randomPlan = fc
  .integer({ min: 2, max: 25 })
  .chain((n) =>
    fc.record({
      durations: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: n, maxLength: n }),
      links: fc.uniqueArray(
        fc.record({ a: fc.integer({ min: 1, max: n }), b: fc.integer({ min: 1, max: n }), type: fc.constantFrom(...TYPES), lagHours: fc.integer({ min: -8, max: 16 }) }),
        { maxLength: n * 2, selector: (l) => `${Math.min(l.a, l.b)}-${Math.max(l.a, l.b)}` },
      ),
    }),
  )
  .map(({ durations, links }): ScheduleInput =>
    plan(
      durations.map((hours, i) => task(i + 1, `T${i + 1}`, `${hours}h`)),
      links.filter((l) => l.a !== l.b).map((l) => link(Math.min(l.a, l.b), Math.max(l.a, l.b), l.type, `${l.lagHours}h`)),
    ),
  );

const cal = new WorkCalendar('standard', [standardCalendar()], 0);

function scheduled(input: ScheduleInput): Map<number, TaskSchedule> {
  const result = schedule(input);
  if (!result.ok) throw new Error(result.message);
  return new Map(result.tasks.map((t) => [t.uid, t]));
}

describe('scheduler invariants on random networks', () => {
  it('honours every link in both the early and the late dates', () => {
    fc.assert(
      fc.property(randomPlan, (input) => {
        const r = scheduled(input);
        for (const l of input.links) {
          const p = r.get(l.predecessorUid)!;
          const s = r.get(l.successorUid)!;
          const [early, late] =
            l.type === 'FS' ? [[p.earlyFinish, s.earlyStart], [p.lateFinish, s.lateStart]]
            : l.type === 'SS' ? [[p.earlyStart, s.earlyStart], [p.lateStart, s.lateStart]]
            : l.type === 'FF' ? [[p.earlyFinish, s.earlyFinish], [p.lateFinish, s.lateFinish]]
            : [[p.earlyStart, s.earlyFinish], [p.lateStart, s.lateFinish]];
          expect(cal.workingBetween(early[0]!, early[1]!)).toBeGreaterThanOrEqual(l.lag);
          expect(cal.workingBetween(late[0]!, late[1]!)).toBeGreaterThanOrEqual(l.lag);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('has no negative slack without constraints, and a critical chain that ends the project', () => {
    fc.assert(
      fc.property(randomPlan, (input) => {
        const result = schedule(input);
        if (!result.ok) throw new Error(result.message);
        const r = new Map(result.tasks.map((t) => [t.uid, t]));
        for (const t of result.tasks) {
          expect(t.totalSlack).toBeGreaterThanOrEqual(0);
          expect(t.earlyStart).toBeLessThanOrEqual(t.lateStart);
        }
        const finishers = result.tasks.filter((t) => t.earlyFinish === result.projectFinish);
        expect(finishers.length).toBeGreaterThan(0);
        for (const f of finishers) expect(f.critical).toBe(true);
        // Every critical task either starts the project or is driven by a critical predecessor.
        for (const t of result.tasks.filter((x) => x.critical)) {
          if (cal.workingBetween(input.projectStart, t.earlyStart) <= 0) continue;
          const preds = input.links.filter((l) => l.successorUid === t.uid).map((l) => r.get(l.predecessorUid)!);
          expect(preds.some((p) => p.critical)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('changes nothing when an unchanged plan is scheduled again', () => {
    fc.assert(
      fc.property(randomPlan, (input) => {
        expect(schedule(input)).toEqual(schedule(structuredClone(input)));
      }),
      { numRuns: 100 },
    );
  });
});
