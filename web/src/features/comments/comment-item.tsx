// One comment in a thread: who wrote it and when, whether it was edited, its text with mentions by
// name — or "Comment removed" in its place. Its author may edit it; its author, the PMO and
// administrators may remove it (after a confirmation). A link to #comment-<id> (a mention's
// notification) scrolls it into view and marks it.
import { useEffect, useRef, useState } from 'react';
import { Box, Button, Group, Paper, Popover, Stack, Text } from '@mantine/core';
import { useEditComment, useRemoveComment, type Comment, type CommentSaved, type CommentSubject } from '../../api/comments.ts';
import type { User } from '../../api/types.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { formatInstant } from '../../ui/dates.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { CommentBody } from './comment-body.tsx';
import { CommentComposer } from './comment-composer.tsx';

interface CommentItemProps {
  comment: Comment;
  subject: CommentSubject;
  user: User;
  /** False on an archived project: nothing changes there. */
  writable: boolean;
  onSaved: (saved: CommentSaved) => void;
}

export function CommentItem({ comment, subject, user, writable, onSaved }: CommentItemProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const edit = useEditComment(subject);
  const remove = useRemoveComment(subject);
  const anchor = `comment-${comment.id}`;
  const ref = useRef<HTMLDivElement>(null);
  const [linked, setLinked] = useState(false);
  useEffect(() => {
    if (window.location.hash !== `#${anchor}`) return;
    setLinked(true);
    ref.current?.scrollIntoView({ block: 'center' });
  }, [anchor]);

  const removed = comment.deletedAt !== null;
  const mine = comment.author.id === user.id;
  const mayRemove = writable && !removed && (mine || canEditRegister(user));
  const mayEdit = writable && !removed && mine;

  return (
    <Paper ref={ref} id={anchor} withBorder={linked} p="xs" radius="sm" bg={linked ? 'var(--mantine-color-blue-light)' : undefined} component="article" aria-label={`Comment by ${comment.author.name}`}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Group gap={8}>
          <Text size="sm" fw={600}>{comment.author.name}</Text>
          <Text size="xs" c="dimmed" component="time" dateTime={comment.createdAt}>{formatInstant(comment.createdAt)}</Text>
          {comment.editedAt && !removed ? <Text size="xs" c="dimmed" title={`Edited ${formatInstant(comment.editedAt)}`}>(edited)</Text> : null}
        </Group>
        {!editing && (mayEdit || mayRemove) ? (
          <Group gap={4}>
            {mayEdit ? <Button variant="subtle" size="compact-xs" onClick={() => { edit.reset(); setEditing(true); }}>Edit</Button> : null}
            {mayRemove ? (
              <Popover opened={confirming} onChange={setConfirming} position="bottom-end" withArrow trapFocus>
                <Popover.Target>
                  <Button variant="subtle" color="red" size="compact-xs" onClick={() => { remove.reset(); setConfirming((o) => !o); }}>Remove</Button>
                </Popover.Target>
                <Popover.Dropdown>
                  <Stack gap="xs">
                    <Text size="sm">Remove this comment? The thread will show “Comment removed”.</Text>
                    <Group justify="flex-end" gap="xs">
                      <Button variant="default" size="xs" onClick={() => setConfirming(false)}>Keep it</Button>
                      <Button color="red" size="xs" loading={remove.isPending} onClick={() => remove.mutate({ id: comment.id, version: comment.version }, { onSettled: () => setConfirming(false) })}>Remove comment</Button>
                    </Group>
                  </Stack>
                </Popover.Dropdown>
              </Popover>
            ) : null}
          </Group>
        ) : null}
      </Group>
      <Box mt={4}>
        {removed ? (
          <Text size="sm" c="dimmed" fs="italic">Comment removed</Text>
        ) : editing ? (
          <Stack gap={6}>
            <ProblemAlert error={edit.error} title="The comment was not saved" />
            <CommentComposer
              label="Edit comment"
              initialText={comment.body}
              submitLabel="Save"
              submitting={edit.isPending}
              autoFocus
              onCancel={() => setEditing(false)}
              onSubmit={async (body) => {
                const saved = await edit.mutateAsync({ id: comment.id, version: comment.version, body });
                setEditing(false);
                onSaved(saved);
              }}
            />
          </Stack>
        ) : (
          <CommentBody body={comment.body} mentions={comment.mentions} me={user.id} />
        )}
      </Box>
      <ProblemAlert error={remove.error} title="The comment was not removed" />
    </Paper>
  );
}
