// Raising and changing project requests, and the triage steps the core's workflow allows. Anyone
// with an account (not executives, who read) drafts a request and submits it; the PMO triages and
// decides. Every change is taken under If-Match, kept in the request's history with who, when and
// why, and audited in the same transaction. Approval, which makes a project, is in request-approval.ts.
import type { BusinessCaseBody } from '../../contracts/business-case.schema.ts';
import type { ProjectRequest, ProjectRequestCreate, ProjectRequestUpdate, RequestCommentBody, RequestStepBody } from '../../contracts/intake.schema.ts';
import { intakeValueProblems } from '../../core/intake/intake-fields.ts';
import { label, nextRequestStatus, type RequestAction, type RequestStatus } from '../../core/intake/request-workflow.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden, type FieldProblem } from '../errors.ts';
import { canRaiseRequests, canTriageRequests } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { newId, nextCode } from '../shared/ids.ts';
import { assertAllExist, assertExists } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { assertEvaluable, costLinesOf } from './business-case-view.ts';
import { loadIntakeFields } from './intake-fields-setting.ts';
import { requestDecided, requestSubmitted } from './request-notices.ts';
import { businessCaseOf, canEditRequest, fieldValuesOf, getRequest, historyEntry, historyOf, loadVisibleRequest, mayTake, requestsToApi, type RequestRow } from './request-store.ts';

type Columns = Partial<Omit<RequestRow, 'id' | 'code' | 'createdAt'>>;

function contentColumns(input: Partial<ProjectRequestCreate> & { reviewerIds?: string[] | undefined }): Columns {
  const c: Columns = {};
  if (input.title !== undefined) c.title = input.title;
  if (input.problem !== undefined) c.problem = input.problem;
  if (input.objectives !== undefined) c.objectives = input.objectives;
  if (input.objectiveIds !== undefined) c.objectiveIdsJson = JSON.stringify([...new Set(input.objectiveIds)]);
  if (input.expectedBenefits !== undefined) c.expectedBenefits = input.expectedBenefits;
  if (input.costEstimate !== undefined) {
    c.costEstimateMinor = input.costEstimate?.amountMinor ?? null;
    c.costEstimateCurrency = input.costEstimate?.currency ?? null;
  }
  if (input.durationEstimateMonths !== undefined) c.durationEstimateMonths = input.durationEstimateMonths;
  if (input.desiredStart !== undefined) c.desiredStart = input.desiredStart;
  if (input.keyRisks !== undefined) c.keyRisks = input.keyRisks;
  if (input.sponsorId !== undefined) c.sponsorId = input.sponsorId;
  if (input.portfolioId !== undefined) c.portfolioId = input.portfolioId;
  if (input.programId !== undefined) c.programId = input.programId;
  if (input.fields !== undefined) c.fieldsJson = JSON.stringify(input.fields);
  if (input.reviewerIds !== undefined) c.reviewerIdsJson = JSON.stringify([...new Set(input.reviewerIds)]);
  return c;
}

function refused(message: string, errors: FieldProblem[]): AppError {
  return new AppError('validation_failed', message, { errors });
}

/** Names and values a request's content refers to, checked against the register and the PMO's form. */
async function checkContent(trx: Db, input: Partial<ProjectRequestCreate> & { reviewerIds?: string[] | undefined }, merged: { portfolioId: string | null; programId: string | null }): Promise<void> {
  if (input.objectiveIds) await assertAllExist(trx, 'objectives', 'objectiveIds', input.objectiveIds);
  if (input.reviewerIds) await assertAllExist(trx, 'users', 'reviewerIds', input.reviewerIds);
  await assertExists(trx, 'users', 'sponsorId', input.sponsorId);
  await assertExists(trx, 'portfolios', 'portfolioId', input.portfolioId);
  if (merged.programId && (input.programId !== undefined || input.portfolioId !== undefined)) {
    const program = await trx.selectFrom('programs').select(['id', 'name', 'portfolioId']).where('id', '=', merged.programId).executeTakeFirst();
    if (!program) throw new AppError('invalid_reference', `programId names no program (${merged.programId}). Pick an existing one.`, { errors: [{ path: 'programId', message: 'no program with this id' }] });
    if (program.portfolioId !== merged.portfolioId) {
      throw new AppError('invalid_reference', `Program "${program.name}" is not in the request's target portfolio: pick a program of that portfolio, or change the portfolio.`, { errors: [{ path: 'programId', message: 'not in the target portfolio' }] });
    }
  }
  if (input.fields) {
    const problems = intakeValueProblems(await loadIntakeFields(trx), input.fields, { requireAll: false });
    if (problems.length > 0) throw refused(`Some of the form's fields need fixing: ${problems.map((p) => p.message).join(' ')}`, [...problems]);
  }
}

/** Drafts a request; its requester is the actor. Executives read requests but do not raise them. */
export async function createRequest(ctx: AppContext, input: ProjectRequestCreate): Promise<ProjectRequest> {
  if (!canRaiseRequests(ctx.actor)) throw forbidden('raise project requests (executives read them)');
  return inTransaction(ctx, async (trx) => {
    await checkContent(trx, input, input);
    const now = nowIso(ctx.clock);
    const history = [historyEntry(ctx, 'create', null, 'draft', '')];
    const row: RequestRow = {
      id: newId(),
      code: await nextCode(trx, 'REQ'),
      title: '', problem: '', objectives: '', objectiveIdsJson: '[]', expectedBenefits: '', costEstimateMinor: null, costEstimateCurrency: null,
      durationEstimateMonths: null, desiredStart: null, keyRisks: '', sponsorId: null, portfolioId: null, programId: null, fieldsJson: '{}',
      ...contentColumns(input),
      requesterId: ctx.actor.userId || null,
      status: 'draft',
      reviewerIdsJson: '[]',
      businessCaseJson: null,
      projectId: null,
      decidedBy: null,
      decidedAt: null,
      historyJson: JSON.stringify(history),
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await trx.insertInto('projectRequests').values(row).execute();
    const [api] = await requestsToApi(trx, ctx.actor, [row]);
    await recordAudit(trx, ctx, { entityType: 'project_request', entityId: row.id, action: 'create', after: api! });
    return api!;
  });
}

/** Writes columns on a request under If-Match, with its audit event; returns the new view. */
export async function writeRequest(trx: Db, ctx: AppContext, before: RequestRow, expectedVersion: number, action: string, columns: Columns): Promise<ProjectRequest> {
  const labelOf = `Project request ${before.code}`;
  const result = await trx.updateTable('projectRequests').set({ ...columns, updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 }).where('id', '=', before.id).where('version', '=', expectedVersion).executeTakeFirst();
  assertUpdated(labelOf, result.numUpdatedRows, expectedVersion);
  const [beforeApi] = await requestsToApi(trx, ctx.actor, [before]);
  const after = await getRequest({ ...ctx, db: trx }, before.id);
  await recordAudit(trx, ctx, { entityType: 'project_request', entityId: before.id, action, before: beforeApi!, after });
  return after;
}

/** The request, current (409) and changeable by the actor (403), for a content change. */
async function editable(ctx: AppContext, trx: Db, id: string, expectedVersion: number, doing: string): Promise<RequestRow> {
  const row = await loadVisibleRequest(ctx, trx, id);
  assertVersion(`Project request ${row.code}`, row.version, expectedVersion);
  if (!canEditRequest(ctx.actor, row)) {
    const status = row.status as RequestStatus;
    if (canTriageRequests(ctx.actor) || row.requesterId === ctx.actor.userId) {
      throw refused(`Project request ${row.code} is ${label(status)}: ${canTriageRequests(ctx.actor) ? 'decided requests are read-only' : 'its requester changes it while it is a draft or asked for a business case; the PMO changes it during triage'}.`, [{ path: 'status', message: `${label(status)}` }]);
    }
    throw forbidden(`${doing} (project request ${row.code} is someone else's; the PMO triages it)`);
  }
  return row;
}

export function updateRequest(ctx: AppContext, id: string, expectedVersion: number, patch: ProjectRequestUpdate): Promise<ProjectRequest> {
  return inTransaction(ctx, async (trx) => {
    const before = await editable(ctx, trx, id, expectedVersion, 'change project requests');
    if (patch.reviewerIds !== undefined && !canTriageRequests(ctx.actor)) throw forbidden('name the reviewers of a project request (the PMO does)');
    const portfolioId = patch.portfolioId !== undefined ? patch.portfolioId : before.portfolioId;
    const programId = patch.programId !== undefined ? patch.programId : before.programId;
    await checkContent(trx, patch, { portfolioId, programId });
    return writeRequest(trx, ctx, before, expectedVersion, 'update', contentColumns(patch));
  });
}

/** Enters or replaces the request's business case; refused while the engine cannot evaluate it. */
export function setBusinessCase(ctx: AppContext, id: string, expectedVersion: number, body: BusinessCaseBody): Promise<ProjectRequest> {
  assertEvaluable(body);
  return inTransaction(ctx, async (trx) => {
    const before = await editable(ctx, trx, id, expectedVersion, 'enter business cases');
    return writeRequest(trx, ctx, before, expectedVersion, 'business_case', { businessCaseJson: JSON.stringify(body) });
  });
}

/** A comment on the request's history, from anyone who reads it but executives. */
export function commentOnRequest(ctx: AppContext, id: string, expectedVersion: number, body: RequestCommentBody): Promise<ProjectRequest> {
  if (!canRaiseRequests(ctx.actor)) throw forbidden('comment on project requests (executives read them)');
  return inTransaction(ctx, async (trx) => {
    const before = await loadVisibleRequest(ctx, trx, id);
    assertVersion(`Project request ${before.code}`, before.version, expectedVersion);
    const status = before.status as RequestStatus;
    const history = [...historyOf(before), historyEntry(ctx, 'comment', status, status, body.comment)];
    return writeRequest(trx, ctx, before, expectedVersion, 'comment', { historyJson: JSON.stringify(history) });
  });
}

/** What a request must say before it goes to the PMO: the problem, the objectives, the target portfolio, and the PMO's required fields. */
async function submissionProblems(trx: Db, row: RequestRow): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (row.problem.trim() === '') problems.push({ path: 'problem', message: 'Describe the problem or opportunity.' });
  if (row.objectives.trim() === '') problems.push({ path: 'objectives', message: 'Say what the project should achieve (objectives).' });
  if (!row.portfolioId) problems.push({ path: 'portfolioId', message: 'Choose the target portfolio.' });
  problems.push(...intakeValueProblems(await loadIntakeFields(trx), fieldValuesOf(row), { requireAll: true }));
  return problems;
}

/** Checks the step against the workflow and who takes it; returns the status it leads to. */
export function allowedStep(ctx: AppContext, row: RequestRow, action: RequestAction, comment: string): RequestStatus {
  if (!mayTake(ctx.actor, row, action)) {
    throw forbidden(action === 'submit' || action === 'withdraw' ? `${action} project request ${row.code} (only its requester does)` : `${action === 'build_case' ? 'move' : action} project request ${row.code} (the PMO triages and decides requests)`);
  }
  const step = nextRequestStatus(row.status as RequestStatus, action, { costLines: costLinesOf(businessCaseOf(row)), comment });
  if (!step.ok) throw refused(`Project request ${row.code} is ${label(row.status as RequestStatus)}. ${step.message}`, [{ path: step.field, message: step.message }]);
  return step.status;
}

/** Takes a triage step (submit, screen, build_case, reject, defer, reopen, withdraw) with its comment. */
export function takeRequestStep(ctx: AppContext, id: string, expectedVersion: number, body: RequestStepBody): Promise<ProjectRequest> {
  return inTransaction(ctx, async (trx) => {
    const before = await loadVisibleRequest(ctx, trx, id);
    assertVersion(`Project request ${before.code}`, before.version, expectedVersion);
    const next = allowedStep(ctx, before, body.action, body.comment);
    if (body.action === 'submit') {
      const problems = await submissionProblems(trx, before);
      if (problems.length > 0) throw refused(`Project request ${before.code} is not ready to submit: ${problems.map((p) => p.message).join(' ')}`, problems);
    }
    const history = [...historyOf(before), historyEntry(ctx, body.action, before.status as RequestStatus, next, body.comment)];
    const decided = body.action === 'reject' || body.action === 'defer';
    const columns: Columns = { status: next, historyJson: JSON.stringify(history), ...(decided && { decidedBy: ctx.actor.userId || null, decidedAt: nowIso(ctx.clock) }) };
    const after = await writeRequest(trx, ctx, before, expectedVersion, body.action, columns);
    if (body.action === 'submit') await requestSubmitted(trx, ctx, before, after.version);
    if (body.action === 'build_case' || body.action === 'reject' || body.action === 'defer') await requestDecided(trx, ctx, before, { action: body.action }, body.comment, after.version);
    return after;
  });
}
