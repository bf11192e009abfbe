// The built-in template for an agile product release under the agile methodology: discovery
// proves the problem, inception forms the team and plans the release, delivery runs six two-week
// sprints (the minimum viable product after three) and a hardening sprint, and transition releases,
// hands over and measures the outcome. Sprints are tasks of ten working days in sequence: the plan
// the PMO sees, while the team plans the sprints themselves from the backlog.
import { DEFINITION_OF_DONE, LEAN_BUSINESS_CASE, PRODUCT_VISION, RELEASE_PLAN } from './default-agile-documents.ts';
import { action, assumption, gate, risk, summary, work } from './template-kit.ts';
import type { ProjectTemplate } from './template-types.ts';

export const AGILE_RELEASE: ProjectTemplate = {
  key: 'agile_product_release',
  name: 'Agile product release',
  description: 'Discover, plan and ship a new product or a major release in two-week sprints, with a minimum viable product after three sprints. About five months; four gates.',
  methodologyKey: 'agile',
  wbs: [
    summary('1', 'Discovery'),
    work('1.1', 'User and stakeholder interviews', 10),
    work('1.2', 'Product vision and success measures', 5, '1.1 SS+5'),
    work('1.3', 'Lean business case', 3, '1.2'),
    gate('1.4', 'Gate 1 – Vision approved', '1.1', '1.3'),
    summary('2', 'Inception'),
    work('2.1', 'Form the team and agree ways of working', 3, '1.4'),
    work('2.2', 'Story mapping and initial product backlog', 8, '2.1 SS+1'),
    work('2.3', 'Architecture runway and environments', 10, '2.1 SS'),
    work('2.4', 'Release plan and definition of done', 3, '2.2'),
    gate('2.5', 'Gate 2 – Ready to deliver', '2.3', '2.4'),
    summary('3', 'Delivery'),
    work('3.1', 'Sprint 1', 10, '2.5'),
    work('3.2', 'Sprint 2', 10, '3.1'),
    work('3.3', 'Sprint 3', 10, '3.2'),
    gate('3.4', 'Minimum viable product demonstrated', '3.3'),
    work('3.5', 'Sprint 4', 10, '3.3'),
    work('3.6', 'Sprint 5', 10, '3.5'),
    work('3.7', 'Sprint 6', 10, '3.6'),
    work('3.8', 'Hardening and regression testing', 5, '3.7'),
    work('3.9', 'Security, accessibility and performance review', 5, '3.8 SS'),
    gate('3.10', 'Gate 3 – Release readiness', '3.8', '3.9'),
    summary('4', 'Transition'),
    gate('4.1', 'Release to production', '3.10'),
    work('4.2', 'Support handover and runbooks', 5, '4.1'),
    work('4.3', 'Measure outcomes against the success measures', 15, '4.1'),
    work('4.4', 'Closing retrospective and lessons learned', 1, '4.3'),
    work('4.5', 'Closure report', 2, '4.2', '4.4'),
    gate('4.6', 'Gate 4 – Closure', '4.5'),
  ],
  registers: {
    risks: [
      risk('The product owner cannot give the product enough time', 'governance', [3, 4], 'avoid', {
        effect: 'Slow decisions, an unrefined backlog and features nobody asked for.',
        response: 'Agree at least half of the product owner’s time with their manager before Gate 1.',
      }),
      risk('The scope of the first release grows beyond the team’s capacity', 'scope', [4, 3], 'mitigate', {
        response: 'Fix the date and the team, flex the scope: the product owner cuts to the minimum viable product each sprint review.',
      }),
      risk('Velocity is lower than planned in the first sprints', 'delivery', [3, 3], 'accept', {
        cause: 'A new team and new technology.',
        response: 'Re-forecast the release after sprint 3 from the measured velocity; report the range, not a single date.',
      }),
      risk('Dependencies on other teams’ APIs block stories', 'dependency', [3, 4], 'mitigate', {
        response: 'Record the dependencies in Orrery with the date needed; agree interfaces and mocks in inception.',
      }),
      risk('Security or accessibility findings late in the release', 'quality', [2, 4], 'mitigate', {
        response: 'Put both in the definition of done and run automated scans every sprint, not only at hardening.',
      }),
    ],
    assumptions: [
      assumption('Target users are available for interviews and sprint reviews', 'At least five users each month, arranged through the business owner.', 14),
      assumption('The team stays stable for the whole release', 'Confirm the team members’ allocation with their line managers.', 30),
      assumption('The hosting platform can run the product without new procurement', 'Check with the platform team during inception.', 40),
    ],
    actions: [
      action('Name the product owner and confirm their time', 'With the sponsor, before Gate 1.', 7),
      action('Book the sprint review and planning calendar for the release', 'Invite the product owner, users and stakeholders.', 35),
      action('Set up the backlog, the burn-up and the team’s board', 'So the PMO sees progress from sprint 1.', 35),
    ],
  },
  documents: [PRODUCT_VISION, LEAN_BUSINESS_CASE, RELEASE_PLAN, DEFINITION_OF_DONE],
};
