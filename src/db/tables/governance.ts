// Governance: methodologies, deliverables, gate reviews, policies, quality reviews, templates and status reporting.
import type { Versioned } from './versioned.ts';
import type { LogItemColumns } from './raid.ts';

export interface MethodologiesTable {
  key: string;
  name: string;
  definitionJson: string;
  updatedAt: string;
  version: number;
}

export interface ProjectDeliverablesTable extends Versioned {
  id: string;
  projectId: string;
  requirementKey: string;
  title: string;
  status: string;
  url: string | null;
  body: string;
  createdBy: string | null;
}

export interface GateReviewsTable extends Versioned {
  id: string;
  projectId: string;
  code: string;
  methodologyKey: string;
  phaseKey: string;
  gateKey: string;
  /** The gate as it stood when the review was requested (a methodology edited later does not change it). */
  gateJson: string;
  status: string;
  note: string;
  approverIdsJson: string;
  checklistJson: string;
  waiversJson: string;
  requestedBy: string | null;
  decision: string | null;
  decisionComment: string;
  conditionsJson: string;
  /** The readiness the decision was taken on. */
  evidenceJson: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionId: string | null;
}

export interface QualityReviewTypesTable {
  key: string;
  name: string;
  definitionJson: string;
  updatedAt: string;
  version: number;
}

export interface PoliciesTable {
  key: string;
  /** The policy as the PMO saved it (kind, params, severity, phases, enabled …). */
  definitionJson: string;
  updatedAt: string;
  version: number;
}

export interface QualityReviewsTable extends Versioned {
  id: string;
  projectId: string;
  code: string;
  typeKey: string;
  /** The review type as it stood when the review was planned (a type edited later does not change it). */
  typeJson: string;
  title: string;
  scope: string;
  summary: string;
  status: string;
  plannedDate: string;
  answersJson: string;
  startedAt: string | null;
  completedAt: string | null;
  completedBy: string | null;
  closedAt: string | null;
  createdBy: string | null;
}

export interface QualityReviewReviewersTable {
  reviewId: string;
  userId: string;
}

export interface QualityFindingsTable extends LogItemColumns {
  reviewId: string;
  questionKey: string | null;
  severity: string;
  dueDate: string | null;
  resolution: string;
  resolvedAt: string | null;
  closedAt: string | null;
  verifiedBy: string | null;
}

export interface ProjectTemplatesTable {
  key: string;
  name: string;
  methodologyKey: string;
  definitionJson: string;
  updatedAt: string;
  version: number;
}

export interface ProjectReportingTable {
  projectId: string;
  /** weekly, fortnightly or monthly; a project without a row reports monthly. */
  cadence: string;
  updatedAt: string;
  version: number;
}

export interface StatusReportsTable extends Versioned {
  id: string;
  projectId: string;
  code: string;
  /** The reporting period, YYYY-MM-DD; one report per project and period start. */
  periodStart: string;
  periodEnd: string;
  status: string;
  summary: string;
  accomplishments: string;
  nextPeriod: string;
  blockers: string;
  decisionsNeeded: string;
  /** The manager's colours by dimension (and overall), each with its justification. */
  overridesJson: string;
  /** Every step (create, submit, accept, send back) with who, when and a comment. */
  historyJson: string;
  /** The figures and computed colours frozen at submission; null while the report is open. */
  snapshotJson: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewComment: string;
  createdBy: string | null;
}
