// A risk's ratings over time, newest first: who changed the probability, impact or status, and
// when, so a review can see whether the response is bringing the exposure down.
import { Table, Text, Title } from '@mantine/core';
import { useRiskHistory } from '../../api/raid.ts';
import { formatInstant } from '../../ui/dates.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { RISK_STATUS_LABELS } from './raid-labels.ts';

const rating = (p: number | null, i: number | null, score: number | null) => (p === null || i === null ? '—' : `${p}×${i} = ${score ?? p * i}`);

export function RiskHistory({ riskId }: { riskId: string }) {
  const history = useRiskHistory(riskId);
  const items = [...(history.data?.items ?? [])].reverse();
  return (
    <div>
      <Title order={3} size="h5" mb={4}>
        History
      </Title>
      {history.isPending ? <Pending label="Loading history" /> : null}
      <ProblemAlert error={history.error} />
      {history.data && items.length === 0 ? <Text size="sm" c="dimmed">No changes of rating yet.</Text> : null}
      {items.length > 0 ? (
        <Table aria-label="Score history" verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>Rating</Table.Th>
              <Table.Th>Residual</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((h, index) => (
              <Table.Tr key={`${h.at}-${index}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(h.at)}</Table.Td>
                <Table.Td>{h.actorName ?? '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{rating(h.probability, h.impact, h.score)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{rating(h.residualProbability, h.residualImpact, h.residualScore)}</Table.Td>
                <Table.Td>{RISK_STATUS_LABELS[h.status]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </div>
  );
}
