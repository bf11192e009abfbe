// Reading quality reviews: one review, and the reviews across every project the reader may see
// plus those they review (an assessor from outside the team sees their own reviews), latest
// planned first, filtered by project, status, type or reviewer.
import { sql } from 'kysely';
import type { QualityReview, QualityReviewListQuery } from '../../contracts/quality.schema.ts';
import type { AppContext } from '../context.ts';
import { visibleProjects } from '../projects/project-queries.ts';
import { afterCursor, decodeCursor, toPage } from '../shared/pagination.ts';
import { loadVisibleReview, toQualityReview, toQualityReviews } from './review-store.ts';

export async function getQualityReview(ctx: AppContext, id: string): Promise<QualityReview> {
  const { review } = await loadVisibleReview(ctx, ctx.db, id);
  return toQualityReview(ctx, ctx.db, review);
}

export async function listQualityReviews(ctx: AppContext, query: QualityReviewListQuery): Promise<{ items: QualityReview[]; nextCursor: string | null }> {
  const cursor = decodeCursor(query.cursor);
  const me = ctx.actor.userId;
  let q = ctx.db
    .selectFrom('qualityReviews as r')
    .innerJoin('projects as pr', 'pr.id', 'r.projectId')
    .selectAll('r')
    .where((eb) =>
      eb.or([
        eb('r.projectId', 'in', visibleProjects(ctx, { includeArchived: true }).select('p.id')),
        eb.exists(eb.selectFrom('qualityReviewReviewers as mine').select('mine.reviewId').whereRef('mine.reviewId', '=', 'r.id').where('mine.userId', '=', me)),
      ]),
    );
  if (query.projectId) q = q.where('r.projectId', '=', query.projectId);
  else q = q.where('pr.archivedAt', 'is', null);
  if (query.status) q = q.where('r.status', '=', query.status);
  if (query.type) q = q.where('r.typeKey', '=', query.type);
  if (query.reviewerId) {
    const reviewerId = query.reviewerId;
    q = q.where((eb) => eb.exists(eb.selectFrom('qualityReviewReviewers as rr').select('rr.reviewId').whereRef('rr.reviewId', '=', 'r.id').where('rr.userId', '=', reviewerId)));
  }
  if (cursor) q = q.where(afterCursor(sql.ref('r.planned_date'), sql.ref('r.id'), true, cursor));
  const rows = await q.orderBy('r.plannedDate', 'desc').orderBy('r.id', 'desc').limit(query.limit + 1).execute();
  const page = toPage(rows, query.limit, (r) => r.plannedDate, (r) => r);
  return { items: await toQualityReviews(ctx, ctx.db, page.items), nextCursor: page.nextCursor };
}
