// The findings follow-up list across every project the reader sees: findings not closed yet (or
// only the overdue ones), by due date, with their owners and corrective actions; a row opens the
// finding's drawer to work it or, for a reviewer, to verify and close it. The export holds the
// findings shown (the same filter).
import { useState } from 'react';
import { Card, Group, SegmentedControl, Stack } from '@mantine/core';
import { exportUrl } from '../../api/exports.ts';
import { useFindings } from '../../api/quality.ts';
import { ExportButtons } from '../../ui/export-buttons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { FindingDrawer } from './finding-drawer.tsx';
import { FindingTable } from './finding-table.tsx';

export function FindingsPage() {
  const [show, setShow] = useState<'open' | 'overdue' | 'verify'>('open');
  const query = show === 'overdue' ? { overdue: 'true' as const } : show === 'verify' ? { status: 'resolved' } : {};
  const findings = useFindings({ ...query, sort: 'dueDate' });
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <PageHeader
        title="Findings"
        subtitle="Quality review findings to follow up, across every project you can see."
        actions={<ExportButtons href={(format) => exportUrl('/api/v1/findings/export', { ...query, format })} />}
      />
      <Group>
        <SegmentedControl aria-label="Show" value={show} onChange={(v) => setShow(v as typeof show)}
          data={[{ value: 'open', label: 'Not closed' }, { value: 'overdue', label: 'Overdue' }, { value: 'verify', label: 'Awaiting verification' }]} />
      </Group>
      <ProblemAlert error={findings.error} />
      <Card withBorder padding={0} radius="md">
        {findings.isPending ? <Pending label="Loading findings" /> : (
          <FindingTable label="Findings to follow up" items={findings.data ?? []} showProject empty="Nothing to follow up." onOpen={(f) => setOpenId(f.id)} />
        )}
      </Card>
      <FindingDrawer findingId={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}
