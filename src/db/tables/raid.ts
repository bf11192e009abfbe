// RAID logs (risks, issues, assumptions, decisions, actions) and change requests.
import type { Versioned } from './versioned.ts';

/** The columns every RAID log shares. */
export interface LogItemColumns extends Versioned {
  id: string;
  projectId: string;
  code: string;
  title: string;
  description: string;
  ownerId: string | null;
  status: string;
  createdBy: string | null;
}

export interface RisksTable extends LogItemColumns {
  category: string;
  cause: string;
  effect: string;
  probability: number;
  impact: number;
  residualProbability: number | null;
  residualImpact: number | null;
  strategy: string | null;
  response: string;
  triggers: string;
  reviewDate: string | null;
  taskIdsJson: string;
  closedAt: string | null;
}

export interface RiskScoreHistoryTable {
  id: string;
  riskId: string;
  at: string;
  actorId: string | null;
  probability: number;
  impact: number;
  residualProbability: number | null;
  residualImpact: number | null;
  status: string;
}

export interface IssuesTable extends LogItemColumns {
  priority: string;
  severity: string;
  dueDate: string | null;
  escalationLevel: string;
  resolution: string;
  riskId: string | null;
  resolvedAt: string | null;
}

export interface AssumptionsTable extends LogItemColumns {
  validateBy: string | null;
  validationNotes: string;
}

export interface DecisionsTable extends LogItemColumns {
  outcome: string;
  rationale: string;
  decidedBy: string | null;
  decidedOn: string | null;
}

export interface ActionsTable extends LogItemColumns {
  dueDate: string | null;
  sourceType: string | null;
  sourceId: string | null;
  completedAt: string | null;
}

export interface ChangeRequestsTable extends LogItemColumns {
  category: string;
  priority: string;
  reason: string;
  /** Who asked for the change: free text, as the party may be outside Orrery. */
  requestedBy: string;
  scopeImpact: string;
  /** Signed minor units (negative: a saving), with its currency; both null when not assessed. */
  costImpactMinor: number | null;
  costImpactCurrency: string | null;
  riskImpact: string;
  /** The proposed schedule edits, as the API gives them. */
  scheduleEditsJson: string;
  /** Every step (create, submit, decisions, apply, withdraw) with who, when and a comment. */
  historyJson: string;
  decision: string | null;
  decisionComment: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionId: string | null;
  /** Set when applied: when, by whom, the baseline saved, the finish before and after, what moved. */
  appliedJson: string | null;
}
