// The demo PMO itself: its charter (mandate, the three portfolios, its services with their service
// levels) and its maturity — an assessment taken six months ago and closed (the PMO team and a
// senior project manager answered), and this month's, still open: the PMO has answered, showing
// progress on governance and reporting, while two project managers have yet to.
import type { AppContext } from '../context.ts';
import { answerMaturityAssessment, createMaturityAssessment, updateMaturityAssessment } from '../maturity/maturity-commands.ts';
import { getPmoCharter, setPmoCharter } from '../pmo-charter/pmo-charter.ts';
import { DEMO_PEOPLE } from './demo-organisation.ts';

type Person = (key: string) => string;

function as(ctx: AppContext, key: string, person: Person): AppContext {
  const p = DEMO_PEOPLE.find((d) => d.key === key)!;
  return { ...ctx, actor: { userId: person(key), name: p.name, orgRole: p.orgRole, via: 'session' } };
}

/** Levels per question, in the built-in model's order: governance, scheduling, risk, resources, benefits, reporting (two each). */
const QUESTION_KEYS = ['stage_gates', 'methodology', 'schedule_quality', 'critical_path', 'risk_identification', 'risk_response', 'capacity_planning', 'skills', 'business_cases', 'benefits_tracking', 'status_reporting', 'executive_reporting'];
const answers = (levels: ReadonlyArray<number | null>) => Object.fromEntries(QUESTION_KEYS.map((k, i) => [k, levels[i] ?? null]));

const dayFrom = (ctx: AppContext, days: number): string => new Date(ctx.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

const SERVICES = [
  { key: 'portfolio_reporting', name: 'Portfolio reporting', kind: 'reporting' as const, description: 'The executive portfolio report and dashboards.', serviceLevel: 'By the 5th working day of each month', audience: 'Executive board' },
  { key: 'health_checks', name: 'Project health checks', kind: 'assurance' as const, description: 'Independent review of a project on request or at a gate.', serviceLevel: 'Report within 10 working days of the request', audience: 'Sponsors and project managers' },
  { key: 'schedule_clinic', name: 'Scheduling clinic', kind: 'scheduling' as const, description: 'Help building and baselining a schedule.', serviceLevel: 'A session within 3 working days', audience: 'Project managers' },
  { key: 'pm_training', name: 'Project management training', kind: 'training' as const, description: 'The PMO\'s method and Orrery, in half-day modules.', serviceLevel: 'Every quarter', audience: 'New project managers' },
];

export async function loadDemoCharter(ctx: AppContext, person: Person, portfolioIds: readonly string[]): Promise<void> {
  const priya = as(ctx, 'priya', person);
  const { version } = await getPmoCharter(priya);
  await setPmoCharter(priya, version, {
    mandate: 'The PMO makes projects succeed: it sets the standards, governs every project through its gates, keeps the portfolio aligned with strategy and capacity, and tells the executive board the truth about delivery.',
    scopePortfolioIds: [...portfolioIds], services: SERVICES, roadmapProjectId: null,
  });
}

export async function loadDemoMaturity(ctx: AppContext, person: Person): Promise<void> {
  const priya = as(ctx, 'priya', person);
  const earlier = await createMaturityAssessment(priya, {
    title: 'PMO maturity baseline', openedOn: dayFrom(ctx, -182), respondentIds: ['priya', 'tom', 'marcus'].map(person), targets: {},
  });
  await answerMaturityAssessment(priya, earlier.id, { answers: answers([2, 2, 2, 2, 2, 1, 1, 2, 2, 1, 2, 1]) });
  await answerMaturityAssessment(as(ctx, 'tom', person), earlier.id, { answers: answers([2, 3, 2, 1, 2, 2, 2, 1, 2, 1, 2, 2]) });
  const last = await answerMaturityAssessment(as(ctx, 'marcus', person), earlier.id, { answers: answers([1, 2, 3, 2, 2, 1, 1, 2, 1, null, 3, 1]) });
  await updateMaturityAssessment(priya, earlier.id, last.version, { status: 'closed' });

  const now = await createMaturityAssessment(priya, {
    title: 'PMO maturity, six months on', openedOn: dayFrom(ctx, -3), respondentIds: ['priya', 'tom', 'marcus', 'sofia'].map(person), targets: { governance: 4, reporting: 4 },
  });
  await answerMaturityAssessment(priya, now.id, { answers: answers([3, 3, 3, 2, 3, 2, 2, 2, 2, 2, 4, 3]) });
  await answerMaturityAssessment(as(ctx, 'tom', person), now.id, { answers: answers([3, 3, 2, 2, 3, 3, 3, 2, 3, 1, 3, 3]) });
}
