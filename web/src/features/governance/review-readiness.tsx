// A review's readiness summary: can the gate go, the counts, and the items that hold it or warn,
// each with the server's reason. Approvers waive an item with a reason (the operating model decides
// whether a waiver lifts it: a controlling PMO accepts one, a directive PMO does not). Once decided
// it shows the evidence the approvers decided on.
import { useState } from 'react';
import { Badge, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useGateReview, useUpdateGateReview } from '../../api/gate-reviews.ts';
import type { GateReview, ReadinessItem } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { OPERATING_MODELS } from './governance-labels.ts';
import { ReadinessList } from './readiness-list.tsx';
import { itemsNeedingAttention, readinessSummary, withWaiver } from './readiness-view.ts';

export function ReviewReadiness({ review }: { review: GateReview }) {
  const [waiving, setWaiving] = useState<ReadinessItem | null>(null);
  const { readiness } = review;
  const summary = readinessSummary(readiness);
  const decided = review.status === 'decided';
  const attention = decided ? readiness.items : [...itemsNeedingAttention(readiness), ...readiness.items.filter((i) => i.state === 'waived')];

  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={2} size="h4">
          {decided ? 'Evidence decided on' : 'Readiness'}
        </Title>
        <Badge color={summary.canGo ? 'teal' : 'orange'} variant="light" size="lg" data-testid="readiness-headline">
          {summary.headline}
        </Badge>
      </Group>
      <Text size="sm" mb="sm" aria-live="polite">
        {summary.detail}
      </Text>
      <Text size="xs" c="dimmed" mb="sm">
        {OPERATING_MODELS[readiness.operatingModel].label} PMO: {OPERATING_MODELS[readiness.operatingModel].explanation}
      </Text>
      {attention.length > 0 ? (
        <ReadinessList items={attention} label={decided ? 'Evidence' : 'Items needing attention'} onWaive={review.canDecide ? setWaiving : undefined} />
      ) : (
        <Text size="sm" c="teal.8">
          Every item is in order.
        </Text>
      )}
      <Modal opened={waiving !== null} onClose={() => setWaiving(null)} title={waiving ? `Waive: ${waiving.text}` : ''}>
        {waiving ? <WaiveForm review={review} item={waiving} onClose={() => setWaiving(null)} /> : null}
      </Modal>
    </Card>
  );
}

function WaiveForm({ review, item, onClose }: { review: GateReview; item: ReadinessItem; onClose: () => void }) {
  const update = useUpdateGateReview(review.id);
  const detail = useGateReview(review.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!reason.trim()) return setError('Say why the item is waived.');
    await update.mutateAsync({ version: review.version, patch: { waivers: withWaiver(review.waivers, item.key, reason) } });
    onClose();
  };

  return (
    <form
      aria-label="Waive item"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit().catch(() => undefined);
      }}
    >
      <Stack>
        <Text size="sm">{item.reason}</Text>
        <ProblemAlert error={update.error} title="The waiver was not recorded" onReload={() => void detail.refetch().then(() => update.reset())} />
        <Textarea label="Reason" required autosize minRows={2} value={reason} error={error} onChange={(e) => (setReason(e.currentTarget.value), setError(null))} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={update.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Record waiver
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
