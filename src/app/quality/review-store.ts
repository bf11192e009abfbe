// A quality review as the API shows it: the checklist it was planned with and the answers so far,
// the live score and RAG, its reviewers and how its findings stand. Also who may see a review
// (whoever may read its project, and its reviewers, who may come from outside the team) and who
// may work on it (its reviewers, the PMO, administrators).
import type { Selectable } from 'kysely';
import type { QualityReview } from '../../contracts/quality.schema.ts';
import type { ReviewType } from '../../core/quality/review-types.ts';
import { scoreReview, type Outcome } from '../../core/quality/review-score.ts';
import { findingOverdue, type FindingStatus } from '../../core/quality/finding-lifecycle.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow, QualityReviewsTable } from '../../db/tables.ts';
import type { Actor, AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { canEditRegister, canReadProject } from '../access/policy.ts';
import { accessFacts, loadProjectRow } from '../projects/project-store.ts';
import { todayOf } from '../raid/raid-log.ts';

export type ReviewRow = Selectable<QualityReviewsTable>;
export interface StoredAnswer {
  readonly questionKey: string;
  readonly outcome: Outcome | null;
  readonly comment: string;
}

export const typeOf = (r: Pick<ReviewRow, 'typeJson'>): ReviewType => JSON.parse(r.typeJson) as ReviewType;
export const answersOf = (r: Pick<ReviewRow, 'answersJson'>): StoredAnswer[] => JSON.parse(r.answersJson) as StoredAnswer[];

export async function reviewerIdsOf(db: Db, reviewId: string): Promise<string[]> {
  const rows = await db.selectFrom('qualityReviewReviewers').select('userId').where('reviewId', '=', reviewId).execute();
  return rows.map((r) => r.userId);
}

/** Reviewers, the PMO and administrators answer a review, record its findings and verify them. */
export const isVerifier = (actor: Actor, reviewerIds: readonly string[]): boolean => canEditRegister(actor) || reviewerIds.includes(actor.userId);

/** A review the actor may see: on a project they can read, or one they review. */
export async function loadVisibleReview(ctx: AppContext, db: Db, id: string): Promise<{ review: ReviewRow; project: ProjectRow; reviewerIds: string[] }> {
  const review = await db.selectFrom('qualityReviews').selectAll().where('id', '=', id).executeTakeFirst();
  const project = review ? await loadProjectRow(db, review.projectId) : undefined;
  if (!review || !project) throw notFound('Quality review', id);
  const reviewerIds = await reviewerIdsOf(db, id);
  if (!canReadProject(ctx.actor, await accessFacts(db, ctx.actor, project)) && !reviewerIds.includes(ctx.actor.userId)) throw notFound('Quality review', id);
  return { review, project, reviewerIds };
}

/** Reviews and findings of an archived project are read-only, as the project is. */
export function assertWritable(project: Pick<ProjectRow, 'archivedAt' | 'code'>): void {
  if (project.archivedAt) throw new AppError('validation_failed', `Project ${project.code} is archived and read-only. Restore it first if it needs to change.`);
}

/** The API view of reviews, with three queries for the lot (projects, reviewers, findings). */
export async function toQualityReviews(ctx: AppContext, db: Db, rows: readonly ReviewRow[]): Promise<QualityReview[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [projects, reviewers, findings] = await Promise.all([
    db.selectFrom('projects').select(['id', 'code', 'name']).where('id', 'in', [...new Set(rows.map((r) => r.projectId))]).execute(),
    db.selectFrom('qualityReviewReviewers as rr').innerJoin('users as u', 'u.id', 'rr.userId').select(['rr.reviewId', 'u.id', 'u.name']).where('rr.reviewId', 'in', ids).orderBy('u.name').execute(),
    db.selectFrom('qualityFindings').select(['reviewId', 'status', 'dueDate']).where('reviewId', 'in', ids).execute(),
  ]);
  const projectOf = new Map(projects.map((p) => [p.id, p]));
  const today = todayOf(ctx);
  return rows.map((r) => {
    const type = typeOf(r);
    const answers = new Map(answersOf(r).map((a) => [a.questionKey, a]));
    const score = scoreReview(type.questions, [...answers.values()]);
    const people = reviewers.filter((x) => x.reviewId === r.id).map((x) => ({ id: x.id, name: x.name }));
    const own = findings.filter((f) => f.reviewId === r.id);
    const project = projectOf.get(r.projectId)!;
    return {
      id: r.id,
      code: r.code,
      projectId: r.projectId,
      projectCode: project.code,
      projectName: project.name,
      typeKey: r.typeKey,
      typeName: type.name,
      title: r.title,
      scope: r.scope,
      summary: r.summary,
      status: r.status as QualityReview['status'],
      plannedDate: r.plannedDate,
      reviewers: people,
      canEdit: !['closed', 'cancelled'].includes(r.status) && isVerifier(ctx.actor, people.map((p) => p.id)),
      questions: type.questions.map((q) => ({ key: q.key, area: q.area, text: q.text, guidance: q.guidance, outcome: answers.get(q.key)?.outcome ?? null, comment: answers.get(q.key)?.comment ?? '' })),
      score: score.score,
      rag: score.rag,
      tally: score.tally,
      areas: score.areas.map((a) => ({ area: a.area, score: a.score, rag: a.rag })),
      unanswered: [...score.unanswered],
      findings: {
        total: own.length,
        notClosed: own.filter((f) => f.status !== 'closed').length,
        overdue: own.filter((f) => findingOverdue(f.status as FindingStatus, f.dueDate, today)).length,
      },
      startedAt: r.startedAt,
      completedAt: r.completedAt,
      completedBy: r.completedBy,
      closedAt: r.closedAt,
      createdBy: r.createdBy,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      version: r.version,
    };
  });
}

export const toQualityReview = async (ctx: AppContext, db: Db, row: ReviewRow): Promise<QualityReview> => (await toQualityReviews(ctx, db, [row]))[0]!;
