// "Request gate review": the project's manager (or the PMO) asks the gate's approvers to decide
// whether the project may leave its current phase, with a note and, optionally, named approvers
// besides the gate's roles (a steering committee is named this way). Opens the new review.
import { useState } from 'react';
import { Button, Group, Modal, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useRequestGateReview } from '../../api/gate-reviews.ts';
import type { Gate } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import { APPROVER_ROLE_LABELS } from './governance-labels.ts';

export function RequestReviewButton({ projectId, gate }: { projectId: string; gate: Gate }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>Request gate review</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`Request review: ${gate.name}`} size="lg">
        {opened ? <RequestReviewForm projectId={projectId} gate={gate} onClose={() => setOpened(false)} /> : null}
      </Modal>
    </>
  );
}

function RequestReviewForm({ projectId, gate, onClose }: { projectId: string; gate: Gate; onClose: () => void }) {
  const request = useRequestGateReview(projectId);
  const people = usePeopleOptions();
  const navigate = useNavigate();
  const [note, setNote] = useState('');
  const [approverIds, setApproverIds] = useState<string[]>([]);

  const send = async () => {
    const review = await request.mutateAsync({ note: note.trim(), approverIds });
    onClose();
    await navigate({ to: '/gate-reviews/$reviewId', params: { reviewId: review.id } });
  };

  return (
    <form
      aria-label="Request gate review"
      onSubmit={(event) => {
        event.preventDefault();
        send().catch(() => undefined); // the alert shows the problem
      }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {gate.purpose ? `${gate.purpose} ` : ''}Decided by: {gate.approverRoles.map((r) => APPROVER_ROLE_LABELS[r]).join(', ')}.
        </Text>
        <ProblemAlert error={request.error} title="The review was not requested" />
        <Textarea label="Note to the approvers" autosize minRows={3} maxRows={10} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <MultiSelect
          label="Named approvers"
          description="Optional: people who may decide besides the gate's roles."
          searchable
          data={people}
          value={approverIds}
          onChange={setApproverIds}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={request.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={request.isPending}>
            Request review
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
