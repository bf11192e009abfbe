// Turning an improvement step into work: the PMO raises an action for a step of an assessment in the
// project that runs its own roadmap (named on the PMO charter), through the action log's use case, so
// it is owned, dated, followed and audited like any action; the assessment then shows the action
// beside its step, and each step gets at most one.
import type { Action } from '../../contracts/raid.schema.ts';
import type { ImprovementActionCreate } from '../../contracts/pmo-charter.schema.ts';
import { improvementSteps } from '../../core/maturity/maturity-score.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { loadCharter } from '../pmo-charter/pmo-charter.ts';
import { actionKind } from '../raid/actions.ts';
import { createLogItem } from '../raid/raid-log.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadVisibleAssessment, modelOf, resultOf, targetsOf } from './maturity-store.ts';

export function raiseImprovementAction(ctx: AppContext, assessmentId: string, body: ImprovementActionCreate): Promise<Action> {
  requireRegisterEditor(ctx.actor, 'raise improvement actions');
  return inTransaction(ctx, async (trx) => {
    const { row, respondents } = await loadVisibleAssessment(ctx, trx, assessmentId);
    const { value: charter } = await loadCharter(trx);
    if (!charter.roadmapProjectId) {
      throw new AppError('validation_failed', 'The PMO has no roadmap project yet: name the project that runs the PMO\'s own improvement plan on the PMO charter, then raise the action.', { errors: [{ path: 'roadmapProjectId', message: 'not set on the PMO charter' }] });
    }
    const model = modelOf(row);
    const step = improvementSteps(model, resultOf(row, respondents), targetsOf(row)).find((s) => s.questionKey === body.questionKey);
    if (!step) {
      throw new AppError('validation_failed', `${row.code} has no improvement step for "${body.questionKey}": its question is unanswered or already at its target.`, { errors: [{ path: 'questionKey', message: 'not an improvement step of this assessment' }] });
    }
    const existing = await trx.selectFrom('maturityActions as m').innerJoin('actions as a', 'a.id', 'm.actionId').select('a.code')
      .where('m.assessmentId', '=', row.id).where('m.questionKey', '=', body.questionKey).executeTakeFirst();
    if (existing) throw new AppError('duplicate', `This step of ${row.code} already has the action ${existing.code}; follow that one.`);
    const dimension = model.dimensions.find((d) => d.key === step.dimensionKey)!;
    const action = await createLogItem(actionKind, { ...ctx, db: trx }, charter.roadmapProjectId, {
      title: `${dimension.name}: reach level ${step.nextLevel} on "${step.question}"`.slice(0, 200),
      description: `From ${row.code} (${row.title}): scored ${step.score.toFixed(2)}, target ${step.targetLevel}. Next practice: ${step.nextPractice}`,
      ownerId: body.ownerId, status: 'open', dueDate: body.dueDate, sourceType: 'maturity', sourceId: row.id,
    });
    await trx.insertInto('maturityActions').values({ assessmentId: row.id, questionKey: body.questionKey, actionId: action.id }).execute();
    return action;
  });
}
