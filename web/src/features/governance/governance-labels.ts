// Words, colours and symbols for governance's enum values, the same on every governance screen.
// Each map is typed by the generated API types, so a value added to the server's enum fails the
// type check here until it has a label.
import type { ApproverRole, CriterionOutcome, DeliverableStatus, GateDecision, GateReviewStatus, OperatingModel, ReadinessItem, ReadinessState } from '../../api/types.ts';

export const READINESS_STATES: Readonly<Record<ReadinessState, { label: string; color: string; symbol: string }>> = {
  ok: { label: 'In order', color: 'teal', symbol: '✓' },
  warning: { label: 'Warning', color: 'yellow', symbol: '!' },
  needs_waiver: { label: 'Needs a waiver', color: 'orange', symbol: '⚑' },
  waived: { label: 'Waived', color: 'blue', symbol: '↷' },
  blocking: { label: 'Blocking', color: 'red', symbol: '✕' },
};

export const READINESS_KIND_LABELS: Readonly<Record<ReadinessItem['kind'], string>> = {
  criterion: 'Criterion',
  deliverable: 'Deliverable',
  policy: 'Policy',
};

export const GATE_DECISIONS: Readonly<Record<GateDecision, { label: string; color: string; description: string }>> = {
  go: { label: 'Go', color: 'teal', description: 'On to the next phase.' },
  go_with_conditions: { label: 'Go with conditions', color: 'lime', description: 'On to the next phase; the conditions become tracked actions.' },
  hold: { label: 'Hold', color: 'yellow', description: 'Stay in this phase and come back to the gate.' },
  recycle: { label: 'Recycle', color: 'orange', description: 'Rework this phase before asking again.' },
  stop: { label: 'Stop', color: 'red', description: 'The project stops (it is cancelled).' },
};

export const CRITERION_OUTCOME_LABELS: Readonly<Record<CriterionOutcome, string>> = {
  met: 'Met',
  not_met: 'Not met',
  not_applicable: 'N/A',
};

export const DELIVERABLE_STATUS_LABELS: Readonly<Record<DeliverableStatus, string>> = {
  draft: 'Draft',
  final: 'Final',
  approved: 'Approved',
};

export const DELIVERABLE_STATUS_COLORS: Readonly<Record<DeliverableStatus, string>> = { draft: 'gray', final: 'blue', approved: 'teal' };

export const REVIEW_STATUSES: Readonly<Record<GateReviewStatus, { label: string; color: string }>> = {
  requested: { label: 'Awaiting decision', color: 'orange' },
  decided: { label: 'Decided', color: 'teal' },
  withdrawn: { label: 'Withdrawn', color: 'gray' },
};

export const APPROVER_ROLE_LABELS: Readonly<Record<ApproverRole, string>> = {
  sponsor: 'Sponsor',
  pmo: 'PMO',
  project_manager: 'Project manager',
  steering_committee: 'Steering committee',
};

/** The three PMO types (PMI): what a missing deliverable or failed criterion costs at a gate. */
export const OPERATING_MODELS: Readonly<Record<OperatingModel, { label: string; explanation: string }>> = {
  supportive: {
    label: 'Supportive',
    explanation: 'The PMO advises. A failed mandatory criterion or a missing deliverable only warns; it never holds a gate.',
  },
  controlling: {
    label: 'Controlling',
    explanation: 'The PMO requires compliance but accepts exceptions. A failed mandatory item holds the gate until an approver records a waiver with a reason.',
  },
  directive: {
    label: 'Directive',
    explanation: 'The PMO decides. A failed mandatory item blocks the gate and waivers do not lift it: the project must put it right.',
  },
};
