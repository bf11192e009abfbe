// The findings of one review: the list (every status), "Add finding" for its reviewers while the
// review runs or once it is completed, and the finding drawer.
import { useState } from 'react';
import { Button, Card, Group, Modal, Stack, Title } from '@mantine/core';
import { useCreateFinding, useFindings } from '../../api/quality.ts';
import type { QualityReview } from '../../api/types.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { FindingDrawer } from './finding-drawer.tsx';
import { FindingForm } from './finding-form.tsx';
import { FindingTable } from './finding-table.tsx';
import { findingsOpen } from './quality-view.ts';

export function ReviewFindings({ review }: { review: QualityReview }) {
  const findings = useFindings({ reviewId: review.id, status: 'open,in_progress,resolved,closed', sort: 'code' });
  const create = useCreateFinding(review.id);
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const mayAdd = review.canEdit && findingsOpen(review.status);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Findings">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">Findings</Title>
        {mayAdd ? <Button size="xs" onClick={() => { create.reset(); setAdding(true); }}>Add finding</Button> : null}
      </Group>
      <ProblemAlert error={findings.error} />
      {findings.isPending ? <Pending label="Loading findings" /> : (
        <FindingTable label="Review findings" items={findings.data ?? []} empty="No findings recorded." onOpen={(f) => setOpenId(f.id)} />
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title="Add finding" size="lg">
        <Stack>
          <ProblemAlert error={create.error} title="The finding was not added" />
          <FindingForm review={review} submitting={create.isPending} onCancel={() => setAdding(false)}
            onSubmit={async (body) => {
              await create.mutateAsync(body);
              setAdding(false);
            }} />
        </Stack>
      </Modal>
      <FindingDrawer findingId={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}
