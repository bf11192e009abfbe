// The events of Orrery's use cases that people should hear about, phrased once: who is told, what
// the one line says, and where it leads. Each is called inside the use case's transaction.
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { notify, pmoPeople } from './notify.ts';

interface ProjectRef {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly sponsorId: string | null;
  readonly managerId: string | null;
}

/** A gate review waits for its approvers: the people named on it and those holding its approver roles. */
export async function gateReviewRequested(trx: Db, ctx: AppContext, review: { id: string; code: string; approverIds: readonly string[]; approverRoles: readonly string[]; gateName: string }, project: ProjectRef): Promise<void> {
  const roles = new Set(review.approverRoles);
  const to = [...review.approverIds, ...(roles.has('pmo') ? await pmoPeople(trx) : []), roles.has('sponsor') ? project.sponsorId : null, roles.has('project_manager') ? project.managerId : null];
  await notify(trx, ctx, {
    kind: 'approval_waiting',
    to,
    title: `Gate review ${review.code} of ${project.code} waits for your decision`,
    body: `${ctx.actor.name} requested the review of the gate “${review.gateName}” of ${project.code} ${project.name}.`,
    link: `/gate-reviews/${review.id}`,
    projectId: project.id,
  });
}

/** A change request goes to its change board: the project's sponsor and the PMO. */
export async function changeRequestSubmitted(trx: Db, ctx: AppContext, change: { id: string; code: string; title: string; version: number }, project: ProjectRef): Promise<void> {
  await notify(trx, ctx, {
    kind: 'approval_waiting',
    to: [project.sponsorId, ...(await pmoPeople(trx))],
    title: `Change request ${change.code} of ${project.code} waits for the change board`,
    body: `${ctx.actor.name} submitted “${change.title}” of ${project.code} ${project.name}.`,
    link: `/change-requests/${change.id}`,
    projectId: project.id,
    dedupeKey: `change:${change.id}:${change.version}`,
  });
}

/** A status report waits for the PMO's review. */
export async function statusReportSubmitted(trx: Db, ctx: AppContext, report: { id: string; code: string; periodStart: string; periodEnd: string }, project: ProjectRef): Promise<void> {
  await notify(trx, ctx, {
    kind: 'approval_waiting',
    to: await pmoPeople(trx),
    title: `Status report ${report.code} of ${project.code} waits for the PMO’s review`,
    body: `${ctx.actor.name} submitted the report of ${report.periodStart} – ${report.periodEnd} for ${project.code} ${project.name}.`,
    link: `/status-reports/${report.id}`,
    projectId: project.id,
  });
}

/** The PMO sent a report back: its author and the project's manager hear what to change. */
export async function statusReportSentBack(trx: Db, ctx: AppContext, report: { id: string; code: string; submittedBy: string | null }, project: ProjectRef, comment: string): Promise<void> {
  await notify(trx, ctx, {
    kind: 'report_sent_back',
    to: [report.submittedBy, project.managerId],
    title: `Status report ${report.code} of ${project.code} was sent back`,
    body: `${ctx.actor.name}: ${comment}`,
    link: `/status-reports/${report.id}`,
    projectId: project.id,
  });
}

/** Someone became the owner of an action (not by their own hand). */
export async function actionAssigned(trx: Db, ctx: AppContext, action: { id: string; code: string; title: string; ownerId: string; dueDate: string | null }, project: { id: string; code: string }): Promise<void> {
  await notify(trx, ctx, {
    kind: 'action_assigned',
    to: [action.ownerId],
    title: `Action ${action.code} of ${project.code} is yours`,
    body: `${ctx.actor.name} assigned you “${action.title}”${action.dueDate ? `, due ${action.dueDate}` : ''}.`,
    link: `/projects/${project.id}/raid?tab=actions&open=${action.id}`,
    projectId: project.id,
    dedupeKey: `action:${action.id}:owner:${action.ownerId}`,
  });
}

/** A budget revision waits for its deciders: the project's sponsor and the PMO. */
export async function budgetRevisionDrafted(trx: Db, ctx: AppContext, revision: { id: string; number: number; original: boolean; reason: string }, project: ProjectRef): Promise<void> {
  await notify(trx, ctx, {
    kind: 'approval_waiting',
    to: [project.sponsorId, ...(await pmoPeople(trx))],
    title: `${revision.original ? 'The original budget' : `Budget revision ${revision.number}`} of ${project.code} waits for approval`,
    body: `${ctx.actor.name} drafted it for ${project.code} ${project.name}${revision.reason ? `: ${revision.reason}` : '.'}`,
    link: `/projects/${project.id}/financials`,
    projectId: project.id,
    dedupeKey: `budget_revision:${revision.id}`,
  });
}
