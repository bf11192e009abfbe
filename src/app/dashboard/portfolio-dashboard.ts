// The portfolio dashboard and the program view: the projects a reader may see (filtered by
// portfolio, program, sponsor, manager, tag or objective) summed up by phase, status and RAG, the
// milestones due and slipped, the top risks, escalated issues, budgets (per currency and in the
// base currency) with earned value's CPI and SPI per project, who has not reported, the
// objectives served and compliance, each with the rows behind it. A constant number of queries
// (dashboard-loads.ts, the policies' facts, the report seam) whatever the number of projects.
import type { DashboardProject, DashboardQuery, PortfolioDashboard, ProgramDashboard } from '../../contracts/dashboard.schema.ts';
import { bandOf, riskScore } from '../../core/risk/risk-matrix.ts';
import { addDays, watchMilestones, type Watched } from '../../core/portfolio/milestone-watch.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { listStored } from '../governance/methodology-library.ts';
import type { ProjectScope } from '../policies/compliance-facts.ts';
import { evaluateScope } from '../policies/compliance.ts';
import { filterProjects, visibleProjects } from '../projects/project-queries.ts';
import { todayOf } from '../raid/raid-log.ts';
import { loadRiskMatrix } from '../settings/risk-matrix-setting.ts';
import { costForecasts } from '../evm/cost-forecasts.ts';
import { rollUpCurrency } from '../evm/project-evm.ts';
import { currencyConverter } from '../rates/exchange-rates.ts';
import { budgetBlock, complianceBlock, objectiveBlock, phaseBlock, phaseNamer, ragBuckets, statusBlock } from './dashboard-blocks.ts';
import { loadEscalatedIssues, loadItemCounts, loadMilestones, loadObjectives, loadScopeProjects, loadTopRisks, type MilestoneRow } from './dashboard-loads.ts';
import { loadReportFacts, reportFactOf } from './report-facts.ts';

/** Days ahead (due) and either side of today (slipped) the milestone lists cover. */
export const MILESTONE_WINDOW_DAYS = 30;
const TOP_RISKS = 10;

const milestoneApi = (m: Watched<MilestoneRow>) => ({
  taskId: m.taskId,
  name: m.name,
  projectId: m.projectId,
  projectCode: m.projectCode,
  projectName: m.projectName,
  forecastFinish: m.forecastFinish,
  baselineFinish: m.baselineFinish,
  actualFinish: m.actualFinish,
  varianceDays: m.varianceDays,
  lateness: m.lateness,
});

/** The dashboard of the projects in scope, as of today. */
export async function dashboardOf(ctx: AppContext, scope: ProjectScope): Promise<PortfolioDashboard> {
  const db = ctx.db;
  const today = todayOf(ctx);
  const { matrix } = await loadRiskMatrix(db);
  const criticalScore = matrix.bands[matrix.bands.length - 1]!.minScore;
  const [projects, methodologies, milestones, counts, topRisks, escalated, objectives, compliance, reports] = await Promise.all([
    loadScopeProjects(scope),
    listStored(db),
    loadMilestones(db, scope, addDays(today, -MILESTONE_WINDOW_DAYS)),
    loadItemCounts(scope, criticalScore, today),
    loadTopRisks(scope, TOP_RISKS),
    loadEscalatedIssues(scope),
    loadObjectives(db, scope),
    evaluateScope(db, scope, today),
    loadReportFacts(db, scope, today),
  ]);
  const fx = await currencyConverter(db);
  const evm = await costForecasts(db, projects.map((p) => ({ id: p.id, code: p.code, currency: rollUpCurrency(p, fx.baseCurrency) })), today);
  const forecasts = new Map([...evm].map(([id, f]) => [id, f.eac]));
  const toBase = { currency: fx.baseCurrency, convert: (minor: number, from: string) => fx.convert(minor, from, fx.baseCurrency, today) };
  const nameOf = phaseNamer(methodologies);
  const watch = watchMilestones(milestones, today, MILESTONE_WINDOW_DAYS);
  const stateOf = new Map(compliance.evaluated.map((e) => [e.facts.project.id, e.compliance.state]));
  const factOf = (p: { id: string; status: string }) => reportFactOf(reports, p);
  const rows = projects.map((p): DashboardProject => {
    const fact = factOf(p);
    const next = watch.nextByProject.get(p.id);
    const count = counts.get(p.id);
    return {
      id: p.id,
      code: p.code,
      name: p.name,
      portfolioId: p.portfolioId,
      programId: p.programId,
      managerId: p.managerId,
      managerName: p.managerName ?? null,
      sponsorId: p.sponsorId,
      methodologyKey: p.methodologyKey,
      phase: { key: p.phase, name: nameOf(p.methodologyKey, p.phase).name },
      status: p.status,
      priority: p.priority,
      rag: fact.latest?.overall ?? null,
      lastReport: fact.latest && { periodEnd: fact.latest.periodEnd, submittedAt: fact.latest.submittedAt, dimensions: { ...fact.latest.dimensions } },
      notReported: fact.notReported,
      nextMilestone: next ? { taskId: next.taskId, name: next.name, forecastFinish: next.forecastFinish, baselineFinish: next.baselineFinish, varianceDays: next.varianceDays, lateness: next.lateness } : null,
      openRisks: count?.openRisks ?? 0,
      openCriticalRisks: count?.openCriticalRisks ?? 0,
      overdueActions: count?.overdueActions ?? 0,
      budget: p.budgetAmountMinor !== null && p.budgetCurrency !== null ? { amountMinor: Number(p.budgetAmountMinor), currency: p.budgetCurrency } : null,
      cpi: evm.get(p.id)?.cpi ?? null,
      spi: evm.get(p.id)?.spi ?? null,
      compliance: stateOf.get(p.id) ?? 'compliant',
    };
  });
  const notReported = projects.filter((p) => factOf(p).notReported).map((p) => ({ id: p.id, code: p.code }));
  return {
    asOf: today,
    projectCount: projects.length,
    projects: rows,
    byPhase: phaseBlock(projects, nameOf),
    byStatus: statusBlock(projects),
    byRag: { notAssessed: reports.unavailableReason, buckets: ragBuckets(projects, (p) => factOf(p).latest?.overall ?? null) },
    milestones: { dueFrom: watch.dueFrom, dueTo: watch.dueTo, slippedFrom: watch.slippedFrom, slippedTo: watch.slippedTo, due: watch.due.map(milestoneApi), slipped: watch.slipped.map(milestoneApi) },
    topRisks: {
      openRisks: rows.reduce((sum, r) => sum + r.openRisks, 0),
      items: topRisks.map((r) => ({ ...r, ownerName: r.ownerName ?? null, score: riskScore(r), band: bandOf(matrix, riskScore(r)).key })),
    },
    escalatedIssues: {
      count: escalated.length,
      items: escalated.map((i) => ({ ...i, ownerName: i.ownerName ?? null })) as PortfolioDashboard['escalatedIssues']['items'],
    },
    budget: budgetBlock(projects, forecasts, toBase),
    notReported: { notAssessed: reports.unavailableReason, count: notReported.length, projects: notReported },
    objectives: objectiveBlock(objectives),
    compliance: complianceBlock(compliance.evaluated.map((e) => ({ code: e.facts.project.code, compliance: e.compliance })), compliance.summary),
  };
}

export function getPortfolioDashboard(ctx: AppContext, query: DashboardQuery): Promise<PortfolioDashboard> {
  return dashboardOf(ctx, filterProjects(visibleProjects(ctx, {}), query));
}

/** A program's projects (those the reader may see) rolled up; any reader may see the program itself. */
export async function getProgramDashboard(ctx: AppContext, programId: string): Promise<ProgramDashboard> {
  const program = await ctx.db.selectFrom('programs').select(['id', 'code', 'name', 'portfolioId', 'managerId', 'archivedAt']).where('id', '=', programId).executeTakeFirst();
  if (!program) throw notFound('Program', programId);
  return { program, ...(await dashboardOf(ctx, filterProjects(visibleProjects(ctx, {}), { programId }))) };
}
