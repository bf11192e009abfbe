import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ClosedProjectFact, KpiFacts, KpiKey } from './kpi-types.ts';
import { pmoKpis } from './pmo-kpis.ts';

const none: KpiFacts = { closedProjects: [], phaseEntries: [], statusReports: [], benefits: [], risks: [] };
const closed = (projectId: string, over: Partial<ClosedProjectFact>): ClosedProjectFact => ({
  projectId, closedOn: '2026-05-10', baselineStart: '2026-01-01', baselineFinish: '2026-04-11', actualFinish: '2026-04-11', budget: 100_000, actualCost: 100_000, ...over,
});
const range = { from: '2026-01-01', today: '2026-11-24' };
const series = (facts: KpiFacts, key: KpiKey, tolerances?: { scheduleDays: number; costShare: number }) =>
  pmoKpis(facts, range, tolerances).kpis.find((k) => k.key === key)!.values;

describe('delivery KPIs', () => {
  const facts: KpiFacts = {
    ...none,
    closedProjects: [
      closed('A', {}),
      closed('B', { actualFinish: '2026-04-21', actualCost: 120_000 }), // 10 days late on 100 planned, 20 % over
      closed('C', { actualFinish: '2026-04-13', actualCost: 104_000 }),
      closed('D', { baselineStart: null, baselineFinish: null, budget: null }), // nothing to judge on
      closed('E', { closedOn: '2026-08-01' }),
    ],
  };

  it('counts projects closed on time and on budget in the quarter they closed, leaving out those without a baseline or budget', () => {
    expect(series(facts, 'on_time')[1]).toEqual({ quarter: '2026-Q2', value: 0.3333, numerator: 1, denominator: 3, projectIds: ['A', 'B', 'C'] });
    expect(series(facts, 'on_budget')[1]).toMatchObject({ value: 0.3333, numerator: 1, denominator: 3 });
    expect(series(facts, 'on_time')[2]).toMatchObject({ quarter: '2026-Q3', value: 1, projectIds: ['E'] });
    expect(series(facts, 'on_time')[0]).toMatchObject({ quarter: '2026-Q1', value: null, denominator: 0 });
  });

  it('applies the PMO\'s tolerances', () => {
    const tolerant = { scheduleDays: 2, costShare: 0.05 };
    expect(series(facts, 'on_time', tolerant)[1]).toMatchObject({ numerator: 2, denominator: 3 });
    expect(series(facts, 'on_budget', tolerant)[1]).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it('averages schedule and cost variance relative to the baseline duration and the budget', () => {
    expect(series(facts, 'schedule_variance')[1]).toMatchObject({ value: 0.04, numerator: 2, denominator: 3 }); // (0 + 10/100 + 2/100) / 3
    expect(series(facts, 'cost_variance')[1]).toMatchObject({ value: 0.08, numerator: 2, denominator: 3 }); // (0 + 0.2 + 0.04) / 3
  });
});

describe('process KPIs', () => {
  it('counts a phase entered through a gate approved by that day as compliant', () => {
    const facts: KpiFacts = {
      ...none,
      phaseEntries: [
        { projectId: 'A', enteredOn: '2026-02-01', approvedOn: '2026-01-30' },
        { projectId: 'B', enteredOn: '2026-02-01', approvedOn: '2026-02-03' }, // approved after the fact
        { projectId: 'C', enteredOn: '2026-02-10', approvedOn: null },
      ],
    };
    expect(series(facts, 'gate_compliance')[0]).toMatchObject({ value: 0.3333, numerator: 1, denominator: 3, projectIds: ['A', 'B', 'C'] });
  });

  it('judges reports due up to today only, a missing one as late', () => {
    const facts: KpiFacts = {
      ...none,
      statusReports: [
        { projectId: 'A', dueOn: '2026-10-05', submittedOn: '2026-10-05' },
        { projectId: 'A', dueOn: '2026-11-05', submittedOn: null },
        { projectId: 'B', dueOn: '2026-11-10', submittedOn: '2026-11-12' },
        { projectId: 'B', dueOn: '2026-12-05', submittedOn: null }, // not due yet
      ],
    };
    expect(series(facts, 'reporting_timeliness')[3]).toMatchObject({ quarter: '2026-Q4', value: 0.3333, numerator: 1, denominator: 3 });
  });

  it('averages the share of each due benefit realised, capped at the whole, unmeasured as none', () => {
    const facts: KpiFacts = {
      ...none,
      benefits: [
        { projectId: 'A', dueOn: '2026-06-30', realisation: 1.5 },
        { projectId: 'B', dueOn: '2026-06-30', realisation: 0.5 },
        { projectId: 'C', dueOn: '2026-06-30', realisation: null },
      ],
    };
    expect(series(facts, 'benefits_realised')[1]).toMatchObject({ value: 0.5, numerator: 1, denominator: 3 });
  });

  it('looks at significant risks open at each quarter\'s end, and whether they had a response by then', () => {
    const facts: KpiFacts = {
      ...none,
      risks: [
        { projectId: 'A', raisedOn: '2026-01-10', closedOn: null, significant: true, respondedOn: '2026-05-01' },
        { projectId: 'B', raisedOn: '2026-02-10', closedOn: '2026-04-01', significant: true, respondedOn: null },
        { projectId: 'C', raisedOn: '2026-02-10', closedOn: null, significant: false, respondedOn: null },
      ],
    };
    const values = series(facts, 'risk_response_coverage');
    expect(values[0]).toMatchObject({ quarter: '2026-Q1', value: 0, numerator: 0, denominator: 2 });
    expect(values[1]).toMatchObject({ quarter: '2026-Q2', value: 1, numerator: 1, denominator: 1, projectIds: ['A'] });
  });
});

describe('invariants', () => {
  const day = fc.date({ min: new Date('2025-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const project = fc.record({
    projectId: fc.constantFrom('A', 'B', 'C'), closedOn: day, baselineStart: fc.option(day, { nil: null }), baselineFinish: fc.option(day, { nil: null }),
    actualFinish: fc.option(day, { nil: null }), budget: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }), actualCost: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }),
  });

  it('keeps shares within 0–1 and numerators within denominators; counts nothing after today', () => {
    fc.assert(fc.property(fc.array(project, { maxLength: 20 }), (closedProjects) => {
      const table = pmoKpis({ ...none, closedProjects }, { from: '2025-01-01', today: '2026-06-15' });
      expect(table.quarters).toHaveLength(6);
      for (const kpi of table.kpis) {
        for (const v of kpi.values) {
          expect(v.numerator).toBeLessThanOrEqual(v.denominator);
          if (kpi.unit === 'share' && v.value !== null) expect(v.value).toBeGreaterThanOrEqual(0);
          if (kpi.unit === 'share' && v.value !== null) expect(v.value).toBeLessThanOrEqual(1);
        }
      }
      const counted = table.kpis.find((k) => k.key === 'on_time')!.values.reduce((n, v) => n + v.denominator, 0);
      const eligible = closedProjects.filter((p) => p.closedOn <= '2026-06-15' && p.baselineFinish && p.actualFinish).length;
      expect(counted).toBe(eligible);
    }));
  });
});
