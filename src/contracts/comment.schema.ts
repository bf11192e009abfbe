// Comments: a discussion thread on a project and on each of its risks, issues, change requests and
// status reports. Everyone who may read the project reads and adds to its threads (sponsors and
// executives too); authors edit their own, and authors, the PMO and administrators remove them.
// `@` followed by a person's e-mail address mentions them: they are notified once, if they can
// read the project.
import { z } from 'zod';
import { Id, Timestamp, Version } from './common.schema.ts';
import { PersonRef } from './user.schema.ts';

export const COMMENT_SUBJECT_TYPES = ['project', 'risk', 'issue', 'change_request', 'status_report'] as const;
export const CommentSubjectType = z.enum(COMMENT_SUBJECT_TYPES).describe('What the thread is about; subjectId is then the project’s id itself, or the risk’s, issue’s, change request’s or status report’s.');
export type CommentSubjectType = z.infer<typeof CommentSubjectType>;

export const COMMENT_MAX_LENGTH = 10_000;
const CommentText = z
  .string()
  .max(COMMENT_MAX_LENGTH, `Keep a comment under ${COMMENT_MAX_LENGTH.toLocaleString('en')} characters; split a longer one.`)
  .refine((t) => t.trim() !== '', 'Write something: a comment cannot be empty.')
  .describe('Plain text or Markdown. `@` + the e-mail address of a person in Orrery mentions them, e.g. “@ann@example.org can you check?”.');

export const Comment = z.object({
  id: Id,
  projectId: Id,
  subjectType: CommentSubjectType,
  subjectId: Id,
  author: PersonRef,
  body: z.string().describe('The text; empty once the comment is removed.'),
  mentions: z.array(PersonRef).describe('The people the text mentions, in order (empty once removed).'),
  createdAt: Timestamp,
  editedAt: Timestamp.nullable().describe('When its author last changed the text.'),
  deletedAt: Timestamp.nullable().describe('When it was removed: the thread shows “comment removed” in its place.'),
  version: Version,
});
export type Comment = z.infer<typeof Comment>;

export const CommentPage = z.object({ items: z.array(Comment), nextCursor: z.string().nullable() });
export type CommentPage = z.infer<typeof CommentPage>;

/** A comment just written, and the people it mentions who were not told. */
export const CommentSaved = Comment.extend({
  unreachableMentions: z.array(PersonRef).describe('Mentioned people who cannot read the project: they were not notified (add them to the team first).'),
});
export type CommentSaved = z.infer<typeof CommentSaved>;

export const CommentListQuery = z
  .object({
    subjectType: CommentSubjectType,
    subjectId: Id,
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional().describe('Opaque cursor from the previous page’s nextCursor (the thread goes on with newer comments).'),
  })
  .strict();
export type CommentListQuery = z.infer<typeof CommentListQuery>;

export const CommentCreate = z.object({ subjectType: CommentSubjectType, subjectId: Id, body: CommentText }).strict();
export type CommentCreate = z.infer<typeof CommentCreate>;

export const CommentUpdate = z.object({ body: CommentText }).strict();
export type CommentUpdate = z.infer<typeof CommentUpdate>;
