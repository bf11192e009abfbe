// My approval queue: the gate reviews waiting for a decision I may take (as the gate's approver
// role or named on the request), oldest request first, each with how ready it is; a row opens the
// review. Below, the recent decisions across the projects I can see. Every gate review I can see
// exports as a spreadsheet.
import { Badge, Card, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { exportUrl } from '../../api/exports.ts';
import { useAwaitingMyDecision, useGateReviews } from '../../api/gate-reviews.ts';
import type { GateReview } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatInstant } from '../../ui/dates.ts';
import { ExportButtons } from '../../ui/export-buttons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { GATE_DECISIONS } from './governance-labels.ts';
import { readinessSummary } from './readiness-view.ts';

export function ApprovalsPage() {
  const awaiting = useAwaitingMyDecision();
  const decided = useGateReviews({ status: 'decided', limit: 20 });
  return (
    <Stack gap="md">
      <PageHeader
        title="Approvals"
        subtitle="Gate reviews waiting for your decision, and the latest decisions."
        actions={<ExportButtons href={(format) => exportUrl('/api/v1/gate-reviews/export', { format })} />}
      />
      <Card withBorder radius="md" padding={0}>
        <Title order={2} size="h4" p="md" pb={0}>
          Awaiting my decision
        </Title>
        <ProblemAlert error={awaiting.error} />
        {awaiting.isPending ? <Pending /> : <ReviewTable label="Awaiting my decision" reviews={awaiting.data?.items ?? []} empty="Nothing waits for your decision." />}
      </Card>
      <Card withBorder radius="md" padding={0}>
        <Title order={2} size="h4" p="md" pb={0}>
          Recent decisions
        </Title>
        <ProblemAlert error={decided.error} />
        {decided.isPending ? <Pending /> : <ReviewTable label="Recent decisions" reviews={decided.data?.items ?? []} empty="No gate has been decided yet." decided />}
      </Card>
    </Stack>
  );
}

interface ReviewTableProps {
  label: string;
  reviews: readonly GateReview[];
  empty: string;
  decided?: boolean;
}

function ReviewTable({ label, reviews, empty, decided = false }: ReviewTableProps) {
  const navigate = useNavigate();
  const openReview = (r: GateReview) => void navigate({ to: '/gate-reviews/$reviewId', params: { reviewId: r.id } });
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label={label} highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Review</Table.Th>
            <Table.Th>Project</Table.Th>
            <Table.Th>Gate</Table.Th>
            <Table.Th>{decided ? 'Decided by' : 'Requested by'}</Table.Th>
            <Table.Th>{decided ? 'Decision' : 'Readiness'}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviews.map((r) => {
            const summary = readinessSummary(r.readiness);
            return (
              <Table.Tr key={r.id} data-review={r.code} onClick={() => openReview(r)} style={{ cursor: 'pointer' }}>
                <Table.Td>
                  <UnstyledButton ff="monospace" fz="sm" onClick={(e) => (e.stopPropagation(), openReview(r))}>
                    {r.code}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td fz="sm">
                  {r.projectCode} · {r.projectName}
                </Table.Td>
                <Table.Td fz="sm">{r.gate.name}</Table.Td>
                <Table.Td fz="sm">
                  {(decided ? r.decidedByName : r.requestedByName) ?? '—'}
                  <Text size="xs" c="dimmed">
                    {formatInstant(decided ? r.decidedAt : r.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td fz="sm">
                  {decided && r.decision ? (
                    <Badge style={BADGE_STYLE} color={GATE_DECISIONS[r.decision].color}>
                      {GATE_DECISIONS[r.decision].label}
                    </Badge>
                  ) : (
                    <>
                      <Badge style={BADGE_STYLE} color={summary.canGo ? 'teal' : 'orange'} variant="light">
                        {summary.headline}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {summary.detail}
                      </Text>
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
          {reviews.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed" ta="center" py="md">
                  {empty}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
