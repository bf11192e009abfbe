// Small governance records for the unit tests of the view logic (not shipped in the app bundle:
// only *.test.ts files import it).
import type { Gate, GateReview, Methodology, Readiness } from '../../api/types.ts';

export const GATE_1: Gate = {
  key: 'approval_to_plan',
  name: 'Gate 1 – Approval to plan',
  purpose: '',
  approverRoles: ['sponsor', 'pmo'],
  criteria: [
    { key: 'strategic_fit', text: 'Supports a strategic objective.', mandatory: true },
    { key: 'options_considered', text: 'Alternatives were considered.', mandatory: false },
  ],
  deliverables: [
    { key: 'charter', name: 'Project charter', description: '', mandatory: true },
    { key: 'business_case', name: 'Business case', description: '', mandatory: true },
  ],
};

export const GATE_2: Gate = {
  ...GATE_1,
  key: 'approval_to_execute',
  name: 'Gate 2 – Approval to execute',
  deliverables: [
    { key: 'business_case', name: 'Business case', description: '', mandatory: true },
    { key: 'budget', name: 'Budget', description: '', mandatory: true },
  ],
};

export const PREDICTIVE: Methodology = {
  key: 'predictive',
  name: 'Predictive',
  description: '',
  lifecycle: 'predictive',
  builtIn: true,
  version: 0,
  phases: [
    { key: 'initiate', name: 'Initiate', description: '', gate: GATE_1 },
    { key: 'plan', name: 'Plan', description: '', gate: GATE_2 },
    { key: 'close', name: 'Close', description: '', gate: null },
  ],
};

export const READINESS: Readiness = {
  operatingModel: 'controlling',
  items: [
    { kind: 'criterion', key: 'strategic_fit', text: 'Supports a strategic objective.', state: 'ok', reason: 'Met.' },
    { kind: 'criterion', key: 'options_considered', text: 'Alternatives were considered.', state: 'warning', reason: 'Not answered.' },
    { kind: 'deliverable', key: 'charter', text: 'Project charter', state: 'needs_waiver', reason: 'Missing: attach it, or record a waiver.' },
    { kind: 'deliverable', key: 'business_case', text: 'Business case', state: 'waived', reason: 'Waived: later.' },
    { kind: 'policy', key: 'budget_cap', text: 'Over budget', state: 'blocking', reason: 'Put it right.' },
  ],
  blocking: 1,
  warnings: 1,
  needsWaiver: 1,
  canGo: false,
};

export const REVIEW: GateReview = {
  id: 'r1', code: 'GATE-1', projectId: 'p1', projectCode: 'PRJ-001', projectName: 'Warehouse Move', methodologyKey: 'predictive',
  phaseKey: 'initiate', phaseName: 'Initiate', gate: GATE_1, status: 'requested', note: '', approverIds: [], approverRoles: ['sponsor', 'pmo'],
  canDecide: true, checklist: [{ criterionKey: 'strategic_fit', outcome: 'met', comment: 'OBJ-1' }],
  waivers: [{ itemKey: 'business_case', reason: 'later', by: null, at: '2026-01-01T00:00:00Z' }],
  deliverables: [], readiness: READINESS, requestedBy: null, requestedByName: null, decision: null, decisionComment: '', conditions: [],
  decidedBy: null, decidedByName: null, decidedAt: null, decisionId: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 2,
};
