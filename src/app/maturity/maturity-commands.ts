// Running a maturity assessment. The PMO opens one on the model as it stands today, names the people
// asked to answer and, if it wishes, a target level per dimension; each respondent answers every
// question they can (a level, or "don't know") while it is open; the PMO closes it, after which later
// assessments measure their change from it, and may reopen it to let late answers in.
import type { MaturityAnswersBody, MaturityAssessment, MaturityAssessmentCreate, MaturityAssessmentUpdate } from '../../contracts/maturity.schema.ts';
import type { MaturityModel } from '../../core/maturity/maturity-types.ts';
import { responseProblems } from '../../core/maturity/maturity-validation.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { todayOf } from '../raid/raid-log.ts';
import { newId, nextCode } from '../shared/ids.ts';
import { assertAllExist } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { loadMaturityModel } from './maturity-model-setting.ts';
import { loadVisibleAssessment, modelOf, toMaturityAssessment, type AssessmentRow } from './maturity-store.ts';

/** Targets must name dimensions of the model. */
function checkTargets(model: MaturityModel, targets: Readonly<Record<string, number>>): void {
  const keys = model.dimensions.map((d) => d.key);
  const unknown = Object.keys(targets).filter((k) => !keys.includes(k));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', `The model has no dimension ${unknown.join(', ')}: set targets for ${keys.join(', ')}.`, {
      errors: unknown.map((k) => ({ path: `targets.${k}`, message: 'not a dimension of the model' })),
    });
  }
}

/** Sets the respondents, keeping the answers of those who stay. */
async function setRespondents(trx: Db, assessmentId: string, userIds: readonly string[]): Promise<void> {
  const wanted = [...new Set(userIds)];
  await trx.deleteFrom('maturityRespondents').where('assessmentId', '=', assessmentId).where('userId', 'not in', wanted).execute();
  const kept = new Set((await trx.selectFrom('maturityRespondents').select('userId').where('assessmentId', '=', assessmentId).execute()).map((r) => r.userId));
  const added = wanted.filter((id) => !kept.has(id));
  if (added.length > 0) await trx.insertInto('maturityRespondents').values(added.map((userId) => ({ assessmentId, userId, answersJson: '{}', answeredAt: null }))).execute();
}

/** Opens an assessment on today's model (PMO, admin). */
export function createMaturityAssessment(ctx: AppContext, input: MaturityAssessmentCreate): Promise<MaturityAssessment> {
  requireRegisterEditor(ctx.actor, 'open maturity assessments');
  return inTransaction(ctx, async (trx) => {
    const model = await loadMaturityModel(trx);
    checkTargets(model, input.targets);
    await assertAllExist(trx, 'users', 'respondentIds', input.respondentIds);
    const now = nowIso(ctx.clock);
    const row: AssessmentRow = {
      id: newId(),
      code: await nextCode(trx, 'MAT'),
      title: input.title,
      modelJson: JSON.stringify(model),
      targetsJson: JSON.stringify(input.targets),
      status: 'open',
      openedOn: input.openedOn ?? todayOf(ctx),
      closedAt: null,
      createdBy: ctx.actor.userId || null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await trx.insertInto('maturityAssessments').values(row).execute();
    await setRespondents(trx, row.id, input.respondentIds);
    const { respondents } = await loadVisibleAssessment(ctx, trx, row.id);
    const api = await toMaturityAssessment(ctx, trx, row, respondents);
    await recordAudit(trx, ctx, { entityType: 'maturity_assessment', entityId: row.id, action: 'create', after: api });
    return api;
  });
}

/** Renames, changes respondents or targets, closes or reopens an assessment (PMO, admin). */
export function updateMaturityAssessment(ctx: AppContext, id: string, expectedVersion: number, patch: MaturityAssessmentUpdate): Promise<MaturityAssessment> {
  return inTransaction(ctx, async (trx) => {
    const { row, respondents } = await loadVisibleAssessment(ctx, trx, id);
    requireRegisterEditor(ctx.actor, 'change maturity assessments');
    const label = `Maturity assessment ${row.code}`;
    assertVersion(label, row.version, expectedVersion);
    if (patch.targets) checkTargets(modelOf(row), patch.targets);
    if (patch.respondentIds) await assertAllExist(trx, 'users', 'respondentIds', patch.respondentIds);
    const before = await toMaturityAssessment(ctx, trx, row, respondents);
    const now = nowIso(ctx.clock);
    const status = patch.status ?? row.status;
    const changes = {
      title: patch.title ?? row.title,
      targetsJson: patch.targets ? JSON.stringify(patch.targets) : row.targetsJson,
      status,
      closedAt: status === 'closed' ? (row.status === 'closed' ? row.closedAt : now) : null,
      updatedAt: now,
      version: expectedVersion + 1,
    };
    const result = await trx.updateTable('maturityAssessments').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(label, result.numUpdatedRows, expectedVersion);
    if (patch.respondentIds) await setRespondents(trx, id, patch.respondentIds);
    const reloaded = await loadVisibleAssessment(ctx, trx, id);
    const after = await toMaturityAssessment(ctx, trx, reloaded.row, reloaded.respondents);
    const action = status !== row.status ? (status === 'closed' ? 'close' : 'reopen') : 'update';
    await recordAudit(trx, ctx, { entityType: 'maturity_assessment', entityId: id, action, before, after });
    return after;
  });
}

/** Records the actor's answers to an open assessment they are asked to answer; replaces earlier ones. */
export function answerMaturityAssessment(ctx: AppContext, id: string, body: MaturityAnswersBody): Promise<MaturityAssessment> {
  return inTransaction(ctx, async (trx) => {
    const { row, respondents } = await loadVisibleAssessment(ctx, trx, id);
    if (!respondents.some((r) => r.userId === ctx.actor.userId)) throw forbidden(`answer ${row.code}: only the people asked to answer it may (ask the PMO to add you)`);
    if (row.status !== 'open') throw new AppError('validation_failed', `${row.code} is closed, so its answers stand; ask the PMO to reopen it to change yours.`, { errors: [{ path: 'status', message: 'closed' }] });
    const problems = responseProblems(modelOf(row), { respondentId: ctx.actor.userId, answers: body.answers });
    if (problems.length > 0) {
      throw new AppError('validation_failed', `Your answers need fixing: ${problems[0]!.message}`, { errors: problems.map((p) => ({ path: p.path, message: p.message })) });
    }
    const now = nowIso(ctx.clock);
    await trx.updateTable('maturityRespondents').set({ answersJson: JSON.stringify(body.answers), answeredAt: now })
      .where('assessmentId', '=', id).where('userId', '=', ctx.actor.userId).execute();
    await trx.updateTable('maturityAssessments').set({ updatedAt: now }).where('id', '=', id).execute();
    const reloaded = await loadVisibleAssessment(ctx, trx, id);
    const api = await toMaturityAssessment(ctx, trx, reloaded.row, reloaded.respondents);
    await recordAudit(trx, ctx, { entityType: 'maturity_assessment', entityId: id, action: 'answer', after: { code: row.code, respondent: ctx.actor.userId, answers: body.answers } });
    return api;
  });
}
