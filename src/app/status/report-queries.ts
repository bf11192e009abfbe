// Reading status reports: one report (live figures while open, frozen once submitted), a project's
// history newest first, the reports across every project the reader may see (by project,
// portfolio, status or period), and the due list: active projects whose report for the current
// period is not submitted, each with its draft if one is started.
import { sql } from 'kysely';
import type { StatusReport, StatusReportListQuery, StatusReportPage } from '../../contracts/status-report.schema.ts';
import type { z } from 'zod';
import { SUBMITTED_STATUSES } from '../../core/status/report-lifecycle.ts';
import { periodOf, type Cadence } from '../../core/status/reporting-period.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { visibleProjects } from '../projects/project-queries.ts';
import { todayOf } from '../raid/raid-log.ts';
import { afterCursor, decodeCursor, toPage } from '../shared/pagination.ts';
import { loadCadence } from './reporting-cadence.ts';
import { listItem, loadVisibleReport, toStatusReport } from './report-store.ts';

type Page = z.infer<typeof StatusReportPage>;

export async function getStatusReport(ctx: AppContext, id: string): Promise<StatusReport> {
  const { report, project } = await loadVisibleReport(ctx, ctx.db, id);
  return toStatusReport(ctx, ctx.db, report, project);
}

/** A project's reports, the latest period first. */
export async function listProjectStatusReports(ctx: AppContext, projectId: string, query: { limit: number; cursor?: string | undefined }): Promise<Page> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const cursor = decodeCursor(query.cursor);
  const { cadence } = await loadCadence(ctx.db, projectId);
  let q = ctx.db.selectFrom('statusReports as r').selectAll('r').where('r.projectId', '=', projectId);
  if (cursor) q = q.where(afterCursor(sql.ref('r.period_start'), sql.ref('r.id'), true, cursor));
  const rows = await q.orderBy('r.periodStart', 'desc').orderBy('r.id', 'desc').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, (r) => r.periodStart, (r) => listItem({ ...project, cadence }, { start: r.periodStart, end: r.periodEnd }, r));
}

export async function listStatusReports(ctx: AppContext, query: StatusReportListQuery): Promise<Page> {
  if (query.due) return listDue(ctx, query);
  const cursor = decodeCursor(query.cursor);
  let q = ctx.db
    .selectFrom('statusReports as r')
    .innerJoin('projects as pj', 'pj.id', 'r.projectId')
    .leftJoin('projectReporting as pr', 'pr.projectId', 'r.projectId')
    .selectAll('r')
    .select(['pj.code as projectCode', 'pj.name as projectName', 'pj.portfolioId', 'pr.cadence'])
    .where('r.projectId', 'in', visibleProjects(ctx, { includeArchived: true }).select('p.id'));
  if (query.projectId) q = q.where('r.projectId', '=', query.projectId);
  else q = q.where('pj.archivedAt', 'is', null);
  if (query.portfolioId) q = q.where('pj.portfolioId', '=', query.portfolioId);
  if (query.status) q = q.where('r.status', '=', query.status);
  if (query.periodEnd) q = q.where('r.periodEnd', '=', query.periodEnd);
  if (cursor) q = q.where(afterCursor(sql.ref('r.period_end'), sql.ref('r.id'), true, cursor));
  const rows = await q.orderBy('r.periodEnd', 'desc').orderBy('r.id', 'desc').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, (r) => r.periodEnd, (r) => listItem({ id: r.projectId, code: r.projectCode, name: r.projectName, portfolioId: r.portfolioId, cadence: r.cadence }, { start: r.periodStart, end: r.periodEnd }, r));
}

/** Active projects with no submitted report covering today, by project code. */
async function listDue(ctx: AppContext, query: StatusReportListQuery): Promise<Page> {
  const clash = (['status', 'periodEnd'] as const).filter((k) => query[k] !== undefined);
  if (clash.length > 0) {
    throw new AppError('validation_failed', `due=true lists the current period of each project, so it does not combine with ${clash.join(' or ')}: drop ${clash.length === 1 ? 'it' : 'them'}, or drop due.`, { errors: clash.map((k) => ({ path: k, message: 'not with due=true' })) });
  }
  const today = todayOf(ctx);
  const cursor = decodeCursor(query.cursor);
  let q = visibleProjects(ctx, {})
    .leftJoin('projectReporting as pr', 'pr.projectId', 'p.id')
    .select(['p.id', 'p.code', 'p.name', 'p.portfolioId', 'pr.cadence'])
    .where('p.status', '=', 'active')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('statusReports as r').select('r.id').whereRef('r.projectId', '=', 'p.id').where('r.status', 'in', [...SUBMITTED_STATUSES]).where('r.periodStart', '<=', today).where('r.periodEnd', '>=', today))),
    );
  if (query.projectId) q = q.where('p.id', '=', query.projectId);
  if (query.portfolioId) q = q.where('p.portfolioId', '=', query.portfolioId);
  if (cursor) q = q.where(afterCursor(sql.ref('p.code'), sql.ref('p.id'), false, cursor));
  const projects = await q.orderBy('p.code').orderBy('p.id').limit(query.limit + 1).execute();
  const ids = projects.map((p) => p.id);
  const open = ids.length === 0 ? [] : await ctx.db.selectFrom('statusReports').selectAll().where('projectId', 'in', ids).where('periodStart', '<=', today).where('periodEnd', '>=', today).execute();
  const openOf = new Map(open.map((r) => [r.projectId, r]));
  return toPage(projects, query.limit, (p) => p.code, (p) => {
    const report = openOf.get(p.id) ?? null;
    return listItem(p, report ? { start: report.periodStart, end: report.periodEnd } : periodOf((p.cadence ?? 'monthly') as Cadence, today), report);
  });
}
