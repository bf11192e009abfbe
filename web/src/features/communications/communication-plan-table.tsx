// The communication plan as a table in the server's order (overdue first, paused last): what goes
// out, how often and how, who sends it, to whom (recipients without an address flagged), when it is
// next due with its due state, and when it last went out. A title opens the item; the team records
// an item done from its row.
import { Badge, Button, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import type { Communication } from '../../api/communications.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatDate } from '../../ui/dates.ts';
import { CHANNEL_LABELS, COMMUNICATION_TYPE_LABELS, DUE_STATE_META, FREQUENCY_LABELS, deliveredReportLabel } from './communication-labels.ts';
import { dueText, recipientSummary, recipientViews } from './communication-view.ts';

interface CommunicationPlanTableProps {
  items: readonly Communication[];
  onOpen: (item: Communication) => void;
  /** Absent for readers: no "Record done" buttons. */
  onRecordDone?: ((item: Communication) => void) | undefined;
}

export function DueBadge({ item }: { item: Pick<Communication, 'dueState' | 'daysOverdue'> }) {
  const meta = DUE_STATE_META[item.dueState];
  return <Badge style={BADGE_STYLE} size="sm" color={meta.color} variant={meta.variant} data-due-state={item.dueState}>{dueText(item)}</Badge>;
}

/** A calendar date people read, with the ISO date for machines. */
const DateText = ({ date }: { date: string | null }) => (date ? <time dateTime={date} style={{ whiteSpace: 'nowrap' }}>{formatDate(date)}</time> : <Text span c="dimmed" fz="sm">—</Text>);

function Audience({ item }: { item: Communication }) {
  const views = recipientViews(item.recipients);
  return (
    <Stack gap={2}>
      <Group gap={4}>
        {views.map((r) => (
          <Group key={r.key} gap={2} wrap="nowrap" title={r.title}>
            <Text span fz="sm">{r.name}</Text>
            {r.flag === 'no address' ? <Badge style={BADGE_STYLE} size="xs" variant="outline" color="orange">No e-mail</Badge> : null}
            {r.flag === 'group' ? <Badge style={BADGE_STYLE} size="xs" variant="outline" color="gray">Group</Badge> : null}
          </Group>
        ))}
      </Group>
      <Text span fz="xs" c="dimmed">{recipientSummary(item.recipients)}</Text>
    </Stack>
  );
}

export function CommunicationPlanTable({ items, onOpen, onRecordDone }: CommunicationPlanTableProps) {
  const columns = onRecordDone ? 9 : 8;
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label="Communication plan">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Communication</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Frequency</Table.Th>
            <Table.Th>Channel</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Audience</Table.Th>
            <Table.Th>Next due</Table.Th>
            <Table.Th>Last done</Table.Th>
            {onRecordDone ? <Table.Th aria-label="Actions" /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-communication={item.code}>
              <Table.Td fz="sm">
                <UnstyledButton fz="sm" fw={500} ta="left" onClick={() => onOpen(item)}>
                  <Text span ff="monospace" fz="sm" mr={6} c="dimmed">{item.code}</Text>
                  {item.title}
                </UnstyledButton>
              </Table.Td>
              <Table.Td fz="sm">{COMMUNICATION_TYPE_LABELS[item.type]}</Table.Td>
              <Table.Td fz="sm">{FREQUENCY_LABELS[item.frequency]}</Table.Td>
              <Table.Td fz="sm">
                {CHANNEL_LABELS[item.channel]}
                {item.report && (
                  <Text size="xs" c="indigo" data-testid="delivered-report">
                    {deliveredReportLabel(item.report)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td fz="sm">{item.ownerName ?? <Text span c="dimmed" fz="sm">—</Text>}</Table.Td>
              <Table.Td fz="sm"><Audience item={item} /></Table.Td>
              <Table.Td fz="sm">
                <Stack gap={2} align="flex-start">
                  <DateText date={item.nextDueOn} />
                  <DueBadge item={item} />
                </Stack>
              </Table.Td>
              <Table.Td fz="sm"><DateText date={item.lastDoneOn} /></Table.Td>
              {onRecordDone ? (
                <Table.Td>
                  {item.status === 'active' ? (
                    <Button size="compact-sm" variant="light" onClick={() => onRecordDone(item)} aria-label={`Record ${item.code} done`}>Record done</Button>
                  ) : null}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
          {items.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns}>
                <Text c="dimmed" ta="center" py="md" size="sm">Nothing in the plan yet.</Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
