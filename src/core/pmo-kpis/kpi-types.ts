// The facts the PMO's own performance is measured on, as plain data the app gathers, and the KPI
// table computed from them. Days are `YYYY-MM-DD`; money is integer minor units of one (base)
// currency. Each figure keeps its numerator, denominator and the projects behind it, so a number on
// the PMO performance page can always be traced to the projects that make it.

export interface ClosedProjectFact {
  readonly projectId: string;
  readonly closedOn: string;
  /** Baseline 0's start and finish; null when the project never saved a baseline. */
  readonly baselineStart: string | null;
  readonly baselineFinish: string | null;
  readonly actualFinish: string | null;
  /** The budget it was approved to spend and what it spent, both in the base currency. */
  readonly budget: number | null;
  readonly actualCost: number | null;
}

/** A phase a project entered, and the gate decision that let it in (if any). */
export interface PhaseEntryFact {
  readonly projectId: string;
  readonly enteredOn: string;
  /** The day the gate into the phase was approved (with or without conditions); null if none was. */
  readonly approvedOn: string | null;
}

export interface StatusReportFact {
  readonly projectId: string;
  readonly dueOn: string;
  readonly submittedOn: string | null;
}

export interface BenefitFact {
  readonly projectId: string;
  /** When the benefit was due to be realised. */
  readonly dueOn: string;
  /** Share of the target realised by now: 0–1 (above 1 when overshot); null when never measured. */
  readonly realisation: number | null;
}

export interface RiskFact {
  readonly projectId: string;
  readonly raisedOn: string;
  readonly closedOn: string | null;
  /** Above the PMO's threshold on its matrix: these must have a response. */
  readonly significant: boolean;
  /** When a response with an owner was first recorded; null if never. */
  readonly respondedOn: string | null;
}

export interface KpiFacts {
  readonly closedProjects: ReadonlyArray<ClosedProjectFact>;
  readonly phaseEntries: ReadonlyArray<PhaseEntryFact>;
  readonly statusReports: ReadonlyArray<StatusReportFact>;
  readonly benefits: ReadonlyArray<BenefitFact>;
  readonly risks: ReadonlyArray<RiskFact>;
}

/** When a project counts as on time and on budget. */
export interface KpiTolerances {
  /** Calendar days a finish may pass its baseline and still be on time. */
  readonly scheduleDays: number;
  /** Share a spend may pass its budget and still be on budget, e.g. 0.05 for 5 %. */
  readonly costShare: number;
}

export const DEFAULT_TOLERANCES: KpiTolerances = { scheduleDays: 0, costShare: 0 };

export const KPI_KEYS = [
  'on_time', 'on_budget', 'schedule_variance', 'cost_variance', 'gate_compliance', 'reporting_timeliness', 'benefits_realised', 'risk_response_coverage',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** One KPI in one quarter. `value` is a share (0–1) or, for variances, the mean relative variance. */
export interface KpiValue {
  readonly quarter: string;
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
  /** The projects counted, each once, sorted. */
  readonly projectIds: ReadonlyArray<string>;
}

export interface KpiSeries {
  readonly key: KpiKey;
  readonly name: string;
  /** What `value` is: a share of items meeting the standard, or a mean relative variance (+ = late or over). */
  readonly unit: 'share' | 'variance';
  /** Higher is better for shares; for variances nearer 0 is. */
  readonly definition: string;
  readonly values: ReadonlyArray<KpiValue>;
}

export interface KpiTable {
  readonly quarters: ReadonlyArray<string>;
  readonly kpis: ReadonlyArray<KpiSeries>;
}
