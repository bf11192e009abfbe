// Invariants of capacity planning on random pools (fast-check): no minute of work is lost or made
// up, whatever the contour, calendar or days looked at; capacity is never negative; groups are the
// sums of their members; the over-allocated periods are exactly those whose demand passes
// capacity; and a drill-down adds up to the cell it came from.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoDateFromDay } from '../calendar/wall-time.ts';
import { planAssignment } from './assignment-work.ts';
import { capacityReport } from './capacity-report.ts';
import { CONTOURS } from './contours.ts';
import { buildLoad, counts, type LoadModel } from './load-model.ts';
import { loadDetail, overAllocations } from './over-allocation.ts';
import { at, CALENDARS, MONDAY } from './capacity-fixtures.ts';
import type { AssignmentInput, CapacityInput, GroupBy, PeriodUnit, ResourceInput } from './resource-types.ts';

const FROM = MONDAY - 7;
const DAYS = 84;

const randomResource = (id: string): fc.Arbitrary<ResourceInput> =>
  fc.record({
    calendarId: fc.constantFrom('standard', 'holiday', 'part-time'),
    maxUnits: fc.array(fc.record({ offset: fc.integer({ min: -10, max: 80 }), units: fc.integer({ min: 0, max: 400 }) }), { maxLength: 3 }),
    role: fc.option(fc.constantFrom('Developer', 'Analyst', 'Tester'), { nil: null }),
    department: fc.option(fc.constantFrom('IT', 'Finance'), { nil: null }),
    skills: fc.uniqueArray(fc.record({ skill: fc.constantFrom('SQL', 'Java', 'UX'), proficiency: fc.integer({ min: 1, max: 5 }) }), { selector: (s) => s.skill, maxLength: 3 }),
  }).map(({ calendarId, maxUnits, role, department, skills }) => ({
    id, calendarId, role, department, skills,
    maxUnits: [...new Map(maxUnits.map((m) => [m.offset, m])).values()].map((m) => ({ from: isoDateFromDay(MONDAY + m.offset), units: m.units })),
  }));

const randomAssignment = (id: string, resources: number): fc.Arbitrary<AssignmentInput> =>
  fc.record({
    resource: fc.integer({ min: 0, max: resources - 1 }),
    day: fc.integer({ min: 0, max: 50 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minutes: fc.integer({ min: 0, max: 60 * 24 * 20 }),
    amount: fc.oneof(fc.record({ units: fc.integer({ min: 0, max: 300 }) }), fc.record({ work: fc.integer({ min: 0, max: 30_000 }) })),
    contour: fc.constantFrom(...CONTOURS),
    proposed: fc.boolean(),
    scenarioId: fc.option(fc.constantFrom('S1', 'S2'), { nil: null }),
  }).map(({ resource, day, hour, minutes, amount, contour, proposed, scenarioId }) => ({
    id, resourceId: `R${resource}`, taskId: `T-${id}`, projectId: `P${resource % 2}`, start: at(day, hour), finish: at(day, hour) + minutes, ...amount, contour, proposed, scenarioId,
  }));

const randomPool = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc.record({
    resources: fc.tuple(...Array.from({ length: n }, (_, i) => randomResource(`R${i}`))),
    assignments: fc.array(fc.nat(), { maxLength: 14 }).chain((ids) => fc.tuple(...ids.map((_, i) => randomAssignment(`A${i}`, n)))),
    include: fc.record({ proposed: fc.boolean(), scenarioIds: fc.subarray(['S1', 'S2']) }),
  }).map(({ resources, assignments, include }): CapacityInput => ({ calendars: CALENDARS, resources, assignments, include, from: isoDateFromDay(FROM), to: isoDateFromDay(FROM + DAYS - 1) })),
);

function loaded(input: CapacityInput): LoadModel {
  const result = buildLoad(input);
  if (!result.ok) throw new Error(result.message);
  return result.model;
}

const unit = fc.constantFrom<PeriodUnit>('day', 'week', 'month');
const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe('capacity invariants on random pools', () => {
  it('puts every minute of each counted assignment on some day: demand per resource is the work assigned to it', () => {
    fc.assert(
      fc.property(randomPool, (input) => {
        const model = loaded(input);
        model.resources.forEach((resource, r) => {
          const work = input.assignments.filter((a) => a.resourceId === resource.id && counts(a, input.include)).reduce((total, a) => total + planAssignment(a, model.calendarOf[r]!).work, 0);
          const days = model.demand.subarray(r * model.days, (r + 1) * model.days);
          expect(sum(days)).toBe(work);
          for (const minutes of days) expect(Number.isInteger(minutes) && minutes >= 0).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same day figures whatever range the days are looked at in', () => {
    fc.assert(
      fc.property(randomPool, fc.integer({ min: 0, max: DAYS - 1 }), fc.integer({ min: 1, max: DAYS }), (input, skip, length) => {
        const whole = loaded(input);
        const days = Math.min(length, DAYS - skip);
        const part = loaded({ ...input, from: isoDateFromDay(FROM + skip), to: isoDateFromDay(FROM + skip + days - 1) });
        for (let r = 0; r < whole.resources.length; r++) {
          expect(Array.from(part.demand.subarray(r * days, (r + 1) * days))).toEqual(Array.from(whole.demand.subarray(r * DAYS + skip, r * DAYS + skip + days)));
          expect(Array.from(part.capacity.subarray(r * days, (r + 1) * days))).toEqual(Array.from(whole.capacity.subarray(r * DAYS + skip, r * DAYS + skip + days)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never has negative capacity, nor capacity on a day without working time', () => {
    fc.assert(
      fc.property(randomPool, (input) => {
        const model = loaded(input);
        for (let i = 0; i < model.capacity.length; i++) {
          expect(model.capacity[i]).toBeGreaterThanOrEqual(0);
          if (model.working[i] === 0) expect(model.capacity[i]).toBe(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('makes each group the sum of its members, and roles and departments add up to the whole pool', () => {
    fc.assert(
      fc.property(randomPool, unit, fc.constantFrom<GroupBy>('role', 'department', 'skill'), (input, u, groupBy) => {
        const model = loaded(input);
        const byResource = new Map(capacityReport(model, { unit: u }).rows.map((row) => [row.key, row]));
        const groups = capacityReport(model, { unit: u, groupBy });
        for (const row of groups.rows) {
          row.demand.forEach((d, p) => expect(d).toBe(sum(row.resourceIds.map((id) => byResource.get(id)!.demand[p]!))));
          row.capacity.forEach((c, p) => expect(c).toBe(sum(row.resourceIds.map((id) => byResource.get(id)!.capacity[p]!))));
        }
        if (groupBy !== 'skill') {
          expect(sum(groups.rows.flatMap((row) => row.demand))).toBe(sum(model.demand));
          expect(sum(groups.rows.flatMap((row) => row.capacity))).toBe(sum(model.capacity));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('flags exactly the periods whose demand passes capacity, and their drill-down adds up to the cell', () => {
    fc.assert(
      fc.property(randomPool, unit, (input, u) => {
        const model = loaded(input);
        const report = capacityReport(model, { unit: u });
        const expected = report.rows.flatMap((row) => report.periods.filter((p) => row.demand[p.index]! > row.capacity[p.index]!).map((p) => `${row.key} ${p.firstDay}`));
        const flagged = overAllocations(model, u);
        expect(flagged.map((o) => `${o.resourceId} ${o.period.firstDay}`)).toEqual(expected);
        for (const o of flagged) {
          const detail = loadDetail(model, o.resourceId, o.period.firstDay, o.period.lastDay);
          if (!detail.ok) throw new Error(detail.message);
          expect(detail.demand).toBe(o.demand);
          expect(detail.capacity).toBe(o.capacity);
          expect(sum(detail.contributions.map((c) => c.minutes))).toBe(o.demand);
        }
      }),
      { numRuns: 150 },
    );
  });
});
