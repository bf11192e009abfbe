// A project's reported history for charts: for each submitted report, oldest first, each
// dimension's colour (computed and as shown) and the key figures (slips, risks, actions, issues,
// CPI and SPI), all read from the frozen snapshots, so the trend shows what was reported at the
// time, not today's data.
import type { StatusTrend } from '../../contracts/status-report.schema.ts';
import { effectiveRag } from '../../core/status/assess-status.ts';
import { SUBMITTED_STATUSES, type ReportStatus } from '../../core/status/report-lifecycle.ts';
import type { AppContext } from '../context.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { loadCadence } from './reporting-cadence.ts';
import { overridesOf, snapshotOf } from './report-store.ts';

type Point = StatusTrend['points'][number];

export async function getStatusTrend(ctx: AppContext, projectId: string): Promise<StatusTrend> {
  await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const [{ cadence }, rows] = await Promise.all([
    loadCadence(ctx.db, projectId),
    ctx.db.selectFrom('statusReports').selectAll().where('projectId', '=', projectId).where('status', 'in', [...SUBMITTED_STATUSES]).orderBy('periodStart').execute(),
  ]);
  const points = rows.map((r): Point => {
    const { figures, rag } = snapshotOf(r)!;
    const shown = effectiveRag(rag, overridesOf(r));
    const slips = figures.schedule.milestones.filter((m) => !m.done && m.slipDays !== null).map((m) => m.slipDays!);
    return {
      reportId: r.id,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      status: r.status as ReportStatus,
      overall: { computed: shown.overall.computed, effective: shown.overall.effective },
      dimensions: Object.fromEntries(shown.dimensions.map((l) => [l.key, { computed: l.computed, effective: l.effective }])) as Point['dimensions'],
      finishSlipDays: figures.schedule.finishSlipDays,
      worstMilestoneSlipDays: slips.length > 0 ? Math.max(...slips) : null,
      openRisks: figures.risks.open,
      risksWithoutResponse: figures.risks.withoutResponse,
      overdueActions: figures.actions.overdue,
      openIssues: figures.issues.open,
      cpi: figures.cost.cpi ?? null,
      spi: figures.cost.spi ?? null,
    };
  });
  return { projectId, cadence, points };
}
