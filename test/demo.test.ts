// The demo organisation loads on both databases and has what a first look needs.
import { describe, expect, it } from 'vitest';
import { listGateReviews } from '../src/app/governance/gate-review-queries.ts';
import { getProjectGovernance } from '../src/app/governance/project-governance.ts';
import { GateReviewListQuery } from '../src/contracts/governance.schema.ts';
import { changeRequestKind } from '../src/app/changes/change-requests.ts';
import { listQualityReviews } from '../src/app/quality/review-queries.ts';
import { QualityReviewListQuery } from '../src/contracts/quality.schema.ts';
import { listStatusReports } from '../src/app/status/report-queries.ts';
import { StatusReportListQuery } from '../src/contracts/status-report.schema.ts';
import { DIALECTS, freshDatabase } from './helpers/databases.ts';
import { systemActor, systemClock } from '../src/app/context.ts';
import { isRegisterEmpty, loadDemo } from '../src/app/demo/load-demo.ts';
import { listProjects } from '../src/app/projects/project-queries.ts';
import { getSchedule } from '../src/app/schedules/schedule-commands.ts';
import { compareWithBaseline } from '../src/app/schedules/baselines.ts';
import { PROJECT_PHASES } from '../src/contracts/project.schema.ts';
import { ORG_ROLES } from '../src/contracts/user.schema.ts';
import { ActionListQuery, DependencyListQuery, IssueListQuery, RiskListQuery } from '../src/contracts/raid.schema.ts';
import { allLogItems } from '../src/app/raid/raid-log.ts';
import { RAID_LOGS } from '../src/app/raid/raid-kinds.ts';
import { riskHistory } from '../src/app/raid/risk-views.ts';
import type { Action, Dependency, Issue, Risk } from '../src/contracts/raid.schema.ts';
import type { Meeting } from '../src/contracts/meeting.schema.ts';
import { stakeholderGrid } from '../src/app/stakeholders/stakeholder-grid.ts';
import { communicationPlan } from '../src/app/communications/communication-commands.ts';
import { meetingKind } from '../src/app/meetings/meetings.ts';
import { listNotifications } from '../src/app/notifications/notification-inbox.ts';
import { getProjectBudget } from '../src/app/finance/budget-queries.ts';
import { projectFinancials } from '../src/app/finance/financials.ts';
import { getProjectEvm } from '../src/app/evm/project-evm.ts';
import { listResources } from '../src/app/resources/resources.ts';
import { ResourceListQuery } from '../src/contracts/resource.schema.ts';
import { getMaturityAssessment, listMaturityAssessments } from '../src/app/maturity/maturity-queries.ts';
import { getPmoCharter } from '../src/app/pmo-charter/pmo-charter.ts';
import { getProjectClosureReport } from '../src/app/lessons/closure-commands.ts';
import { searchLessons } from '../src/app/lessons/lesson-search.ts';
import { lessonSuggestions } from '../src/app/lessons/lesson-suggestions.ts';
import { portfolioBenefits } from '../src/app/benefits/benefit-views.ts';
import { compareScenarios } from '../src/app/scenarios/scenario-comparison.ts';
import { listArticles } from '../src/app/knowledge/article-queries.ts';
import { getTrainingNeeds } from '../src/app/training/training-queries.ts';
import { listSupportRequests } from '../src/app/support/support-requests.ts';

describe.each(DIALECTS)('demo organisation on %s', (dialect) => {
  it('loads 3 portfolios, 4 programs, 15 projects in every phase and people in every role, once', { timeout: 60_000 }, async () => {
    const database = await freshDatabase(dialect);
    try {
      const ctx = { db: database.db, dialect, clock: systemClock, actor: systemActor };
      expect(await isRegisterEmpty(ctx)).toBe(true);
      const summary = await loadDemo(ctx);
      expect(summary.counts).toEqual({ users: 10, objectives: 5, portfolios: 3, programs: 4, projects: 15 });
      // The resource pool: people with and without accounts, roles, equipment, material; a part-timer and leave.
      const pool = await listResources(ctx, ResourceListQuery.parse({ limit: 200 }));
      const kinds = pool.items.map((r) => r.kind);
      expect([kinds.filter((k) => k === 'person').length, kinds.filter((k) => k === 'role').length]).toEqual([20, 6]);
      expect(new Set(kinds)).toEqual(new Set(['person', 'role', 'equipment', 'material', 'cost']));
      expect(pool.items.filter((r) => r.userId !== null).map((r) => r.name)).toContain('Mei Chen');
      const sqlExperts = (await listResources(ctx, ResourceListQuery.parse({ skill: 'SQL', minProficiency: '4', kind: 'person' }))).items.map((r) => r.name);
      expect(sqlExperts).toEqual(['Amara Nwosu', 'Kenji Sato', 'Lena Hoffmann']);
      // PMO maturity: a closed baseline and this month's assessment, which shows the change since it.
      const assessments = (await listMaturityAssessments(ctx)).items;
      expect(assessments.map((a) => [a.status, a.answered, a.respondents])).toEqual([['open', 2, 4], ['closed', 3, 3]]);
      const latest = await getMaturityAssessment(ctx, assessments[0]!.id);
      expect(latest.changes.find((c) => c.key === 'governance')!.change).toBeGreaterThan(0);
      expect(latest.improvementSteps.length).toBeGreaterThan(0);
      const charter = await getPmoCharter(ctx);
      expect([charter.portfolios.length, charter.services.length, charter.version]).toEqual([3, 4, 1]);
      // Closure and lessons: the completed telephony project's accepted report, eight lessons, found by search and suggested to a starting project.
      const closed = (await ctx.db.selectFrom('projects').select('id').where('name', '=', 'Contact Centre Telephony Upgrade').executeTakeFirstOrThrow()).id;
      const closure = await getProjectClosureReport(ctx, closed);
      expect(closure).toMatchObject({ status: 'accepted', frozen: true, figures: { scope: { approvedChanges: 1 }, risks: { identified: 2, happened: 1 } } });
      expect(closure.figures.schedule.baselineFinish).not.toBeNull();
      expect((await searchLessons(ctx, { limit: 50 })).total).toBe(8);
      expect((await searchLessons(ctx, { q: 'carrier lead times', limit: 5 })).items[0]!.title).toBe('Order carrier lines before the cut-over is planned');
      const tender = (await ctx.db.selectFrom('projects').select('id').where('name', '=', 'Transport Tender 2027').executeTakeFirstOrThrow()).id;
      expect((await lessonSuggestions(ctx, tender)).items.length).toBeGreaterThan(0);
      // Knowledge base: five published articles and a draft, one review overdue, one article revised.
      const kb = await listArticles(ctx, {});
      expect(kb.items.map((a) => a.status).sort()).toEqual(['draft', 'published', 'published', 'published', 'published', 'published']);
      expect(kb.items.filter((a) => a.reviewState === 'overdue').map((a) => a.title)).toEqual(['Project charter template']);
      expect(kb.items.find((a) => a.title === 'Schedule baseline standard')!.version).toBe(2);
      // Training: Marcus's PMP runs out within 90 days; Jonas and Mei manage high-risk projects uncertified.
      const needs = (await getTrainingNeeds(ctx)).items;
      expect(needs.filter((n) => n.kind === 'certification_expiring').map((n) => n.person.name)).toEqual(['Marcus Lee']);
      expect(needs.filter((n) => n.kind === 'high_risk_uncertified').map((n) => n.person.name)).toEqual(['Jonas Weber', 'Mei Chen']);
      // Support desk: one closed within its levels; a consulting request taken up late; a reporting one overdue.
      const desk = await listSupportRequests(ctx, {});
      expect(desk.items.map((r) => [r.category, r.status, r.firstResponse.breached, r.breached])).toEqual([
        ['tool_help', 'closed', false, false], ['consulting', 'in_progress', true, true], ['reporting', 'new', true, true],
      ]);
      expect(desk).toMatchObject({ open: 2, breached: 2 });
      const leave = await ctx.db.selectFrom('resourceCalendars').select('definitionJson').execute();
      expect(leave.map((c) => JSON.parse(c.definitionJson).exceptions.length).sort()).toEqual([0, 1, 1]);
      // Staffing: the flagship projects' tasks carry the pool, Lena Hoffmann builds two projects at once, one request waits for the PMO.
      const staffed = await ctx.db.selectFrom('taskAssignments as a').innerJoin('resources as r', 'r.id', 'a.resourceId').innerJoin('scheduleTasks as t', 't.id', 'a.taskId').select(['r.name', 'a.projectId', 'a.units', 't.start', 't.finish']).execute();
      expect(new Set(staffed.map((a) => a.projectId)).size).toBe(4);
      const lena = staffed.filter((a) => a.name === 'Lena Hoffmann');
      expect(lena.reduce((sum, a) => sum + Number(a.units), 0)).toBe(150);
      expect(lena[0]!.start! < lena[1]!.finish! && lena[1]!.start! < lena[0]!.finish!).toBe(true);
      expect((await ctx.db.selectFrom('resourceRequests').select(['status', 'skill']).execute()).map((r) => [r.status, r.skill])).toEqual([['open', 'Spark']]);
      expect(new Set(summary.people.map((p) => p.orgRole))).toEqual(new Set(ORG_ROLES));
      // Benefits: the closed telephony upgrade still measured, every status somewhere, an overdue survey.
      const digital = (await ctx.db.selectFrom('portfolios').select('id').where('name', '=', 'Digital Transformation').executeTakeFirstOrThrow()).id;
      const benefits = await portfolioBenefits(ctx, digital);
      expect(benefits.total).toMatchObject({ benefits: 4, byStatus: { realised: 1, at_risk: 1, on_track: 2, not_realised: 0 }, overdueMeasurements: 1, plannedMinor: 12_000_000 + 120_000_000, realisedMinor: 6_000_000 });
      expect(benefits.overdue.map((o) => o.title)).toEqual(['Happier customers']);
      const scenario = await ctx.db.selectFrom('scenarios').selectAll().executeTakeFirstOrThrow();
      const compared = await compareScenarios(ctx, scenario.portfolioId, { scenarioIds: [scenario.id], quarters: 4, model: 'default' });
      expect(compared.columns.map((c) => c.projects.length)).toEqual([compared.columns[0]!.projects.length, compared.columns[0]!.projects.length + 1]);
      const projects = (await listProjects(ctx, { limit: 200, sort: 'code' })).items;
      expect(projects).toHaveLength(15);
      expect(new Set(projects.map((p) => p.phase))).toEqual(new Set(PROJECT_PHASES));
      for (const p of projects) {
        expect(p.objectiveIds.length).toBeGreaterThan(0);
        expect(p.plannedStart! <= p.plannedFinish!).toBe(true);
        expect(p.budget?.currency).toBe('EUR');
      }
      // Six projects have a plan: a WBS with milestones and links, baseline 0, progress to today and a slip.
      const planned = await ctx.db.selectFrom('projectSchedules').select('projectId').execute();
      expect(planned).toHaveLength(6);
      const crm = projects.find((p) => p.name === 'CRM Replacement')!;
      const plan = await getSchedule(ctx, crm.id);
      expect(plan.tasks.filter((t) => t.summary).map((t) => t.name)).toEqual(['Initiate', 'Plan', 'Execute', 'Close']);
      expect(plan.tasks.some((t) => t.milestone && t.name === 'Go-live')).toBe(true);
      expect(plan.tasks.some((t) => t.percentComplete === 100)).toBe(true);
      expect(plan.criticalPath.length).toBeGreaterThan(0);
      const variance = await compareWithBaseline(ctx, crm.id, 0);
      expect(variance.tasks.some((t) => (t.finishVarianceMinutes ?? 0) > 0)).toBe(true);

      // RAID logs: every active project has a log; risks across the heat map, one that happened and
      // its issue, history of a re-rating, an overdue action, a dependency the provider's slip threatens.
      const risks: Risk[] = await allLogItems(RAID_LOGS.risks, ctx, RiskListQuery.parse({}), 1000);
      for (const p of projects.filter((x) => x.status === 'active')) {
        expect(risks.filter((r) => r.projectId === p.id).length, p.name).toBeGreaterThanOrEqual(3);
      }
      expect(new Set(risks.filter((r) => r.status === 'open').map((r) => r.band)).size).toBeGreaterThanOrEqual(3);
      expect(risks.some((r) => r.status === 'closed')).toBe(true);
      const issues: Issue[] = await allLogItems(RAID_LOGS.issues, ctx, IssueListQuery.parse({}), 1000);
      const raised = issues.find((i) => i.riskId !== null)!;
      expect(risks.find((r) => r.id === raised.riskId)?.status).toBe('occurred');
      expect(issues.some((i) => i.overdue) && issues.some((i) => i.status === 'resolved' && i.resolution !== '')).toBe(true);
      const histories = await Promise.all(risks.map((r) => riskHistory(ctx, r.id)));
      expect(histories.some((h) => h.items.length >= 2 && new Set(h.items.map((i) => i.score)).size > 1)).toBe(true);
      const actions: Action[] = await allLogItems(RAID_LOGS.actions, ctx, ActionListQuery.parse({}), 1000);
      expect(actions.some((a) => a.overdue) && actions.some((a) => a.status === 'done') && actions.some((a) => a.sourceType === 'risk')).toBe(true);
      const dependencies: Dependency[] = await allLogItems(RAID_LOGS.dependencies, ctx, DependencyListQuery.parse({}), 1000);
      const threatened = dependencies.find((d) => d.threatened)!;
      expect(threatened.providerTaskName).toBe('Go-live');
      expect(threatened.slipDays).toBeGreaterThan(0);
      expect(dependencies.some((d) => !d.threatened)).toBe(true);

      // Governance: the PMO's approval queue holds the two gates the demo waits at.
      const priya = await ctx.db.selectFrom('users').select(['id', 'name']).where('email', '=', 'priya.shah@example.com').executeTakeFirstOrThrow();
      const queue = (await listGateReviews({ ...ctx, actor: { userId: priya.id, name: priya.name, orgRole: 'pmo', via: 'session' } }, GateReviewListQuery.parse({ awaitingMe: 'true' }))).items;
      expect(queue.map((r) => [r.projectName, r.gate.key])).toEqual([['Customer Self-Service Portal', 'approval_to_execute'], ['Enterprise BI Rollout', 'approval_to_plan']]);
      expect(queue[0]!.readiness.items.some((i) => i.state === 'ok') && !queue[0]!.readiness.canGo).toBe(true);
      const governance = await getProjectGovernance(ctx, crm.id);
      expect(governance.phases.map((p) => p.state)).toEqual(['done', 'done', 'current', 'next']);
      expect(governance.deliverables.filter((d) => d.status === 'approved').length).toBeGreaterThanOrEqual(8);

      // Change control and quality assurance: an applied change (baseline 1), one waiting for the board, one rejected, and the closed telephony project's approved scope change; a completed health check with an overdue finding.
      const changes = await allLogItems(changeRequestKind, ctx, { sort: 'code' } as never, 100);
      expect(changes.map((c) => c.status).sort()).toEqual(['applied', 'approved', 'rejected', 'submitted']);
      expect(changes.find((c) => c.status === 'applied')!.applied!.baselineNumber).toBe(1);
      const reviews = (await listQualityReviews(ctx, QualityReviewListQuery.parse({}))).items;
      const health = reviews.find((r) => r.status === 'completed')!;
      expect([health.rag, health.findings.total, health.findings.overdue]).toEqual(['amber', 2, 1]);

      // Status reports: last month accepted (the CRM's schedule colour overridden with a reason), this month's drafts, two projects not reported.
      const reports = (await listStatusReports(ctx, StatusReportListQuery.parse({ limit: 200 }))).items.flatMap((r) => (r.report ? [r.report] : []));
      expect(reports.filter((r) => r.status === 'reviewed').length).toBeGreaterThanOrEqual(5);
      expect(reports.some((r) => r.status === 'draft')).toBe(true);
      const due = (await listStatusReports(ctx, StatusReportListQuery.parse({ due: 'true', limit: 200 }))).items.map((r) => r.project.name);
      expect(due).toEqual(expect.arrayContaining(['Customer Self-Service Portal', 'Demand Planning Tool']));

      // Engagement: the CRM's stakeholders across the grid, a plan with a report Orrery sends and an overdue item, a held steering committee with its captures.
      const grid = await stakeholderGrid(ctx, crm.id);
      expect([grid.total, grid.belowDesired]).toEqual([5, 4]);
      expect(grid.quadrants.filter((q) => q.stakeholders.length > 0).length).toBeGreaterThanOrEqual(3);
      const plan2 = await communicationPlan(ctx, crm.id);
      expect(plan2.items.some((i) => i.report?.format === 'pdf' && i.channel === 'email')).toBe(true);
      expect(plan2.counts.overdue).toBe(1);
      const meetings: Meeting[] = await allLogItems(meetingKind, ctx, { projectId: crm.id, sort: 'code' } as never, 10);
      expect(meetings.map((m) => [m.status, m.capturedCount])).toEqual([['held', { decisions: 1, actions: 1 }]]);

      // Notifications: the PMO hears of the gates and reports waiting for it.
      const inbox = await listNotifications({ ...ctx, actor: { userId: priya.id, name: priya.name, orgRole: 'pmo', via: 'session' } }, { limit: 200 });
      expect(new Set(inbox.items.map((n) => n.kind))).toContain('approval_waiting');

      // Money: every active project's approved budget is its register budget (the lakehouse's grew by its applied change);
      // the CRM drew on contingency without changing its total, spent beyond plan on finished work and still has an order open;
      // the Germany launch waits for the PMO with a change.
      for (const p of projects.filter((x) => x.status === 'active')) {
        const budget = await getProjectBudget(ctx, p.id);
        expect(budget.currentMinor, p.name).toBe(p.budget!.amountMinor);
        expect(budget.revisions[0]).toMatchObject({ kind: 'original', status: 'approved', decidedBy: { name: 'Priya Shah' } });
      }
      const crmBudget = await getProjectBudget(ctx, crm.id);
      expect(crmBudget.revisions.map((r) => [r.kind, r.status, r.netMinor])).toEqual([['original', 'approved', 240_000_000], ['reserve_draw', 'approved', 0]]);
      expect([crmBudget.approvedMinor, crmBudget.currentMinor, crmBudget.reserve.drawnMinor]).toEqual([240_000_000, 240_000_000, 6_500_000]);
      const lakeBudget = await getProjectBudget(ctx, projects.find((p) => p.name === 'Data Lakehouse Foundation')!.id);
      expect(lakeBudget.revisions[1]).toMatchObject({ kind: 'change', netMinor: 4_800_000, changeRequest: { status: 'applied' }, decidedBy: { name: 'David Okafor' } });
      expect(lakeBudget.currentMinor! - lakeBudget.approvedMinor!).toBe(4_800_000);
      expect((await getProjectBudget(ctx, projects.find((p) => p.name === 'Germany Market Launch')!.id)).pendingMinor).toBe(6_000_000);
      const money = await projectFinancials(ctx, crm.id, {});
      expect(money.actual.invoicesMinor).toBeGreaterThan(0);
      expect(money.committed.openMinor).toBeGreaterThan(0);
      expect(money.forecast.atCompletionMinor).toBeGreaterThan(money.actual.totalMinor);
      expect(money.categories.find((c) => c.category === 'labour')!.actualMinor).toBeGreaterThan(0);
      // The CRM's progress was entered fortnightly since its start: its S-curve has an earned-value history that only grows.
      const evm = await getProjectEvm(ctx, crm.id, { period: 'week', eac: 'cpi' }, 'EUR');
      const earned = evm.curve.map((p) => p.ev).filter((ev): ev is number => ev !== null);
      expect(new Set(earned).size).toBeGreaterThan(4);
      expect(earned).toEqual([...earned].sort((a, b) => a - b));
      expect(earned.at(-1)).toBe(evm.amounts.ev);
      expect(evm.curve.some((p) => p.cpi !== null && p.forecast === null)).toBe(true);

      expect(await isRegisterEmpty(ctx)).toBe(false);
      await expect(loadDemo(ctx)).rejects.toThrow(/already holds projects/);
    } finally {
      await database.destroy();
    }
  });
});
