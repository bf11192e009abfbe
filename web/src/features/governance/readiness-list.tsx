// A gate's readiness item by item: the state (colour and symbol, so it reads without colour too),
// what the item is, and the server's sentence saying why and what to do. Approvers get a "Waive"
// button on the items a waiver can settle; the caller asks for the reason.
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import type { ReadinessItem } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { READINESS_KIND_LABELS, READINESS_STATES } from './governance-labels.ts';
import { isWaivable } from './readiness-view.ts';

export function ReadinessBadge({ state }: { state: ReadinessItem['state'] }) {
  const meta = READINESS_STATES[state];
  return (
    <Badge style={BADGE_STYLE} color={meta.color} variant={state === 'ok' || state === 'waived' ? 'light' : 'filled'} data-state={state}>
      {meta.symbol} {meta.label}
    </Badge>
  );
}

interface ReadinessListProps {
  items: readonly ReadinessItem[];
  label?: string;
  /** When given, waivable items get a "Waive" button. */
  onWaive?: ((item: ReadinessItem) => void) | undefined;
}

export function ReadinessList({ items, label = 'Readiness', onWaive }: ReadinessListProps) {
  if (items.length === 0) return <Text c="dimmed" size="sm">This gate asks for nothing.</Text>;
  return (
    <Table aria-label={label} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>State</Table.Th>
          <Table.Th>Item</Table.Th>
          {onWaive ? <Table.Th w={90} /> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={`${item.kind}:${item.key}`} data-item={item.key}>
            <Table.Td>
              <ReadinessBadge state={item.state} />
            </Table.Td>
            <Table.Td>
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  <Text span c="dimmed" size="xs" tt="uppercase" mr={6}>
                    {READINESS_KIND_LABELS[item.kind]}
                  </Text>
                  {item.text}
                </Text>
                <Text size="xs" c={item.state === 'ok' ? 'dimmed' : undefined}>
                  {item.reason}
                </Text>
              </Stack>
            </Table.Td>
            {onWaive ? (
              <Table.Td>
                {isWaivable(item) ? (
                  <Button size="compact-xs" variant="light" color="blue" onClick={() => onWaive(item)} aria-label={`Waive ${item.text}`}>
                    Waive
                  </Button>
                ) : null}
              </Table.Td>
            ) : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
