// The demo PMO's knowledge base: the standards, templates and guidance its projects are run by, each
// linked to the phases and gates of the built-in predictive methodology where it applies; one was
// revised after a gate review (so it has a history), one's review is overdue, and one is a draft.
import type { ArticleCreate } from '../../contracts/knowledge.schema.ts';
import type { AppContext } from '../context.ts';
import { createArticle, updateArticle } from '../knowledge/article-commands.ts';
import { DEMO_PEOPLE } from './demo-organisation.ts';

type Person = (key: string) => string;

const dayFrom = (ctx: AppContext, days: number): string => new Date(ctx.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

const BUSINESS_CASE = `# Business case standard

Every project asks for money and people with a business case, reviewed at **Gate 1 – Approval to plan**.

## What the case must contain
1. The problem or opportunity, in the sponsor's words.
2. Options considered, including *do nothing*, with their costs and benefits.
3. The recommended option: cost in the project's currency, benefits by year, NPV at the PMO's discount rate (8 %).
4. The main risks and what they would cost.

## How the gate judges it
| Question | Pass when |
|---|---|
| Is the need real? | The sponsor signs the problem statement |
| Is it worth it? | NPV ≥ 0, or a mandatory change |
| Can we afford it? | Funded in this year's portfolio budget |

Attach the cost and benefit lines in Orrery's business case, so the gate sees the computed NPV.`;

const CHARTER_TEMPLATE = `# Project charter template

Copy this outline into the project's charter document.

- **Purpose** — why the project exists, in two sentences.
- **Objectives** — measurable, each traced to a strategic objective.
- **Scope** — in and out, as lists.
- **Sponsor and manager** — named people, with their authority.
- **Milestones** — the gates and their target dates.
- **Budget** — the approved envelope and who may release contingency.`;

const SCHEDULE_BASELINE = `# Schedule baseline standard

A plan is baselined before **Gate 2 – Approval to execute** and kept as baseline 0.

- Every task has a predecessor and a successor, except the start and finish milestones.
- No constraint other than *as soon as possible* without a note saying why.
- Durations over 20 working days are split.
- The critical path is continuous from start to finish.

Re-baselining needs an approved change request.`;

const RISK_WORKSHOP = `# Running a risk workshop

Hold the first workshop in the **Plan** phase, with the team and at least one person from operations.

1. Prompt with the risk breakdown structure, not a blank page.
2. Write each risk as *cause → event → effect*.
3. Score it on the PMO's risk matrix (probability × impact).
4. Give every risk scoring *high* an owner and a response before the workshop ends.

Review the register monthly; close risks that can no longer happen.`;

const LESSONS_CLOSURE = `# Closure and lessons learned guideline

Before **Gate 4 – Closure**:

- Hand over to operations with a signed acceptance.
- Close every purchase order and release the team in the resource pool.
- Hold a lessons-learned session: what went well, what did not, what to change in our standards.`;

const STATUS_REPORTING = `# Status reporting guideline (draft)

Monthly status reports are due by the fifth working day. RAG colours follow the PMO's thresholds.`;

interface DemoArticle extends Omit<ArticleCreate, 'ownerId'> {
  readonly owner: string;
}

const ARTICLES = (ctx: AppContext): DemoArticle[] => [
  { title: 'Business case standard', kind: 'standard', status: 'published', summary: 'What a business case contains and how Gate 1 judges it.', body: BUSINESS_CASE, tags: ['business-case', 'governance', 'finance'], owner: 'priya', reviewDueOn: dayFrom(ctx, 120), links: [{ methodologyKey: 'predictive', phaseKey: null, gateKey: 'approval_to_plan' }, { methodologyKey: 'predictive', phaseKey: 'initiate', gateKey: null }] },
  { title: 'Project charter template', kind: 'template', status: 'published', summary: 'The outline of a project charter.', body: CHARTER_TEMPLATE, tags: ['charter', 'initiation'], owner: 'tom', reviewDueOn: dayFrom(ctx, -12), links: [{ methodologyKey: 'predictive', phaseKey: 'initiate', gateKey: null }] },
  { title: 'Schedule baseline standard', kind: 'standard', status: 'published', summary: 'When a schedule is fit to baseline.', body: SCHEDULE_BASELINE, tags: ['scheduling', 'baseline'], owner: 'priya', reviewDueOn: dayFrom(ctx, 20), links: [{ methodologyKey: 'predictive', phaseKey: null, gateKey: 'approval_to_execute' }, { methodologyKey: 'predictive', phaseKey: 'plan', gateKey: null }] },
  { title: 'Running a risk workshop', kind: 'best_practice', status: 'published', summary: 'How to find and score risks with the team.', body: RISK_WORKSHOP, tags: ['risk', 'raid', 'workshop'], owner: 'tom', reviewDueOn: dayFrom(ctx, 200), links: [{ methodologyKey: 'predictive', phaseKey: 'plan', gateKey: null }] },
  { title: 'Closure and lessons learned guideline', kind: 'guideline', status: 'published', summary: 'Handing over and learning before the closure gate.', body: LESSONS_CLOSURE, tags: ['closure', 'lessons'], owner: 'priya', reviewDueOn: dayFrom(ctx, 300), links: [{ methodologyKey: 'predictive', phaseKey: null, gateKey: 'closure' }] },
  { title: 'Status reporting guideline', kind: 'guideline', status: 'draft', summary: 'When status reports are due.', body: STATUS_REPORTING, tags: ['reporting'], owner: 'priya', reviewDueOn: null, links: [] },
];

export async function loadDemoKnowledge(ctx: AppContext, person: Person): Promise<void> {
  const priya = DEMO_PEOPLE.find((d) => d.key === 'priya')!;
  const pmo: AppContext = { ...ctx, actor: { userId: person('priya'), name: priya.name, orgRole: priya.orgRole, via: 'session' } };
  for (const { owner, ...article } of ARTICLES(ctx)) {
    const made = await createArticle(pmo, { ...article, ownerId: person(owner) });
    if (article.title === 'Schedule baseline standard') {
      await updateArticle(pmo, made.id, made.version, {
        body: `${SCHEDULE_BASELINE}\n\nThe schedule quality review (DCMA-14) is run on the plan before the baseline is saved.`,
        changeNote: 'Require the DCMA-14 schedule quality review before baselining, as agreed at the PMO monthly standards review',
      });
    }
  }
}
