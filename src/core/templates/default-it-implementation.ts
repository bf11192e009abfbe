// The built-in template for implementing an IT system (an ERP, a CRM, a case-management system)
// under the predictive methodology: Initiate → Plan → Execute → Close, each phase a summary task
// ended by its gate as a milestone, with the work between them at the durations such projects
// typically take (about seven months from start to closure), vendor selection overlapping the
// requirements, build and test overlapping where teams usually overlap them, a cut-over and
// hypercare, and the risks PMOs see on almost every one of these projects.
import { BUSINESS_CASE, CHARTER, COMMUNICATION_PLAN, RISK_REGISTER } from './default-documents.ts';
import { action, assumption, gate, risk, summary, work } from './template-kit.ts';
import type { ProjectTemplate } from './template-types.ts';

export const IT_IMPLEMENTATION: ProjectTemplate = {
  key: 'it_system_implementation',
  name: 'IT system implementation (predictive)',
  description: 'Select, configure, integrate, test and roll out a packaged IT system, with data migration, training and hypercare. About seven months; four stage gates.',
  methodologyKey: 'predictive',
  wbs: [
    summary('1', 'Initiate'),
    work('1.1', 'Confirm the business need, objectives and scope', 5),
    work('1.2', 'Identify stakeholders', 3, '1.1 SS+2'),
    work('1.3', 'Write the project charter', 3, '1.1'),
    work('1.4', 'Build the business case (options, costs, benefits)', 10, '1.3 SS+1'),
    gate('1.5', 'Gate 1 – Approval to plan', '1.2', '1.3', '1.4'),
    summary('2', 'Plan'),
    work('2.1', 'Gather and prioritise requirements', 15, '1.5'),
    work('2.2', 'Market scan, request for proposal and vendor selection', 25, '2.1 SS+5'),
    work('2.3', 'Solution architecture and integration design', 10, '2.1'),
    work('2.4', 'Data migration strategy', 5, '2.3 SS'),
    work('2.5', 'Project management plan, schedule and budget baseline', 8, '2.2', '2.3'),
    work('2.6', 'Risk register, stakeholder register and communication plan', 5, '2.5 SS'),
    gate('2.7', 'Gate 2 – Approval to execute', '2.4', '2.5', '2.6'),
    summary('3', 'Execute'),
    summary('3.1', 'Build and configure'),
    work('3.1.1', 'Provision environments', 5, '2.7'),
    work('3.1.2', 'Configure the system', 30, '3.1.1'),
    work('3.1.3', 'Build interfaces and integrations', 25, '3.1.2 SS+5'),
    work('3.1.4', 'Data migration build and trial loads', 20, '3.1.2 SS+10'),
    work('3.1.5', 'Reports and dashboards', 10, '3.1.2 FF'),
    summary('3.2', 'Test'),
    work('3.2.1', 'System and integration testing', 15, '3.1.2', '3.1.3'),
    work('3.2.2', 'Performance and security testing', 8, '3.2.1 SS+5'),
    work('3.2.3', 'User acceptance testing', 10, '3.2.1', '3.1.5'),
    gate('3.2.4', 'Acceptance of deliverables signed', '3.2.2', '3.2.3'),
    summary('3.3', 'Deploy'),
    work('3.3.1', 'Train users and support staff', 10, '3.2.3 SS'),
    work('3.3.2', 'Cut-over rehearsal and go/no-go decision', 3, '3.2.4'),
    work('3.3.3', 'Final data migration', 2, '3.3.2', '3.1.4'),
    gate('3.3.4', 'Go-live', '3.3.1', '3.3.3'),
    work('3.3.5', 'Hypercare', 20, '3.3.4'),
    gate('3.4', 'Gate 3 – Approval to close / handover', '3.3.5'),
    summary('4', 'Close'),
    work('4.1', 'Hand over to operations and support', 5, '3.4'),
    work('4.2', 'Close supplier contracts and final accounts', 10, '4.1 SS'),
    work('4.3', 'Lessons learned workshop', 1, '4.1'),
    work('4.4', 'Closure report', 3, '4.3'),
    gate('4.5', 'Gate 4 – Closure', '4.2', '4.4'),
  ],
  registers: {
    risks: [
      risk('Requirements keep changing after the baseline', 'scope', [4, 3], 'mitigate', {
        cause: 'Stakeholders discover needs late; the package is new to them.',
        effect: 'Rework, delay and cost growth.',
        response: 'Baseline requirements at Gate 2; route every change through change control with its cost and date impact.',
      }),
      risk('Legacy data quality is worse than expected', 'data', [4, 4], 'mitigate', {
        cause: 'Years of unvalidated entries in the old system.',
        effect: 'Trial loads fail, go-live slips or starts with bad data.',
        response: 'Profile the data in Plan; appoint data owners to cleanse before the trial loads; plan at least two trial loads.',
      }),
      risk('Vendor or integrator misses delivery dates', 'supplier', [3, 4], 'transfer', {
        effect: 'The build and test phases slip.',
        response: 'Milestone-based payments and delay clauses in the contract; weekly delivery reviews with the vendor.',
      }),
      risk('Key users are not released for testing and training', 'resources', [3, 3], 'mitigate', {
        cause: 'Business-as-usual pressure on the same people.',
        effect: 'Acceptance testing is thin and adoption after go-live is poor.',
        response: 'Agree named users and days with their line managers at Gate 2; the sponsor backs the release.',
      }),
      risk('Interfaces with other systems are more complex than designed', 'technical', [3, 3], 'mitigate', {
        response: 'Prototype the riskiest interface first; involve the owners of the other systems in design reviews.',
      }),
      risk('Users resist the new way of working', 'change', [3, 3], 'mitigate', {
        effect: 'Work-arounds and low use of the new system; benefits not realised.',
        response: 'Change champions in each team, early demonstrations, and training close to go-live.',
      }),
    ],
    assumptions: [
      assumption('A packaged system meets most requirements without custom code', 'Checked against the prioritised requirements during vendor selection.', 60),
      assumption('The budget for licences and the integrator is available in this financial year', 'Confirm with finance before Gate 2.', 45),
      assumption('The legacy system stays supported until go-live plus hypercare', 'Confirm the support contract end date with the current vendor.', 30),
    ],
    actions: [
      action('Agree the steering committee membership and meeting dates', 'With the sponsor; first meeting before Gate 1.', 10),
      action('Name the business owners of the data to migrate', 'One owner for each main data object (customers, products, open orders …).', 30),
      action('Book the key users for acceptance testing and training', 'Named people and dates, agreed with their line managers.', 60),
    ],
  },
  documents: [CHARTER, BUSINESS_CASE, RISK_REGISTER, COMMUNICATION_PLAN],
};
