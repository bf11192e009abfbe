// Risks: cause → event → effect, rated for probability and impact on the PMO's matrix before the
// response (inherent) and after it (residual), with a response strategy, triggers, a review date and
// the tasks they threaten. Every change of a rating or status is kept in the score history, so a
// risk's path across the heat map can be told later.
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { Risk, RiskCreate, RiskListQuery, RiskUpdate } from '../../contracts/raid.schema.ts';
import { bandOf, ratingProblems, riskScore, type RiskMatrix } from '../../core/risk/risk-matrix.ts';
import type { RisksTable } from '../../db/tables.ts';
import { nowIso } from '../context.ts';
import { AppError, type FieldProblem } from '../errors.ts';
import { newId } from '../shared/ids.ts';
import { commonSorts, itemApi, type LogEnv, type LogKind } from './raid-log.ts';
import { patchedFields } from '../shared/versioning.ts';

type Row = Selectable<RisksTable>;
type Own<T> = Omit<T, 'code' | 'title' | 'description' | 'ownerId'>;

const residualOf = (r: Pick<Row, 'residualProbability' | 'residualImpact'>) =>
  r.residualProbability !== null && r.residualImpact !== null ? { probability: r.residualProbability, impact: r.residualImpact } : null;

/** The rules a risk's ratings follow on the matrix: within its scales, residual rated as a pair. */
function checkRatings(matrix: RiskMatrix, r: Pick<Row, 'probability' | 'impact' | 'residualProbability' | 'residualImpact'>): void {
  const problems: FieldProblem[] = ratingProblems(matrix, r, { probability: 'probability', impact: 'impact' });
  if ((r.residualProbability === null) !== (r.residualImpact === null)) {
    problems.push({ path: r.residualProbability === null ? 'residualProbability' : 'residualImpact', message: 'Rate the residual probability and impact together (or clear both).' });
  } else if (r.residualProbability !== null) {
    problems.push(...ratingProblems(matrix, { probability: r.residualProbability, impact: r.residualImpact! }, { probability: 'residualProbability', impact: 'residualImpact' }));
  }
  if (problems.length > 0) throw new AppError('validation_failed', `The risk's rating does not fit the PMO's risk matrix: ${problems[0]!.message}`, { errors: problems });
}

async function checkTasks(env: LogEnv, projectId: string, taskIds: readonly string[]): Promise<void> {
  if (taskIds.length === 0) return;
  const found = await env.trx.selectFrom('scheduleTasks').select('id').where('projectId', '=', projectId).where('id', 'in', [...taskIds]).execute();
  const known = new Set(found.map((t) => t.id));
  const missing = taskIds.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new AppError('invalid_reference', `taskIds names tasks that are not in this project's schedule: ${missing.join(', ')}.`, {
      errors: missing.map((id) => ({ path: `taskIds[${taskIds.indexOf(id)}]`, message: 'no task of this project has this id' })),
    });
  }
}

const closedAtFor = (env: LogEnv, status: string, before: Row | null): string | null =>
  status === 'closed' ? (before?.status === 'closed' ? before.closedAt : nowIso(env.ctx.clock)) : null;

export const riskKind: LogKind<Row, Risk, RiskCreate, RiskUpdate, RiskListQuery> = {
  table: 'risks',
  prefix: 'RSK',
  label: 'Risk',
  auditType: 'risk',
  async createColumns(env, project, input: Own<RiskCreate>) {
    const columns = {
      status: input.status,
      category: input.category,
      cause: input.cause,
      effect: input.effect,
      probability: input.probability,
      impact: input.impact,
      residualProbability: input.residualProbability,
      residualImpact: input.residualImpact,
      strategy: input.strategy,
      response: input.response,
      triggers: input.triggers,
      reviewDate: input.reviewDate,
      taskIdsJson: JSON.stringify([...new Set(input.taskIds)]),
      closedAt: closedAtFor(env, input.status, null),
    };
    checkRatings(env.riskMatrix, columns);
    await checkTasks(env, project.id, input.taskIds);
    return columns;
  },
  async updateColumns(env, before, patch: Own<RiskUpdate>) {
    const { taskIds, ...rest } = patch;
    const columns: Partial<Row> = patchedFields(rest);
    if (taskIds !== undefined) {
      await checkTasks(env, before.projectId, taskIds);
      columns.taskIdsJson = JSON.stringify([...new Set(taskIds)]);
    }
    const after = { ...before, ...columns };
    checkRatings(env.riskMatrix, after);
    if (patch.status !== undefined) columns.closedAt = closedAtFor(env, patch.status, before);
    return columns;
  },
  toApi(r, env) {
    const residual = residualOf(r);
    const score = riskScore(r);
    const residualScore = residual ? riskScore(residual) : null;
    return {
      ...itemApi(r),
      status: r.status as Risk['status'],
      category: r.category,
      cause: r.cause,
      effect: r.effect,
      probability: r.probability,
      impact: r.impact,
      score,
      band: bandOf(env.riskMatrix, score).key,
      residualProbability: r.residualProbability,
      residualImpact: r.residualImpact,
      residualScore,
      residualBand: residualScore === null ? null : bandOf(env.riskMatrix, residualScore).key,
      strategy: r.strategy as Risk['strategy'],
      response: r.response,
      triggers: r.triggers,
      reviewDate: r.reviewDate,
      reviewOverdue: r.status === 'open' && r.reviewDate !== null && r.reviewDate < env.today,
      taskIds: JSON.parse(r.taskIdsJson) as string[],
      closedAt: r.closedAt,
    };
  },
  filter(q, query, env) {
    if (query.category) q = q.where(sql`lower(i.category)`, '=', query.category.toLowerCase());
    // The rating the filters look at: the residual one where given (falling back to the inherent).
    const p = query.rating === 'residual' ? sql`coalesce(i.residual_probability, i.probability)` : sql`i.probability`;
    const i = query.rating === 'residual' ? sql`coalesce(i.residual_impact, i.impact)` : sql`i.impact`;
    if (query.probability !== undefined) q = q.where(p, '=', query.probability);
    if (query.impact !== undefined) q = q.where(i, '=', query.impact);
    if (query.band !== undefined) {
      const bands = env.riskMatrix.bands;
      const at = bands.findIndex((b) => b.key === query.band);
      if (at < 0) {
        throw new AppError('validation_failed', `The risk matrix has no band "${query.band}": use ${bands.map((b) => b.key).join(', ')}.`, { errors: [{ path: 'band', message: 'unknown band' }] });
      }
      q = q.where(sql`${p} * ${i}`, '>=', bands[at]!.minScore);
      if (at + 1 < bands.length) q = q.where(sql`${p} * ${i}`, '<', bands[at + 1]!.minScore);
    }
    return q;
  },
  sorts: {
    ...commonSorts<Row>(),
    score: { expr: sql`(i.probability * i.impact)`, value: (r) => r.probability * r.impact },
    residualScore: {
      expr: sql`(coalesce(i.residual_probability, i.probability) * coalesce(i.residual_impact, i.impact))`,
      value: (r) => (r.residualProbability ?? r.probability) * (r.residualImpact ?? r.impact),
    },
    reviewDate: { expr: sql`coalesce(i.review_date, '9999-12-31')`, value: (r) => r.reviewDate ?? '9999-12-31' },
  },
  async afterWrite(env, before, after) {
    const changed = !before || (['probability', 'impact', 'residualProbability', 'residualImpact', 'status'] as const).some((k) => before[k] !== after[k]);
    if (!changed) return;
    await env.trx
      .insertInto('riskScoreHistory')
      .values({
        id: newId(),
        riskId: after.id,
        at: nowIso(env.ctx.clock),
        actorId: env.ctx.actor.userId || null,
        probability: after.probability,
        impact: after.impact,
        residualProbability: after.residualProbability,
        residualImpact: after.residualImpact,
        status: after.status,
      })
      .execute();
  },
};
