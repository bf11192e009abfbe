// Invariants of the status colours on random facts and random (valid) thresholds: the overall
// colour is the worst assessed dimension, every colour explains itself, worse figures never give a
// better colour, and overrides never hide what was computed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessStatus, effectiveRag, overallOf } from './assess-status.ts';
import { atLeastAsBad } from './rag-scale.ts';
import { DEFAULT_STATUS_THRESHOLDS, thresholdProblems } from './status-thresholds.ts';
import { statusFactsOf } from './status-facts-builder.ts';
import { DIMENSIONS, type CountBands, type MeasureBands, type StatusFacts, type StatusThresholds } from './status-types.ts';

const slip = fc.option(fc.integer({ min: -200, max: 600 }).map((n) => n / 10), { nil: null });
const ref = (prefix: string) => (i: number) => ({ code: `${prefix}-${i + 1}`, title: `Item ${i + 1}` });
const listOf = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const money = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const facts: fc.Arbitrary<StatusFacts> = fc
  .record({
    tasks: fc.integer({ min: 0, max: 3 }),
    baselined: fc.boolean(),
    finishSlip: slip,
    milestones: fc.array(fc.record({ slipDays: slip, done: fc.boolean() }), { maxLength: 4 }),
    forecast: fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }),
    budget: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
    awaiting: fc.nat(4),
    approved: fc.nat(5),
    risks: fc.array(fc.record({ tier: fc.constantFrom('critical', 'high', 'other'), strategy: fc.constantFrom(null, 'mitigate'), response: fc.constantFrom('', 'Plan B.'), score: fc.integer({ min: 1, max: 25 }) }), { maxLength: 6 }),
    overdue: fc.nat(12),
    reviewsDone: fc.nat(2),
    findings: fc.array(fc.record({ severity: fc.constantFrom('low', 'medium', 'high', 'critical'), overdue: fc.boolean() }), { maxLength: 5 }),
  })
  .map((r) =>
    statusFactsOf({
      schedule: {
        tasks: r.tasks,
        baselined: r.baselined,
        finishSlipDays: r.finishSlip,
        milestones: r.milestones.map((m, i) => ({ name: `M${i}`, baselineFinish: m.slipDays === null ? null : '2027-01-15', forecastFinish: '2027-01-20', ...m })),
      },
      cost: { budget: r.budget === null ? null : money(r.budget), forecast: r.forecast === null ? null : money(r.forecast) },
      scope: { awaitingBoard: listOf(r.awaiting, ref('CR')), approvedInPeriod: listOf(r.approved, ref('CRA')) },
      risk: { risks: r.risks.map((x, i) => ({ ...ref('RSK')(i), bandLabel: x.tier, ...x })), overdueActions: listOf(r.overdue, (i) => ({ ...ref('ACT')(i), dueDate: '2026-11-01', daysOverdue: i + 1 })) },
      quality: { reviewsDone: r.reviewsDone, openFindings: r.findings.map((f, i) => ({ ...ref('QAF')(i), ...f })) },
    }),
  );

const measure: fc.Arbitrary<MeasureBands> = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 30 })).map(([a, d]) => ({ amberAbove: a, redAbove: a + d }));
const count: fc.Arbitrary<CountBands> = fc
  .tuple(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }))
  .map(([a, d]) => ({ amberAtLeast: a, redAtLeast: d === null ? null : (a ?? 0) + d }));
const thresholds: fc.Arbitrary<StatusThresholds> = fc
  .record({ m: fc.array(measure, { minLength: 3, maxLength: 3 }), c: fc.array(count, { minLength: 8, maxLength: 8 }) })
  .map(({ m, c }) => ({
    schedule: { baselineNumber: 0, finishSlipDays: m[0]!, milestoneSlipDays: m[1]! },
    cost: { overrunPercent: m[2]! },
    scope: { awaitingBoard: c[0]!, approvedInPeriod: c[1]! },
    risk: { criticalWithoutResponse: c[2]!, highWithoutResponse: c[3]!, overdueActions: c[4]! },
    quality: { openCriticalFindings: c[5]!, openHighFindings: c[6]!, overdueFindings: c[7]! },
  }));

describe('status colours (properties)', () => {
  it('generates only valid thresholds', () => {
    fc.assert(fc.property(thresholds, (t) => {
      expect(thresholdProblems(t)).toEqual([]);
    }));
  });

  it('gives an overall colour that is the worst assessed dimension, grey only when none is assessed, and a reason for every colour', () => {
    fc.assert(
      fc.property(facts, thresholds, (f, t) => {
        const rag = assessStatus(f, t);
        const assessed = DIMENSIONS.map((d) => rag.dimensions[d].colour).filter((c) => c !== 'grey');
        if (assessed.length === 0) expect(rag.overall.colour).toBe('grey');
        else {
          expect(assessed).toContain(rag.overall.colour);
          for (const c of assessed) expect(atLeastAsBad(rag.overall.colour, c)).toBe(true);
        }
        for (const d of DIMENSIONS) expect(rag.dimensions[d].reasons.length).toBeGreaterThan(0);
        expect(rag.dimensions.resources.colour).toBe('grey');
        if (f.cost.forecast === null) expect(rag.dimensions.cost.colour).toBe('grey');
      }),
    );
  });

  it('never improves a colour when the figures get worse', () => {
    fc.assert(
      fc.property(facts, thresholds, fc.integer({ min: 1, max: 100 }), (f, t, extra) => {
        const before = assessStatus(f, t);
        const worse: StatusFacts = {
          ...f,
          schedule: { ...f.schedule, finishSlipDays: f.schedule.finishSlipDays === null ? null : f.schedule.finishSlipDays + extra, milestones: f.schedule.milestones.map((m) => ({ ...m, slipDays: m.slipDays === null ? null : m.slipDays + extra })) },
          cost: { ...f.cost, forecast: f.cost.forecast && { ...f.cost.forecast, amountMinor: f.cost.forecast.amountMinor + extra * 1000 } },
          scope: { awaitingBoard: [...f.scope.awaitingBoard, ref('CRX')(0)], approvedInPeriod: [...f.scope.approvedInPeriod, ref('CRY')(0)] },
          risk: { risks: [...f.risk.risks, { ...ref('RSKX')(0), tier: 'critical', bandLabel: 'Critical', score: 25, strategy: null, response: '' }], overdueActions: [...f.risk.overdueActions, { ...ref('ACTX')(0), dueDate: '2026-10-01', daysOverdue: 50 }] },
          quality: { ...f.quality, openFindings: [...f.quality.openFindings, { ...ref('QAFX')(0), severity: 'critical', overdue: true }] },
        };
        const after = assessStatus(worse, t);
        for (const d of DIMENSIONS) if (before.dimensions[d].colour !== 'grey') expect(atLeastAsBad(after.dimensions[d].colour, before.dimensions[d].colour)).toBe(true);
      }),
    );
  });

  it('shows the computed colours unchanged without overrides, and keeps the computed colour under an override', () => {
    fc.assert(
      fc.property(facts, fc.constantFrom(...DIMENSIONS), fc.constantFrom('green', 'amber', 'red') as fc.Arbitrary<'green' | 'amber' | 'red'>, (f, d, colour) => {
        const rag = assessStatus(f, DEFAULT_STATUS_THRESHOLDS);
        const plain = effectiveRag(rag, {});
        expect(plain.overall.effective).toBe(rag.overall.colour);
        for (const line of plain.dimensions) expect(line.effective).toBe(line.computed);
        const shown = effectiveRag(rag, { [d]: { colour, justification: 'Known to the sponsor.' } });
        const line = shown.dimensions.find((l) => l.key === d)!;
        expect([line.computed, line.effective]).toEqual([rag.dimensions[d].colour, colour]);
        expect(shown.overall.computed).toBe(rag.overall.colour);
        const dims = Object.fromEntries(shown.dimensions.map((l) => [l.key, { colour: l.effective }])) as Parameters<typeof overallOf>[0];
        expect(shown.overall.effective).toBe(overallOf(dims).colour);
      }),
    );
  });
});
