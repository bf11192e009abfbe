// A PMO policy is data, not code: the PMO names a rule from a closed set of kinds the code knows
// how to evaluate, tunes its thresholds (params), says how serious a breach is and in which
// phases it applies, and can switch it off. Policies are evaluated over the facts of one project
// at a time (its RAID items, deliverables, baseline, …) and give breaches: a sentence naming the
// offending items, the items themselves, and where to go to put it right.

/** The rules the code knows how to evaluate. */
export const POLICY_KINDS = [
  'risk_response_required',
  'risk_review_current',
  'overdue_actions',
  'issue_escalation',
  'gate_deliverables',
  'schedule_baselined',
  'manager_and_sponsor',
  'dependencies_on_track',
  'status_report_current',
] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export const ISSUE_PRIORITY_ORDER = ['low', 'medium', 'high', 'critical'] as const;
export type IssuePriority = (typeof ISSUE_PRIORITY_ORDER)[number];

/** The thresholds of each kind. */
export interface PolicyParamsByKind {
  /** Every open risk scoring at least minScore has a strategy and a response. */
  risk_response_required: { readonly minScore: number };
  /** No open risk's review date passed more than graceDays ago. */
  risk_review_current: { readonly graceDays: number };
  /** No open action is overdue by more than maxDaysOverdue days. */
  overdue_actions: { readonly maxDaysOverdue: number };
  /** Open issues of this priority or higher, open longer than maxDaysOpen days, are escalated beyond the project. */
  issue_escalation: { readonly priority: IssuePriority; readonly maxDaysOpen: number };
  /** The mandatory deliverables of the gate ending the current phase exist (final or approved). */
  gate_deliverables: Record<string, never>;
  /** Projects in these phases have schedule baseline 0. */
  schedule_baselined: { readonly phases: ReadonlyArray<string> };
  /** Active projects have a named manager and sponsor. */
  manager_and_sponsor: Record<string, never>;
  /** No dependency the project waits on is threatened. */
  dependencies_on_track: Record<string, never>;
  /** The project's last status report is younger than maxAgeDays days. */
  status_report_current: { readonly maxAgeDays: number };
}

export type Severity = 'warning' | 'critical';

interface PolicyBase {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly severity: Severity;
  /** Phase keys the policy applies in; empty: every phase. */
  readonly appliesToPhases: ReadonlyArray<string>;
  readonly enabled: boolean;
}

export type Policy = { [K in PolicyKind]: PolicyBase & { readonly kind: K; readonly params: PolicyParamsByKind[K] } }[PolicyKind];
export type PolicyOf<K extends PolicyKind> = Extract<Policy, { kind: K }>;

/** A policy as it arrives to be checked: any kind, any params. */
export interface PolicyDraft extends PolicyBase {
  readonly kind: string;
  readonly params: Readonly<Record<string, unknown>>;
}

// ---------------------------------------------------------------------------------------------
// The facts a project is judged on

export interface RiskFact {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly status: string;
  /** Inherent exposure: probability × impact. */
  readonly score: number;
  readonly strategy: string | null;
  readonly response: string;
  /** YYYY-MM-DD, or null when no review is planned. */
  readonly reviewDate: string | null;
}

export interface ActionFact {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly status: string;
  readonly dueDate: string | null;
}

export interface IssueFact {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly status: string;
  readonly priority: string;
  readonly escalationLevel: string;
  /** When it was raised (an ISO timestamp or date). */
  readonly createdAt: string;
}

export interface DependencyFact {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly status: string;
  readonly neededBy: string;
  readonly forecastDate: string | null;
  readonly providerProjectCode: string;
}

export interface GateFact {
  readonly key: string;
  readonly name: string;
  /** The gate's mandatory deliverables. */
  readonly requiredDeliverables: ReadonlyArray<{ readonly key: string; readonly name: string }>;
}

export interface ProjectFacts {
  readonly project: {
    readonly id: string;
    readonly code: string;
    readonly name: string;
    readonly phase: string;
    readonly status: string;
    readonly methodologyKey: string;
    readonly managerId: string | null;
    readonly sponsorId: string | null;
  };
  readonly risks: ReadonlyArray<RiskFact>;
  readonly actions: ReadonlyArray<ActionFact>;
  readonly issues: ReadonlyArray<IssueFact>;
  /** Dependencies this project waits on (it is their consumer). */
  readonly dependencies: ReadonlyArray<DependencyFact>;
  /** The gate ending the current phase; null when none does. */
  readonly gate: GateFact | null;
  /** Requirement keys met by a final or approved deliverable. */
  readonly deliverablesPresent: ReadonlyArray<string>;
  /** Whether schedule baseline 0 is saved. */
  readonly baselined: boolean;
  /** YYYY-MM-DD of the last status report; null when there is none. */
  readonly lastStatusReportDate: string | null;
  /** YYYY-MM-DD. */
  readonly today: string;
}

// ---------------------------------------------------------------------------------------------
// Breaches

export const BREACH_ITEM_KINDS = ['risk', 'action', 'issue', 'dependency', 'deliverable', 'project', 'schedule'] as const;
export type BreachItemKind = (typeof BREACH_ITEM_KINDS)[number];

export interface BreachItem {
  readonly kind: BreachItemKind;
  /** The record's id; null for things that do not exist yet (a missing deliverable). */
  readonly id: string | null;
  /** Its people-facing code (RSK-4) or key (business_case). */
  readonly code: string | null;
}

export interface Breach {
  readonly policyKey: string;
  readonly policyName: string;
  readonly severity: Severity;
  readonly projectId: string;
  /** A sentence naming the items, e.g. `RSK-4 'Supplier insolvency' scores 20 but has no response`. */
  readonly message: string;
  readonly items: ReadonlyArray<BreachItem>;
  /**
   * Where to put it right: the item when there is one (id set), else the project's log or page of
   * that kind (id null).
   */
  readonly fix: { readonly kind: BreachItemKind; readonly id: string | null };
}

/** A problem found in a value, at a path such as `params.minScore`. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}
