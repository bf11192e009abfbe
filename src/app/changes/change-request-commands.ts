// The steps of a change request's life (core/change/change-workflow.ts says which are allowed):
// the project's manager (or the PMO) submits it to the change board and may withdraw it; the
// board (the project's sponsor, the PMO, administrators) approves, rejects or defers it, and the
// decision goes into the project's decision log. Each step is taken under If-Match, kept in the
// request's history with who, when and why, and audited. Applying is in change-request-apply.ts.
import type { ChangeDecisionBody, ChangeRequest, ChangeSubmit } from '../../contracts/change-request.schema.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nextChangeStatus, type ChangeAction } from '../../core/change/change-workflow.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { canDecideChange } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { changeRequestSubmitted } from '../notifications/notification-events.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { loadProjectRow } from '../projects/project-store.ts';
import { createLogItem, getLogItem, todayOf } from '../raid/raid-log.ts';
import { decisionKind } from '../raid/decisions.ts';
import { newId } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { readScheduleState } from '../schedules/schedule-settings.ts';
import { changeRequestKind, historyEntry, historyOf, editsOf, type ChangeRow } from './change-requests.ts';
import { assessImpact } from './change-impact.ts';

export interface ChangeStep {
  action: ChangeAction;
  /** Who takes it: the project's editors (manager, PMO, admin) or its change board. */
  by: 'editor' | 'board';
  comment: string;
  /** Runs once the step is allowed, in the same transaction; returns columns to set with the new status. */
  effect?: (ctx: AppContext, row: ChangeRow, project: ProjectRow) => Promise<Partial<ChangeRow>>;
}

async function authorise(ctx: AppContext, request: ChangeRequest, step: ChangeStep): Promise<ProjectRow> {
  if (step.by === 'editor') return loadAccessibleProject(ctx, ctx.db, request.projectId, 'edit', `${step.action} change requests`);
  const project = (await loadProjectRow(ctx.db, request.projectId))!;
  if (!canDecideChange(ctx.actor, project)) throw forbidden(`decide change request ${request.code} (the project's sponsor, the PMO and administrators sit on its change board)`);
  if (project.archivedAt) throw new AppError('validation_failed', `Project ${project.code} is archived and read-only. Restore it first if it needs to change.`);
  return project;
}

/** Takes a step: visible (404), allowed (403), current (409), possible from the status (422). */
export function takeChangeStep(ctx: AppContext, id: string, expectedVersion: number, step: ChangeStep): Promise<ChangeRequest> {
  return inTransaction(ctx, async (trx) => {
    const tctx = { ...ctx, db: trx };
    const before = await getLogItem(changeRequestKind, tctx, id);
    const project = await authorise(tctx, before, step);
    const label = `Change request ${before.code}`;
    assertVersion(label, before.version, expectedVersion);
    const next = nextChangeStatus(before.status, step.action);
    if (!next.ok) throw new AppError('validation_failed', `${label} is ${before.status}. ${next.message}`);
    const row = await trx.selectFrom('changeRequests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const effect = (await step.effect?.(tctx, row, project)) ?? {};
    const history = [...historyOf(row), historyEntry(ctx, step.action, before.status, next.status, step.comment)];
    const columns = { ...effect, status: next.status, historyJson: JSON.stringify(history), updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 };
    const result = await trx.updateTable('changeRequests').set(columns).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(label, result.numUpdatedRows, expectedVersion);
    const after = await getLogItem(changeRequestKind, tctx, id);
    await recordAudit(trx, ctx, { entityType: 'change_request', entityId: id, action: step.action, before, after });
    return after;
  });
}

/** Sends a draft (or deferred) request to the change board. It must say why the change is needed. */
export function submitChangeRequest(ctx: AppContext, id: string, expectedVersion: number, body: ChangeSubmit): Promise<ChangeRequest> {
  return takeChangeStep(ctx, id, expectedVersion, {
    action: 'submit',
    by: 'editor',
    comment: body.comment,
    effect: async (tctx, row, project) => {
      if (row.reason.trim() === '') throw new AppError('validation_failed', `Say why change request ${row.code} is needed (reason) before submitting it to the change board.`, { errors: [{ path: 'reason', message: 'required to submit' }] });
      await changeRequestSubmitted(tctx.db, ctx, { ...row, version: expectedVersion + 1 }, project);
      return {};
    },
  });
}

export function withdrawChangeRequest(ctx: AppContext, id: string, expectedVersion: number): Promise<ChangeRequest> {
  return takeChangeStep(ctx, id, expectedVersion, { action: 'withdraw', by: 'editor', comment: '' });
}

const ACTION = { approved: 'approve', rejected: 'reject', deferred: 'defer' } as const;
const OUTCOME = { approved: 'Approved: to be applied to the plan and saved as a new baseline', rejected: 'Rejected', deferred: 'Deferred: to be submitted again later' } as const;

/** A line on the schedule impact for the decision log (approval checks that the edits still apply). */
async function scheduleLine(ctx: AppContext, row: ChangeRow, project: ProjectRow): Promise<string> {
  const edits = editsOf(row);
  if (edits.length === 0) return 'Schedule: no change proposed.';
  const impact = assessImpact(await readScheduleState(ctx.db, ctx, project), edits, { now: nowIso(ctx.clock), newId });
  return `Schedule: finish ${impact.projectFinishBefore ?? '—'} → ${impact.projectFinishAfter ?? '—'} (${impact.finishDeltaWorkingDays >= 0 ? '+' : ''}${impact.finishDeltaWorkingDays} working days); ${impact.moved.length} task(s) move.`;
}

/** The change board decides; the decision, with the impact it was taken on, goes into the decision log. */
export function decideChangeRequest(ctx: AppContext, id: string, expectedVersion: number, body: ChangeDecisionBody): Promise<ChangeRequest> {
  return takeChangeStep(ctx, id, expectedVersion, {
    action: ACTION[body.decision],
    by: 'board',
    comment: body.comment,
    effect: async (tctx, row, project) => {
      if (body.decision !== 'approved' && body.comment.trim() === '') {
        throw new AppError('validation_failed', `Say why the change board ${body.decision} change request ${row.code} (comment): the requester and the decision log need the reason.`, { errors: [{ path: 'comment', message: `required when the decision is ${body.decision}` }] });
      }
      const cost = row.costImpactMinor === null ? 'Cost: not assessed.' : `Cost: ${Number(row.costImpactMinor) >= 0 ? '+' : ''}${Number(row.costImpactMinor)} ${row.costImpactCurrency} (minor units).`;
      const schedule = body.decision === 'approved' ? await scheduleLine(tctx, row, project) : null;
      const logged = await createLogItem(decisionKind, tctx, project.id, {
        title: `Change request ${row.code}: ${row.title}`,
        description: [row.description, row.reason && `Why: ${row.reason}`, row.scopeImpact && `Scope: ${row.scopeImpact}`, cost, schedule, row.riskImpact && `Risk: ${row.riskImpact}`].filter(Boolean).join('\n\n'),
        ownerId: null,
        status: 'decided',
        outcome: OUTCOME[body.decision],
        rationale: body.comment,
        decidedBy: ctx.actor.userId || null,
        decidedOn: todayOf(ctx),
      }, { authorised: true });
      return { decision: body.decision, decisionComment: body.comment, decidedBy: ctx.actor.userId || null, decidedAt: nowIso(ctx.clock), decisionId: logged.id };
    },
  });
}
