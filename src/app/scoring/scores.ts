// Scores: a subject's levels on a scoring model, kept per (subject type, subject id, model) so that
// project requests (intake) can be scored in the same table as projects. A project is scored by
// the PMO or its manager and read by whoever reads the project; each change is audited under
// If-Match ("0" for the first score on a model).
import type { ScoreBody, SubjectScore } from '../../contracts/scoring.schema.ts';
import { ratingProblems } from '../../core/scoring/scoring-validation.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { canEditProject } from '../access/policy.ts';
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

async function projectScore(ctx: AppContext, db: Db, project: ProjectRow, modelKey: string): Promise<SubjectScore> {
  const model = await loadScoringModel(db, modelKey);
  const stored = (await loadScores(db, 'project', modelKey, [project.id])).get(project.id);
  const canEdit = !project.archivedAt && canEditProject(ctx.actor, await accessFacts(db, ctx.actor, project));
  return {
    subjectType: 'project', subjectId: project.id, code: project.code, name: project.name, modelKey, modelName: model.name,
    levels: stored?.levels ?? {}, mandatoryReason: stored?.mandatoryReason ?? null, note: stored?.note ?? '',
    ...breakdownOf(model, stored?.levels ?? {}), canEdit,
    updatedBy: stored?.updatedBy ?? null, updatedAt: stored?.updatedAt ?? null, version: stored?.version ?? 0,
  };
}

export async function getProjectScore(ctx: AppContext, projectId: string, modelKey: string): Promise<SubjectScore> {
  return projectScore(ctx, ctx.db, await loadAccessibleProject(ctx, ctx.db, projectId, 'read'), modelKey);
}

/** Scores a project on a model (its manager or the PMO): every criterion rated on its scale. */
export function setProjectScore(ctx: AppContext, projectId: string, modelKey: string, expectedVersion: number, body: ScoreBody): Promise<SubjectScore> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'score it');
    const model = await loadScoringModel(trx, modelKey);
    const problems = ratingProblems(coreModel(model), { projectId: project.code, levels: body.levels });
    if (problems.length > 0) {
      throw new AppError('validation_failed', `The score needs fixing: ${problems[0]!.message}`, { errors: problems.map((p) => ({ path: p.path, message: p.message })) });
    }
    const before = await projectScore(ctx, trx, project, modelKey);
    const label = `The score of ${project.code} on ${model.name}`;
    assertVersion(label, before.version, expectedVersion);
    const columns = { levelsJson: JSON.stringify(body.levels), mandatoryReason: body.mandatoryReason, note: body.note, updatedBy: ctx.actor.userId || null, updatedAt: nowIso(ctx.clock) };
    if (expectedVersion === 0) {
      const inserted = await trx.insertInto('scores').values({ subjectType: 'project', subjectId: project.id, modelKey, ...columns, version: 1 })
        .onConflict((oc) => oc.columns(['subjectType', 'subjectId', 'modelKey']).doNothing()).executeTakeFirst();
      assertUpdated(label, inserted.numInsertedOrUpdatedRows ?? 0n, 0);
    } else {
      const updated = await trx.updateTable('scores').set({ ...columns, version: expectedVersion + 1 })
        .where('subjectType', '=', 'project').where('subjectId', '=', project.id).where('modelKey', '=', modelKey).where('version', '=', expectedVersion).executeTakeFirst();
      assertUpdated(label, updated.numUpdatedRows, expectedVersion);
    }
    const after = await projectScore(ctx, trx, project, modelKey);
    await recordAudit(trx, ctx, { entityType: 'score', entityId: `project:${project.id}:${modelKey}`, action: expectedVersion === 0 ? 'create' : 'update', before: expectedVersion === 0 ? null : before, after });
    return after;
  });
}
