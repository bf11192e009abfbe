// Findings of quality reviews as a project log (QAF-7): a title, an owner, a severity, a due date
// and a status, listed and searched across projects like the RAID logs. What is their own: the
// review and checklist question they come from, and the follow-up columns (when it was resolved,
// who verified and closed it). Who may change what is decided in finding-commands.ts.
import { sql, type Selectable } from 'kysely';
import type { FindingBase, FindingCreate, FindingListQuery, FindingUpdate } from '../../contracts/quality.schema.ts';
import { findingOverdue, type FindingStatus } from '../../core/quality/finding-lifecycle.ts';
import type { QualityFindingsTable } from '../../db/tables.ts';
import { nowIso } from '../context.ts';
import { AppError } from '../errors.ts';
import { commonSorts, itemApi, type LogEnv, type LogKind, type LogListQuery } from '../raid/raid-log.ts';
import { typeOf } from './review-store.ts';

type Row = Selectable<QualityFindingsTable>;
export type FindingInput = FindingCreate & { reviewId: string };
export interface FindingQuery extends LogListQuery, Pick<FindingListQuery, 'reviewId' | 'severity' | 'overdue'> {}

const FOLLOWED_UP = ['open', 'in_progress', 'resolved'];
const SEVERITY_RANK = sql`(case i.severity when 'critical' then 1 when 'high' then 2 when 'medium' then 3 else 4 end)`;
const RANK: Record<string, number> = { critical: 1, high: 2, medium: 3, low: 4 };

/** A question key must be one of the review's checklist. */
async function checkQuestion(env: LogEnv, reviewId: string, questionKey: string | null | undefined): Promise<void> {
  if (!questionKey) return;
  const review = (await env.trx.selectFrom('qualityReviews').select('typeJson').where('id', '=', reviewId).executeTakeFirst())!;
  const keys = typeOf(review).questions.map((q) => q.key);
  if (!keys.includes(questionKey)) {
    throw new AppError('invalid_reference', `The review's checklist has no question ${questionKey}: use one of ${keys.join(', ')}, or leave questionKey out.`, { errors: [{ path: 'questionKey', message: 'not a question of this review' }] });
  }
}

/** The follow-up columns a status sets: resolved when it was resolved, closed and by whom when verified. */
function statusColumns(env: LogEnv, status: FindingStatus, before: Row | null): Partial<Row> {
  const now = nowIso(env.ctx.clock);
  const resolved = status === 'resolved' || status === 'closed';
  return {
    status,
    resolvedAt: resolved ? (before?.resolvedAt ?? now) : null,
    closedAt: status === 'closed' ? (before?.status === 'closed' ? before.closedAt : now) : null,
    verifiedBy: status === 'closed' ? (before?.status === 'closed' ? before.verifiedBy : env.ctx.actor.userId || null) : null,
  };
}

export const findingKind: LogKind<Row, FindingBase, FindingInput, FindingUpdate, FindingQuery> = {
  table: 'qualityFindings',
  prefix: 'QAF',
  label: 'Finding',
  auditType: 'quality_finding',
  async createColumns(env, _project, input) {
    await checkQuestion(env, input.reviewId, input.questionKey);
    return { reviewId: input.reviewId, questionKey: input.questionKey, severity: input.severity, dueDate: input.dueDate, resolution: '', ...statusColumns(env, 'open', null) };
  },
  async updateColumns(env, before, patch) {
    await checkQuestion(env, before.reviewId, patch.questionKey);
    const { status, ...rest } = patch;
    const columns: Partial<Row> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    return status === undefined || status === before.status ? columns : { ...columns, ...statusColumns(env, status, before) };
  },
  extendQuery: (q) => q.innerJoin('qualityReviews as rv', 'rv.id', 'i.reviewId').leftJoin('users as vb', 'vb.id', 'i.verifiedBy').select(['rv.code as reviewCode', 'vb.name as verifiedByName']),
  toApi: (r, env) => {
    const joined = r as typeof r & { reviewCode: string; verifiedByName: string | null };
    return {
      ...itemApi(r),
      status: r.status as FindingStatus,
      reviewId: r.reviewId,
      reviewCode: joined.reviewCode,
      questionKey: r.questionKey,
      severity: r.severity as FindingBase['severity'],
      dueDate: r.dueDate,
      overdue: findingOverdue(r.status as FindingStatus, r.dueDate, env.today),
      awaitingVerification: r.status === 'resolved',
      resolution: r.resolution,
      resolvedAt: r.resolvedAt,
      closedAt: r.closedAt,
      verifiedBy: r.verifiedBy,
      verifiedByName: joined.verifiedByName,
    };
  },
  filter(q, query, env) {
    if (!query.status?.length) q = q.where('i.status', 'in', FOLLOWED_UP);
    if (query.reviewId) q = q.where('i.reviewId', '=', query.reviewId);
    if (query.severity) q = q.where('i.severity', '=', query.severity);
    if (query.overdue === true) q = q.where('i.status', 'in', ['open', 'in_progress']).where('i.dueDate', '<', env.today);
    if (query.overdue === false) q = q.where((eb) => eb.or([eb('i.status', 'not in', ['open', 'in_progress']), eb('i.dueDate', 'is', null), eb('i.dueDate', '>=', env.today)]));
    return q;
  },
  sorts: {
    ...commonSorts<Row>(),
    dueDate: { expr: sql`coalesce(i.due_date, '9999-12-31')`, value: (r) => r.dueDate ?? '9999-12-31' },
    severity: { expr: SEVERITY_RANK, value: (r) => RANK[r.severity] ?? 4 },
  },
};
