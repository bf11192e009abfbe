// The starting documents of the built-in agile template: the product vision (Roman Pichler's
// vision board in prose), a lean business case, the release plan and the definition of done,
// with placeholders filled in when a project is created from the template.
import type { TemplateDocument } from './template-types.ts';

const header = (title: string): string => `# ${title}: {{project.name}} ({{project.code}})

Product sponsor: {{project.sponsor}} · Delivery lead: {{project.manager}} · Portfolio: {{portfolio.name}} · Draft of {{today}}
`;

export const PRODUCT_VISION: TemplateDocument = {
  requirementKey: 'product_vision',
  title: 'Product vision',
  body: `${header('Product vision')}
## Vision
_One sentence: the change the product makes in the world._

## Target users
_Who they are and what they are trying to get done. Name the primary persona._

## Needs
_The problems worth solving, as validated in the discovery interviews._

## Product
_The three to five features that make it stand out and meet those needs._

## Value and success measures
| Outcome | Measure | Today | Target |
|---|---|---|---|
| _e.g. Faster onboarding_ | _Days from sign-up to first use_ | | |

## Not in the vision
_What the product will deliberately not do._
`,
};

export const LEAN_BUSINESS_CASE: TemplateDocument = {
  requirementKey: 'business_case',
  title: 'Lean business case',
  body: `${header('Lean business case')}
## Problem and opportunity
_Who has the problem, how we know, and what solving it is worth._

## Minimum viable product
_The smallest release that tests the main hypothesis, and the hypothesis itself._

## Cost of the first releases
_Team cost per sprint × sprints planned (from {{project.start}} to {{project.finish}} in the starting plan), plus licences and infrastructure._

## Benefits and how they will be measured
_Leading indicators after the first release; the benefit expected after a year._

## Go / pivot / stop criteria
_What result after the minimum viable product would make us continue, change course or stop._
`,
};

export const RELEASE_PLAN: TemplateDocument = {
  requirementKey: 'release_plan',
  title: 'Release plan',
  body: `${header('Release plan')}
## Release goal
_What the release lets users do that they cannot today._

## Cadence
- Sprint length: 2 weeks; review and retrospective at the end of each sprint.
- Starting plan: six sprints, release readiness and go-live by {{project.finish}}.

## Releases
| Release | Goal | Sprints | Target date | Must-have epics |
|---|---|---|---|---|
| MVP | _Smallest usable product_ | 1–3 | | |
| 1.0 | _Ready for all users_ | 4–6 | {{project.finish}} | |

## Forecast
_Velocity assumed, the backlog size in points, and the date range it gives; re-forecast every sprint._

## Dependencies
_Teams, systems or decisions the releases wait on (record them as dependencies in Orrery)._
`,
};

export const DEFINITION_OF_DONE: TemplateDocument = {
  requirementKey: 'definition_of_done',
  title: 'Definition of done',
  body: `${header('Definition of done')}
A backlog item of {{project.name}} is done when:

- [ ] The acceptance criteria are met and the product owner has accepted it
- [ ] The code is reviewed by another developer and merged to the main branch
- [ ] Automated tests cover it and the whole suite passes
- [ ] It is deployed to the test environment and tested there
- [ ] It meets the accessibility (WCAG 2.1 AA) and security standards
- [ ] User and support documentation is updated
- [ ] No known defect of high or critical severity remains

A release is done when every item in it is done, the regression and performance tests pass,
and support has the runbook.
`,
};
