// A closure report as the API shows it, and who may see it: anyone who reads its project. A draft
// shows live figures; a submitted or accepted report the figures frozen at submission.
import type { Selectable } from 'kysely';
import type { ClosureFigures, ClosureReport } from '../../contracts/closure.schema.ts';
import type { ClosureStatus } from '../../core/lessons/closure-lifecycle.ts';
import type { Db } from '../../db/database.ts';
import type { ClosureReportsTable, ProjectRow } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { canEditProject, canEditRegister, canReadProject } from '../access/policy.ts';
import { accessFacts, loadProjectRow } from '../projects/project-store.ts';
import { liveClosureFigures } from './closure-facts.ts';

export type ClosureRow = Selectable<ClosureReportsTable>;
export type ClosureHistory = ClosureReport['history'];

export const historyOf = (row: Pick<ClosureRow, 'historyJson'>): ClosureHistory => JSON.parse(row.historyJson) as ClosureHistory;
export const historyEntry = (ctx: AppContext, action: ClosureHistory[number]['action'], at: string, comment = ''): ClosureHistory[number] =>
  ({ at, actorId: ctx.actor.userId || null, actorName: ctx.actor.name, action, comment });

/** The report, if the actor may read its project; 404 otherwise. */
export async function loadVisibleClosure(ctx: AppContext, db: Db, id: string): Promise<{ row: ClosureRow; project: ProjectRow }> {
  const row = await db.selectFrom('closureReports').selectAll().where('id', '=', id).executeTakeFirst();
  const project = row ? await loadProjectRow(db, row.projectId) : undefined;
  if (!row || !project || !canReadProject(ctx.actor, await accessFacts(db, ctx.actor, project))) throw notFound('Closure report', id);
  return { row, project };
}

export async function toClosureReport(ctx: AppContext, db: Db, row: ClosureRow, project: ProjectRow): Promise<ClosureReport> {
  const status = row.status as ClosureStatus;
  const frozen = row.figuresJson !== null;
  const figures = frozen ? (JSON.parse(row.figuresJson!) as ClosureFigures) : await liveClosureFigures(db, ctx, project);
  const lessons = await db.selectFrom('lessons').select((eb) => eb.fn.countAll<number>().as('n')).where('sourceType', '=', 'closure_report').where('sourceId', '=', row.id).executeTakeFirstOrThrow();
  const edits = canEditProject(ctx.actor, await accessFacts(db, ctx.actor, project)) && project.archivedAt === null;
  return {
    id: row.id,
    code: row.code,
    project: { id: project.id, code: project.code, name: project.name, status: project.status },
    status,
    wentWell: row.wentWell,
    wentBadly: row.wentBadly,
    recommendations: row.recommendations,
    figures,
    frozen,
    history: historyOf(row),
    submittedAt: row.submittedAt,
    reviewedAt: row.reviewedAt,
    lessons: Number(lessons.n),
    canEdit: status === 'draft' && edits,
    canReview: status === 'submitted' && canEditRegister(ctx.actor),
    version: row.version,
  };
}
