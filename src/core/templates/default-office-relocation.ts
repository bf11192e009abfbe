// The built-in template for moving an office under the predictive methodology: the need and the
// options (stay, refit, move), the search, the lease and the layout, then fit-out, IT and
// facilities in parallel, the move weekend and settling in, and finally handing back the old
// premises. Fit-out and the lease are the long poles, as facilities managers plan them.
import { BUSINESS_CASE, CHARTER, COMMUNICATION_PLAN, HANDOVER_PLAN } from './default-documents.ts';
import { action, assumption, gate, risk, summary, work } from './template-kit.ts';
import type { ProjectTemplate } from './template-types.ts';

export const OFFICE_RELOCATION: ProjectTemplate = {
  key: 'office_relocation',
  name: 'Office relocation',
  description: 'Find, fit out and move into new office premises, and hand back the old ones. About six months; four stage gates.',
  methodologyKey: 'predictive',
  wbs: [
    summary('1', 'Initiate'),
    work('1.1', 'Define space needs: headcount, ways of working, budget', 5),
    work('1.2', 'Options appraisal: stay, refit or move', 5, '1.1'),
    work('1.3', 'Write the project charter', 2, '1.2 SS+3'),
    work('1.4', 'Build the business case', 5, '1.2'),
    gate('1.5', 'Gate 1 – Approval to plan', '1.3', '1.4'),
    summary('2', 'Plan'),
    work('2.1', 'Site search and shortlist', 15, '1.5'),
    work('2.2', 'Site visits and selection', 5, '2.1'),
    work('2.3', 'Lease negotiation and signature', 20, '2.2'),
    work('2.4', 'Space planning and layout design', 10, '2.3 SS+5'),
    work('2.5', 'Move plan, budget and schedule baseline', 5, '2.4'),
    work('2.6', 'Communication plan and staff briefing', 3, '2.5 SS'),
    gate('2.7', 'Gate 2 – Approval to execute', '2.3', '2.5', '2.6'),
    summary('3', 'Execute'),
    summary('3.1', 'Fit-out'),
    work('3.1.1', 'Tender and appoint the fit-out contractor', 10, '2.7'),
    work('3.1.2', 'Fit-out works', 30, '3.1.1'),
    work('3.1.3', 'Furniture procurement and delivery', 20, '3.1.2 FF'),
    work('3.1.4', 'Health and safety inspection', 2, '3.1.2'),
    summary('3.2', 'IT and facilities'),
    work('3.2.1', 'Order network lines and telephony', 5, '2.7'),
    work('3.2.2', 'Cabling, Wi-Fi and meeting-room equipment', 10, '3.1.2 SS+15', '3.2.1'),
    work('3.2.3', 'Access control, security and signage', 5, '3.2.2 SS+5'),
    summary('3.3', 'Move'),
    work('3.3.1', 'Notify customers, suppliers and redirect post', 2, '3.1.2 SS+20'),
    work('3.3.2', 'Pack, label and clear desks', 3, '3.1.3', '3.1.4', '3.2.2'),
    work('3.3.3', 'Move weekend', 2, '3.3.2'),
    gate('3.3.4', 'First day in the new office', '3.3.3', '3.2.3', '3.3.1'),
    work('3.3.5', 'Snagging and settling in', 10, '3.3.4'),
    gate('3.4', 'Gate 3 – Approval to close / handover', '3.3.5'),
    summary('4', 'Close'),
    work('4.1', 'Reinstate and hand back the old premises', 15, '3.3.4'),
    work('4.2', 'Close supplier contracts and final accounts', 5, '4.1'),
    work('4.3', 'Lessons learned', 1, '3.4'),
    work('4.4', 'Closure report', 2, '4.2', '4.3'),
    gate('4.5', 'Gate 4 – Closure', '4.4'),
  ],
  registers: {
    risks: [
      risk('Fit-out works overrun', 'supplier', [4, 4], 'transfer', {
        cause: 'Hidden building defects, late approvals or contractor capacity.',
        effect: 'The move date slips while the old lease ends.',
        response: 'Fixed-price contract with delay damages; survey the building before signing; keep a month of float before the old lease ends.',
      }),
      risk('The old lease ends before the new office is ready', 'commercial', [2, 5], 'mitigate', {
        response: 'Negotiate a short extension option on the old lease before signing the new one.',
      }),
      risk('Network lines are not installed in time', 'technical', [3, 4], 'mitigate', {
        cause: 'Carriers quote lead times of 60 to 90 days.',
        response: 'Order the lines as soon as the lease is signed; plan a 4G/5G backup for the first weeks.',
      }),
      risk('Staff object to the new location or layout', 'people', [3, 3], 'mitigate', {
        effect: 'Lower morale, attrition, grievances.',
        response: 'Involve staff representatives in the layout design; brief everyone early and often.',
      }),
      risk('Dilapidations on the old premises cost more than budgeted', 'financial', [3, 3], 'accept', {
        response: 'Get a dilapidations survey in Plan and hold a contingency for it.',
      }),
    ],
    assumptions: [
      assumption('Headcount stays within ±10 % of today’s until the move', 'Confirm with HR at each gate.', 30),
      assumption('Planning and building permits are not needed for the fit-out', 'Check with the landlord and the local authority for the chosen site.', 60),
      assumption('The landlord allows fit-out works before the lease starts', 'Negotiate early access in the heads of terms.', 50),
    ],
    actions: [
      action('Read the old lease: end date, break clauses and dilapidations', 'With the legal team; needed before the options appraisal.', 7),
      action('Appoint a workplace or move consultant if needed', 'Decide in Initiate; tender if the budget allows.', 20),
      action('Nominate move coordinators in each team', 'One per floor or team, briefed before the move plan.', 60),
    ],
  },
  documents: [CHARTER, BUSINESS_CASE, COMMUNICATION_PLAN, HANDOVER_PLAN],
};
