// Following findings up until they are closed. A review's reviewers (or the PMO) record findings
// while the review runs or after it is completed; the finding's owner and the project's team work
// them to resolved; only a reviewer or the PMO verifies and closes one, once its corrective
// actions (RAID actions with the finding as source) are done. Closing the last finding of a
// completed review closes the review. A finding shows its corrective actions and how they stand.
import type { Finding, FindingBase, FindingCreate, FindingListQuery, FindingUpdate } from '../../contracts/quality.schema.ts';
import { checkFindingChange, type FindingStatus } from '../../core/quality/finding-lifecycle.ts';
import { findingsOpen, type ReviewStatus } from '../../core/quality/review-lifecycle.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import { canContributeToProject, canReadProject } from '../access/policy.ts';
import { accessFacts, loadProjectRow } from '../projects/project-store.ts';
import { createLogItem, getLogItem, listLogItems, todayOf, updateLogItem } from '../raid/raid-log.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/versioning.ts';
import { findingKind, type FindingQuery } from './findings.ts';
import { followFindings } from './review-commands.ts';
import { assertWritable, isVerifier, loadVisibleReview, reviewerIdsOf } from './review-store.ts';

const OPEN_ACTIONS = ['open', 'in_progress'];

/** Findings with their corrective actions (one query for the lot). */
async function withActions(ctx: AppContext, db: Db, findings: FindingBase[]): Promise<Finding[]> {
  if (findings.length === 0) return [];
  const rows = await db
    .selectFrom('actions')
    .select(['id', 'code', 'title', 'status', 'ownerId', 'dueDate', 'sourceId'])
    .where('sourceType', '=', 'review')
    .where('sourceId', 'in', findings.map((f) => f.id))
    .orderBy('code')
    .execute();
  const today = todayOf(ctx);
  return findings.map((f) => ({
    ...f,
    actions: rows.filter((a) => a.sourceId === f.id).map(({ sourceId: _s, ...a }) => ({ ...a, overdue: OPEN_ACTIONS.includes(a.status) && a.dueDate !== null && a.dueDate < today })),
  }));
}

/** Records a finding of a review (its reviewers, PMO, admin) while it runs or once it is completed. */
export function createFinding(ctx: AppContext, reviewId: string, input: FindingCreate): Promise<Finding> {
  return inTransaction(ctx, async (trx) => {
    const { review, project, reviewerIds } = await loadVisibleReview(ctx, trx, reviewId);
    if (!isVerifier(ctx.actor, reviewerIds)) throw forbidden(`record findings of quality review ${review.code} (its reviewers and the PMO do)`);
    assertWritable(project);
    if (!findingsOpen(review.status as ReviewStatus)) {
      throw new AppError('validation_failed', `Quality review ${review.code} is ${review.status}: findings are recorded while it is in progress or once it is completed.${review.status === 'planned' ? ' Start it first.' : ''}`);
    }
    const trxCtx = { ...ctx, db: trx };
    const finding = await createLogItem(findingKind, trxCtx, project.id, { ...input, reviewId }, { authorised: true });
    return (await withActions(ctx, trx, [finding]))[0]!;
  });
}

/** Who the actor is to a finding: its verifier, someone who works it, a reader, or nobody. */
async function relationTo(ctx: AppContext, db: Db, id: string) {
  const row = await db.selectFrom('qualityFindings').selectAll().where('id', '=', id).executeTakeFirst();
  const project = row ? await loadProjectRow(db, row.projectId) : undefined;
  if (!row || !project) throw notFound('Finding', id);
  const facts = await accessFacts(db, ctx.actor, project);
  const verifier = isVerifier(ctx.actor, await reviewerIdsOf(db, row.reviewId));
  const follower = row.ownerId === ctx.actor.userId || canContributeToProject(ctx.actor, facts);
  if (!verifier && !follower && !canReadProject(ctx.actor, facts)) throw notFound('Finding', id);
  return { row, project, verifier, follower };
}

export async function getFinding(ctx: AppContext, id: string): Promise<Finding> {
  await relationTo(ctx, ctx.db, id);
  return (await withActions(ctx, ctx.db, [await getLogItem(findingKind, ctx, id, { authorised: true })]))[0]!;
}

/** The follow-up list: findings across the projects the reader may see (by default those not closed). */
export async function listFindings(ctx: AppContext, query: FindingListQuery): Promise<{ items: Finding[]; nextCursor: string | null }> {
  const page = await listLogItems(findingKind, ctx, query as FindingQuery);
  return { items: await withActions(ctx, ctx.db, page.items), nextCursor: page.nextCursor };
}

const ACTION_OF: Record<FindingStatus, string> = { open: 'reopen', in_progress: 'update', resolved: 'resolve', closed: 'close' };

/** Changes a finding: its owner and the team work it up to resolved; its reviewers and the PMO verify and close it. */
export function updateFinding(ctx: AppContext, id: string, expectedVersion: number, patch: FindingUpdate): Promise<Finding> {
  return inTransaction(ctx, async (trx) => {
    const { row, project, verifier, follower } = await relationTo(ctx, trx, id);
    if (!verifier && !follower) throw forbidden(`change finding ${row.code} (its owner, the project's team, the review's reviewers and the PMO do)`);
    assertVersion(`Finding ${row.code}`, row.version, expectedVersion);
    assertWritable(project);
    const from = row.status as FindingStatus;
    const openActions = patch.status === 'closed' && from !== 'closed' ? await openActionsOf(trx, id) : [];
    const fields = Object.entries(patch).filter(([, v]) => v !== undefined).map(([k]) => k);
    const check = checkFindingChange(verifier ? 'verifier' : 'follower', { from, to: patch.status, fields, openActions });
    if (!check.ok && check.reason === 'forbidden') throw new AppError('forbidden', `Finding ${row.code}: ${check.message}`);
    if (!check.ok) throw new AppError('validation_failed', `Finding ${row.code}: ${check.message}`, { errors: [{ path: check.path, message: check.message }] });
    const action = patch.status && patch.status !== from ? ACTION_OF[patch.status] : 'update';
    const trxCtx = { ...ctx, db: trx };
    const updated = await updateLogItem(findingKind, trxCtx, id, expectedVersion, patch, action, () => followFindings(ctx, trx, row.reviewId), { authorised: true });
    return (await withActions(ctx, trx, [updated]))[0]!;
  });
}

async function openActionsOf(trx: Db, findingId: string): Promise<string[]> {
  const rows = await trx.selectFrom('actions').select('code').where('sourceType', '=', 'review').where('sourceId', '=', findingId).where('status', 'in', OPEN_ACTIONS).orderBy('code').execute();
  return rows.map((r) => r.code);
}
