// The default agile methodology, release-based in the way Disciplined Agile and SAFe put agile
// teams under portfolio governance: discovery proves the problem is worth solving, inception
// forms the team and plans the releases, delivery iterates and releases, and transition hands
// the product over. The gates are lighter than the predictive ones: they ask for a vision, a
// backlog and a definition of done rather than baselines, and they trust the team's cadence
// between them. The gates are exported so the hybrid methodology can reuse those that are the same.
import { may, must, optional, required } from './default-requirements.ts';
import type { Gate, Methodology } from './methodology-types.ts';

export const VISION_APPROVED: Gate = {
  key: 'vision_approved',
  name: 'Gate 1 – Vision approved',
  purpose: 'Agree that the problem is real and worth an inception, and who owns the product.',
  approverRoles: ['sponsor', 'pmo'],
  criteria: [
    must('product_owner_named', 'A product owner with the authority to set priorities is named.'),
    must('problem_validated', 'The problem and the target users are validated with real users or customers.'),
    must('inception_funded', 'Money and people for the inception are agreed.'),
    may('strategic_fit', 'The product supports at least one strategic objective of the portfolio.'),
  ],
  deliverables: [required('product_vision'), optional('business_case')],
};

export const READY_TO_DELIVER: Gate = {
  key: 'ready_to_deliver',
  name: 'Gate 2 – Ready to deliver',
  purpose: 'Confirm the team, the backlog and the release plan are ready for the first iterations, and fund the first releases.',
  approverRoles: ['sponsor', 'pmo'],
  criteria: [
    must('team_formed', 'A stable cross-functional team is formed and available for the releases planned.'),
    must('backlog_ready', 'The top of the backlog is refined and estimated for the first iterations.'),
    must('releases_funded', 'Funding for the first release or releases is approved.'),
    may('runway_ready', 'The architecture and environments the first release needs are in place.'),
    may('cadence_agreed', 'Iteration length, reviews and reporting to the PMO are agreed.'),
  ],
  deliverables: [required('product_backlog'), required('release_plan'), required('definition_of_done'), optional('risk_register')],
};

export const RELEASE_READINESS: Gate = {
  key: 'release_readiness',
  name: 'Gate 3 – Release readiness',
  purpose: 'Decide that the final release can go live and the product can move to transition.',
  approverRoles: ['sponsor', 'project_manager'],
  criteria: [
    must('done_met', 'Every item in the release meets the definition of done.'),
    must('product_owner_accepted', 'The product owner has accepted the release.'),
    must('no_critical_defects', 'No defect of critical severity is open.'),
    must('support_ready', 'Support and operations are ready to run the release.'),
    may('users_prepared', 'Users are informed, and trained where they need it.'),
  ],
  deliverables: [required('release_readiness'), required('deliverable_acceptance'), optional('handover_plan')],
};

export const PRODUCT_CLOSURE: Gate = {
  key: 'closure',
  name: 'Gate 4 – Closure',
  purpose: 'Close the project: the product has a new home, the costs are final and the lessons are shared.',
  approverRoles: ['sponsor', 'pmo'],
  criteria: [
    must('product_handed_over', 'The product is handed over to the team that will run and evolve it.'),
    must('backlog_dispositioned', 'The remaining backlog is closed or handed to the product’s new owner.'),
    must('financials_closed', 'Final costs are booked and the project’s cost accounts are closed.'),
    must('lessons_shared', 'A closing retrospective is held and its lessons are shared with the PMO.'),
    may('benefits_measured', 'How the benefits will be measured after closure is agreed with the product owner.'),
  ],
  deliverables: [required('closure_report'), required('lessons_learned')],
};

export const AGILE: Methodology = {
  key: 'agile',
  name: 'Agile (release-based)',
  description:
    'Discover, plan releases, then deliver in short iterations with a potentially shippable increment each time. Suits products whose scope is learnt by building them.',
  lifecycle: 'agile',
  phases: [
    { key: 'discovery', name: 'Discovery', description: 'Understand the problem and the users, and shape the product vision.', gate: VISION_APPROVED },
    { key: 'inception', name: 'Inception / release planning', description: 'Form the team, build the initial backlog, agree the definition of done and plan the releases.', gate: READY_TO_DELIVER },
    { key: 'delivery', name: 'Iterative delivery', description: 'Deliver in iterations and ship releases; the backlog is re-planned at every iteration.', gate: RELEASE_READINESS },
    { key: 'transition', name: 'Transition / close', description: 'Hand the product over to those who will run it, and close the project.', gate: PRODUCT_CLOSURE },
  ],
};
