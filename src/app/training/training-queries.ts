// Reading training: the catalogue (everyone), a person's training record with their levels and
// needs (the person, the PMO, administrators and executives), the project managers' competency
// matrix and every training need (the PMO, administrators and executives).
import type { Selectable } from 'kysely';
import type { CompetencyMatrix, CompetencyMatrixQuery, Course, PersonTraining, TrainingNeed, TrainingNeeds } from '../../contracts/training.schema.ts';
import { competencyMatrix, isCurrent, levelOf } from '../../core/training/competency-matrix.ts';
import { TRAINING_ROLE_INFO } from '../../core/training/training-roles.ts';
import { EXPIRY_WARNING_DAYS, trainingNeeds, type TrainingNeed as CoreNeed } from '../../core/training/training-needs.ts';
import type { TrainingFacts } from '../../core/training/training-types.ts';
import { daysBetween } from '../../core/raid/raid-states.ts';
import type { TrainingCoursesTable } from '../../db/tables.ts';
import type { Actor, AppContext } from '../context.ts';
import { forbidden, notFound } from '../errors.ts';
import { canReadAllProjects } from '../access/policy.ts';
import { todayOf } from '../raid/raid-log.ts';
import { loadTrainingFacts } from './training-facts.ts';

export const toCourse = (row: Selectable<TrainingCoursesTable>): Course => ({
  id: row.id, code: row.code, name: row.name, provider: row.provider, durationHours: row.durationHours,
  competencies: JSON.parse(row.competenciesJson) as Record<string, number>, preparesFor: row.preparesFor, archived: row.archivedAt !== null, version: row.version,
});

/** Everyone's training is read by the PMO, administrators and executives (not members). */
const readsEveryone = (actor: Actor): boolean => canReadAllProjects(actor);

export async function listCourses(ctx: AppContext, includeArchived: boolean): Promise<{ items: Course[] }> {
  let query = ctx.db.selectFrom('trainingCourses').selectAll().orderBy('name').orderBy('id');
  if (!includeArchived) query = query.where('archivedAt', 'is', null);
  return { items: (await query.execute()).map(toCourse) };
}

function needApi(facts: TrainingFacts, codes: ReadonlyMap<string, string>, need: CoreNeed): TrainingNeed {
  const person = facts.people.find((p) => p.id === need.personId)!;
  const courses = need.courseIds.map((id) => ({ id, code: codes.get(id) ?? '', name: facts.courses.find((c) => c.id === id)!.name }));
  return {
    person: { id: person.id, name: person.name }, kind: need.kind, reason: need.reason, courses,
    projects: need.kind === 'high_risk_uncertified' ? need.projects.map((p) => ({ ...p })) : [],
    certification: need.kind === 'certification_expiring' ? need.certification : null,
    expiresOn: need.kind === 'certification_expiring' ? need.expiresOn : null,
    daysLeft: need.kind === 'certification_expiring' ? need.daysLeft : null,
    competencyKey: need.kind === 'competency_gap' ? need.competencyKey : null,
    level: need.kind === 'competency_gap' ? need.level : null,
    required: need.kind === 'competency_gap' ? need.required : null,
  };
}

async function courseCodes(ctx: AppContext): Promise<Map<string, string>> {
  return new Map((await ctx.db.selectFrom('trainingCourses').select(['id', 'code']).execute()).map((r) => [r.id, r.code]));
}

export async function getTrainingNeeds(ctx: AppContext): Promise<TrainingNeeds> {
  if (!readsEveryone(ctx.actor)) throw forbidden('read everyone\'s training needs (read your own on your training page)');
  const facts = await loadTrainingFacts(ctx.db, todayOf(ctx));
  const codes = await courseCodes(ctx);
  return { items: trainingNeeds(facts).map((n) => needApi(facts, codes, n)), highRiskExposure: facts.highRiskExposure };
}

export async function getCompetencyMatrix(ctx: AppContext, query: CompetencyMatrixQuery): Promise<CompetencyMatrix> {
  if (!readsEveryone(ctx.actor)) throw forbidden('read the competency matrix');
  const facts = await loadTrainingFacts(ctx.db, todayOf(ctx));
  const { role } = query;
  const required = facts.requirements.find((r) => r.role === role)?.levels ?? {};
  const holders = facts.people.filter((p) => p.roles.includes(role)).map((p) => p.id);
  return {
    role, roleName: TRAINING_ROLE_INFO[role].name, heldBy: TRAINING_ROLE_INFO[role].heldBy,
    competencies: facts.competencies.map((c) => ({ key: c.key, name: c.name, required: required[c.key] ?? null })),
    rows: competencyMatrix(facts, holders).map((r) => ({ person: { id: r.personId, name: r.name }, cells: { ...r.cells } })),
  };
}

export async function getPersonTraining(ctx: AppContext, userId: string): Promise<PersonTraining> {
  if (userId !== ctx.actor.userId && !readsEveryone(ctx.actor)) throw notFound('Person', userId);
  const today = todayOf(ctx);
  const facts = await loadTrainingFacts(ctx.db, today);
  const person = facts.people.find((p) => p.id === userId);
  if (!person) throw notFound('Person', userId);
  const [records, certifications, assessments] = await Promise.all([
    ctx.db.selectFrom('trainingRecords').innerJoin('trainingCourses', 'trainingCourses.id', 'trainingRecords.courseId')
      .select(['trainingRecords.id', 'trainingRecords.completedOn', 'trainingRecords.score', 'trainingCourses.id as courseId', 'trainingCourses.code', 'trainingCourses.name'])
      .where('trainingRecords.userId', '=', userId).orderBy('trainingRecords.completedOn', 'desc').execute(),
    ctx.db.selectFrom('certifications').selectAll().where('userId', '=', userId).orderBy('obtainedOn', 'desc').execute(),
    ctx.db.selectFrom('competencyAssessments').selectAll().where('userId', '=', userId).orderBy('assessedOn', 'desc').orderBy('createdAt', 'desc').execute(),
  ]);
  const codes = await courseCodes(ctx);
  return {
    person: { id: person.id, name: person.name },
    roles: [...person.roles],
    records: records.map((r) => ({ id: r.id, course: { id: r.courseId, code: r.code, name: r.name }, completedOn: r.completedOn, score: r.score })),
    certifications: certifications.map((c) => ({
      id: c.id, name: c.name, projectManagement: c.projectManagement === 1, obtainedOn: c.obtainedOn, expiresOn: c.expiresOn, version: c.version,
      state: !isCurrent(c.expiresOn, today) ? 'expired' as const : c.expiresOn !== null && daysBetween(today, c.expiresOn) <= EXPIRY_WARNING_DAYS ? 'expiring' as const : 'current' as const,
    })),
    assessments: assessments.map((a) => ({ id: a.id, competencyKey: a.competencyKey, level: a.level, by: a.assessedBy as 'self' | 'pmo', assessedOn: a.assessedOn, createdAt: a.createdAt })),
    levels: Object.fromEntries(facts.competencies.map((c) => [c.key, levelOf(facts, userId, c.key)])),
    needs: trainingNeeds({ ...facts, people: [person] }).map((n) => needApi(facts, codes, n)),
  };
}
