// Planning and running a quality review. The project's manager or the PMO plans it (a type from
// the library, a date, the reviewers); the reviewers answer the checklist, complete it once every
// question is answered, and the review closes when its findings are closed. The checklist is
// copied into the review when it is planned, so later edits of the type never rewrite a review.
import type { QualityReview, QualityReviewCreate, QualityReviewUpdate } from '../../contracts/quality.schema.ts';
import { answersOpen, checkReviewTransition, statusAfterFindings, type ReviewStatus } from '../../core/quality/review-lifecycle.ts';
import { scoreReview } from '../../core/quality/review-score.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { newId, nextCode } from '../shared/ids.ts';
import { assertAllExist } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { requireReviewType } from './review-type-library.ts';
import { answersOf, assertWritable, isVerifier, loadVisibleReview, toQualityReview, typeOf, type ReviewRow, type StoredAnswer } from './review-store.ts';

/** The audit action of a status change. */
const ACTION: Record<ReviewStatus, string> = { planned: 'update', in_progress: 'start', completed: 'complete', closed: 'close', cancelled: 'cancel' };

async function setReviewers(trx: Db, reviewId: string, reviewerIds: readonly string[]): Promise<void> {
  await trx.deleteFrom('qualityReviewReviewers').where('reviewId', '=', reviewId).execute();
  await trx.insertInto('qualityReviewReviewers').values([...new Set(reviewerIds)].map((userId) => ({ reviewId, userId }))).execute();
}

/** Plans a review of a project (its manager, PMO, admin). The reviewers default to the planner. */
export function createQualityReview(ctx: AppContext, projectId: string, input: QualityReviewCreate): Promise<QualityReview> {
  return inTransaction(ctx, async (trx) => {
    await loadAccessibleProject(ctx, trx, projectId, 'edit', 'plan quality reviews');
    const type = await requireReviewType(trx, input.typeKey);
    const reviewerIds = input.reviewerIds.length > 0 ? input.reviewerIds : ctx.actor.userId ? [ctx.actor.userId] : [];
    if (reviewerIds.length === 0) throw new AppError('validation_failed', 'Name at least one reviewer (reviewerIds): a PMO member or anyone who assesses the project.', { errors: [{ path: 'reviewerIds', message: 'no reviewer' }] });
    await assertAllExist(trx, 'users', 'reviewerIds', reviewerIds);
    const now = nowIso(ctx.clock);
    const row: ReviewRow = {
      id: newId(),
      projectId,
      code: await nextCode(trx, 'QAR'),
      typeKey: type.key,
      typeJson: JSON.stringify(type),
      title: input.title ?? type.name,
      scope: input.scope,
      summary: '',
      status: 'planned',
      plannedDate: input.plannedDate,
      answersJson: '[]',
      startedAt: null,
      completedAt: null,
      completedBy: null,
      closedAt: null,
      createdBy: ctx.actor.userId || null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await trx.insertInto('qualityReviews').values(row).execute();
    await setReviewers(trx, row.id, reviewerIds);
    const api = await toQualityReview(ctx, trx, row);
    await recordAudit(trx, ctx, { entityType: 'quality_review', entityId: row.id, action: 'create', after: api });
    return api;
  });
}

/** Answers to merge into the checklist; 422 for questions the checklist does not have. */
function mergeAnswers(review: ReviewRow, patch: NonNullable<QualityReviewUpdate['answers']>): StoredAnswer[] {
  const keys = typeOf(review).questions.map((q) => q.key);
  const unknown = patch.filter((a) => !keys.includes(a.questionKey));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', `The checklist has no question ${unknown.map((a) => a.questionKey).join(', ')}: answer ${keys.join(', ')}.`, {
      errors: unknown.map((a) => ({ path: `answers[${patch.indexOf(a)}].questionKey`, message: 'not a question of this review' })),
    });
  }
  const merged = new Map(answersOf(review).map((a) => [a.questionKey, a]));
  for (const a of patch) merged.set(a.questionKey, { questionKey: a.questionKey, outcome: a.outcome, comment: a.comment });
  return keys.flatMap((k) => (merged.has(k) ? [merged.get(k)!] : []));
}

/** Codes of the review's findings that are not closed. */
export async function unclosedFindings(trx: Db, reviewId: string): Promise<string[]> {
  const rows = await trx.selectFrom('qualityFindings').select('code').where('reviewId', '=', reviewId).where('status', '!=', 'closed').orderBy('code').execute();
  return rows.map((r) => r.code);
}

/** Answers the checklist, changes the review's details or moves its status (its reviewers, PMO, admin). */
export function updateQualityReview(ctx: AppContext, id: string, expectedVersion: number, patch: QualityReviewUpdate): Promise<QualityReview> {
  return inTransaction(ctx, async (trx) => {
    const { review, project, reviewerIds } = await loadVisibleReview(ctx, trx, id);
    const label = `Quality review ${review.code}`;
    assertVersion(label, review.version, expectedVersion);
    if (!isVerifier(ctx.actor, reviewerIds)) throw forbidden(`change quality review ${review.code} (its reviewers and the PMO do)`);
    assertWritable(project);
    const from = review.status as ReviewStatus;
    if (from === 'closed' || from === 'cancelled') throw new AppError('validation_failed', `${label} is ${from}; it cannot change any more. Plan a new review.`);
    const to = patch.status ?? from;
    if (patch.answers && !answersOpen(from) && to !== 'in_progress') {
      throw new AppError('validation_failed', `${label} is ${from}, so its answers are final. Move it back to in_progress to correct them.`, { errors: [{ path: 'answers', message: 'answers are final' }] });
    }
    const answers = patch.answers ? mergeAnswers(review, patch.answers) : answersOf(review);
    const check = checkReviewTransition(from, to, { unanswered: scoreReview(typeOf(review).questions, answers).unanswered, unclosedFindings: to === 'closed' ? await unclosedFindings(trx, id) : [] });
    if (!check.ok) throw new AppError('validation_failed', `${label}: ${check.message}`, { errors: [...check.errors] });
    if (patch.reviewerIds) await assertAllExist(trx, 'users', 'reviewerIds', patch.reviewerIds);

    const before = await toQualityReview(ctx, trx, review);
    const now = nowIso(ctx.clock);
    const columns: Partial<ReviewRow> = {
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.scope !== undefined && { scope: patch.scope }),
      ...(patch.summary !== undefined && { summary: patch.summary }),
      ...(patch.plannedDate !== undefined && { plannedDate: patch.plannedDate }),
      ...(patch.answers && { answersJson: JSON.stringify(answers) }),
      ...(to !== from && statusColumns(to, review, ctx.actor.userId || null, now)),
      updatedAt: now,
      version: expectedVersion + 1,
    };
    const result = await trx.updateTable('qualityReviews').set(columns).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(label, result.numUpdatedRows, expectedVersion);
    if (patch.reviewerIds) await setReviewers(trx, id, patch.reviewerIds);
    const after = await toQualityReview(ctx, trx, { ...review, ...columns });
    await recordAudit(trx, ctx, { entityType: 'quality_review', entityId: id, action: to === from ? 'update' : from === 'completed' ? 'reopen' : ACTION[to], before, after });
    return after;
  });
}

function statusColumns(to: ReviewStatus, review: ReviewRow, actorId: string | null, now: string): Partial<ReviewRow> {
  return {
    status: to,
    ...(to === 'in_progress' && { startedAt: review.startedAt ?? now, completedAt: null, completedBy: null }),
    ...(to === 'completed' && { completedAt: now, completedBy: actorId }),
    ...(to === 'closed' && { closedAt: now }),
  };
}

/**
 * After a finding changes: a completed review closes when its last finding closes, and a closed one
 * goes back to completed when a finding reopens (one audit event on the review when it moves).
 */
export async function followFindings(ctx: AppContext, trx: Db, reviewId: string): Promise<void> {
  const review = (await trx.selectFrom('qualityReviews').selectAll().where('id', '=', reviewId).executeTakeFirst())!;
  const from = review.status as ReviewStatus;
  const to = statusAfterFindings(from, (await unclosedFindings(trx, reviewId)).length);
  if (to === from) return;
  const before = await toQualityReview(ctx, trx, review);
  const columns = { status: to, closedAt: to === 'closed' ? nowIso(ctx.clock) : null, updatedAt: nowIso(ctx.clock), version: review.version + 1 };
  await trx.updateTable('qualityReviews').set(columns).where('id', '=', reviewId).execute();
  const after = await toQualityReview(ctx, trx, { ...review, ...columns });
  await recordAudit(trx, ctx, { entityType: 'quality_review', entityId: reviewId, action: to === 'closed' ? 'close' : 'reopen', before, after });
}
