// Loads the demo organisation through the real use cases, so it is audited and valid like any
// other data. Refuses to load into a database that already has projects.
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { createUser } from '../users/users.ts';
import { createRegisterItem } from '../register/register-kind.ts';
import { objectiveKind } from '../register/objectives.ts';
import { portfolioKind } from '../register/portfolios.ts';
import { loadDemoScoring } from './demo-scoring.ts';
import { programKind } from '../register/programs.ts';
import { createProject } from '../projects/project-commands.ts';
import { setProjectMember } from '../projects/project-members.ts';
import { planDemoSchedule } from './demo-schedules.ts';
import { loadDemoRaid } from './demo-raid.ts';
import { loadDemoGovernance } from './demo-governance.ts';
import { loadDemoAssurance } from './demo-assurance.ts';
import { loadDemoStatusReports } from './demo-status.ts';
import { loadDemoEngagement } from './demo-engagement.ts';
import { loadDemoFinance, planDemoTaskCosts } from './demo-finance.ts';
import { loadDemoResources } from './demo-resources.ts';
import { loadDemoAssignments } from './demo-assignments.ts';
import { loadDemoCharter, loadDemoMaturity } from './demo-pmo.ts';
import { loadDemoIntake } from './demo-intake.ts';
import { loadDemoLessons } from './demo-lessons.ts';
import { loadDemoBenefits } from './demo-benefits.ts';
import { loadDemoScenarios } from './demo-scenarios.ts';
import { loadDemoKnowledge } from './demo-knowledge.ts';
import { loadDemoTraining } from './demo-training.ts';
import { loadDemoSupport } from './demo-support.ts';
import { DEMO_RAID } from './demo-raid-content.ts';
import { DEMO_OBJECTIVES, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_PORTFOLIOS, DEMO_PROGRAMS, DEMO_PROJECTS, type DemoPerson } from './demo-organisation.ts';

export interface DemoSummary {
  people: DemoPerson[];
  password: string;
  counts: { users: number; objectives: number; portfolios: number; programs: number; projects: number };
}

/** The first day of the month `months` from now, as YYYY-MM-DD (UTC). */
function monthFrom(now: Date, months: number, endOfMonth = false): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months + (endOfMonth ? 1 : 0), endOfMonth ? 0 : 1));
  return d.toISOString().slice(0, 10);
}

export async function isRegisterEmpty(ctx: Pick<AppContext, 'db'>): Promise<boolean> {
  const [users, projects] = await Promise.all([
    ctx.db.selectFrom('users').select('id').limit(1).execute(),
    ctx.db.selectFrom('projects').select('id').limit(1).execute(),
  ]);
  return users.length === 0 && projects.length === 0;
}

export async function loadDemo(ctx: AppContext, progress: (message: string) => void = () => {}): Promise<DemoSummary> {
  const existing = await ctx.db.selectFrom('projects').select('id').limit(1).execute();
  if (existing.length > 0) {
    throw new AppError('validation_failed', 'This database already holds projects; the demo loads only into an empty one. Use a new --data-dir (or a new PostgreSQL database).');
  }
  const taken = await ctx.db.selectFrom('users').select('email').where('email', 'in', DEMO_PEOPLE.map((p) => p.email)).execute();
  if (taken.length > 0) throw new AppError('duplicate', `Demo users already exist (${taken.map((t) => t.email).join(', ')}). Use a fresh database for the demo.`);

  const now = ctx.clock.now();
  const people = new Map<string, string>();
  progress(`people (${DEMO_PEOPLE.length})`);
  for (const p of DEMO_PEOPLE) {
    const user = await createUser(ctx, { email: p.email, name: p.name, password: DEMO_PASSWORD, orgRole: p.orgRole });
    people.set(p.key, user.id);
  }
  const person = (key: string): string => people.get(key)!;

  progress(`strategic objectives (${DEMO_OBJECTIVES.length})`);
  const objectives = new Map<string, string>();
  for (const o of DEMO_OBJECTIVES) {
    const created = await createRegisterItem(objectiveKind, ctx, {
      name: o.name, description: o.description, ownerId: person(o.owner), status: 'active', targetDate: monthFrom(now, o.targetMonths, true),
    });
    objectives.set(o.key, created.id);
  }

  progress(`portfolios (${DEMO_PORTFOLIOS.length}) and programs (${DEMO_PROGRAMS.length})`);
  const portfolios = new Map<string, string>();
  for (const p of DEMO_PORTFOLIOS) {
    portfolios.set(p.key, (await createRegisterItem(portfolioKind, ctx, { name: p.name, description: p.description, ownerId: person(p.owner) })).id);
  }
  const programs = new Map<string, string>();
  for (const p of DEMO_PROGRAMS) {
    const created = await createRegisterItem(programKind, ctx, { name: p.name, description: p.description, portfolioId: portfolios.get(p.portfolio)!, managerId: person(p.manager) });
    programs.set(p.key, created.id);
  }

  progress(`projects (${DEMO_PROJECTS.length})`);
  const projectIds = new Map<string, string>();
  for (const p of DEMO_PROJECTS) {
    const project = await createProject(ctx, {
      name: p.name,
      description: p.description,
      portfolioId: portfolios.get(p.portfolio)!,
      programId: p.program ? programs.get(p.program)! : null,
      sponsorId: person(p.sponsor),
      managerId: person(p.manager),
      status: p.status,
      phase: p.phase,
      priority: p.priority,
      plannedStart: monthFrom(now, p.start),
      plannedFinish: monthFrom(now, p.finish, true),
      budget: { amountMinor: p.budgetEur * 100, currency: 'EUR' },
      objectiveIds: p.objectives.map((k) => objectives.get(k)!),
      tags: p.tags,
    });
    projectIds.set(p.name, project.id);
    for (const [member, role] of p.team) await setProjectMember(ctx, project.id, person(member), role);
    if (p.planned) await planDemoSchedule(ctx, project.id, project.plannedStart!, project.plannedFinish!, () => planDemoTaskCosts(ctx, project.id, p.budgetEur * 100, p.manager, person), p.evHistory);
  }

  progress(`RAID logs of the ${DEMO_RAID.length} active projects`);
  await loadDemoRaid(ctx, projectIds, person);
  progress('deliverables and open gate reviews');
  await loadDemoGovernance(ctx, projectIds, person);
  progress('change requests and quality reviews');
  await loadDemoAssurance(ctx, projectIds, person);
  progress('status reports');
  await loadDemoStatusReports(ctx, projectIds, person);
  progress('stakeholders, communication plans and steering committees');
  await loadDemoEngagement(ctx, projectIds, person);
  progress('budgets, planned costs, expenses and purchase orders');
  await loadDemoFinance(ctx, projectIds, person);
  progress('the resource pool');
  await loadDemoResources(ctx, person, now.toISOString().slice(0, 10));
  progress('staffing of the flagship projects');
  await loadDemoAssignments(ctx, projectIds, person);
  progress('the PMO charter and maturity assessments');
  await loadDemoCharter(ctx, person, [...portfolios.values()]);
  await loadDemoMaturity(ctx, person);
  progress('project requests in triage');
  await loadDemoIntake(ctx, { objectives, portfolios, programs }, person);
  progress('a closure report and lessons learned');
  await loadDemoLessons(ctx, projectIds, person);
  progress('scores and the Digital portfolio’s selection settings');
  await loadDemoScoring(ctx, projectIds, portfolios.get('digital')!, person);
  progress('benefits and their measurements');
  await loadDemoBenefits(ctx, projectIds, person);
  progress('a scenario of the operations portfolio');
  await loadDemoScenarios(ctx, portfolios, projectIds);
  progress('the knowledge base');
  await loadDemoKnowledge(ctx, person);
  progress('training records and certifications');
  await loadDemoTraining(ctx, person);
  progress('PMO support requests');
  await loadDemoSupport(ctx, person);
  return {
    people: DEMO_PEOPLE,
    password: DEMO_PASSWORD,
    counts: { users: DEMO_PEOPLE.length, objectives: DEMO_OBJECTIVES.length, portfolios: DEMO_PORTFOLIOS.length, programs: DEMO_PROGRAMS.length, projects: DEMO_PROJECTS.length },
  };
}
