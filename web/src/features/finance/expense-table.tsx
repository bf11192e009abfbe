// A project's expenses and supplier invoices, latest first: the day, what kind, what it was spent on,
// from whom, the amount, and the order it is invoiced against. A row opens the expense.
import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import type { Expense } from '../../api/finance.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatDate } from '../../ui/dates.ts';
import { formatMoney } from '../../ui/money.ts';
import { COST_TYPE_LABELS, EXPENSE_KIND_LABELS, SPENDING_CATEGORY_LABELS } from './finance-labels.ts';

export function ExpenseTable({ items, onOpen }: { items: readonly Expense[]; onOpen: (expense: Expense) => void }) {
  if (items.length === 0) return <Text c="dimmed" size="sm" p="md">No expenses or invoices yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label="Expenses">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Supplier</Table.Th>
            <Table.Th>Order</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id} data-expense={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}><time dateTime={e.incurredOn}>{formatDate(e.incurredOn)}</time></Table.Td>
              <Table.Td><Badge style={BADGE_STYLE} size="sm" variant="light" color={e.kind === 'invoice' ? 'indigo' : 'gray'}>{EXPENSE_KIND_LABELS[e.kind]}</Badge></Table.Td>
              <Table.Td>
                <UnstyledButton fz="sm" fw={500} ta="left" onClick={() => onOpen(e)}>{e.description || e.reference || '(no description)'}</UnstyledButton>
                {e.reference && e.description ? <Text size="xs" c="dimmed">{e.reference}</Text> : null}
              </Table.Td>
              <Table.Td fz="sm">{SPENDING_CATEGORY_LABELS[e.category]} · {COST_TYPE_LABELS[e.costType].toLowerCase()}</Table.Td>
              <Table.Td fz="sm">{e.supplier || '—'}</Table.Td>
              <Table.Td fz="sm">{e.purchaseOrderNumber ?? '—'}</Table.Td>
              <Table.Td ta="right" fz="sm" style={{ whiteSpace: 'nowrap' }}>{formatMoney(e.amount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
