// A status report sent to the audience of its project's communication-plan items of type
// "status report" (active ones), once the PMO accepts it: a plain-text and an HTML summary of the
// project, the period, the overall and dimension colours as shown, and the summary text. Each
// recipient gets their own message, so stakeholders outside Orrery never see each other's address.
import type { StatusReport } from '../../contracts/status-report.schema.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { allLogItems } from '../raid/raid-log.ts';
import { recipientsOf } from '../communications/communication-audience.ts';
import { communicationKind } from '../communications/communications.ts';
import { loadVisibleReport, toStatusReport } from '../status/report-store.ts';
import { escapeHtml, type Mailer, type MailMessage } from './mailer.ts';

const HEX = { green: '#2f9e44', amber: '#f08c00', red: '#e03131', grey: '#868e96' } as const;
const label = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

/** The message of a report (without its recipients). */
export function statusReportMessage(report: StatusReport): Omit<MailMessage, 'to'> {
  const overall = report.rag.overall.effective;
  const dims = report.rag.dimensions.map((d) => ({ key: label(d.key), colour: d.effective }));
  const subject = `Status ${overall.toUpperCase()}: ${report.projectCode} ${report.projectName}, ${report.periodStart} – ${report.periodEnd} (${report.code})`;
  const text = [
    `Status report ${report.code} — ${report.projectCode} ${report.projectName}`,
    `Period: ${report.periodStart} – ${report.periodEnd}`,
    `Overall: ${overall.toUpperCase()}`,
    dims.map((d) => `${d.key}: ${d.colour}`).join(' · '),
    '',
    'Summary:',
    report.summary,
    ...(report.blockers.trim() ? ['', 'Blockers:', report.blockers] : []),
    ...(report.decisionsNeeded.trim() ? ['', 'Decisions needed:', report.decisionsNeeded] : []),
    '',
  ].join('\n');
  const badge = (colour: keyof typeof HEX, text: string) => `<span style="background:${HEX[colour]};color:#fff;border-radius:4px;padding:2px 8px">${escapeHtml(text)}</span>`;
  const para = (title: string, body: string) => (body.trim() ? `<h3>${title}</h3><p style="white-space:pre-wrap">${escapeHtml(body)}</p>` : '');
  const html = [
    `<h2>${escapeHtml(`${report.projectCode} ${report.projectName}`)}</h2>`,
    `<p>Status report ${escapeHtml(report.code)}, ${escapeHtml(report.periodStart)} – ${escapeHtml(report.periodEnd)}</p>`,
    `<p>Overall ${badge(overall, overall.toUpperCase())}</p>`,
    `<table>${dims.map((d) => `<tr><td>${escapeHtml(d.key)}</td><td>${badge(d.colour, d.colour)}</td></tr>`).join('')}</table>`,
    para('Summary', report.summary),
    para('Blockers', report.blockers),
    para('Decisions needed', report.decisionsNeeded),
  ].join('\n');
  return { subject, text, html };
}

/** Sends an accepted report to its audience; a report gone or sent back meanwhile sends nothing. */
export async function distributeStatusReport(mailer: Mailer, ctx: AppContext, reportId: string): Promise<void> {
  let loaded;
  try {
    loaded = await loadVisibleReport(ctx, ctx.db, reportId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return;
    throw error;
  }
  if (loaded.report.status !== 'reviewed') return;
  const report = await toStatusReport(ctx, ctx.db, loaded.report, loaded.project);
  const items = await allLogItems(communicationKind, ctx, { projectId: report.projectId, type: 'status_report', sort: 'code' }, 1000);
  const audiences = await recipientsOf(ctx.db, items.filter((i) => i.status === 'active').map((i) => i.audience));
  const emails = [...new Set(audiences.flat().flatMap((r) => (r.email ? [r.email] : [])))];
  const message = statusReportMessage(report);
  for (const email of emails) await mailer.send({ ...message, to: [email] });
}
