// Earned value task by task: each costed task of baseline 0 with its progress and how it earns, its
// BAC, PV, EV and AC at the status date, its CPI and SPI in their colours (so a poor index leads to
// the task) and its manager's estimate to complete; those who plan the costs edit the last two.
import { Button, Card, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { EvmTask, ProjectEvm } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { money } from './evm-view.ts';
import { IndexBadge } from './index-badge.tsx';
import { METHOD_LABELS } from './task-earning-view.ts';

export function EvmTaskTable({ evm, onEdit }: { evm: ProjectEvm; onEdit?: (task: EvmTask) => void }) {
  const m = (v: number | null) => money(v, evm.currency);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Tasks">
      <Title order={2} size="h5" mb="xs">Tasks</Title>
      {evm.tasks.length === 0 ? <Text size="sm" c="dimmed">No costed task in baseline 0.</Text> : (
        <Table.ScrollContainer minWidth={960}>
          <Table aria-label="Earned value by task" fz="sm" striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Task</Table.Th>
                <Table.Th ta="right">% complete</Table.Th>
                <Table.Th>Earns by</Table.Th>
                <Table.Th ta="right">BAC</Table.Th>
                <Table.Th ta="right">PV</Table.Th>
                <Table.Th ta="right">EV</Table.Th>
                <Table.Th ta="right">AC</Table.Th>
                <Table.Th ta="right">CPI</Table.Th>
                <Table.Th ta="right">SPI</Table.Th>
                <Table.Th ta="right">ETC</Table.Th>
                {onEdit ? <Table.Th><VisuallyHidden>Actions</VisuallyHidden></Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {evm.tasks.map((t) => (
                <Table.Tr key={t.taskId} data-task={t.name}>
                  <Table.Td>{t.name}</Table.Td>
                  <Table.Td ta="right">{t.percentComplete}%</Table.Td>
                  <Table.Td data-cell="method">{METHOD_LABELS[t.earningMethod].label}</Table.Td>
                  <Table.Td ta="right">{m(t.amounts.bac)}</Table.Td>
                  <Table.Td ta="right">{m(t.amounts.pv)}</Table.Td>
                  <Table.Td ta="right">{m(t.amounts.ev)}</Table.Td>
                  <Table.Td ta="right">{m(t.amounts.ac)}</Table.Td>
                  <Table.Td ta="right"><IndexBadge label={`${t.name} CPI`} value={t.cpi} /></Table.Td>
                  <Table.Td ta="right"><IndexBadge label={`${t.name} SPI`} value={t.spi} /></Table.Td>
                  <Table.Td ta="right" data-cell="etc" title={t.etcAsOf ? `Estimated on ${formatDate(t.etcAsOf)}` : 'No estimate to complete'}>{m(t.amounts.etcBottomUp)}</Table.Td>
                  {onEdit ? <Table.Td><Button size="compact-xs" variant="subtle" aria-label={`Edit how ${t.name} earns`} onClick={() => onEdit(t)}>Edit</Button></Table.Td> : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
