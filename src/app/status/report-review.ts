// The PMO's review of a submitted status report: accepted, the report is final; sent back, it is
// open again for its manager with the PMO's comment saying what to change (its frozen figures are
// dropped, and read anew when it is submitted again). A report is reviewed by the PMO or an
// administrator, never by its project's manager as such. An accepted report is queued for e-mail
// to its project's status-report audience (communication plan) when the server has mail.
import type { StatusReport, StatusReportReview } from '../../contracts/status-report.schema.ts';
import { nextReportStatus, type ReportStatus } from '../../core/status/report-lifecycle.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { inTransaction } from '../shared/transaction.ts';
import { queueStatusReportDistribution } from '../mail/mail-jobs.ts';
import { statusReportSentBack } from '../notifications/notification-events.ts';
import { loadForChange, save } from './report-commands.ts';
import { historyEntry, historyOf, loadVisibleReport } from './report-store.ts';

export function reviewStatusReport(ctx: AppContext, id: string, expectedVersion: number, body: StatusReportReview): Promise<StatusReport> {
  return inTransaction(ctx, async (trx) => {
    const { report: seen } = await loadVisibleReport(ctx, trx, id);
    requireRegisterEditor(ctx.actor, `review status report ${seen.code}`);
    const loaded = await loadForChange(ctx, trx, id, expectedVersion, 'review');
    const { report } = loaded;
    const step = nextReportStatus(report.status as ReportStatus, body.decision);
    if (!step.ok) throw new AppError('validation_failed', `Status report ${report.code}: ${step.message}`);
    const comment = body.comment.trim();
    if (body.decision === 'send_back' && comment === '') {
      throw new AppError('validation_failed', `Say what to change in status report ${report.code} (comment) when sending it back: its manager needs to know.`, { errors: [{ path: 'comment', message: 'required to send a report back' }] });
    }
    const now = nowIso(ctx.clock);
    const history = [...historyOf(report), historyEntry(ctx, body.decision, now, comment)];
    if (body.decision === 'accept' && ctx.mailEnabled) await queueStatusReportDistribution(trx, ctx.clock, report.id);
    if (step.status === 'sent_back') await statusReportSentBack(trx, ctx, report, loaded.project, comment);
    return save(
      ctx,
      trx,
      loaded,
      { status: step.status, reviewedAt: now, reviewedBy: ctx.actor.userId || null, reviewComment: comment, historyJson: JSON.stringify(history), ...(step.status === 'sent_back' && { snapshotJson: null }) },
      body.decision,
    );
  });
}
