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
          // In working time: a milestone may sit at 13:00 early and 12:00 late, the same instant of work across lunch.
          expect(cal.workingBetween(t.earlyStart, t.lateStart)).toBeGreaterThanOrEqual(0);
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

  it('schedules back from a finish date: nothing finishes after it, and the plan keeps a critical chain', () => {
    fc.assert(
      fc.property(randomPlan, fc.integer({ min: 0, max: 10 }), (input, spareDays) => {
        const forward = schedule(input);
        if (!forward.ok) throw new Error(forward.message);
        const finish = cal.addWorking(forward.projectFinish, spareDays * 480);
        const backward = schedule({ ...input, scheduleFromStart: false, projectFinish: finish });
        if (!backward.ok) throw new Error(backward.message);
        expect(backward.projectFinish).toBe(finish);
        for (const t of backward.tasks) {
          expect(t.lateFinish).toBeLessThanOrEqual(finish);
          expect(t.totalSlack).toBeGreaterThanOrEqual(0);
        }
        expect(Math.min(...backward.tasks.map((t) => t.totalSlack))).toBe(0);
        // With no room to spare the plan starts where the forward plan starts.
        if (spareDays === 0) expect(backward.projectStart).toBe(forward.projectStart);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a split task’s pauses: its working span is its duration plus its pauses, and links still hold', () => {
    const splitPlan = fc
      .tuple(randomPlan, fc.array(fc.record({ task: fc.nat(), afterHours: fc.integer({ min: 1, max: 8 }), pauseHours: fc.integer({ min: 1, max: 24 }) }), { maxLength: 5 }))
      .map(([input, splits]) => {
        const tasks = input.tasks.map((t) => {
          const mine = splits.filter((sp) => sp.task % input.tasks.length === t.uid - 1 && sp.afterHours * 60 < t.duration);
          return mine.length === 0 ? t : { ...t, splitGaps: [{ work: mine[0]!.afterHours * 60, length: mine[0]!.pauseHours * 60 }] };
        });
        return { ...input, tasks };
      });
    fc.assert(
      fc.property(splitPlan, (input) => {
        const r = scheduled(input);
        for (const t of input.tasks) {
          const gaps = (t.splitGaps ?? []).reduce((sum, g) => sum + g.length, 0);
          const s = r.get(t.uid)!;
          if (t.duration > 0) expect(cal.workingBetween(s.earlyStart, s.earlyFinish)).toBe(t.duration + gaps);
        }
        for (const l of input.links.filter((x) => x.type === 'FS')) expect(cal.workingBetween(r.get(l.predecessorUid)!.earlyFinish, r.get(l.successorUid)!.earlyStart)).toBeGreaterThanOrEqual(l.lag);
      }),
      { numRuns: 200 },
    );
  });
});
