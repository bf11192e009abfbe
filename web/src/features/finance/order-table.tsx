// A project's purchase orders, newest first: what was ordered from whom, for how much, what has been
// invoiced against it and what is still committed. A row opens the order.
import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import type { PurchaseOrder } from '../../api/finance.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatDate } from '../../ui/dates.ts';
import { formatMoney } from '../../ui/money.ts';
import { ORDER_STATUS_LABELS, SPENDING_CATEGORY_LABELS } from './finance-labels.ts';
import { moneyText } from './finance-view.ts';

export function OrderTable({ items, onOpen }: { items: readonly PurchaseOrder[]; onOpen: (order: PurchaseOrder) => void }) {
  if (items.length === 0) return <Text c="dimmed" size="sm" p="md">No purchase orders yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label="Purchase orders">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Order</Table.Th>
            <Table.Th>Supplier</Table.Th>
            <Table.Th>Ordered</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th ta="right">Invoiced</Table.Th>
            <Table.Th ta="right">Committed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={o.id} data-order={o.number}>
              <Table.Td>
                <UnstyledButton fz="sm" fw={500} ff="monospace" onClick={() => onOpen(o)}>{o.number}</UnstyledButton>
                {o.description ? <Text size="xs" c="dimmed">{o.description}</Text> : null}
              </Table.Td>
              <Table.Td fz="sm">{o.supplier}</Table.Td>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>{formatDate(o.orderedOn)}</Table.Td>
              <Table.Td fz="sm">{SPENDING_CATEGORY_LABELS[o.category]}</Table.Td>
              <Table.Td><Badge style={BADGE_STYLE} size="sm" variant="light" color={o.status === 'open' ? 'blue' : 'gray'}>{ORDER_STATUS_LABELS[o.status]}</Badge></Table.Td>
              <Table.Td ta="right" fz="sm">{formatMoney(o.amount)}</Table.Td>
              <Table.Td ta="right" fz="sm">{moneyText(o.invoicedMinor, o.amount.currency)}</Table.Td>
              <Table.Td ta="right" fz="sm" fw={600}>{moneyText(o.openCommitmentMinor, o.amount.currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
