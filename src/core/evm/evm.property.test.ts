// Invariants of earned value on random projects (fast-check): a project on plan is on plan by
// every measure, EV stays within BAC, the PV curve climbs to BAC and agrees with PV at each
// boundary, and roll-up neither depends on order nor on how work is cut into items.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromIsoDate, MINUTES_PER_DAY } from '../calendar/wall-time.ts';
import { projectCurves, projectEvm } from './project-evm.ts';
import { frameOf } from './evm-curves.ts';
import { itemPlannedValue, standardWorkingTime } from './planned-value.ts';
import { rollUp } from './rollup.ts';
import type { ActualCost, EarningRule, PeriodUnit, ProjectEvm, ProjectEvmInput, WorkItem } from './evm-types.ts';

const MONDAY = dayFromIsoDate('2026-03-02') * MINUTES_PER_DAY;
const HOUR = 60;

const earning: fc.Arbitrary<EarningRule> = fc.oneof(
  fc.constant({ method: 'percent-complete' } as const),
  fc.constant({ method: '0/100' } as const),
  fc.constant({ method: '50/50' } as const),
  fc.array(fc.record({ weight: fc.integer({ min: 1, max: 5 }), done: fc.boolean() }), { minLength: 1, maxLength: 4 }).map((milestones) => ({ method: 'milestones', milestones }) as const),
);

const randomItem = (id: string): fc.Arbitrary<WorkItem> =>
  fc.record({ startHours: fc.integer({ min: 0, max: 24 * 30 }), lengthHours: fc.integer({ min: 0, max: 24 * 20 }), bac: fc.integer({ min: 1, max: 2_000_000 }), pct: fc.integer({ min: 0, max: 100 }), earning, etc: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }) })
    .map(({ startHours, lengthHours, bac, pct, earning, etc }) => ({
      id, bac, baselineStart: MONDAY + startHours * HOUR, baselineFinish: MONDAY + (startHours + lengthHours) * HOUR, progress: { percentComplete: pct }, earning, ...(etc === undefined ? {} : { etc }),
    }));

const randomProject = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    items: fc.tuple(...Array.from({ length: n }, (_, i) => randomItem(`T${i}`))),
    actuals: fc.array(fc.record({ hours: fc.integer({ min: 0, max: 24 * 50 }), amount: fc.integer({ min: 0, max: 500_000 }), item: fc.integer({ min: 0, max: n }) }), { maxLength: 20 }),
    statusHours: fc.integer({ min: 0, max: 24 * 55 }),
    period: fc.constantFrom<PeriodUnit>('day', 'week', 'month'),
  }).map(({ items, actuals, statusHours, period }): ProjectEvmInput => ({
    currency: 'EUR',
    statusDate: MONDAY + statusHours * HOUR,
    period,
    items,
    actuals: actuals.map((a): ActualCost => ({ at: MONDAY + a.hours * HOUR, amount: a.amount, ...(a.item < n ? { itemId: `T${a.item}` } : {}) })),
  })),
);

function evaluated(input: ProjectEvmInput): ProjectEvm {
  const result = projectEvm(input);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** The project as it would stand if everything went exactly to plan up to its status date. */
function onPlan(input: ProjectEvmInput): ProjectEvmInput {
  const frame = frameOf(input);
  const items = input.items.map((item) => {
    const pv = itemPlannedValue(item, input.statusDate, frame.calendar);
    return { ...item, earning: { method: 'percent-complete' } as const, progress: { percentComplete: (100 * pv) / item.bac } };
  });
  const actuals = items.map((item) => ({ at: input.statusDate - 1, amount: itemPlannedValue(item, input.statusDate, frame.calendar), itemId: item.id }));
  return { ...input, items, actuals };
}

/** The project with item `index` cut into two items sharing its dates and rule, its budget, estimate and costs halved (the odd unit to the second). */
function split(input: ProjectEvmInput, index: number): ProjectEvmInput {
  const whole = input.items[index]!;
  const halves = (x: number): [number, number] => [Math.floor(x / 2), x - Math.floor(x / 2)];
  const [bacA, bacB] = halves(whole.bac);
  const etc = whole.etc === undefined ? [undefined, undefined] : halves(whole.etc);
  const part = (suffix: string, bac: number, etc: number | undefined): WorkItem => {
    const { etc: _, ...rest } = whole;
    return { ...rest, id: `${whole.id}${suffix}`, bac, ...(etc === undefined ? {} : { etc }) };
  };
  const items = [...input.items.slice(0, index), part('a', bacA, etc[0]), part('b', bacB, etc[1]), ...input.items.slice(index + 1)];
  const actuals = input.actuals.flatMap((a) => {
    if (a.itemId !== whole.id) return [a];
    const [x, y] = halves(a.amount);
    return [{ ...a, amount: x, itemId: `${whole.id}a` }, { ...a, amount: y, itemId: `${whole.id}b` }];
  });
  return { ...input, items, actuals };
}

/**
 * Budgets whose halves plan and earn whole minor units at every whole minute: a multiple of the
 * item's working minutes (PV), of 100 (percent complete) and of 12 (up to four equal milestones);
 * costs and estimates even.
 */
function divisible(input: ProjectEvmInput): ProjectEvmInput {
  const calendar = standardWorkingTime(MONDAY);
  const items = input.items.map((item) => {
    const work = Math.max(1, calendar.workingBetween(item.baselineStart, item.baselineFinish));
    const earning = item.earning?.method === 'milestones' ? { method: 'milestones' as const, milestones: item.earning.milestones.map((m) => ({ ...m, weight: 1 })) } : item.earning;
    return { ...item, earning, bac: 2 * work * 1200 * (1 + (item.bac % 50)), ...(item.etc === undefined ? {} : { etc: 2 * item.etc }) };
  });
  return { ...input, items, actuals: input.actuals.map((a) => ({ ...a, amount: 2 * a.amount })) };
}

const shuffled = <T>(xs: ReadonlyArray<T>, seed: number): T[] => xs.map((x, i) => ({ x, k: (i * 7919 + seed * 104729) % 1_000_003 })).sort((a, b) => a.k - b.k).map((e) => e.x);

describe('earned value invariants on random projects', () => {
  it('a project exactly on plan has CPI = SPI = SPI(t) = 1 and ES = AT at every period end', () => {
    fc.assert(
      fc.property(randomProject, fc.integer({ min: 1, max: 60 }), (project, k) => {
        const frame = frameOf(project);
        // Period ends up to the planned finish: after it, AT runs on while the finished plan stands still.
        const ends = frame.boundaries.filter((b) => b > frame.origin && b <= frame.finish);
        if (ends.length === 0) return;
        const r = evaluated(onPlan({ ...project, statusDate: ends[k % ends.length]! }));
        expect(r.amounts.ev).toBe(r.amounts.pv);
        expect(r.amounts.ac).toBe(r.amounts.ev);
        if (r.amounts.ac > 0) expect(r.indices.cpi).toBe(1);
        if (r.amounts.pv > 0) expect(r.indices.spi).toBe(1);
        expect(r.schedule.es).toBeCloseTo(r.schedule.at, 9);
        expect(r.schedule.spiT).toBeCloseTo(1, 9);
        expect(r.schedule.svT).toBeCloseTo(0, 9);
      }),
      { numRuns: 150 },
    );
  });

  it('never earns more than the budget, item by item and in total', () => {
    fc.assert(
      fc.property(randomProject, (project) => {
        const r = evaluated(project);
        for (const item of r.items) expect(item.amounts.ev).toBeLessThanOrEqual(item.amounts.bac);
        expect(r.amounts.ev).toBeLessThanOrEqual(r.amounts.bac);
        expect(r.amounts.pv).toBeLessThanOrEqual(r.amounts.bac);
      }),
      { numRuns: 150 },
    );
  });

  it('draws a PV curve that never falls, ends at BAC and is the PV at each period end', () => {
    fc.assert(
      fc.property(randomProject, (project) => {
        const curves = projectCurves(project);
        if (!curves.ok) throw new Error(curves.message);
        const bac = project.items.reduce((sum, i) => sum + i.bac, 0);
        let previous = 0;
        for (const p of curves.periods) {
          expect(p.pv).toBeGreaterThanOrEqual(previous);
          previous = p.pv;
        }
        expect(previous).toBe(bac);
        const sample = curves.periods[Math.floor(curves.periods.length / 2)]!;
        expect(evaluated({ ...project, statusDate: sample.end }).amounts.pv).toBe(sample.pv);
        let ac = 0;
        for (const p of curves.periods) {
          if (p.ac === null) continue;
          expect(p.ac).toBeGreaterThanOrEqual(ac);
          ac = p.ac;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('rolls a single item up to itself', () => {
    fc.assert(
      fc.property(randomProject, (project) => {
        const one = { ...project, items: project.items.slice(0, 1), actuals: project.actuals.filter((a) => a.itemId === project.items[0]!.id) };
        const r = evaluated(one);
        expect(r.amounts).toEqual(r.items[0]!.amounts);
        expect(r.indices).toEqual(r.items[0]!.indices);
        const up = rollUp('EUR', [r.amounts]);
        expect(up.ok && up.amounts).toEqual(r.amounts);
        expect(up.ok && up.indices).toEqual(r.indices);
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of items, costs or projects', () => {
    fc.assert(
      fc.property(randomProject, randomProject, fc.integer({ min: 1, max: 1000 }), (a, b, seed) => {
        const r = evaluated(a);
        const s = evaluated({ ...a, items: shuffled(a.items, seed), actuals: shuffled(a.actuals, seed + 1) });
        expect(s.amounts).toEqual(r.amounts);
        expect(s.indices).toEqual(r.indices);
        expect(s.schedule).toEqual(r.schedule);
        const other = evaluated(b);
        expect(rollUp('EUR', [r.amounts, other.amounts])).toEqual(rollUp('EUR', [other.amounts, r.amounts]));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same project figures when an item is cut into two halves', () => {
    fc.assert(
      fc.property(randomProject, fc.nat(), (project, which) => {
        const exact = divisible(project);
        const index = which % exact.items.length;
        const r = evaluated(exact);
        const s = evaluated(split(exact, index));
        expect(s.amounts).toEqual(r.amounts);
        expect(s.indices).toEqual(r.indices);
        expect(s.schedule).toEqual(r.schedule);
      }),
      { numRuns: 100 },
    );
  });

  it('moves PV and EV by at most the one minor unit each half rounds when budgets do not divide', () => {
    fc.assert(
      fc.property(randomProject, fc.nat(), (project, which) => {
        const r = evaluated(project);
        const s = evaluated(split(project, which % project.items.length));
        expect(s.amounts.bac).toBe(r.amounts.bac);
        expect(s.amounts.ac).toBe(r.amounts.ac);
        expect(Math.abs(s.amounts.pv - r.amounts.pv)).toBeLessThanOrEqual(1);
        expect(Math.abs(s.amounts.ev - r.amounts.ev)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });
});
