// A maturity assessment as the API shows it: the model it was taken on, its respondents and who has
// answered, the reader's own answers, the scores computed from every answer so far, the change since
// the last assessment closed before it opened, and the steps toward the PMO's targets. Also who may
// see one: the PMO, administrators and executives see every assessment; a respondent the ones they
// are asked to answer.
import type { Selectable } from 'kysely';
import type { MaturityAssessment } from '../../contracts/maturity.schema.ts';
import { changeSince, improvementSteps, scoreAssessment } from '../../core/maturity/maturity-score.ts';
import type { AssessmentResult, ImprovementStep, MaturityModel, MaturityResponse } from '../../core/maturity/maturity-types.ts';
import type { Db } from '../../db/database.ts';
import type { MaturityAssessmentsTable } from '../../db/tables.ts';
import type { Actor, AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { canEditRegister } from '../access/policy.ts';

export type AssessmentRow = Selectable<MaturityAssessmentsTable>;
type Answers = Record<string, number | null>;

export const modelOf = (row: Pick<AssessmentRow, 'modelJson'>): MaturityModel => JSON.parse(row.modelJson) as MaturityModel;
export const targetsOf = (row: Pick<AssessmentRow, 'targetsJson'>): Record<string, number> => JSON.parse(row.targetsJson) as Record<string, number>;

/** Everyone but members reads every assessment; a member only those they are asked to answer. */
export const readsAllAssessments = (actor: Actor): boolean => actor.orgRole !== 'member';

interface Respondent {
  readonly userId: string;
  readonly name: string;
  readonly answers: Answers;
  readonly answeredAt: string | null;
}

export async function respondentsOf(db: Db, assessmentIds: readonly string[]): Promise<Map<string, Respondent[]>> {
  const byAssessment = new Map<string, Respondent[]>(assessmentIds.map((id) => [id, []]));
  if (assessmentIds.length === 0) return byAssessment;
  const rows = await db.selectFrom('maturityRespondents').innerJoin('users', 'users.id', 'maturityRespondents.userId')
    .select(['maturityRespondents.assessmentId', 'maturityRespondents.userId', 'users.name', 'maturityRespondents.answersJson', 'maturityRespondents.answeredAt'])
    .where('maturityRespondents.assessmentId', 'in', [...assessmentIds]).orderBy('users.name').orderBy('maturityRespondents.userId').execute();
  for (const r of rows) byAssessment.get(r.assessmentId)!.push({ userId: r.userId, name: r.name, answers: JSON.parse(r.answersJson) as Answers, answeredAt: r.answeredAt });
  return byAssessment;
}

/** The scores from the answers given so far (respondents who have not answered count nowhere). */
export function resultOf(row: AssessmentRow, respondents: ReadonlyArray<Respondent>): AssessmentResult {
  const responses: MaturityResponse[] = respondents.filter((r) => r.answeredAt !== null).map((r) => ({ respondentId: r.userId, answers: r.answers }));
  return scoreAssessment(modelOf(row), responses);
}

/** The assessment, if the actor may see it, with its respondents; 404 otherwise. */
export async function loadVisibleAssessment(ctx: AppContext, db: Db, id: string): Promise<{ row: AssessmentRow; respondents: Respondent[] }> {
  const row = await db.selectFrom('maturityAssessments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Maturity assessment', id);
  const respondents = (await respondentsOf(db, [row.id])).get(row.id)!;
  if (!readsAllAssessments(ctx.actor) && !respondents.some((r) => r.userId === ctx.actor.userId)) throw notFound('Maturity assessment', id);
  return { row, respondents };
}

/** The last assessment closed before this one opened (the one its change is measured from). */
async function previousOf(db: Db, row: AssessmentRow): Promise<AssessmentRow | undefined> {
  return db.selectFrom('maturityAssessments').selectAll().where('status', '=', 'closed').where('id', '!=', row.id)
    .where((eb) => eb.or([eb('openedOn', '<', row.openedOn), eb.and([eb('openedOn', '=', row.openedOn), eb('id', '<', row.id)])]))
    .orderBy('openedOn', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** Each step with the action raised for it, if any. */
async function withActions(db: Db, assessmentId: string, steps: ReadonlyArray<ImprovementStep>): Promise<MaturityAssessment['improvementSteps']> {
  const rows = await db.selectFrom('maturityActions as m').innerJoin('actions as a', 'a.id', 'm.actionId')
    .select(['m.questionKey', 'a.id', 'a.code', 'a.status', 'a.projectId']).where('m.assessmentId', '=', assessmentId).execute();
  const byQuestion = new Map(rows.map((r) => [r.questionKey, { id: r.id, code: r.code, status: r.status, projectId: r.projectId }]));
  return steps.map((s) => ({ ...s, action: byQuestion.get(s.questionKey) ?? null }));
}

export async function toMaturityAssessment(ctx: AppContext, db: Db, row: AssessmentRow, respondents: ReadonlyArray<Respondent>): Promise<MaturityAssessment> {
  const model = modelOf(row);
  const targets = targetsOf(row);
  const result = resultOf(row, respondents);
  const previous = await previousOf(db, row);
  const previousResult = previous ? resultOf(previous, (await respondentsOf(db, [previous.id])).get(previous.id)!) : null;
  const me = respondents.find((r) => r.userId === ctx.actor.userId);
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    status: row.status as MaturityAssessment['status'],
    openedOn: row.openedOn,
    closedAt: row.closedAt,
    model: structuredClone(model) as MaturityAssessment['model'],
    targets,
    respondents: respondents.map((r) => ({ id: r.userId, name: r.name, answered: r.answeredAt !== null })),
    myAnswers: me ? me.answers : null,
    canAnswer: me !== undefined && row.status === 'open',
    canEdit: canEditRegister(ctx.actor),
    result: structuredClone(result) as MaturityAssessment['result'],
    previous: previous ? { id: previous.id, code: previous.code, title: previous.title, openedOn: previous.openedOn } : null,
    changes: changeSince(previousResult, result),
    improvementSteps: await withActions(db, row.id, improvementSteps(model, result, targets)),
    version: row.version,
  };
}
