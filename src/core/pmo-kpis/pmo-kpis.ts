// The PMO's KPIs per calendar quarter, computed from what happened in the projects:
// - delivery: projects closed in the quarter on time and on budget (within the PMO's tolerances)
//   and their mean schedule and cost variance against baseline and budget;
// - process: phases entered through an approved gate, status reports submitted by their due day,
//   benefits due in the quarter realised, and significant risks open at the quarter's end that had
//   a response.
// A project without the data a KPI needs (no baseline, no budget) is left out of that KPI rather
// than counted as a success or a failure; the figure's denominator says how many were assessed.
import type {
  BenefitFact, ClosedProjectFact, KpiFacts, KpiKey, KpiSeries, KpiTable, KpiTolerances, KpiValue, PhaseEntryFact, RiskFact, StatusReportFact,
} from './kpi-types.ts';
import { DEFAULT_TOLERANCES } from './kpi-types.ts';
import { daysBetween, quarterBounds, quarterOf, quartersBetween } from '../calendar/quarters.ts';

/** One item counted by a KPI: its project, whether it met the standard and, for KPIs that average, its amount. */
interface Counted {
  readonly projectId: string;
  readonly met: boolean;
  readonly amount?: number;
}

/** A KPI is the share of items that met the standard, or the mean of their amounts. */
type Aggregate = 'share' | 'mean';

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

function valueOf(quarter: string, items: ReadonlyArray<Counted>, aggregate: Aggregate): KpiValue {
  const projectIds = [...new Set(items.map((i) => i.projectId))].sort();
  const met = items.filter((i) => i.met).length;
  if (items.length === 0) return { quarter, value: null, numerator: 0, denominator: 0, projectIds };
  const value = aggregate === 'share' ? met / items.length : items.reduce((sum, i) => sum + i.amount!, 0) / items.length;
  return { quarter, value: round4(value), numerator: met, denominator: items.length, projectIds };
}

const onTime = (p: ClosedProjectFact, t: KpiTolerances): Counted | null =>
  p.baselineFinish && p.actualFinish ? { projectId: p.projectId, met: daysBetween(p.baselineFinish, p.actualFinish) <= t.scheduleDays } : null;

const onBudget = (p: ClosedProjectFact, t: KpiTolerances): Counted | null =>
  p.budget && p.budget > 0 && p.actualCost !== null ? { projectId: p.projectId, met: p.actualCost <= p.budget * (1 + t.costShare) } : null;

/** Days late over the baseline's length; `met` marks a project that finished late. */
function scheduleVariance(p: ClosedProjectFact): Counted | null {
  if (!p.baselineStart || !p.baselineFinish || !p.actualFinish) return null;
  const planned = daysBetween(p.baselineStart, p.baselineFinish);
  if (planned <= 0) return null;
  const late = daysBetween(p.baselineFinish, p.actualFinish);
  return { projectId: p.projectId, met: late > 0, amount: late / planned };
}

/** Spend over budget as a share of the budget; `met` marks a project that overspent. */
function costVariance(p: ClosedProjectFact): Counted | null {
  if (!p.budget || p.budget <= 0 || p.actualCost === null) return null;
  return { projectId: p.projectId, met: p.actualCost > p.budget, amount: (p.actualCost - p.budget) / p.budget };
}

const gateCompliant = (e: PhaseEntryFact): Counted => ({ projectId: e.projectId, met: e.approvedOn !== null && e.approvedOn <= e.enteredOn });

const reportOnTime = (r: StatusReportFact): Counted => ({ projectId: r.projectId, met: r.submittedOn !== null && r.submittedOn <= r.dueOn });

/** Benefits count by share realised (capped at the whole); `met` marks one fully realised. */
const benefitRealised = (b: BenefitFact): Counted => {
  const share = Math.min(1, Math.max(0, b.realisation ?? 0));
  return { projectId: b.projectId, met: share >= 1, amount: share };
};

function risksOpenAt(risks: ReadonlyArray<RiskFact>, day: string): Counted[] {
  return risks
    .filter((r) => r.significant && r.raisedOn <= day && (r.closedOn === null || r.closedOn > day))
    .map((r) => ({ projectId: r.projectId, met: r.respondedOn !== null && r.respondedOn <= day }));
}

interface Definition {
  readonly key: KpiKey;
  readonly name: string;
  readonly unit: 'share' | 'variance';
  readonly aggregate: Aggregate;
  readonly definition: string;
  /** The items counted in a quarter; `end` is the quarter's last day, or today for the current quarter. */
  readonly count: (facts: KpiFacts, quarter: string, end: string, t: KpiTolerances) => Counted[];
}

const inQuarter = (day: string | null, quarter: string, end: string) => day !== null && quarterOf(day) === quarter && day <= end;
const closedIn = (facts: KpiFacts, quarter: string, end: string) => facts.closedProjects.filter((p) => inQuarter(p.closedOn, quarter, end));
const present = <T>(xs: ReadonlyArray<T | null>): T[] => xs.filter((x): x is T => x !== null);

const DEFINITIONS: ReadonlyArray<Definition> = [
  {
    key: 'on_time', name: 'Delivered on time', unit: 'share', aggregate: 'share',
    definition: 'Projects closed in the quarter that finished by their baseline finish (plus the tolerance), of those closed with a baseline.',
    count: (f, q, end, t) => present(closedIn(f, q, end).map((p) => onTime(p, t))),
  },
  {
    key: 'on_budget', name: 'Delivered on budget', unit: 'share', aggregate: 'share',
    definition: 'Projects closed in the quarter that spent no more than their budget (plus the tolerance), of those closed with a budget and actual cost.',
    count: (f, q, end, t) => present(closedIn(f, q, end).map((p) => onBudget(p, t))),
  },
  {
    key: 'schedule_variance', name: 'Average schedule variance', unit: 'variance', aggregate: 'mean',
    definition: 'Mean of (actual finish − baseline finish) ÷ baseline duration over the projects closed in the quarter; positive is late.',
    count: (f, q, end) => present(closedIn(f, q, end).map(scheduleVariance)),
  },
  {
    key: 'cost_variance', name: 'Average cost variance', unit: 'variance', aggregate: 'mean',
    definition: 'Mean of (actual cost − budget) ÷ budget over the projects closed in the quarter; positive is over budget.',
    count: (f, q, end) => present(closedIn(f, q, end).map(costVariance)),
  },
  {
    key: 'gate_compliance', name: 'Gate compliance', unit: 'share', aggregate: 'share',
    definition: 'Phases entered in the quarter through a gate approved on or before the day of entry.',
    count: (f, q, end) => f.phaseEntries.filter((e) => inQuarter(e.enteredOn, q, end)).map(gateCompliant),
  },
  {
    key: 'reporting_timeliness', name: 'Reporting timeliness', unit: 'share', aggregate: 'share',
    definition: 'Status reports due in the quarter (up to today) that were submitted by their due day.',
    count: (f, q, end) => f.statusReports.filter((r) => inQuarter(r.dueOn, q, end)).map(reportOnTime),
  },
  {
    key: 'benefits_realised', name: 'Benefits realised', unit: 'share', aggregate: 'mean',
    definition: 'Mean share of target realised (capped at 100 %) over the benefits due in the quarter (up to today); unmeasured benefits count 0.',
    count: (f, q, end) => f.benefits.filter((b) => inQuarter(b.dueOn, q, end)).map(benefitRealised),
  },
  {
    key: 'risk_response_coverage', name: 'Risk response coverage', unit: 'share', aggregate: 'share',
    definition: 'Significant risks open at the end of the quarter (or today) that had a response with an owner by then.',
    count: (f, _q, end) => risksOpenAt(f.risks, end),
  },
];

/**
 * The KPI table for the quarters from `from` to `today`; the current quarter counts up to today.
 * @example pmoKpis(facts, { from: '2026-01-01', today: '2026-11-24' }).quarters // ['2026-Q1', …, '2026-Q4']
 */
export function pmoKpis(facts: KpiFacts, range: { from: string; today: string }, tolerances: KpiTolerances = DEFAULT_TOLERANCES): KpiTable {
  const quarters = quartersBetween(range.from, range.today);
  const kpis: KpiSeries[] = DEFINITIONS.map((d) => ({
    key: d.key, name: d.name, unit: d.unit, definition: d.definition,
    values: quarters.map((q) => {
      const end = [quarterBounds(q).end, range.today].sort()[0]!;
      return valueOf(q, d.count(facts, q, end, tolerances), d.aggregate);
    }),
  }));
  return { quarters, kpis };
}
