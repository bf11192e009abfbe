// Approving a project request makes it a project, in one transaction: the PMO picks a template and
// the new project carries the request's data (name, strategic objectives, sponsor, portfolio and
// program, the cost estimate as its budget, dates from the desired start and the duration, a
// description from the problem, objectives and benefits). The decision goes into the new project's
// decision log, and the request keeps the link to the project. If anything fails, nothing is made.
import type { ProjectRequest, RequestApproveBody } from '../../contracts/intake.schema.ts';
import type { RequestStatus } from '../../core/intake/request-workflow.ts';
import { addDays, addMonths } from '../../core/communications/communication-due.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { createLogItem, todayOf } from '../raid/raid-log.ts';
import { decisionKind } from '../raid/decisions.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/versioning.ts';
import { createProjectFromTemplate } from '../templates/project-from-template.ts';
import { allowedStep, writeRequest } from './request-commands.ts';
import { requestDecided } from './request-notices.ts';
import { historyEntry, historyOf, type RequestRow } from './request-store.ts';

/** The day before the same day `months` later: a 6-month project from 2027-01-04 ends 2027-07-03. */
export const finishAfterMonths = (start: string, months: number): string => addDays(addMonths(start, months), -1);

function descriptionOf(row: RequestRow): string {
  return [
    row.problem && `Problem: ${row.problem}`,
    row.objectives && `Objectives: ${row.objectives}`,
    row.expectedBenefits && `Expected benefits: ${row.expectedBenefits}`,
    row.keyRisks && `Key risks: ${row.keyRisks}`,
    `From project request ${row.code}.`,
  ].filter(Boolean).join('\n\n');
}

export function approveRequest(ctx: AppContext, id: string, expectedVersion: number, body: RequestApproveBody): Promise<ProjectRequest> {
  return inTransaction(ctx, async (trx) => {
    const inner: AppContext = { ...ctx, db: trx };
    const before = await trx.selectFrom('projectRequests').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('not_found', `Project request ${id} does not exist (or you cannot see it).`);
    assertVersion(`Project request ${before.code}`, before.version, expectedVersion);
    const next = allowedStep(ctx, before, 'approve', body.comment);
    if (!before.portfolioId) throw new AppError('validation_failed', `Project request ${before.code} has no target portfolio: set one before approving it.`, { errors: [{ path: 'portfolioId', message: 'required to approve' }] });
    const plannedStart = body.plannedStart ?? before.desiredStart;
    const made = await createProjectFromTemplate(inner, {
      templateKey: body.templateKey,
      project: {
        ...(body.code !== undefined && { code: body.code }),
        name: body.name ?? before.title,
        description: descriptionOf(before),
        portfolioId: before.portfolioId,
        programId: before.programId,
        sponsorId: before.sponsorId,
        managerId: body.managerId,
        status: 'active',
        priority: 'medium',
        plannedStart,
        plannedFinish: plannedStart && before.durationEstimateMonths ? finishAfterMonths(plannedStart, before.durationEstimateMonths) : null,
        budget: before.costEstimateMinor === null ? null : { amountMinor: Number(before.costEstimateMinor), currency: before.costEstimateCurrency! },
        objectiveIds: JSON.parse(before.objectiveIdsJson) as string[],
        tags: [],
      },
    });
    const project = made.project;
    await createLogItem(decisionKind, inner, project.id, {
      title: `Project request ${before.code} approved: ${before.title}`,
      description: descriptionOf(before),
      ownerId: null,
      status: 'decided',
      outcome: `Approved as project ${project.code} from template "${made.template.key}".`,
      rationale: body.comment,
      decidedBy: ctx.actor.userId || null,
      decidedOn: todayOf(ctx),
    }, { authorised: true });
    const comment = body.comment || `Approved as project ${project.code}.`;
    const history = [...historyOf(before), historyEntry(ctx, 'approve', before.status as RequestStatus, next, comment)];
    const after = await writeRequest(trx, ctx, before, expectedVersion, 'approve', {
      status: next,
      projectId: project.id,
      decidedBy: ctx.actor.userId || null,
      decidedAt: nowIso(ctx.clock),
      historyJson: JSON.stringify(history),
    });
    await requestDecided(trx, ctx, before, { action: 'approve', projectCode: project.code }, body.comment ?? '', after.version);
    return after;
  });
}
