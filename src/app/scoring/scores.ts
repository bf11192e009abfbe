// Scores: a subject's levels on a scoring model, kept per (subject type, subject id, model) so that
// project requests (intake) can be scored in the same table as projects. A project is scored by
// the PMO or its manager and read by whoever reads the project; a request by the PMO while it is
// being decided, read by whoever reads the request. Each change is audited under If-Match ("0" for
// the first score on a model).
import type { ScoreBody, SubjectScore } from '../../contracts/scoring.schema.ts';
import { ratingProblems } from '../../core/scoring/scoring-validation.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { canEditProject, canEditRegister } from '../access/policy.ts';
import { loadVisibleRequest } from '../intake/request-store.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { accessFacts } from '../projects/project-store.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { breakdownOf } from './score-breakdown.ts';
import { coreModel, loadScoringModel } from './scoring-models.ts';

export type SubjectType = 'project' | 'request';

export interface StoredScore {
  readonly subjectId: string;
  readonly levels: Record<string, number>;
  readonly mandatoryReason: string | null;
  readonly note: string;
  readonly updatedBy: { id: string; name: string } | null;
  readonly updatedAt: string | null;
  readonly version: number;
}

/** Stored scores of many subjects on one model, by subject id (none: not scored). */
export async function loadScores(db: Db, subjectType: SubjectType, modelKey: string, subjectIds: ReadonlyArray<string>): Promise<Map<string, StoredScore>> {
  if (subjectIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('scores as s')
    .leftJoin('users as u', 'u.id', 's.updatedBy')
    .selectAll('s')
    .select('u.name as updatedByName')
    .where('s.subjectType', '=', subjectType)
    .where('s.modelKey', '=', modelKey)
    .where('s.subjectId', 'in', [...subjectIds])
    .execute();
  return new Map(rows.map((r) => [r.subjectId, {
    subjectId: r.subjectId, levels: JSON.parse(r.levelsJson) as Record<string, number>, mandatoryReason: r.mandatoryReason, note: r.note,
    updatedBy: r.updatedBy === null ? null : { id: r.updatedBy, name: r.updatedByName ?? '' }, updatedAt: r.updatedAt, version: r.version,
  }]));
}

/** What is scored: a project or a project request, with who may change its score. */
interface Subject {
  readonly type: SubjectType;
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly canEdit: boolean;
}

async function projectSubject(ctx: AppContext, db: Db, project: ProjectRow): Promise<Subject> {
  return { type: 'project', id: project.id, code: project.code, name: project.name, canEdit: !project.archivedAt && canEditProject(ctx.actor, await accessFacts(db, ctx.actor, project)) };
}

/** A request is scored by the PMO, who triages it, while it is still being decided. */
async function requestSubject(ctx: AppContext, db: Db, id: string): Promise<Subject> {
  const row = await loadVisibleRequest(ctx, db, id);
  const open = !['approved', 'rejected', 'withdrawn'].includes(row.status);
  return { type: 'request', id: row.id, code: row.code, name: row.title, canEdit: open && canEditRegister(ctx.actor) };
}

async function subjectScore(db: Db, subject: Subject, modelKey: string): Promise<SubjectScore> {
  const model = await loadScoringModel(db, modelKey);
  const stored = (await loadScores(db, subject.type, modelKey, [subject.id])).get(subject.id);
  return {
    subjectType: subject.type, subjectId: subject.id, code: subject.code, name: subject.name, modelKey, modelName: model.name,
    levels: stored?.levels ?? {}, mandatoryReason: stored?.mandatoryReason ?? null, note: stored?.note ?? '',
    ...breakdownOf(model, stored?.levels ?? {}), canEdit: subject.canEdit,
    updatedBy: stored?.updatedBy ?? null, updatedAt: stored?.updatedAt ?? null, version: stored?.version ?? 0,
  };
}

export async function getProjectScore(ctx: AppContext, projectId: string, modelKey: string): Promise<SubjectScore> {
  return subjectScore(ctx.db, await projectSubject(ctx, ctx.db, await loadAccessibleProject(ctx, ctx.db, projectId, 'read')), modelKey);
}

export async function getRequestScore(ctx: AppContext, requestId: string, modelKey: string): Promise<SubjectScore> {
  return subjectScore(ctx.db, await requestSubject(ctx, ctx.db, requestId), modelKey);
}

/** Scores a project on a model (its manager or the PMO): every criterion rated on its scale. */
export function setProjectScore(ctx: AppContext, projectId: string, modelKey: string, expectedVersion: number, body: ScoreBody): Promise<SubjectScore> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'score it');
    return saveScore(ctx, trx, await projectSubject(ctx, trx, project), modelKey, expectedVersion, body);
  });
}

/** Scores a project request on a model (the PMO, while it is being decided). */
export function setRequestScore(ctx: AppContext, requestId: string, modelKey: string, expectedVersion: number, body: ScoreBody): Promise<SubjectScore> {
  return inTransaction(ctx, async (trx) => {
    const subject = await requestSubject(ctx, trx, requestId);
    if (!subject.canEdit) throw forbidden(`score ${subject.code}: the PMO scores requests still being decided`);
    return saveScore(ctx, trx, subject, modelKey, expectedVersion, body);
  });
}

async function saveScore(ctx: AppContext, trx: Db, subject: Subject, modelKey: string, expectedVersion: number, body: ScoreBody): Promise<SubjectScore> {
  const model = await loadScoringModel(trx, modelKey);
  const problems = ratingProblems(coreModel(model), { projectId: subject.code, levels: body.levels });
  if (problems.length > 0) {
    throw new AppError('validation_failed', `The score needs fixing: ${problems[0]!.message}`, { errors: problems.map((p) => ({ path: p.path, message: p.message })) });
  }
  const before = await subjectScore(trx, subject, modelKey);
  const label = `The score of ${subject.code} on ${model.name}`;
  assertVersion(label, before.version, expectedVersion);
  const columns = { levelsJson: JSON.stringify(body.levels), mandatoryReason: body.mandatoryReason, note: body.note, updatedBy: ctx.actor.userId || null, updatedAt: nowIso(ctx.clock) };
  if (expectedVersion === 0) {
    const inserted = await trx.insertInto('scores').values({ subjectType: subject.type, subjectId: subject.id, modelKey, ...columns, version: 1 })
      .onConflict((oc) => oc.columns(['subjectType', 'subjectId', 'modelKey']).doNothing()).executeTakeFirst();
    assertUpdated(label, inserted.numInsertedOrUpdatedRows ?? 0n, 0);
  } else {
    const updated = await trx.updateTable('scores').set({ ...columns, version: expectedVersion + 1 })
      .where('subjectType', '=', subject.type).where('subjectId', '=', subject.id).where('modelKey', '=', modelKey).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(label, updated.numUpdatedRows, expectedVersion);
  }
  const after = await subjectScore(trx, subject, modelKey);
  await recordAudit(trx, ctx, { entityType: 'score', entityId: `${subject.type}:${subject.id}:${modelKey}`, action: expectedVersion === 0 ? 'create' : 'update', before: expectedVersion === 0 ? null : before, after });
  return after;
}
