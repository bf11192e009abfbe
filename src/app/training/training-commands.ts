// Keeping the training catalogue and people's training (PMO, administrators): courses, completed
// courses with scores, certifications with expiry; and competency assessments, which a person gives
// about themselves (self) and the PMO about anyone (pmo). Competency keys must be the framework's.
import type { AssessmentCreate, CertificationCreate, Course, CourseCreate, CourseUpdate, TrainingRecordCreate } from '../../contracts/training.schema.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import { canEditRegister, requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { todayOf } from '../raid/raid-log.ts';
import { newId, nextCode } from '../shared/ids.ts';
import { assertExists } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { loadFramework } from './competency-framework-setting.ts';
import { toCourse } from './training-queries.ts';

async function checkCompetencies(db: Db, field: string, keys: readonly string[]): Promise<void> {
  const known = (await loadFramework(db)).competencies.map((c) => c.key);
  const unknown = keys.filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', `${field} names no competency ${unknown.join(', ')}: use ${known.join(', ')}, or add it to the competency framework.`, {
      errors: unknown.map((k) => ({ path: `${field}.${k}`, message: 'not a competency of the framework' })),
    });
  }
}

export function createCourse(ctx: AppContext, input: CourseCreate): Promise<Course> {
  requireRegisterEditor(ctx.actor, 'add training courses');
  return inTransaction(ctx, async (trx) => {
    await checkCompetencies(trx, 'competencies', Object.keys(input.competencies));
    const now = nowIso(ctx.clock);
    const row = {
      id: newId(), code: await nextCode(trx, 'CRS'), name: input.name, provider: input.provider, durationHours: input.durationHours,
      competenciesJson: JSON.stringify(input.competencies), preparesFor: input.preparesFor, archivedAt: null, createdAt: now, updatedAt: now, version: 1,
    };
    await trx.insertInto('trainingCourses').values(row).execute();
    const api = toCourse(row);
    await recordAudit(trx, ctx, { entityType: 'training_course', entityId: row.id, action: 'create', after: api });
    return api;
  });
}

export function updateCourse(ctx: AppContext, id: string, expectedVersion: number, patch: CourseUpdate): Promise<Course> {
  requireRegisterEditor(ctx.actor, 'change training courses');
  return inTransaction(ctx, async (trx) => {
    const row = await trx.selectFrom('trainingCourses').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Course', id);
    assertVersion(`Course ${row.code}`, row.version, expectedVersion);
    if (patch.competencies) await checkCompetencies(trx, 'competencies', Object.keys(patch.competencies));
    const now = nowIso(ctx.clock);
    const next = {
      ...row,
      name: patch.name ?? row.name, provider: patch.provider ?? row.provider, durationHours: patch.durationHours ?? row.durationHours,
      competenciesJson: patch.competencies ? JSON.stringify(patch.competencies) : row.competenciesJson,
      preparesFor: patch.preparesFor === undefined ? row.preparesFor : patch.preparesFor,
      archivedAt: patch.archived === undefined ? row.archivedAt : patch.archived ? (row.archivedAt ?? now) : null,
      updatedAt: now, version: expectedVersion + 1,
    };
    const { id: _id, code: _code, createdAt: _c, ...changes } = next;
    const result = await trx.updateTable('trainingCourses').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(`Course ${row.code}`, result.numUpdatedRows, expectedVersion);
    const after = toCourse(next);
    await recordAudit(trx, ctx, { entityType: 'training_course', entityId: id, action: 'update', before: toCourse(row), after });
    return after;
  });
}

/** Records a completed course for a person (PMO, admin). */
export function recordTraining(ctx: AppContext, input: TrainingRecordCreate): Promise<{ id: string }> {
  requireRegisterEditor(ctx.actor, 'record training');
  return inTransaction(ctx, async (trx) => {
    await assertExists(trx, 'users', 'userId', input.userId);
    const course = await trx.selectFrom('trainingCourses').select(['id', 'code']).where('id', '=', input.courseId).executeTakeFirst();
    if (!course) throw new AppError('invalid_reference', `courseId names no course (${input.courseId}). Pick one from the catalogue.`, { errors: [{ path: 'courseId', message: 'no such course' }] });
    const row = { id: newId(), userId: input.userId, courseId: input.courseId, completedOn: input.completedOn, score: input.score, createdBy: ctx.actor.userId || null, createdAt: nowIso(ctx.clock) };
    await trx.insertInto('trainingRecords').values(row).execute();
    await recordAudit(trx, ctx, { entityType: 'training_record', entityId: row.id, action: 'create', after: { ...row, courseCode: course.code } });
    return { id: row.id };
  });
}

/** Records a certification a person holds (PMO, admin). */
export function recordCertification(ctx: AppContext, input: CertificationCreate): Promise<{ id: string }> {
  requireRegisterEditor(ctx.actor, 'record certifications');
  return inTransaction(ctx, async (trx) => {
    await assertExists(trx, 'users', 'userId', input.userId);
    await checkCompetencies(trx, 'competencies', Object.keys(input.competencies));
    if (input.expiresOn !== null && input.expiresOn < input.obtainedOn) {
      throw new AppError('validation_failed', `The certification expires (${input.expiresOn}) before it was obtained (${input.obtainedOn}); check the dates.`, { errors: [{ path: 'expiresOn', message: 'before obtainedOn' }] });
    }
    const now = nowIso(ctx.clock);
    const row = {
      id: newId(), userId: input.userId, name: input.name, projectManagement: input.projectManagement ? 1 : 0, obtainedOn: input.obtainedOn,
      expiresOn: input.expiresOn, competenciesJson: JSON.stringify(input.competencies), createdAt: now, updatedAt: now, version: 1,
    };
    await trx.insertInto('certifications').values(row).execute();
    await recordAudit(trx, ctx, { entityType: 'certification', entityId: row.id, action: 'create', after: { ...input, id: row.id } });
    return { id: row.id };
  });
}

/** A person assesses themselves; the PMO and administrators assess anyone (a PMO member assessing themselves gives a self-assessment). */
export function assessCompetency(ctx: AppContext, input: AssessmentCreate): Promise<{ id: string; by: 'self' | 'pmo' }> {
  const self = input.userId === ctx.actor.userId;
  if (!self && !canEditRegister(ctx.actor)) throw forbidden('assess other people\'s competencies (assess your own)');
  return inTransaction(ctx, async (trx) => {
    await assertExists(trx, 'users', 'userId', input.userId);
    await checkCompetencies(trx, 'competencyKey', [input.competencyKey]);
    const by = self ? 'self' as const : 'pmo' as const;
    const row = {
      id: newId(), userId: input.userId, competencyKey: input.competencyKey, level: input.level, assessedBy: by,
      assessorId: ctx.actor.userId || null, assessedOn: input.assessedOn ?? todayOf(ctx), createdAt: nowIso(ctx.clock),
    };
    await trx.insertInto('competencyAssessments').values(row).execute();
    await recordAudit(trx, ctx, { entityType: 'competency_assessment', entityId: row.id, action: 'create', after: row });
    return { id: row.id, by };
  });
}
