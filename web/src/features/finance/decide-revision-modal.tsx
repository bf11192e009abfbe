// Approving or rejecting a draft budget revision (the PMO, the sponsor): its lines at a glance, a
// comment, and the decision, sent with the version shown so a revision edited meanwhile conflicts.
import { useState } from 'react';
import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDecideRevision, type BudgetRevision } from '../../api/finance.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { CATEGORY_LABELS, COST_TYPE_LABELS, REVISION_KIND_LABELS } from './finance-labels.ts';
import { monthLabel, signedMoneyText } from './finance-view.ts';

export function DecideRevisionModal({ revision, onClose }: { revision: BudgetRevision | null; onClose: () => void }) {
  return (
    <Modal opened={revision !== null} onClose={onClose} title={revision ? `Revision ${revision.number}: ${REVISION_KIND_LABELS[revision.kind].toLowerCase()}` : ''} size="lg">
      {revision ? <Decide key={`${revision.id}:${revision.version}`} revision={revision} onClose={onClose} /> : null}
    </Modal>
  );
}

function Decide({ revision, onClose }: { revision: BudgetRevision; onClose: () => void }) {
  const decide = useDecideRevision();
  const [comment, setComment] = useState('');
  const send = (decision: 'approve' | 'reject') => decide.mutate({ id: revision.id, version: revision.version, decision, comment }, { onSuccess: onClose });
  return (
    <Stack gap="sm">
      {revision.reason ? <Text size="sm">{revision.reason}</Text> : null}
      <List size="sm" spacing={2} aria-label="Lines">
        {revision.lines.map((l) => (
          <List.Item key={`${l.category}|${l.costType}|${l.month}`}>
            {CATEGORY_LABELS[l.category]} ({COST_TYPE_LABELS[l.costType].toLowerCase()}), {monthLabel(l.month)}: {signedMoneyText(l.amount.amountMinor, l.amount.currency)}
          </List.Item>
        ))}
      </List>
      <Text size="sm" fw={600}>In total: {signedMoneyText(revision.netMinor, revision.currency)}</Text>
      <Textarea label="Comment" autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
      <ProblemAlert error={decide.error} title="Not decided" onReload={onClose} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={decide.isPending}>Cancel</Button>
        <Button color="red" variant="light" onClick={() => send('reject')} loading={decide.isPending && decide.variables?.decision === 'reject'}>Reject</Button>
        <Button onClick={() => send('approve')} loading={decide.isPending && decide.variables?.decision === 'approve'}>Approve</Button>
      </Group>
    </Stack>
  );
}
