// Reports Orrery sends itself: a communication-plan item that names a report (the project's status
// report, or its portfolio's executive report) goes out when it falls due — the scheduler's chore
// queues one delivery per item and due date; the delivery draws the report up as the item's owner
// sees it (never more than they may read), e-mails it as an attachment to each recipient with an
// address (one message each, so outside stakeholders never see each other's address), and records
// the item done, which moves its next due date on. An item changed meanwhile (paused, moved, its
// report removed) sends nothing.
import type { Communication } from '../../contracts/communication.schema.ts';
import type { AppDeps } from '../context.ts';
import { systemActor, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { enqueueJob } from '../jobs/job-queue.ts';
import { getCommunication } from '../communications/communication-commands.ts';
import { communicationKind } from '../communications/communications.ts';
import { updateLogItem } from '../raid/raid-log.ts';
import { portfolioReportFile, projectReportFile } from '../reports/report-files.ts';
import { escapeHtml, type Mailer } from './mailer.ts';

export const REPORT_DELIVERY_JOB = 'report_delivery';

export interface DeliveryPayload {
  communicationId: string;
  /** The due date delivered for: an item done or moved meanwhile sends nothing. */
  dueOn: string;
}

const todayOf = (deps: AppDeps) => deps.clock.now().toISOString().slice(0, 10);

/** A chore of the scheduler: one delivery per item with a report that is due or overdue today. */
export async function queueDueReportDeliveries(deps: AppDeps): Promise<void> {
  const due = await deps.db
    .selectFrom('communications as c')
    .innerJoin('projects as p', 'p.id', 'c.projectId')
    .select(['c.id', 'c.nextDueOn'])
    .where('c.reportJson', 'is not', null)
    .where('c.status', '=', 'active')
    .where('c.nextDueOn', '<=', todayOf(deps))
    .where('p.archivedAt', 'is', null)
    .execute();
  for (const item of due) {
    const payload: DeliveryPayload = { communicationId: item.id, dueOn: item.nextDueOn! };
    await enqueueJob(deps.db, deps.clock, { kind: REPORT_DELIVERY_JOB, payload, dedupeKey: `${REPORT_DELIVERY_JOB}:${item.id}:${item.nextDueOn}` });
  }
}

/** The item's owner as the one the report is drawn up for. */
async function ownerContext(deps: AppDeps, item: Communication): Promise<AppContext> {
  const owner = item.ownerId ? await deps.db.selectFrom('users').select(['id', 'name', 'orgRole', 'disabledAt']).where('id', '=', item.ownerId).executeTakeFirst() : undefined;
  if (!owner || owner.disabledAt) throw new Error(`${item.code} of ${item.projectCode} has no active owner to draw its report up for: give it an owner in the communication plan.`);
  return { ...deps, actor: { userId: owner.id, name: owner.name, orgRole: owner.orgRole as AppContext['actor']['orgRole'], via: 'system' } };
}

async function reportFile(ctx: AppContext, item: Communication, report: NonNullable<Communication['report']>) {
  if (report.kind === 'project_status') return projectReportFile(ctx, item.projectId, report.format === 'pptx' ? 'pptx' : 'pdf');
  const { portfolioId } = await ctx.db.selectFrom('projects').select('portfolioId').where('id', '=', item.projectId).executeTakeFirstOrThrow();
  return portfolioReportFile(ctx, { format: report.format, portfolioId });
}

export async function deliverReport(mailer: Mailer, deps: AppDeps, { communicationId, dueOn }: DeliveryPayload): Promise<void> {
  const system: AppContext = { ...deps, actor: systemActor };
  let item: Communication;
  try {
    item = await getCommunication(system, communicationId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return;
    throw error;
  }
  if (!item.report || item.status !== 'active' || item.nextDueOn !== dueOn) return;
  const to = [...new Set(item.recipients.flatMap((r) => (r.email ? [r.email] : [])))];
  if (to.length === 0) throw new Error(`${item.code} of ${item.projectCode} names nobody with an e-mail address: add addresses to its audience.`);
  const owner = await ownerContext(deps, item);
  const file = await reportFile(owner, item, item.report);
  const what = item.report.kind === 'project_status' ? `the status report of ${item.projectCode} ${item.projectName}` : `the portfolio report of ${item.projectCode}’s portfolio`;
  const text = [`${item.title}`, '', `Attached: ${what}, as of ${todayOf(deps)} (${file.fileName}).`, '', `Sent by Orrery for ${owner.actor.name} (${item.code} of the communication plan of ${item.projectCode}).`, ''].join('\n');
  const html = `<p><strong>${escapeHtml(item.title)}</strong></p><p>Attached: ${escapeHtml(what)}, as of ${todayOf(deps)} (${escapeHtml(file.fileName)}).</p><p style="color:#868e96;font-size:12px">Sent by Orrery for ${escapeHtml(owner.actor.name)} (${escapeHtml(item.code)} of the communication plan of ${escapeHtml(item.projectCode)}).</p>`;
  const message = { subject: `${item.title} — ${item.projectCode} ${item.projectName}`, text, html, attachments: [{ filename: file.fileName, content: file.bytes, contentType: file.contentType }] };
  for (const email of to) await mailer.send({ ...message, to: [email] });
  await updateLogItem(communicationKind, system, item.id, item.version, { done: { on: todayOf(deps), by: owner.actor.userId } }, 'done');
}
