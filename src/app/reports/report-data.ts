// The figures of the reports that leave Orrery (executive portfolio report, project status report),
// gathered once here so the PDF, PowerPoint and Excel writers show the same truth. A portfolio may
// hold hundreds of projects, so each kind of fact is one query over the projects in scope (a
// subquery, never a list of ids): the projects with their people, the latest submitted report of
// each, the milestones still to reach with the baseline they are judged by, the open risks — nine
// queries whatever the size. Colours come from the frozen reports (what was reported, with the
// manager's overrides); milestones and risks are read live, as of today.
import { PmoKpiQuery } from '../../contracts/pmo-kpis.schema.ts';
import type { ProjectReportData, PortfolioReportData, ProjectLine, RagBucket, ReportRisk } from '../../io/reports/report-model.ts';
import { effectiveRag } from '../../core/status/assess-status.ts';
import { SUBMITTED_STATUSES } from '../../core/status/report-lifecycle.ts';
import { periodOf, type Cadence } from '../../core/status/reporting-period.ts';
import { DIMENSIONS } from '../../core/status/status-types.ts';
import { bandOf, riskScore } from '../../core/risk/risk-matrix.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { canReadAllProjects } from '../access/policy.ts';
import { listStored } from '../governance/methodology-library.ts';
import type { ProjectScope } from '../policies/compliance-facts.ts';
import { getPmoPerformance } from '../pmo-kpis/pmo-performance.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { visibleProjects } from '../projects/project-queries.ts';
import { todayOf } from '../raid/raid-log.ts';
import { loadRiskMatrix } from '../settings/risk-matrix-setting.ts';
import { loadStatusThresholds } from '../settings/status-thresholds-setting.ts';
import { toStatusReport, overridesOf, snapshotOf } from '../status/report-store.ts';

/** Projects still in play: what an executive report is about. */
const REPORTED_STATUSES = ['active', 'on_hold', 'proposed'];
const MILESTONES_SHOWN = 3;
const RISKS_SHOWN = 3;
const PORTFOLIO_RISKS = 10;

export interface PortfolioReportQuery {
  readonly portfolioId?: string | undefined;
  readonly programId?: string | undefined;
  /** YYYY-MM-DD; default today. */
  readonly asOf?: string | undefined;
}

function groupBy<R extends { projectId: string }>(rows: ReadonlyArray<R>): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const r of rows) groups.set(r.projectId, [...(groups.get(r.projectId) ?? []), r]);
  return groups;
}

/** One line per project in scope, by code, with its latest report (≤ asOf), milestones and risks. */
async function projectLines(ctx: AppContext, scope: ProjectScope, asOf: string): Promise<{ lines: ProjectLine[]; risks: ReportRisk[] }> {
  const { db } = ctx;
  const ids = scope.select('p.id');
  const thresholds = await loadStatusThresholds(db);
  const [projects, methodologies, reports, milestones, baselines, risks, { matrix }] = await Promise.all([
    scope
      .leftJoin('users as mu', 'mu.id', 'p.managerId')
      .leftJoin('users as su', 'su.id', 'p.sponsorId')
      .leftJoin('projectReporting as pr', 'pr.projectId', 'p.id')
      .select(['p.id', 'p.code', 'p.name', 'p.phase', 'p.status', 'p.methodologyKey', 'p.budgetAmountMinor', 'p.budgetCurrency', 'mu.name as managerName', 'su.name as sponsorName', 'pr.cadence'])
      .orderBy('p.code')
      .execute(),
    listStored(db),
    db
      .selectFrom('statusReports as r')
      .select(['r.projectId', 'r.code', 'r.periodStart', 'r.periodEnd', 'r.status', 'r.summary', 'r.submittedAt', 'r.snapshotJson', 'r.overridesJson'])
      .where('r.projectId', 'in', ids)
      .where('r.status', 'in', [...SUBMITTED_STATUSES])
      .where('r.periodStart', '<=', asOf)
      .where(({ eb, selectFrom }) =>
        eb('r.periodEnd', '=', selectFrom('statusReports as r2').select((x) => x.fn.max('r2.periodEnd').as('latest')).whereRef('r2.projectId', '=', 'r.projectId').where('r2.status', 'in', [...SUBMITTED_STATUSES]).where('r2.periodStart', '<=', asOf)),
      )
      .execute(),
    db
      .selectFrom('scheduleTasks')
      .select(['id', 'projectId', 'name', 'finish'])
      .where('projectId', 'in', ids)
      .where('milestone', '=', 1)
      .where('active', '=', 1)
      .where('actualFinish', 'is', null)
      .where('percentComplete', '<', 100)
      .orderBy('position')
      .execute(),
    db.selectFrom('scheduleBaselines').select(['projectId', 'tasksJson']).where('projectId', 'in', ids).where('number', '=', thresholds.schedule.baselineNumber).execute(),
    db.selectFrom('risks').select(['projectId', 'code', 'title', 'probability', 'impact']).where('projectId', 'in', ids).where('status', '=', 'open').execute(),
    loadRiskMatrix(db),
  ]);
  const phaseName = new Map(methodologies.flatMap((m) => m.methodology.phases.map((ph) => [`${m.methodology.key}/${ph.key}`, ph.name] as const)));
  const reportOf = new Map(reports.map((r) => [r.projectId, r]));
  // Soonest first, unscheduled last (the dialects order NULLs differently, so sort here).
  const milestonesOf = groupBy([...milestones].sort((a, b) => (a.finish ?? '~').localeCompare(b.finish ?? '~')));
  const baselineFinish = new Map<string, string | null>();
  for (const b of baselines) for (const t of JSON.parse(b.tasksJson) as Array<{ taskId: string; finish: string | null }>) baselineFinish.set(t.taskId, t.finish);
  const codeOf = new Map(projects.map((p) => [p.id, p.code]));
  const ranked = risks
    .map((r) => ({ projectId: r.projectId, projectCode: codeOf.get(r.projectId) ?? '', code: r.code, title: r.title, score: riskScore(r), band: bandOf(matrix, riskScore(r)).label }))
    .sort((a, b) => b.score - a.score || a.projectCode.localeCompare(b.projectCode) || a.code.localeCompare(b.code, undefined, { numeric: true }));
  const risksOf = groupBy(ranked);
  const lines = projects.map((p): ProjectLine => {
    const row = reportOf.get(p.id);
    const snapshot = row ? snapshotOf(row) : null;
    const rag = row && snapshot ? effectiveRag(snapshot.rag, overridesOf(row)) : null;
    const currentPeriod = periodOf((p.cadence ?? 'monthly') as Cadence, asOf);
    return {
      id: p.id,
      code: p.code,
      name: p.name,
      managerName: p.managerName,
      sponsorName: p.sponsorName,
      phaseName: phaseName.get(`${p.methodologyKey}/${p.phase}`) ?? p.phase,
      status: p.status,
      budget: p.budgetAmountMinor === null || p.budgetCurrency === null ? null : { amountMinor: Number(p.budgetAmountMinor), currency: p.budgetCurrency },
      report:
        row && rag
          ? {
              code: row.code,
              periodStart: row.periodStart,
              periodEnd: row.periodEnd,
              status: row.status,
              overall: rag.overall.effective,
              dimensions: DIMENSIONS.map((key, i) => ({ key, colour: rag.dimensions[i]!.effective })),
              summary: row.summary,
              submittedAt: row.submittedAt,
            }
          : null,
      currentPeriod,
      reportedThisPeriod: row !== undefined && row.periodEnd >= currentPeriod.start,
      milestones: (milestonesOf.get(p.id) ?? []).slice(0, MILESTONES_SHOWN).map((m) => ({ name: m.name, baselineFinish: baselineFinish.get(m.id) ?? null, forecastFinish: m.finish })),
      risks: (risksOf.get(p.id) ?? []).slice(0, RISKS_SHOWN).map(({ projectId: _p, ...r }) => r),
    };
  });
  return { lines, risks: ranked.map(({ projectId: _p, ...r }) => r) };
}

/** What the report covers, in words; an unknown portfolio or program is refused. */
async function scopeName(ctx: AppContext, query: PortfolioReportQuery): Promise<string> {
  const parts: string[] = [];
  for (const [table, key, label] of [['portfolios', 'portfolioId', 'Portfolio'], ['programs', 'programId', 'Program']] as const) {
    const id = query[key];
    if (id === undefined) continue;
    const row = await ctx.db.selectFrom(table).select(['code', 'name']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('invalid_reference', `There is no ${label.toLowerCase()} ${id}. Leave ${key} out for every project you can see, or pick one from GET /api/v1/${table}.`, { errors: [{ path: key, message: `no such ${label.toLowerCase()}` }] });
    parts.push(`${label} ${row.code} ${row.name}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'All portfolios';
}

/** The executive portfolio report: every project in play the reader may see, in scope. */
export async function portfolioReportData(ctx: AppContext, query: PortfolioReportQuery): Promise<PortfolioReportData> {
  const asOf = query.asOf ?? todayOf(ctx);
  const scope = await scopeName(ctx, query);
  let projects = visibleProjects(ctx, {}).where('p.status', 'in', REPORTED_STATUSES);
  if (query.portfolioId) projects = projects.where('p.portfolioId', '=', query.portfolioId);
  if (query.programId) projects = projects.where('p.programId', '=', query.programId);
  const { lines, risks } = await projectLines(ctx, projects, asOf);
  const byRag = Object.fromEntries((['red', 'amber', 'green', 'grey', 'none'] as const).map((c) => [c, 0])) as Record<RagBucket, number>;
  const byPhase = new Map<string, number>();
  for (const l of lines) {
    byRag[l.report?.overall ?? 'none'] += 1;
    byPhase.set(l.phaseName, (byPhase.get(l.phaseName) ?? 0) + 1);
  }
  return {
    scope,
    asOf,
    projects: lines,
    totals: { byRag, byPhase: [...byPhase].map(([phase, count]) => ({ phase, count })) },
    topRisks: risks.slice(0, PORTFOLIO_RISKS),
    notReported: lines.filter((l) => l.status === 'active' && !l.reportedThisPeriod).map((l) => ({ code: l.code, name: l.name, periodStart: l.currentPeriod.start, periodEnd: l.currentPeriod.end })),
    pmoKpis: canReadAllProjects(ctx.actor) ? await getPmoPerformance(ctx, PmoKpiQuery.parse({ ...(query.portfolioId && { portfolioId: query.portfolioId }) })) : null,
  };
}

/** One project's status report: its line as in the portfolio report and its latest submitted report in full. */
export async function projectReportData(ctx: AppContext, projectId: string, asOf: string = todayOf(ctx)): Promise<ProjectReportData> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const { lines } = await projectLines(ctx, ctx.db.selectFrom('projects as p').where('p.id', '=', projectId), asOf);
  const row = await ctx.db
    .selectFrom('statusReports')
    .selectAll()
    .where('projectId', '=', projectId)
    .where('status', 'in', [...SUBMITTED_STATUSES])
    .where('periodStart', '<=', asOf)
    .orderBy('periodEnd', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { asOf, project: lines[0]!, report: row ? await toStatusReport(ctx, ctx.db, row, project) : null };
}
