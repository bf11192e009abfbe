// A change request's history, oldest first: every step with who took it, when, and why.
import { Card, Table, Text, Title } from '@mantine/core';
import type { ChangeRequest } from '../../api/types.ts';
import { formatInstant } from '../../ui/dates.ts';
import { CHANGE_STATUS_LABELS, HISTORY_ACTION_LABELS } from './change-labels.ts';

export function ChangeHistory({ history }: { history: ChangeRequest['history'] }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="History">
      <Title order={2} size="h4" mb="sm">History</Title>
      <Table aria-label="Change history" verticalSpacing={4}>
        <Table.Tbody>
          {history.map((entry, i) => (
            <Table.Tr key={`${entry.at}:${i}`}>
              <Table.Td fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{formatInstant(entry.at)}</Table.Td>
              <Table.Td fz="sm">
                <Text span fz="sm" fw={600}>{HISTORY_ACTION_LABELS[entry.action]}</Text>
                {entry.from ? <Text span fz="xs" c="dimmed"> ({CHANGE_STATUS_LABELS[entry.from]} → {CHANGE_STATUS_LABELS[entry.to]})</Text> : null}
                {' by '}{entry.actorName ?? 'someone'}
                {entry.comment ? <Text fz="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>“{entry.comment}”</Text> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
