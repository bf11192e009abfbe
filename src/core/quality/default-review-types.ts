// The review types a new Orrery installation starts with, so that a PMO can run its first health
// check on the first day and tailor the checklists later: a project health check, the schedule
// quality check (default-schedule-quality.ts), a quality audit of deliverables, and closure
// readiness. The PMO edits a built-in type by saving it under its key.
import { SCHEDULE_QUALITY } from './default-schedule-quality.ts';
import { question as q, type ReviewType } from './review-types.ts';

export const PROJECT_HEALTH_CHECK: ReviewType = {
  key: 'project_health_check',
  name: 'Project health check',
  description: 'Is the project run the way the PMO expects: governed, planned, controlled, engaged and on course for its benefits?',
  questions: [
    q('governance_in_place', 'Governance', 'The sponsor, the steering group and the project manager are named and meet as agreed.', 'Look for the charter, the terms of reference and minutes of the last steering meetings.'),
    q('gates_passed', 'Governance', 'The project passed the gates its methodology requires so far.', 'Check the gate reviews and that open gate conditions are being worked on.'),
    q('business_case_valid', 'Governance', 'The business case still holds against the current forecast of cost, dates and benefits.', 'Compare the approved business case with today’s forecast; a material change needs a decision.'),
    q('scope_controlled', 'Planning', 'Scope is defined and changes go through change control.', 'Look for a baselined scope statement or backlog and a change log with decisions.'),
    q('plan_baselined', 'Planning', 'The schedule is baselined and updated to the status date.', 'Check the baseline exists and the last update is recent; see the schedule quality check for depth.'),
    q('budget_tracked', 'Planning', 'Actual costs and the forecast are tracked against the approved budget.', 'Look for a cost report less than a month old and an explanation of variances.'),
    q('risks_managed', 'Control', 'Risks are identified, owned, rated and have responses that are carried out.', 'Sample the risk log: owners, review dates, responses with actions.'),
    q('issues_managed', 'Control', 'Issues are logged, owned and resolved or escalated in time.', 'Look for overdue issues and for escalations that were needed and not made.'),
    q('reporting_honest', 'Control', 'Status reports are regular and their RAG matches the evidence.', 'Compare the last reports with the schedule, the cost report and the logs.'),
    q('stakeholders_engaged', 'People', 'Key stakeholders are identified, and engaged as the communication plan says.', 'Check the stakeholder register and evidence of the planned communication.'),
    q('team_resourced', 'People', 'The team has the people and skills the plan needs, now and for the next period.', 'Compare assignments with the plan; look for single points of failure.'),
    q('benefits_tracked', 'Benefits', 'Benefits have owners, measures and a plan for when they will be realised.', 'Look for a benefits register or profile with baseline values.'),
  ],
};

export const QUALITY_AUDIT: ReviewType = {
  key: 'quality_audit',
  name: 'Quality audit',
  description: 'Are the deliverables built and accepted the way the quality plan says: criteria, evidence, defects and sign-offs?',
  questions: [
    q('quality_plan', 'Planning', 'A quality management plan says how quality is assured and controlled.', 'Look for standards, responsibilities, review and test approach, and tools.'),
    q('acceptance_criteria', 'Planning', 'Each main deliverable has written acceptance criteria agreed with its customer.', 'Sample deliverables; criteria must be measurable and agreed before the work.'),
    q('reviews_held', 'Assurance', 'Deliverables are reviewed by peers or experts before they are presented for acceptance.', 'Look for review records and comments resolved.'),
    q('test_evidence', 'Evidence', 'Test evidence exists for each acceptance criterion tested so far.', 'Trace a sample of criteria to test cases, results and the build they ran on.'),
    q('traceability', 'Evidence', 'Requirements trace to design, build and tests.', 'Check that no requirement lacks a test and no test lacks a requirement.'),
    q('defects_logged', 'Defects', 'Defects are logged with severity, owner and status.', 'Look at the defect log; untracked defects found in testing are a finding.'),
    q('defects_within_limits', 'Defects', 'Open defects are within the limits agreed for acceptance.', 'Compare open defects by severity with the acceptance thresholds (e.g. no critical, ≤ 5 major).'),
    q('configuration_controlled', 'Assurance', 'Deliverables are under version and configuration control.', 'The accepted version can be identified and rebuilt.'),
    q('sign_offs', 'Acceptance', 'Accepted deliverables carry the sign-off of the person entitled to accept them.', 'Check the sign-offs against the responsibility matrix.'),
    q('lessons_applied', 'Improvement', 'Findings of earlier audits were acted on.', 'Look up the previous audit’s findings and their corrective actions.'),
  ],
};

export const CLOSURE_READINESS: ReviewType = {
  key: 'closure_readiness',
  name: 'Closure readiness',
  description: 'Can the project close: accepted, handed over, paid, released and with its lessons written down?',
  questions: [
    q('deliverables_accepted', 'Acceptance', 'All deliverables are formally accepted, or their rejection is recorded and agreed.', 'Look for the acceptance record of each deliverable.'),
    q('handover_done', 'Handover', 'Operations and support have taken over, trained and with documentation.', 'Check the handover plan is complete and the receiving owner signed.'),
    q('open_items_transferred', 'Handover', 'Open issues, risks, actions and defects are closed or handed over with a named owner.', 'List what is still open in the logs; each needs an owner after the project.'),
    q('benefits_owner', 'Benefits', 'A business owner is named to realise and measure the benefits after closure.', 'Look for the benefits realisation plan and its owner’s agreement.'),
    q('contracts_closed', 'Commercial', 'Supplier contracts are closed or transferred, and final invoices settled.', 'Check with procurement and finance.'),
    q('financials_closed', 'Commercial', 'Cost accounts are closed to new charges and the final cost is reported.', 'Compare the final cost with the budget and explain the variance.'),
    q('resources_released', 'People', 'Team members are released with feedback given to their line managers.', 'Check assignments end and nobody still books time to the project.'),
    q('records_archived', 'Records', 'Project records are archived where the organisation keeps them.', 'Plans, decisions, acceptance records and contracts can be found later.'),
    q('lessons_learned', 'Improvement', 'Lessons learned are recorded and shared with the PMO.', 'Look for a lessons learned report with actions for the next projects.'),
    q('closure_report', 'Records', 'A closure report compares the outcome with the business case and is approved by the sponsor.', 'Look for the report and the sponsor’s approval.'),
  ],
};

/**
 * The built-in review types, version 0 until the PMO saves its own edit of one.
 * @example
 * DEFAULT_REVIEW_TYPES.map((t) => t.key); // ['project_health_check', 'schedule_quality', 'quality_audit', 'closure_readiness']
 */
export const DEFAULT_REVIEW_TYPES: ReadonlyArray<ReviewType> = [PROJECT_HEALTH_CHECK, SCHEDULE_QUALITY, QUALITY_AUDIT, CLOSURE_READINESS];
