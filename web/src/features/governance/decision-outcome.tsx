// What was decided at the gate, by whom and when, with the comment, the conditions (each linked to
// the action that tracks it) and the entry in the project's decision log.
import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useRaidItem } from '../../api/raid.ts';
import type { GateReview } from '../../api/types.ts';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { PersonName } from '../../ui/person-name.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { GATE_DECISIONS } from './governance-labels.ts';

export function DecisionOutcome({ review, projectReadable }: { review: GateReview; projectReadable: boolean }) {
  const entry = useRaidItem('decisions', projectReadable ? review.decisionId : null);
  if (!review.decision) return null;
  const meta = GATE_DECISIONS[review.decision];
  return (
    <Card withBorder radius="md" padding="lg" aria-label="Gate decision" component="section">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={2} size="h4">
              Decision
            </Title>
            <Badge color={meta.color} size="lg" data-testid="decision">
              {meta.label}
            </Badge>
          </Group>
          {review.decisionId && projectReadable ? (
            <AnchorLink to="/projects/$projectId/raid" params={{ projectId: review.projectId }} search={{ tab: 'decisions', open: review.decisionId }} fz="sm">
              Decision log entry{entry.data ? ` ${entry.data.code}` : ''}
            </AnchorLink>
          ) : null}
        </Group>
        <Text size="sm">
          Decided by {review.decidedByName ?? 'someone no longer known'} on {formatInstant(review.decidedAt)}. {meta.description}
        </Text>
        {review.decisionComment ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {review.decisionComment}
          </Text>
        ) : null}
        {review.conditions.length > 0 ? (
          <Table aria-label="Conditions" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Condition</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Action</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {review.conditions.map((c, i) => (
                <Table.Tr key={c.actionId ?? i}>
                  <Table.Td fz="sm">{c.text}</Table.Td>
                  <Table.Td fz="sm">{formatDate(c.dueDate)}</Table.Td>
                  <Table.Td fz="sm">
                    <PersonName id={c.ownerId} />
                  </Table.Td>
                  <Table.Td fz="sm">
                    {c.actionId && projectReadable ? (
                      <AnchorLink to="/projects/$projectId/raid" params={{ projectId: review.projectId }} search={{ tab: 'actions', open: c.actionId }} fz="sm">
                        Open action
                      </AnchorLink>
                    ) : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </Card>
  );
}
