// Comment rows as the API shows them: the author and the people mentioned by name (one query for a
// whole page of comments), a removed comment without its text. Also loading one comment for a
// change, with its project, answering "not found" to anyone who may not read that project.
import type { Selectable } from 'kysely';
import type { Comment, CommentSubjectType } from '../../contracts/comment.schema.ts';
import type { PersonRef } from '../../contracts/user.schema.ts';
import type { Db } from '../../db/database.ts';
import type { CommentsTable, ProjectRow } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { canReadProject } from '../access/policy.ts';
import { accessFacts, loadProjectRow } from '../projects/project-store.ts';

export type CommentRow = Selectable<CommentsTable>;

export const mentionIdsOf = (row: Pick<CommentRow, 'mentionsJson'>): string[] => JSON.parse(row.mentionsJson) as string[];

/** The API view of comment rows, in their order. */
export async function toComments(db: Db, rows: readonly CommentRow[]): Promise<Comment[]> {
  if (rows.length === 0) return [];
  const ids = [...new Set(rows.flatMap((r) => [r.authorId, ...mentionIdsOf(r)]))];
  const people = new Map((await db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', ids).execute()).map((u): [string, PersonRef] => [u.id, u]));
  const person = (id: string): PersonRef => people.get(id) ?? { id, name: 'Unknown person', email: '' };
  return rows.map((r) => ({
    id: r.id,
    projectId: r.projectId,
    subjectType: r.subjectType as CommentSubjectType,
    subjectId: r.subjectId,
    author: person(r.authorId),
    body: r.deletedAt ? '' : r.body,
    mentions: r.deletedAt ? [] : mentionIdsOf(r).map(person),
    createdAt: r.createdAt,
    editedAt: r.editedAt,
    deletedAt: r.deletedAt,
    version: r.version,
  }));
}

export async function toComment(db: Db, row: CommentRow): Promise<Comment> {
  return (await toComments(db, [row]))[0]!;
}

/** A comment on a project the actor may read; anyone else is told it does not exist. */
export async function loadVisibleComment(ctx: AppContext, trx: Db, id: string): Promise<{ row: CommentRow; project: ProjectRow }> {
  const row = await trx.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
  const project = row ? await loadProjectRow(trx, row.projectId) : undefined;
  if (!row || !project || !canReadProject(ctx.actor, await accessFacts(trx, ctx.actor, project))) throw notFound('Comment', id);
  return { row, project };
}

/** A comment can change while it is there, on a project that is not archived. */
export function assertChangeable(row: CommentRow, project: ProjectRow): void {
  if (project.archivedAt) throw new AppError('validation_failed', `Project ${project.code} is archived and read-only: its comments stay as they are. Restore it first.`);
  if (row.deletedAt) throw new AppError('validation_failed', 'This comment was removed; it cannot be changed any more.');
}

/** What the audit trail keeps of a comment. */
export const auditViewOf = (row: Pick<CommentRow, 'projectId' | 'subjectType' | 'subjectId' | 'body' | 'mentionsJson'>) => ({
  projectId: row.projectId,
  subjectType: row.subjectType,
  subjectId: row.subjectId,
  body: row.body,
  mentions: mentionIdsOf(row),
});
