// Writing in a thread: add a comment (anyone who may read the project, sponsors and executives
// included), edit one's own, remove one's own (the PMO and administrators may remove any). Edits
// and removals name the version they saw (If-Match). Every change is audited, mentions are
// notified in the same transaction, and a removed comment keeps its place in the thread without
// its text; the mention notifications it raised are withdrawn with it.
import type { Comment, CommentCreate, CommentSaved, CommentSubjectType, CommentUpdate } from '../../contracts/comment.schema.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { canEditRegister } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { newId } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { notifyMentioned, resolveMentions } from './comment-mentions.ts';
import { assertChangeable, auditViewOf, loadVisibleComment, mentionIdsOf, toComment, type CommentRow } from './comment-store.ts';
import { loadCommentSubject } from './comment-subjects.ts';

const mentionKey = (commentId: string) => `comment:${commentId}:mention`;

function author(ctx: AppContext): string {
  if (!ctx.actor.userId) throw new AppError('validation_failed', 'Comments are written by a person: sign in (or use a personal API token) to comment.');
  return ctx.actor.userId;
}

function writable(project: ProjectRow): void {
  if (project.archivedAt) throw new AppError('validation_failed', `Project ${project.code} is archived and read-only: its threads take no new comments. Restore it first.`);
}

/** Adds a comment to the thread of a project or one of its items, and tells the people it mentions. */
export function addComment(ctx: AppContext, projectId: string, input: CommentCreate): Promise<CommentSaved> {
  const authorId = author(ctx);
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'read');
    writable(project);
    const subject = await loadCommentSubject(trx, project, input.subjectType, input.subjectId);
    const body = input.body.trim();
    const mentions = await resolveMentions(trx, project, body);
    const row: CommentRow = {
      id: newId(),
      projectId: project.id,
      subjectType: subject.type,
      subjectId: subject.id,
      authorId,
      body,
      mentionsJson: JSON.stringify(mentions.people.map((p) => p.id)),
      createdAt: nowIso(ctx.clock),
      editedAt: null,
      deletedAt: null,
      version: 1,
    };
    await trx.insertInto('comments').values(row).execute();
    await recordAudit(trx, ctx, { entityType: 'comment', entityId: row.id, action: 'create', after: auditViewOf(row) });
    await notifyMentioned(trx, ctx, row, subject, project.id, mentions);
    return { ...(await toComment(trx, row)), unreachableMentions: mentions.unreachable };
  });
}

/** Changes the text of one's own comment; only people it newly mentions are told. */
export function editComment(ctx: AppContext, id: string, expectedVersion: number, input: CommentUpdate): Promise<CommentSaved> {
  return inTransaction(ctx, async (trx) => {
    const { row, project } = await loadVisibleComment(ctx, trx, id);
    if (row.authorId !== ctx.actor.userId) throw new AppError('forbidden', 'Only its author can change a comment. The PMO and administrators may remove one.');
    assertChangeable(row, project);
    assertVersion('The comment', row.version, expectedVersion);
    const subject = await loadCommentSubject(trx, project, row.subjectType as CommentSubjectType, row.subjectId);
    const body = input.body.trim();
    const mentions = await resolveMentions(trx, project, body);
    if (body === row.body) return { ...(await toComment(trx, row)), unreachableMentions: mentions.unreachable };
    const changes = { body, mentionsJson: JSON.stringify(mentions.people.map((p) => p.id)), editedAt: nowIso(ctx.clock), version: row.version + 1 };
    const result = await trx.updateTable('comments').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated('The comment', result.numUpdatedRows, expectedVersion);
    const after = { ...row, ...changes };
    await recordAudit(trx, ctx, { entityType: 'comment', entityId: id, action: 'update', before: auditViewOf(row), after: auditViewOf(after) });
    await notifyMentioned(trx, ctx, after, subject, project.id, mentions, new Set(mentionIdsOf(row)));
    return { ...(await toComment(trx, after)), unreachableMentions: mentions.unreachable };
  });
}

/** Removes a comment: its place in the thread stays ("comment removed"), its text goes. */
export function removeComment(ctx: AppContext, id: string, expectedVersion: number): Promise<Comment> {
  return inTransaction(ctx, async (trx: Db) => {
    const { row, project } = await loadVisibleComment(ctx, trx, id);
    if (row.authorId !== ctx.actor.userId && !canEditRegister(ctx.actor)) throw new AppError('forbidden', 'Only its author, the PMO and administrators can remove a comment.');
    assertChangeable(row, project);
    assertVersion('The comment', row.version, expectedVersion);
    const changes = { body: '', mentionsJson: '[]', deletedAt: nowIso(ctx.clock), version: row.version + 1 };
    const result = await trx.updateTable('comments').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated('The comment', result.numUpdatedRows, expectedVersion);
    await trx.deleteFrom('notifications').where('kind', '=', 'mention').where('dedupeKey', '=', mentionKey(id)).execute();
    await recordAudit(trx, ctx, { entityType: 'comment', entityId: id, action: 'delete', before: auditViewOf(row), after: null });
    return toComment(trx, { ...row, ...changes });
  });
}
