// The maturity model Orrery ships: six dimensions of PMO practice, two questions each, every level
// described as the practice one would observe, after the five levels of P3M3 and CMMI. The PMO may
// replace it with its own; assessments keep the model they were taken on.
import type { MaturityModel } from './maturity-types.ts';

export const DEFAULT_MATURITY_MODEL: MaturityModel = {
  dimensions: [
    {
      key: 'governance', name: 'Governance',
      questions: [
        {
          key: 'stage_gates', text: 'How are projects approved to move from one phase to the next?',
          levels: [
            'Projects move on when the team decides; nobody reviews readiness.',
            'Some projects hold gate reviews, each in its own way.',
            'Every project passes defined gates with criteria, a named decision maker and the decision on record.',
            'Gate outcomes and waivers are tracked across the portfolio, and projects that miss criteria are stopped or rescoped.',
            'Gate criteria are revised from what past gates failed to catch.',
          ],
        },
        {
          key: 'methodology', text: 'How consistently do projects follow a defined method?',
          levels: [
            'Each manager runs projects their own way.',
            'A method exists on paper; some projects use parts of it.',
            'One tailored method with templates is used by every project, and tailoring is agreed with the PMO.',
            'Compliance with the method is measured, and breaches are followed up.',
            'The method is improved regularly from lessons learned and measured results.',
          ],
        },
      ],
    },
    {
      key: 'scheduling', name: 'Scheduling',
      questions: [
        {
          key: 'schedule_quality', text: 'How are project schedules built and kept?',
          levels: [
            'Dates are lists of deadlines without dependencies.',
            'Larger projects keep a linked schedule, updated irregularly.',
            'Every project keeps a linked, resourced schedule with a baseline, updated at a set status date.',
            'Schedule quality (logic, slack, constraints) is checked by standard metrics and fixed.',
            'Estimates are calibrated from the actual durations of past projects.',
          ],
        },
        {
          key: 'critical_path', text: 'How are the critical path and slippage used in decisions?',
          levels: [
            'Nobody knows which tasks drive the finish date.',
            'Managers know the critical tasks on their own projects.',
            'The critical path and variance against baseline are reported every period.',
            'Slippage triggers agreed recovery actions, and cross-project dependencies are tracked.',
            'Trends in slippage across projects feed planning standards.',
          ],
        },
      ],
    },
    {
      key: 'risk', name: 'Risk',
      questions: [
        {
          key: 'risk_identification', text: 'How are risks identified and assessed?',
          levels: [
            'Risks are dealt with when they turn into problems.',
            'Some projects keep a risk list.',
            'Every project keeps a risk log scored on the PMO\'s probability–impact matrix, reviewed each period.',
            'Risk exposure is rolled up across the portfolio and escalated by threshold.',
            'Risk data from finished projects improves risk checklists and contingencies.',
          ],
        },
        {
          key: 'risk_response', text: 'How are risk responses planned and followed through?',
          levels: [
            'No responses are planned.',
            'Responses are written down but rarely followed up.',
            'Every significant risk has an owner and a response with a due date.',
            'Response effectiveness is checked and overdue responses are escalated.',
            'Contingency is sized from measured risk outcomes.',
          ],
        },
      ],
    },
    {
      key: 'resources', name: 'Resources',
      questions: [
        {
          key: 'capacity_planning', text: 'How is resource capacity planned against demand?',
          levels: [
            'People are found when a project starts.',
            'Managers negotiate for people project by project.',
            'Demand from every project is compared with capacity by role, and over-allocations are visible.',
            'New projects are approved only against available capacity; levelling is routine.',
            'Capacity plans are checked against actual time booked and corrected.',
          ],
        },
        {
          key: 'skills', text: 'How are skills and staffing decisions made?',
          levels: [
            'Staffing is by availability alone.',
            'Key skills are known informally.',
            'Skills are recorded and requests name the role and skill needed.',
            'Skill gaps across the portfolio are forecast and trained for.',
            'Staffing outcomes feed development plans and hiring.',
          ],
        },
      ],
    },
    {
      key: 'benefits', name: 'Benefits',
      questions: [
        {
          key: 'business_cases', text: 'How are projects justified before they start?',
          levels: [
            'Projects start because someone asked for them.',
            'Large projects have a business case, rarely revisited.',
            'Every project has a business case with costs, benefits and measures, reviewed at gates.',
            'Projects are selected and ranked by a scoring model against strategy and capacity.',
            'Selection criteria are adjusted from the value projects actually delivered.',
          ],
        },
        {
          key: 'benefits_tracking', text: 'How are benefits tracked after delivery?',
          levels: [
            'Nobody checks whether benefits arrive.',
            'Benefits are checked now and then on major projects.',
            'Benefits have owners, measures and measurement dates beyond closure.',
            'Benefits realised against plan are reported for the portfolio.',
            'Benefit shortfalls change how future business cases are estimated.',
          ],
        },
      ],
    },
    {
      key: 'reporting', name: 'Reporting',
      questions: [
        {
          key: 'status_reporting', text: 'How is project status reported?',
          levels: [
            'Status is reported on request, in any form.',
            'Projects report regularly, each in its own format.',
            'Every project reports on a cadence with a standard RAG and narrative.',
            'RAG is computed from data and thresholds, and reports are reviewed by the PMO.',
            'Reporting measures are refined from which reports predicted trouble.',
          ],
        },
        {
          key: 'executive_reporting', text: 'How does senior management see the portfolio?',
          levels: [
            'Executives hear about projects individually.',
            'A portfolio list is compiled by hand now and then.',
            'A regular portfolio report covers every project\'s status, cost and risks.',
            'Dashboards are live from project data, and decisions are taken on them.',
            'The PMO\'s own performance is measured and reported alongside the portfolio.',
          ],
        },
      ],
    },
  ],
};
