// The change board's queue: the submitted change requests the signed-in user may decide (as a
// project's sponsor, the PMO or an administrator), across every project, oldest first. The export
// holds the submitted requests I can see (the server's export has no "awaiting me" filter).
import { Card, Stack } from '@mantine/core';
import { useChangeRequests } from '../../api/change-requests.ts';
import { exportUrl } from '../../api/exports.ts';
import { ExportButtons } from '../../ui/export-buttons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ChangeTable } from './change-table.tsx';

export function ChangeBoardPage() {
  const queue = useChangeRequests({ awaitingMe: 'true', sort: 'createdAt' });
  return (
    <Stack gap="md">
      <PageHeader
        title="Change board"
        subtitle="Change requests waiting for your decision, oldest first."
        actions={<ExportButtons href={(format) => exportUrl('/api/v1/change-requests/export', { status: 'submitted', format })} />}
      />
      <ProblemAlert error={queue.error} />
      <Card withBorder padding={0} radius="md">
        {queue.isPending ? <Pending label="Loading the queue" /> : (
          <ChangeTable label="Awaiting my decision" items={queue.data ?? []} showProject empty="Nothing waits for your decision." />
        )}
      </Card>
    </Stack>
  );
}
