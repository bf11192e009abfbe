// A status report as the API shows it: the figures live while it is open (draft, sent back) and
// frozen once submitted, the computed colours with the manager's overrides beside them, the
// narrative and its history. Also who may see a report (whoever may read its project) and the
// light headline the lists show (colours only where they are frozen: a list never recomputes).
import type { Selectable } from 'kysely';
import type { StatusReport, StatusReportListItem } from '../../contracts/status-report.schema.ts';
import type { z } from 'zod';
import { effectiveRag, type Overrides } from '../../core/status/assess-status.ts';
import { isFrozen, isOpen, type ReportStatus } from '../../core/status/report-lifecycle.ts';
import type { Cadence } from '../../core/status/reporting-period.ts';
import { DIMENSIONS } from '../../core/status/status-types.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow, StatusReportsTable } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { canEditProject, canEditRegister, canReadProject } from '../access/policy.ts';
import { accessFacts, loadProjectRow } from '../projects/project-store.ts';
import { liveSnapshot, type StatusSnapshot } from './status-facts.ts';

export type ReportRow = Selectable<StatusReportsTable>;
export type HistoryEntry = StatusReport['history'][number];
type Headline = NonNullable<z.infer<typeof StatusReportListItem>['report']>;

export const overridesOf = (r: Pick<ReportRow, 'overridesJson'>): Overrides => JSON.parse(r.overridesJson) as Overrides;
export const historyOf = (r: Pick<ReportRow, 'historyJson'>): HistoryEntry[] => JSON.parse(r.historyJson) as HistoryEntry[];
export const snapshotOf = (r: Pick<ReportRow, 'snapshotJson'>): StatusSnapshot | null => (r.snapshotJson === null ? null : (JSON.parse(r.snapshotJson) as StatusSnapshot));
export const periodOfRow = (r: Pick<ReportRow, 'periodStart' | 'periodEnd'>) => ({ start: r.periodStart, end: r.periodEnd });

/** A step of the report's history, taken by the actor now. */
export const historyEntry = (ctx: AppContext, action: HistoryEntry['action'], at: string, comment = ''): HistoryEntry => ({ at, actorId: ctx.actor.userId || null, actorName: ctx.actor.name, action, comment });

/** A report the actor may see: one of a project they can read. */
export async function loadVisibleReport(ctx: AppContext, db: Db, id: string): Promise<{ report: ReportRow; project: ProjectRow }> {
  const report = await db.selectFrom('statusReports').selectAll().where('id', '=', id).executeTakeFirst();
  const project = report ? await loadProjectRow(db, report.projectId) : undefined;
  if (!report || !project || !canReadProject(ctx.actor, await accessFacts(db, ctx.actor, project))) throw notFound('Status report', id);
  return { report, project };
}

/** The report as the API shows it; an open report reads its figures now. */
export async function toStatusReport(ctx: AppContext, db: Db, row: ReportRow, project: ProjectRow): Promise<StatusReport> {
  const status = row.status as ReportStatus;
  const snapshot = snapshotOf(row) ?? (await liveSnapshot(db, ctx, project, periodOfRow(row)));
  const rag = effectiveRag(snapshot.rag, overridesOf(row));
  const editor = canEditProject(ctx.actor, await accessFacts(db, ctx.actor, project)) && project.archivedAt === null;
  return {
    id: row.id,
    code: row.code,
    projectId: project.id,
    projectCode: project.code,
    projectName: project.name,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    status,
    live: !isFrozen(status),
    rag: { overall: { ...rag.overall, reasons: [...rag.overall.reasons] }, dimensions: rag.dimensions.map((l) => ({ ...l, reasons: [...l.reasons] })) },
    figures: snapshot.figures,
    summary: row.summary,
    accomplishments: row.accomplishments,
    nextPeriod: row.nextPeriod,
    blockers: row.blockers,
    decisionsNeeded: row.decisionsNeeded,
    history: historyOf(row),
    submittedAt: row.submittedAt,
    submittedBy: row.submittedBy,
    reviewedAt: row.reviewedAt,
    reviewedBy: row.reviewedBy,
    reviewComment: row.reviewComment,
    canEdit: isOpen(status) && editor,
    canReview: status === 'submitted' && canEditRegister(ctx.actor),
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The headline a list shows: the colours as shown, where they are frozen. */
export function headlineOf(row: ReportRow): Headline {
  const snapshot = snapshotOf(row);
  const rag = snapshot && effectiveRag(snapshot.rag, overridesOf(row));
  return {
    id: row.id,
    code: row.code,
    status: row.status as ReportStatus,
    overall: rag?.overall.effective ?? null,
    dimensions: rag ? (Object.fromEntries(DIMENSIONS.map((d, i) => [d, rag.dimensions[i]!.effective])) as Headline['dimensions']) : null,
    submittedAt: row.submittedAt,
    reviewedAt: row.reviewedAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

export interface ListedProject {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly portfolioId: string;
  readonly cadence: string | null;
}

/** A list item: the project (its cadence, monthly when never set), the period and the report. */
export const listItem = (p: ListedProject, period: { start: string; end: string }, row: ReportRow | null): z.infer<typeof StatusReportListItem> => ({
  project: { id: p.id, code: p.code, name: p.name, portfolioId: p.portfolioId, cadence: (p.cadence ?? 'monthly') as Cadence },
  periodStart: period.start,
  periodEnd: period.end,
  report: row && headlineOf(row),
});
