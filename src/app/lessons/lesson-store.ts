// Lessons as the API shows them, read in batches (a search answers many at once): each with its
// project, the label of its source (the closure report's, meeting's or gate review's code and
// title) and what the reader may do with it. Lessons are the organisation's knowledge: everyone
// signed in reads them, whichever project they came from.
import type { Selectable } from 'kysely';
import type { Lesson } from '../../contracts/lesson.schema.ts';
import type { LessonCategory, LessonSource, LessonStatus } from '../../core/lessons/lesson-lifecycle.ts';
import type { Db } from '../../db/database.ts';
import type { LessonsTable } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { canContributeToProject, canEditRegister } from '../access/policy.ts';
import { accessFacts } from '../projects/project-store.ts';

export type LessonRow = Selectable<LessonsTable>;

export const tagsOf = (row: Pick<LessonRow, 'tagsJson'>): string[] => JSON.parse(row.tagsJson) as string[];

interface ProjectBrief {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly methodologyKey: string;
  readonly managerId: string | null;
  readonly sponsorId: string | null;
  readonly archivedAt: string | null;
}

/** The code and title people know a lesson's source by, per source id. */
async function sourceLabels(db: Db, rows: ReadonlyArray<LessonRow>): Promise<Map<string, string>> {
  const ids = (type: LessonSource) => [...new Set(rows.filter((r) => r.sourceType === type).map((r) => r.sourceId))];
  const [closures, meetings, gates] = await Promise.all([
    ids('closure_report').length ? db.selectFrom('closureReports').select(['id', 'code']).where('id', 'in', ids('closure_report')).execute() : [],
    ids('retrospective').length ? db.selectFrom('meetings').select(['id', 'code', 'title']).where('id', 'in', ids('retrospective')).execute() : [],
    ids('gate_review').length ? db.selectFrom('gateReviews').select(['id', 'code', 'gateJson']).where('id', 'in', ids('gate_review')).execute() : [],
  ]);
  return new Map([
    ...closures.map((c) => [c.id, `${c.code} closure report`] as const),
    ...meetings.map((m) => [m.id, `${m.code} ${m.title}`] as const),
    ...gates.map((g) => [g.id, `${g.code} ${(JSON.parse(g.gateJson) as { name?: string }).name ?? 'gate review'}`] as const),
  ]);
}

export async function toLessons(ctx: AppContext, db: Db, rows: ReadonlyArray<LessonRow>): Promise<Lesson[]> {
  if (rows.length === 0) return [];
  const projectIds = [...new Set(rows.map((r) => r.projectId))];
  const [projects, labels] = await Promise.all([
    db.selectFrom('projects').select(['id', 'code', 'name', 'methodologyKey', 'managerId', 'sponsorId', 'archivedAt']).where('id', 'in', projectIds).execute(),
    sourceLabels(db, rows),
  ]);
  const byId = new Map<string, ProjectBrief>(projects.map((p) => [p.id, p]));
  const contributes = new Map<string, boolean>();
  for (const p of projects) contributes.set(p.id, p.archivedAt === null && canContributeToProject(ctx.actor, await accessFacts(db, ctx.actor, p)));
  const pmo = canEditRegister(ctx.actor);
  return rows.map((r) => {
    const p = byId.get(r.projectId)!;
    return {
      id: r.id,
      code: r.code,
      project: { id: p.id, code: p.code, name: p.name, methodologyKey: p.methodologyKey },
      source: { type: r.sourceType as LessonSource, id: r.sourceId, label: labels.get(r.sourceId) ?? r.sourceType },
      title: r.title,
      description: r.description,
      category: r.category as LessonCategory,
      phase: r.phase,
      impact: r.impact as Lesson['impact'],
      recommendation: r.recommendation,
      tags: tagsOf(r),
      status: r.status as LessonStatus,
      standardNote: r.standardNote,
      acceptedAt: r.acceptedAt,
      createdAt: r.createdAt,
      canEdit: pmo || (r.status === 'proposed' && contributes.get(r.projectId) === true),
      canReview: pmo,
      version: r.version,
    };
  });
}

export async function loadLessonRow(db: Db, id: string): Promise<LessonRow> {
  const row = await db.selectFrom('lessons').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Lesson', id);
  return row;
}

export async function getLesson(ctx: AppContext, id: string): Promise<Lesson> {
  return (await toLessons(ctx, ctx.db, [await loadLessonRow(ctx.db, id)]))[0]!;
}
