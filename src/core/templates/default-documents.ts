// The starting documents of the built-in predictive templates, in Markdown with placeholders.
// They follow the headings PMOs commonly use (PMBOK's charter and communications management plan,
// the HM Treasury five-case business case in short form), and say in italics what each section
// should hold, so that the project manager edits a draft rather than filling a blank page.
import type { TemplateDocument } from './template-types.ts';

const header = (title: string): string => `# ${title}: {{project.name}} ({{project.code}})

| | |
|---|---|
| Sponsor | {{project.sponsor}} |
| Project manager | {{project.manager}} |
| Portfolio / program | {{portfolio.name}} / {{program.name}} |
| Status | Draft of {{today}} |
`;

export const CHARTER: TemplateDocument = {
  requirementKey: 'charter',
  title: 'Project charter',
  body: `${header('Project charter')}
## Purpose
_Why this project, and why now: the problem or opportunity in two or three sentences._

## Objectives and success criteria
| Objective | Measure | Target | By when |
|---|---|---|---|
| _e.g. Retire the legacy system_ | _Licences cancelled_ | _100 %_ | _{{project.finish}}_ |

## Scope
**In scope:** _the deliverables, sites, processes and users the project covers._

**Out of scope:** _what someone might expect but the project will not do._

## Milestones
The starting plan ({{template.name}}) runs from {{project.start}} to {{project.finish}}:

| Milestone | Target date |
|---|---|
| Gate 1 – Approval to plan | |
| Gate 2 – Approval to execute | |
| Go-live / handover | |
| Gate 4 – Closure | {{project.finish}} |

## Budget and resources
_The budget envelope for the whole project and for the next phase, and the teams that must supply people._

## Main risks, assumptions and constraints
_The three to five that matter most; the full list is the project's RAID log in Orrery._

## Governance
- **Sponsor** ({{project.sponsor}}): owns the business case and approves the gates with the PMO.
- **Project manager** ({{project.manager}}): runs the project day to day within the tolerances below.
- **Methodology**: {{methodology.name}}.
- **Tolerances**: _e.g. ±10 % on cost and ±2 weeks on milestones before escalating to the sponsor._

## Approval
| Role | Name | Date |
|---|---|---|
| Sponsor | {{project.sponsor}} | |
| Project manager | {{project.manager}} | |
`,
};

export const BUSINESS_CASE: TemplateDocument = {
  requirementKey: 'business_case',
  title: 'Business case',
  body: `${header('Business case')}
## Strategic case
_Which strategic objectives of {{portfolio.name}} this serves, and what happens if nothing is done._

## Options considered
| Option | Description | Cost | Benefits | Main risks |
|---|---|---|---|---|
| 0. Do nothing | _The baseline_ | | | |
| 1. _Do the minimum_ | | | | |
| 2. _Preferred option_ | | | | |

## Economic case
_Costs (one-off and running, over five years), benefits (cash-releasing and not), net present value and payback._

## Commercial case
_How it will be bought: suppliers, contract type, procurement route and timetable._

## Financial case
_Funding: where the money comes from, in which years, and the effect on the budget._

## Management case
_How it will be delivered: the plan from {{project.start}} to {{project.finish}}, governance ({{methodology.name}}), the main risks and how benefits will be tracked._

## Recommendation
_The option recommended and the decision asked of the sponsor ({{project.sponsor}})._
`,
};

export const RISK_REGISTER: TemplateDocument = {
  requirementKey: 'risk_register',
  title: 'Risk register',
  body: `${header('Risk register')}
The live register is the project's risk log in Orrery: each risk there has an owner, a rating on
the PMO's matrix, a response and a review date. This document records how risks are managed on
{{project.name}} and is the evidence for the gate.

## How risks are managed
- **Identification**: at the start (the template's typical risks are already in the log), at every
  phase start and at the fortnightly project meeting.
- **Assessment**: probability × impact on the PMO's matrix, before and after the response.
- **Ownership**: every open risk has one owner who is able to act on it.
- **Escalation**: risks rated critical, or beyond the project's tolerances, go to the sponsor
  ({{project.sponsor}}) within two working days.

## Top risks at {{today}}
| Code | Risk | Rating | Owner | Response |
|---|---|---|---|---|
| | _Copy the top five from the risk log before the gate_ | | | |
`,
};

export const COMMUNICATION_PLAN: TemplateDocument = {
  requirementKey: 'communication_plan',
  title: 'Communication plan',
  body: `${header('Communication plan')}
## Audiences and what they need
| Audience | What they need to know | Channel | How often | From |
|---|---|---|---|---|
| Sponsor | Progress, decisions needed, top risks | One-to-one | Fortnightly | {{project.manager}} |
| Steering committee | Status, milestones, budget, escalations | Meeting and status report | Monthly | {{project.manager}} |
| Project team | Plan, priorities, blockers | Stand-up and planning | Weekly | {{project.manager}} |
| People affected by the change | What changes for them and when | Briefings, intranet, e-mail | At each milestone | Sponsor and change lead |
| PMO | Status, RAG, forecasts | Orrery status report | Monthly | {{project.manager}} |

## Key messages
_What everyone should be able to say about {{project.name}} in one sentence._

## Calendar
| When | What | Audience |
|---|---|---|
| {{project.start}} | Kick-off announcement | Everyone affected |
| | _Gate decisions, go-live, closure_ | |

## Feedback and escalation
_How people ask questions or raise concerns, and how fast they get an answer._
`,
};

export const HANDOVER_PLAN: TemplateDocument = {
  requirementKey: 'handover_plan',
  title: 'Handover plan',
  body: `${header('Handover plan')}
## What is handed over
_The results of {{project.name}} and who will run them from the handover date._

## Receiving organisation
| Area | Receiving owner | Ready when |
|---|---|---|
| Operations / facilities | | |
| Support and maintenance | | |
| Budget for running costs | | |

## Readiness checklist
- [ ] Documentation, drawings and manuals delivered
- [ ] Warranties, maintenance contracts and keys or access transferred
- [ ] Training given to the people who will run it
- [ ] Open defects and snags listed with an owner and a date

## Date of transfer
_The handover date agreed with the receiving owners, and the support the project gives after it._
`,
};
