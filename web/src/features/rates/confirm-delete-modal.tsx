// Asks before a rate is removed (the hours or amounts it priced fall back to the rate before it),
// sends the delete under If-Match, and shows the server's refusal in the dialog.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

interface ConfirmDeleteModalProps {
  /** What is removed, in words; null closes the dialog. */
  target: { id: string; version: number; question: string; consequence: string } | null;
  mutation: UseMutationResult<unknown, Error, { id: string; version: number }>;
  onClose: () => void;
  onReload: () => void;
}

export function ConfirmDeleteModal({ target, mutation, onClose, onReload }: ConfirmDeleteModalProps) {
  const close = () => {
    mutation.reset();
    onClose();
  };
  return (
    <Modal opened={target !== null} onClose={close} title="Remove the rate?">
      {target ? (
        <Stack>
          <Text size="sm">{target.question}</Text>
          <Text size="sm" c="dimmed">{target.consequence}</Text>
          <ProblemAlert error={mutation.error} title="The rate was not removed" onReload={() => { close(); onReload(); }} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={mutation.isPending}>Keep it</Button>
            <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate({ id: target.id, version: target.version }, { onSuccess: close })}>Remove</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
