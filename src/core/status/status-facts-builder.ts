// Terse status facts for tests: a scheduled, baselined project on time, with nothing in its logs and
// one quality review done, to which a test adds just what it is about.
import type { ActionLine, FindingLine, MilestoneFact, RiskLine, StatusFacts } from './status-types.ts';

type Over<T> = Partial<T> & { readonly code: string };

export const riskLine = (r: Over<RiskLine>): RiskLine => ({ title: `Risk ${r.code}`, score: 16, tier: 'critical', bandLabel: 'Critical', strategy: null, response: '', ...r });
export const actionLine = (a: Over<ActionLine>): ActionLine => ({ title: `Action ${a.code}`, dueDate: '2026-11-01', daysOverdue: 23, ...a });
export const findingLine = (f: Over<FindingLine>): FindingLine => ({ title: `Finding ${f.code}`, severity: 'medium', overdue: false, ...f });
export const milestone = (m: Partial<MilestoneFact> & { readonly name: string }): MilestoneFact => ({ baselineFinish: '2027-01-15T17:00', forecastFinish: '2027-01-15T17:00', slipDays: 0, done: false, ...m });

type FactsOver = { readonly [K in keyof StatusFacts]?: Partial<StatusFacts[K]> };

export function statusFactsOf(over: FactsOver = {}): StatusFacts {
  return {
    period: { start: '2026-11-01', end: '2026-11-30', ...over.period },
    schedule: { tasks: 10, baselined: true, baselineFinish: '2027-03-01T17:00', forecastFinish: '2027-03-01T17:00', finishSlipDays: 0, milestones: [], ...over.schedule },
    cost: { budget: { amountMinor: 100_000_00, currency: 'EUR' }, forecast: null, ...over.cost },
    scope: { awaitingBoard: [], approvedInPeriod: [], ...over.scope },
    risk: { risks: [], overdueActions: [], ...over.risk },
    quality: { reviewsDone: 1, openFindings: [], ...over.quality },
  };
}
