// The default predictive (waterfall) methodology, in the shape PMBOK's process groups and
// PRINCE2's management stages give it: the project is justified before it is planned, planned
// and baselined before money is spent on delivery, accepted and handed over before it closes, and
// closed with its lessons written down. Each gate is the point where the sponsor (with the PMO or
// the steering committee) commits the next tranche of money and people. The gates are exported
// so the hybrid methodology can reuse those that are the same.
import { may, must, required } from './default-requirements.ts';
import type { Gate, Methodology } from './methodology-types.ts';

export const APPROVAL_TO_PLAN: Gate = {
  key: 'approval_to_plan',
  name: 'Gate 1 – Approval to plan',
  purpose: 'Confirm the project is justified, sponsored and worth the cost of detailed planning.',
  approverRoles: ['sponsor', 'pmo'],
  criteria: [
    must('strategic_fit', 'The project supports at least one strategic objective of the portfolio.'),
    must('sponsor_committed', 'A sponsor is named and has agreed to own the business case.'),
    must('objectives_defined', 'Objectives, scope boundaries and success criteria are written down and agreed with the sponsor.'),
    must('planning_resourced', 'Money and people for the planning phase are available.'),
    may('options_considered', 'Alternatives, including doing nothing, were considered.'),
    may('key_risks_known', 'Major risks, assumptions and constraints are identified.'),
  ],
  deliverables: [required('charter'), required('business_case')],
};

export const APPROVAL_TO_EXECUTE: Gate = {
  key: 'approval_to_execute',
  name: 'Gate 2 – Approval to execute',
  purpose: 'Approve the baselined plan and commit the budget and people needed to deliver it.',
  approverRoles: ['sponsor', 'steering_committee', 'pmo'],
  criteria: [
    must('scope_baselined', 'Scope and the work breakdown structure are agreed and baselined.'),
    must('schedule_realistic', 'The schedule is resourced and its critical path is understood.'),
    must('budget_funded', 'The budget, including contingency, is approved and funded.'),
    must('resources_committed', 'Line managers have committed the people the plan needs.'),
    must('business_case_valid', 'The business case still holds against the baselined cost and dates.'),
    must('risks_owned', 'The top risks have owners and response plans.'),
    may('quality_defined', 'Quality and acceptance criteria for the main deliverables are defined.'),
  ],
  deliverables: [
    required('project_management_plan'),
    required('schedule_baseline'),
    required('budget'),
    required('risk_register'),
    required('stakeholder_register'),
    required('communication_plan'),
  ],
};

export const APPROVAL_TO_CLOSE: Gate = {
  key: 'approval_to_close',
  name: 'Gate 3 – Approval to close / handover',
  purpose: 'Confirm the deliverables are accepted and the organisation is ready to take them over.',
  approverRoles: ['sponsor', 'steering_committee'],
  criteria: [
    must('deliverables_accepted', 'The customer or sponsor has formally accepted the deliverables against their acceptance criteria.'),
    must('operations_ready', 'The receiving organisation (operations, support, users) is trained and ready to take over.'),
    must('open_items_transferred', 'Open issues, defects and risks are closed or handed over with a named owner.'),
    may('benefits_owner_named', 'An owner for realising the benefits after the project is named.'),
    may('contracts_closable', 'Supplier contracts are ready to be closed or transferred.'),
  ],
  deliverables: [required('deliverable_acceptance'), required('handover_plan')],
};

export const CLOSURE: Gate = {
  key: 'closure',
  name: 'Gate 4 – Closure',
  purpose: 'Close the project formally: accounts closed, people released, records archived and lessons shared.',
  approverRoles: ['sponsor', 'pmo'],
  criteria: [
    must('financials_closed', 'Final costs are booked and the project’s cost accounts are closed.'),
    must('team_released', 'Team members are released back to their line managers.'),
    must('records_archived', 'Project records are archived where the PMO keeps them.'),
    must('lessons_shared', 'Lessons learned are shared with the PMO for the projects that come after.'),
    may('benefits_review_planned', 'Reviews of the benefits after closure are scheduled.'),
    may('team_recognised', 'The team’s contribution is recognised (feedback to line managers, appraisal input).'),
  ],
  deliverables: [required('closure_report'), required('lessons_learned')],
};

export const PREDICTIVE: Methodology = {
  key: 'predictive',
  name: 'Predictive (stage-gated)',
  description:
    'Plan the whole project up front, baseline it, then deliver against the baseline. Suits work whose scope can be known early: construction, infrastructure, regulatory change.',
  lifecycle: 'predictive',
  phases: [
    { key: 'initiate', name: 'Initiate', description: 'Define the project, name the sponsor and make the business case.', gate: APPROVAL_TO_PLAN },
    { key: 'plan', name: 'Plan', description: 'Plan scope, schedule, cost, risks and communication in detail, and baseline them.', gate: APPROVAL_TO_EXECUTE },
    { key: 'execute', name: 'Execute', description: 'Deliver the work against the baselines, monitor and control it, and get the deliverables accepted.', gate: APPROVAL_TO_CLOSE },
    { key: 'close', name: 'Close', description: 'Hand over, close the accounts and contracts, release the team and capture the lessons.', gate: CLOSURE },
  ],
};

