// Reading gate reviews: one review, a project's reviews, and an approver's queue (the reviews
// waiting for a decision the reader may take, whether or not they are on the project's team).
import type { GateReview, GateReviewListQuery } from '../../contracts/governance.schema.ts';
import type { AppContext } from '../context.ts';
import { visibleProjects } from '../projects/project-queries.ts';
import { decodeCursor, toPage } from '../shared/pagination.ts';
import { sql } from 'kysely';
import { afterCursor } from '../shared/pagination.ts';
import { loadProjectRow } from '../projects/project-store.ts';
import { canDecide, loadVisibleReview, toGateReview, type ReviewRow } from './gate-review-store.ts';

export async function getGateReview(ctx: AppContext, id: string): Promise<GateReview> {
  const { review, project } = await loadVisibleReview(ctx, ctx.db, id);
  return toGateReview(ctx, ctx.db, review, project);
}

/** Newest first. With awaitingMe, the open reviews the reader may decide, oldest request first. */
export async function listGateReviews(ctx: AppContext, query: GateReviewListQuery): Promise<{ items: GateReview[]; nextCursor: string | null }> {
  if (query.awaitingMe) return { items: await awaitingDecision(ctx, query), nextCursor: null };
  const cursor = decodeCursor(query.cursor);
  let q = visibleProjects(ctx, { includeArchived: query.projectId !== undefined }).innerJoin('gateReviews as g', 'g.projectId', 'p.id').selectAll('g');
  if (query.projectId) q = q.where('g.projectId', '=', query.projectId);
  if (query.status) q = q.where('g.status', '=', query.status);
  if (cursor) q = q.where(afterCursor(sql.ref('g.created_at'), sql.ref('g.id'), true, cursor));
  const rows = (await q.orderBy('g.createdAt', 'desc').orderBy('g.id', 'desc').limit(query.limit + 1).execute()) as ReviewRow[];
  const page = toPage(rows, query.limit, (r) => r.createdAt, (r) => r);
  return { items: await Promise.all(page.items.map(async (r) => toGateReview(ctx, ctx.db, r, (await loadProjectRow(ctx.db, r.projectId))!))), nextCursor: page.nextCursor };
}

async function awaitingDecision(ctx: AppContext, query: GateReviewListQuery): Promise<GateReview[]> {
  let q = ctx.db.selectFrom('gateReviews').selectAll().where('status', '=', 'requested');
  if (query.projectId) q = q.where('projectId', '=', query.projectId);
  const rows = await q.orderBy('createdAt').orderBy('id').execute();
  const mine: GateReview[] = [];
  for (const review of rows) {
    const project = (await loadProjectRow(ctx.db, review.projectId))!;
    if (project.archivedAt || !canDecide(ctx.actor, review, project)) continue;
    mine.push(await toGateReview(ctx, ctx.db, review, project));
    if (mine.length >= query.limit) break;
  }
  return mine;
}
