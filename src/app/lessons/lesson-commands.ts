// Recording and curating lessons. The team of the project a source belongs to (its manager and
// contributors, and the PMO) records a lesson from its closure report, a retrospective meeting or a
// gate review; they may reword it while it is proposed. The PMO accepts it and, once it is part of
// a standard, marks it built in and names the standard.
import type { Lesson, LessonCreate, LessonUpdate } from '../../contracts/lesson.schema.ts';
import { lessonMove, type LessonSource, type LessonStatus } from '../../core/lessons/lesson-lifecycle.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { canEditRegister } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { normaliseTags } from '../projects/project-store.ts';
import { newId, nextCode } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion, patchedFields } from '../shared/versioning.ts';
import { loadLessonRow, toLessons, type LessonRow } from './lesson-store.ts';

const SOURCE_TABLES = { closure_report: 'closureReports', retrospective: 'meetings', gate_review: 'gateReviews' } as const;
const SOURCE_NAMES: Record<LessonSource, string> = { closure_report: 'closure report', retrospective: 'meeting', gate_review: 'gate review' };

/** The project of a lesson's source, or a clear refusal naming the source. */
async function projectOfSource(trx: Db, type: LessonSource, id: string): Promise<string> {
  const found = await trx.selectFrom(SOURCE_TABLES[type]).select('projectId').where('id', '=', id).executeTakeFirst();
  if (!found) throw new AppError('invalid_reference', `There is no ${SOURCE_NAMES[type]} ${id}: give the id of the ${SOURCE_NAMES[type]} the lesson comes from.`, { errors: [{ path: 'source.id', message: `no such ${SOURCE_NAMES[type]}` }] });
  return found.projectId;
}

export function createLesson(ctx: AppContext, input: LessonCreate): Promise<Lesson> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, await projectOfSource(trx, input.source.type, input.source.id), 'contribute', 'record its lessons');
    const now = nowIso(ctx.clock);
    const row: LessonRow = {
      id: newId(), code: await nextCode(trx, 'LSN'), projectId: project.id, sourceType: input.source.type, sourceId: input.source.id,
      title: input.title, description: input.description, category: input.category, phase: input.phase, impact: input.impact,
      recommendation: input.recommendation, tagsJson: JSON.stringify(normaliseTags(input.tags)), status: 'proposed', standardNote: '',
      acceptedAt: null, acceptedBy: null, createdBy: ctx.actor.userId || null, createdAt: now, updatedAt: now, version: 1,
    };
    await trx.insertInto('lessons').values(row).execute();
    const [api] = await toLessons(ctx, trx, [row]);
    await recordAudit(trx, ctx, { entityType: 'lesson', entityId: row.id, action: 'create', after: api });
    return api!;
  });
}

export function updateLesson(ctx: AppContext, id: string, expectedVersion: number, patch: LessonUpdate): Promise<Lesson> {
  return inTransaction(ctx, async (trx) => {
    const row = await loadLessonRow(trx, id);
    const [before] = await toLessons(ctx, trx, [row]);
    if (!before!.canEdit) throw forbidden(`change lesson ${row.code}: ${row.status === 'proposed' ? 'its project\'s team and the PMO may' : 'once accepted, only the PMO may'}`);
    const status = (patch.status ?? row.status) as LessonStatus;
    if (status !== row.status && !canEditRegister(ctx.actor)) throw forbidden(`accept lesson ${row.code} or build it into a standard: that is the PMO's`);
    const standardNote = patch.standardNote ?? row.standardNote;
    const move = lessonMove(row.status as LessonStatus, status, standardNote);
    if (!move.ok) throw new AppError('validation_failed', `Lesson ${row.code}: ${move.message}`, { errors: [{ path: status === 'built_in' ? 'standardNote' : 'status', message: move.message }] });
    assertVersion(`Lesson ${row.code}`, row.version, expectedVersion);
    const now = nowIso(ctx.clock);
    const { tags, ...fields } = patchedFields(patch);
    const accepted = status !== 'proposed' && row.status === 'proposed';
    const changes = {
      ...fields,
      ...(tags && { tagsJson: JSON.stringify(normaliseTags(tags)) }),
      ...(accepted && { acceptedAt: now, acceptedBy: ctx.actor.userId || null }),
      ...(status === 'proposed' && { acceptedAt: null, acceptedBy: null }),
      updatedAt: now,
      version: expectedVersion + 1,
    };
    const result = await trx.updateTable('lessons').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(`Lesson ${row.code}`, result.numUpdatedRows, expectedVersion);
    const [after] = await toLessons(ctx, trx, [await loadLessonRow(trx, id)]);
    const action = status === row.status ? 'update' : status === 'accepted' && row.status === 'proposed' ? 'accept' : status === 'built_in' ? 'build_in' : 'reopen';
    await recordAudit(trx, ctx, { entityType: 'lesson', entityId: id, action, before, after });
    return after!;
  });
}
