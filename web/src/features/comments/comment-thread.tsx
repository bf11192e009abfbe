// The discussion under a project, risk, issue, change request or status report: the comments
// oldest first (a page at a time), then a composer for anyone who can see the page — sponsors and
// executives comment too. After a comment is saved, people it mentions who cannot see the project
// are named, since they were not told. On an archived project the thread is read only.
import { useState } from 'react';
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useAddComment, useCommentThread, type CommentSaved, type CommentSubject, type CommentSubjectType } from '../../api/comments.ts';
import { useProject } from '../../api/projects.ts';
import type { PersonRef } from '../../api/types.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { CommentComposer } from './comment-composer.tsx';
import { CommentItem } from './comment-item.tsx';

interface CommentThreadProps {
  projectId: string;
  subjectType: CommentSubjectType;
  subjectId: string;
  /** In a card of its own (pages) or bare (inside a dialog). */
  framed?: boolean;
}

export function CommentThread({ projectId, subjectType, subjectId, framed = true }: CommentThreadProps) {
  const subject: CommentSubject = { projectId, subjectType, subjectId };
  const user = useCurrentUser();
  const project = useProject(projectId);
  const thread = useCommentThread(subject);
  const add = useAddComment(subject);
  const [unreachable, setUnreachable] = useState<PersonRef[]>([]);
  const writable = project.data ? project.data.archivedAt === null : false;
  const comments = thread.data?.pages.flatMap((p) => p.items) ?? [];
  const onSaved = (saved: CommentSaved) => setUnreachable(saved.unreachableMentions);

  const body = (
    <Stack gap="sm" component="section" aria-label="Comments">
      <Title order={2} size="h4">Comments</Title>
      {thread.isPending ? <Pending label="Loading comments" /> : null}
      <ProblemAlert error={thread.error} title="The comments could not be read" />
      {thread.data && comments.length === 0 ? <Text size="sm" c="dimmed">No comments yet.</Text> : null}
      {comments.map((c) => (
        <CommentItem key={c.id} comment={c} subject={subject} user={user} writable={writable} onSaved={onSaved} />
      ))}
      {thread.hasNextPage ? (
        <Button variant="subtle" size="xs" loading={thread.isFetchingNextPage} onClick={() => void thread.fetchNextPage()}>
          Show newer comments
        </Button>
      ) : null}
      {unreachable.length > 0 ? (
        <Alert color="yellow" title="Not notified" withCloseButton onClose={() => setUnreachable([])} role="status">
          <Text size="sm">
            {unreachable.map((p) => p.name).join(', ')} cannot see this project, so {unreachable.length === 1 ? 'they were' : 'they were all'} not told. Ask its manager to add them to the team.
          </Text>
        </Alert>
      ) : null}
      {writable ? (
        <>
          <ProblemAlert error={add.error} title="The comment was not added" />
          <CommentComposer
            label="Comment"
            submitLabel="Comment"
            submitting={add.isPending}
            onSubmit={async (text) => onSaved(await add.mutateAsync(text))}
          />
        </>
      ) : project.data ? (
        <Text size="sm" c="dimmed">The project is archived: its comments are read only.</Text>
      ) : null}
    </Stack>
  );
  return framed ? <Card withBorder radius="md" padding="lg">{body}</Card> : body;
}
