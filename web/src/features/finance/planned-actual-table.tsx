// Planned against actual cost by category: the current budget, what is planned on tasks, what was
// spent and what is committed, and what is left of the budget after spending and commitments.
import { Table, Text } from '@mantine/core';
import type { Financials } from '../../api/finance.ts';
import { CATEGORY_LABELS } from './finance-labels.ts';
import { moneyText, plannedVsActual } from './finance-view.ts';

export function PlannedActualTable({ financials }: { financials: Financials }) {
  const rows = plannedVsActual(financials);
  const c = financials.currency;
  if (rows.length === 0) return <Text c="dimmed" size="sm">No budget or costs yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing="xs" aria-label="Planned and actual cost by category">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Category</Table.Th>
            <Table.Th ta="right">Current budget</Table.Th>
            <Table.Th ta="right">Planned on tasks</Table.Th>
            <Table.Th ta="right">Actual</Table.Th>
            <Table.Th ta="right">Committed</Table.Th>
            <Table.Th ta="right">Left</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.category} data-category={r.category}>
              <Table.Td>{CATEGORY_LABELS[r.category]}</Table.Td>
              <Table.Td ta="right">{moneyText(r.currentBudgetMinor, c)}</Table.Td>
              <Table.Td ta="right">{moneyText(r.plannedMinor, c)}</Table.Td>
              <Table.Td ta="right">{moneyText(r.actualMinor, c)}</Table.Td>
              <Table.Td ta="right">{moneyText(r.committedMinor, c)}</Table.Td>
              <Table.Td ta="right" c={r.remainingMinor < 0 ? 'red.7' : undefined}>{moneyText(r.remainingMinor, c)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
