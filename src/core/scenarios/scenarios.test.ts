// Scenario planning's rules: a scenario is the live portfolio with changes; shifts in weeks keep
// weekdays and in months land on the same day of the month; resizing scales cost and demand;
// costs spread over the years add up exactly; coverage names the objectives served.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyScenario, changeProblem, shiftDays } from './apply-scenario.ts';
import { costByYear, foldQuarters, setMeasures } from './scenario-measures.ts';
import { scenarioAssignments } from './scenario-demand.ts';
import type { PlanProject } from './scenario-types.ts';
import type { AssignmentInput } from '../resources/resource-types.ts';

const project = (code: string, over: Partial<PlanProject> = {}): PlanProject => ({ id: code, code, name: code, live: true, start: '2027-01-04', finish: '2027-12-31', costMinor: 365_000, valueMinor: 1_000, objectiveIds: [], ...over });
const keep = { included: true, shift: { amount: 0, unit: 'weeks' as const }, scalePct: 100 };

describe('applyScenario', () => {
  const live = [project('A', { objectiveIds: ['growth'] }), project('B'), project('C', { live: false, objectiveIds: ['cost'] })];

  it('is the live portfolio without changes, and adds, removes, shifts and resizes as told', () => {
    expect(applyScenario(live, []).map((p) => [p.code, p.change])).toEqual([['A', 'kept'], ['B', 'kept']]);
    const s = applyScenario(live, [
      { ...keep, projectId: 'A', included: false },
      { ...keep, projectId: 'B', shift: { amount: 2, unit: 'months' }, scalePct: 50 },
      { ...keep, projectId: 'C' },
    ]);
    expect(s.map((p) => [p.code, p.change, p.start, p.costMinor])).toEqual([
      ['B', 'shifted_resized', '2027-03-04', 182_500],
      ['C', 'added', '2027-01-04', 365_000],
    ]);
  });

  it('moves by weeks keeping the weekday, by months to the same day of the month or the last of a shorter one', () => {
    expect([shiftDays('2027-01-31', { amount: 1, unit: 'months' }), shiftDays('2027-01-31', { amount: -2, unit: 'weeks' })]).toEqual([28, -14]);
    fc.assert(fc.property(fc.integer({ min: -60, max: 60 }), (weeks) => {
      expect(Math.abs(shiftDays('2027-05-12', { amount: weeks, unit: 'weeks' }) % 7)).toBe(0);
    }));
  });

  it('refuses what cannot apply and says why', () => {
    expect(changeProblem(undefined, { ...keep, projectId: 'X' })).toMatch(/not in this portfolio/);
    expect(changeProblem(live[1], { ...keep, projectId: 'B', scalePct: 0 })).toMatch(/1 to 1000/);
    expect(changeProblem(project('D', { live: false, start: null }), { ...keep, projectId: 'D' })).toBe('Project D has no planned start: give it dates before adding it to a scenario.');
  });
});

describe('costByYear and setMeasures', () => {
  it('spreads a cost over the calendar years by days, in whole units that add up', () => {
    expect(costByYear(36_600, '2027-07-01', '2028-06-30')).toEqual([{ year: 2027, minor: 18_400 }, { year: 2028, minor: 18_200 }]);
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (amount, offset, length) => {
      const start = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
      const finish = new Date(Date.UTC(2026, 0, 1 + offset + length)).toISOString().slice(0, 10);
      const parts = costByYear(amount, start, finish);
      expect(parts.reduce((s, p) => s + p.minor, 0)).toBe(amount);
      expect(parts.every((p) => p.minor >= 0)).toBe(true);
    }));
  });

  it('sums value and cost, names what has no cost, and shows which objectives are served', () => {
    const m = setMeasures([project('A', { objectiveIds: ['growth'] }), project('B', { costMinor: null, objectiveIds: ['growth'] })], ['growth', 'cost']);
    expect(m).toMatchObject({ valueMinor: 2_000, costMinor: 365_000, notCosted: ['B'], objectivesServed: 1 });
    expect(m.coverage).toEqual([{ objectiveId: 'growth', projects: ['A', 'B'] }, { objectiveId: 'cost', projects: [] }]);
  });
});

describe('quarters and demand', () => {
  it('folds months into their quarters', () => {
    expect(foldQuarters(['2027-04-01', '2027-05-01', '2027-06-01', '2027-07-01'], [1, 2, 3, 4])).toEqual({ quarters: ['2027-Q2', '2027-Q3'], values: [6, 4] });
  });

  it('moves and scales the work of the scenario’s projects and drops the rest', () => {
    const a: AssignmentInput = { id: 'a1', resourceId: 'r', taskId: 't', projectId: 'A', start: 1000, finish: 2000, units: 100 };
    const b: AssignmentInput = { id: 'b1', resourceId: 'r', taskId: 't', projectId: 'B', start: 1000, finish: 2000, work: 480 };
    const out = scenarioAssignments([a, b, { ...a, id: 'x', projectId: 'X' }], [{ id: 'A', shiftDays: 7, scalePct: 50 }, { id: 'B', shiftDays: 0, scalePct: 150 }]);
    expect(out.map((o) => [o.id, o.start, o.units, o.work])).toEqual([['a1', 1000 + 7 * 1440, 50, undefined], ['b1', 1000, undefined, 720]]);
  });
});
