// Reading a thread: the comments on a project or one of its items, oldest first like a
// conversation, a page at a time (keyset on creation time and id). Removed comments keep their
// place, without their text. Whoever may read the project may read its threads.
import { sql } from 'kysely';
import type { Comment, CommentListQuery, CommentPage } from '../../contracts/comment.schema.ts';
import type { AppContext } from '../context.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { afterCursor, decodeCursor, encodeCursor } from '../shared/pagination.ts';
import { loadVisibleComment, toComment, toComments } from './comment-store.ts';
import { loadCommentSubject } from './comment-subjects.ts';

export async function listComments(ctx: AppContext, projectId: string, query: CommentListQuery): Promise<CommentPage> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const subject = await loadCommentSubject(ctx.db, project, query.subjectType, query.subjectId);
  let q = ctx.db
    .selectFrom('comments')
    .selectAll()
    .where('projectId', '=', project.id)
    .where('subjectType', '=', subject.type)
    .where('subjectId', '=', subject.id)
    .orderBy('createdAt')
    .orderBy('id')
    .limit(query.limit + 1);
  const cursor = decodeCursor(query.cursor);
  if (cursor) q = q.where(afterCursor(sql.ref('created_at'), sql.ref('id'), false, cursor));
  const rows = await q.execute();
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: await toComments(ctx.db, page),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ value: last.createdAt, id: last.id }) : null,
  };
}

/** One comment (where a mention's link points), for anyone who may read its project. */
export async function getComment(ctx: AppContext, id: string): Promise<Comment> {
  const { row } = await loadVisibleComment(ctx, ctx.db, id);
  return toComment(ctx.db, row);
}
