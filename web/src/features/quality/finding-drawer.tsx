// One finding in a drawer: what was found, its status moves (its owner and the team work it to
// resolved with a note of what was done; a reviewer or the PMO verifies and closes it once its
// corrective actions are finished) under If-Match, and its corrective actions, added here as RAID
// actions of the project whose source is the finding.
import { useState } from 'react';
import { Button, Drawer, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useFinding, useReview, useUpdateFinding } from '../../api/quality.ts';
import type { Finding } from '../../api/types.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { formatDate } from '../../ui/dates.ts';
import { PersonName } from '../../ui/person-name.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { DueDate } from '../raid/raid-badges.tsx';
import { useMayContribute } from '../raid/use-may-contribute.ts';
import { CorrectiveActionForm } from './corrective-action-form.tsx';
import { FindingSeverityBadge, FindingStatusBadge } from './quality-badges.tsx';
import { FINDING_STATUS_LABELS } from './quality-labels.ts';
import { findingMoves, isVerifier } from './quality-view.ts';

export function FindingDrawer({ findingId, onClose }: { findingId: string | null; onClose: () => void }) {
  const finding = useFinding(findingId);
  return (
    <Drawer opened={findingId !== null} onClose={onClose} position="right" size="lg" title={finding.data ? `${finding.data.code} · ${finding.data.title}` : 'Finding'}>
      <ProblemAlert error={finding.error} title="This finding could not be read" />
      {finding.data ? <FindingBody key={finding.data.version} finding={finding.data} reload={() => void finding.refetch()} /> : finding.isPending && findingId ? <Pending label="Loading finding" /> : null}
    </Drawer>
  );
}

function FindingBody({ finding, reload }: { finding: Finding; reload: () => void }) {
  const user = useCurrentUser();
  const review = useReview(finding.reviewId);
  const mayContribute = useMayContribute(finding.projectId);
  const update = useUpdateFinding(finding.id);
  const [resolution, setResolution] = useState(finding.resolution);
  const verifier = review.data ? isVerifier(user, review.data.reviewers.map((r) => r.id)) : false;
  const role = verifier ? 'verifier' : finding.ownerId === user.id || mayContribute ? 'follower' : 'reader';
  const move = (to: Finding['status']) =>
    update.mutate({ version: finding.version, patch: { status: to, ...(resolution !== finding.resolution ? { resolution } : {}) } });

  return (
    <Stack gap="md">
      <Group gap="xs">
        <FindingStatusBadge status={finding.status} />
        <FindingSeverityBadge severity={finding.severity} />
        <Text size="sm" c="dimmed">{finding.projectCode} · {finding.reviewCode}</Text>
      </Group>
      <Table withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          <Table.Tr><Table.Th fz="sm" c="dimmed" w={140}>Owner</Table.Th><Table.Td fz="sm"><PersonName id={finding.ownerId} /></Table.Td></Table.Tr>
          <Table.Tr><Table.Th fz="sm" c="dimmed">Due</Table.Th><Table.Td><DueDate date={finding.dueDate} overdue={finding.overdue} /></Table.Td></Table.Tr>
          <Table.Tr><Table.Th fz="sm" c="dimmed">Question</Table.Th><Table.Td fz="sm">{review.data?.questions.find((q) => q.key === finding.questionKey)?.text ?? finding.questionKey ?? '—'}</Table.Td></Table.Tr>
          {finding.verifiedByName ? <Table.Tr><Table.Th fz="sm" c="dimmed">Verified by</Table.Th><Table.Td fz="sm">{finding.verifiedByName} {formatDate(finding.closedAt?.slice(0, 10))}</Table.Td></Table.Tr> : null}
        </Table.Tbody>
      </Table>
      {finding.description ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{finding.description}</Text> : null}
      <ProblemAlert error={update.error} onReload={() => { update.reset(); reload(); }} />
      <Textarea label="Resolution" description="What was done about it." autosize minRows={2} readOnly={role === 'reader' || finding.status === 'closed'} value={resolution} onChange={(e) => setResolution(e.currentTarget.value)} />
      <Group gap="xs">
        {findingMoves(finding, role).map(({ to, disabledReason }) => (
          <Button key={to} size="xs" variant={to === 'closed' || to === 'resolved' ? 'filled' : 'default'} disabled={Boolean(disabledReason)} title={disabledReason} loading={update.isPending} onClick={() => move(to)}>
            {to === 'closed' ? 'Verify and close' : `Move to ${FINDING_STATUS_LABELS[to].toLowerCase()}`}
          </Button>
        ))}
        {role !== 'reader' && resolution !== finding.resolution ? (
          <Button size="xs" variant="light" loading={update.isPending} onClick={() => update.mutate({ version: finding.version, patch: { resolution } })}>Save resolution</Button>
        ) : null}
      </Group>
      {findingMoves(finding, role).find((m) => m.disabledReason) ? <Text size="xs" c="dimmed">{findingMoves(finding, role).find((m) => m.disabledReason)?.disabledReason}</Text> : null}
      <Stack gap="xs">
        <Title order={3} size="h5">Corrective actions</Title>
        {finding.actions.length === 0 ? <Text size="sm" c="dimmed">None yet.</Text> : (
          <Table aria-label="Corrective actions" verticalSpacing={4}>
            <Table.Tbody>
              {finding.actions.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td fz="sm" ff="monospace">{a.code}</Table.Td>
                  <Table.Td fz="sm">{a.title}</Table.Td>
                  <Table.Td fz="sm">{a.status.replace('_', ' ')}</Table.Td>
                  <Table.Td fz="sm"><PersonName id={a.ownerId} /></Table.Td>
                  <Table.Td><DueDate date={a.dueDate} overdue={a.overdue} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {mayContribute && finding.status !== 'closed' ? <CorrectiveActionForm projectId={finding.projectId} findingId={finding.id} /> : null}
      </Stack>
    </Stack>
  );
}

