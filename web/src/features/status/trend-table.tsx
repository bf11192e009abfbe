// The numbers behind the trend chart, from the same points: each period's colours (the computed one
// in brackets where the report overrode it) and key figures.
import { Table, Text } from '@mantine/core';
import type { StatusTrendPoint } from '../../api/types.ts';
import { RAG } from './status-labels.ts';
import { formatIndex, formatSlip, TREND_ROW_LABELS, TREND_ROWS, trendTable } from './trend-view.ts';

export function TrendTable({ points }: { points: readonly StatusTrendPoint[] }) {
  const rows = trendTable(points);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="Status trend numbers" fz="sm" verticalSpacing={4} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Period</Table.Th>
            {TREND_ROW_LABELS.map((l) => <Table.Th key={l}>{l}</Table.Th>)}
            <Table.Th>Finish slip</Table.Th>
            <Table.Th>Worst milestone slip</Table.Th>
            <Table.Th>Open risks</Table.Th>
            <Table.Th>Without response</Table.Th>
            <Table.Th>Overdue actions</Table.Th>
            <Table.Th>Open issues</Table.Th>
            <Table.Th>CPI</Table.Th>
            <Table.Th>SPI</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.reportId}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.period}</Table.Td>
              {TREND_ROWS.map((k) => {
                const c = r.colours[k];
                return (
                  <Table.Td key={k} data-colour={c.effective}>
                    {RAG[c.effective].label}
                    {c.computed !== c.effective ? <Text span size="xs" c="dimmed"> (computed {RAG[c.computed].label.toLowerCase()})</Text> : null}
                  </Table.Td>
                );
              })}
              <Table.Td>{formatSlip(r.finishSlipDays)}</Table.Td>
              <Table.Td>{formatSlip(r.worstMilestoneSlipDays)}</Table.Td>
              <Table.Td>{r.openRisks}</Table.Td>
              <Table.Td>{r.risksWithoutResponse}</Table.Td>
              <Table.Td>{r.overdueActions}</Table.Td>
              <Table.Td>{r.openIssues}</Table.Td>
              <Table.Td>{formatIndex(r.cpi)}</Table.Td>
              <Table.Td>{formatIndex(r.spi)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
