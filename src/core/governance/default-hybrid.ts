// The default hybrid methodology: predictive up front, agile in delivery. Most PMOs govern
// this way in practice: the funding decision and the architecture need a business case, a
// budget and milestone dates, while the building itself is done in iterations against a
// backlog. So it starts and ends with the predictive gates and ends delivery with the agile
// release-readiness gate; only the gate into delivery is its own, asking for both kinds of plan.
import { APPROVAL_TO_PLAN, CLOSURE } from './default-predictive.ts';
import { RELEASE_READINESS } from './default-agile.ts';
import { may, must, optional, required } from './default-requirements.ts';
import type { Gate, Methodology } from './methodology-types.ts';

export const APPROVAL_TO_DELIVER: Gate = {
  key: 'approval_to_deliver',
  name: 'Gate 2 – Approval to deliver',
  purpose: 'Approve the budget and milestone plan, and confirm the team and backlog are ready for iterative delivery.',
  approverRoles: ['sponsor', 'steering_committee', 'pmo'],
  criteria: [
    must('budget_funded', 'The budget, including contingency, is approved and funded.'),
    must('milestones_agreed', 'The milestones and release dates the business depends on are agreed.'),
    must('team_formed', 'A stable cross-functional team is formed and available for the releases planned.'),
    must('backlog_ready', 'The top of the backlog is refined and estimated for the first iterations.'),
    must('risks_owned', 'The top risks have owners and response plans.'),
    may('runway_ready', 'The architecture and environments the first release needs are in place.'),
  ],
  deliverables: [
    required('project_management_plan'),
    required('schedule_baseline'),
    required('budget'),
    required('risk_register'),
    required('stakeholder_register'),
    required('product_backlog'),
    required('release_plan'),
    required('definition_of_done'),
    optional('communication_plan'),
  ],
};

export const HYBRID: Methodology = {
  key: 'hybrid',
  name: 'Hybrid (plan up front, deliver iteratively)',
  description:
    'Justify, fund and plan milestones as a predictive project, then build in iterations against a backlog. Suits projects with fixed funding and dates but scope that is refined while building.',
  lifecycle: 'hybrid',
  phases: [
    { key: 'initiate', name: 'Initiate', description: 'Define the project, name the sponsor and make the business case.', gate: APPROVAL_TO_PLAN },
    { key: 'plan', name: 'Plan', description: 'Set the budget, milestones and architecture; form the team and build the initial backlog and release plan.', gate: APPROVAL_TO_DELIVER },
    { key: 'deliver', name: 'Iterative delivery', description: 'Deliver in iterations and ship releases, reporting against the milestones and the budget.', gate: RELEASE_READINESS },
    { key: 'close', name: 'Close', description: 'Hand over, close the accounts and contracts, release the team and capture the lessons.', gate: CLOSURE },
  ],
};
