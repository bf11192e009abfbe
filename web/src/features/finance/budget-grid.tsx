// The budget as a grid: a row per category, a column per month, each cell the current amount with
// the approved one under it where an approved change moved it; totals per category and month.
import { Table, Text } from '@mantine/core';
import type { ProjectBudget } from '../../api/finance.ts';
import { CATEGORY_LABELS } from './finance-labels.ts';
import { budgetGrid, monthLabel, moneyText } from './finance-view.ts';

function Amount({ approvedMinor, currentMinor, currency }: { approvedMinor: number; currentMinor: number; currency: string | null }) {
  return (
    <>
      <Text span size="sm">{moneyText(currentMinor, currency)}</Text>
      {approvedMinor !== currentMinor ? <Text size="xs" c="dimmed">was {moneyText(approvedMinor, currency)}</Text> : null}
    </>
  );
}

export function BudgetGrid({ budget }: { budget: ProjectBudget }) {
  const { months, rows } = budgetGrid(budget);
  const c = budget.currency;
  if (rows.length === 0) return <Text c="dimmed" size="sm">No approved budget yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={240 + months.length * 120}>
      <Table striped withColumnBorders verticalSpacing={4} aria-label="Budget by category and month">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Category</Table.Th>
            {months.map((m) => <Table.Th key={m} ta="right" style={{ whiteSpace: 'nowrap' }}>{monthLabel(m)}</Table.Th>)}
            <Table.Th ta="right">Total</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.category} data-category={row.category}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{CATEGORY_LABELS[row.category]}</Table.Td>
              {months.map((m) => (
                <Table.Td key={m} ta="right">{row.months[m] ? <Amount {...row.months[m]} currency={c} /> : null}</Table.Td>
              ))}
              <Table.Td ta="right" fw={600}><Amount approvedMinor={row.approvedMinor} currentMinor={row.currentMinor} currency={c} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>Total</Table.Th>
            {budget.months.map((m) => <Table.Th key={m.month} ta="right"><Amount approvedMinor={m.approvedMinor} currentMinor={m.currentMinor} currency={c} /></Table.Th>)}
            <Table.Th ta="right"><Amount approvedMinor={budget.approvedMinor ?? 0} currentMinor={budget.currentMinor ?? 0} currency={c} /></Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
