// Earned value task by task: each costed task of baseline 0 with its progress (and which day's it
// is: at a past status date, what was recorded with the project's EV) and how it earns, its BAC,
// PV, EV and AC at the status date, its variances, CPI and SPI in their colours (so a poor index
// leads to the task), its estimate at and to complete by the chosen method, VAC, the to-complete
// index and its manager's own estimate to complete; those who plan the costs edit the last two.
import { Button, Card, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { EvmTask, ProjectEvm } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { today } from '../timesheets/timesheet-search.ts';
import { EAC_LABELS, formatRatio, money, taskProgressNote } from './evm-view.ts';
import { IndexBadge } from './index-badge.tsx';
import { METHOD_LABELS } from './task-earning-view.ts';

const FIGURES = ['BAC', 'PV', 'EV', 'AC', 'CV', 'SV', 'CPI', 'SPI', 'EAC', 'ETC', 'VAC', 'TCPI', 'Manager’s ETC'];

export function EvmTaskTable({ evm, onEdit }: { evm: ProjectEvm; onEdit?: (task: EvmTask) => void }) {
  const m = (v: number | null) => money(v, evm.currency);
  const red = (v: number | null) => (v !== null && v < 0 ? 'red.7' : undefined);
  const note = taskProgressNote(evm, today());
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Tasks">
      <Title order={2} size="h5" mb={4}>Tasks</Title>
      {note ? <Text size="xs" c={note.warning ? 'orange.8' : 'dimmed'} mb="xs" data-notice="task-progress">{note.text} EAC = {EAC_LABELS[evm.indices.eacMethod]}; TCPI to BAC.</Text> : null}
      {evm.tasks.length === 0 ? <Text size="sm" c="dimmed">No costed task in baseline 0.</Text> : (
        <Table.ScrollContainer minWidth={1500}>
          <Table aria-label="Earned value by task" fz="sm" striped verticalSpacing={4} style={{ whiteSpace: 'nowrap' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Task</Table.Th>
                <Table.Th ta="right">% complete</Table.Th>
                <Table.Th>Earns by</Table.Th>
                {FIGURES.map((h) => <Table.Th key={h} ta="right">{h}</Table.Th>)}
                {onEdit ? <Table.Th><VisuallyHidden>Actions</VisuallyHidden></Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {evm.tasks.map((t) => (
                <Table.Tr key={t.taskId} data-task={t.name}>
                  <Table.Td style={{ whiteSpace: 'normal', minWidth: 160 }}>{t.name}</Table.Td>
                  <Table.Td ta="right" title={`As of ${formatDate(t.progressAsOf)}`}>{t.percentComplete}%</Table.Td>
                  <Table.Td data-cell="method">{METHOD_LABELS[t.earningMethod].label}</Table.Td>
                  <Table.Td ta="right">{m(t.amounts.bac)}</Table.Td>
                  <Table.Td ta="right">{m(t.amounts.pv)}</Table.Td>
                  <Table.Td ta="right">{m(t.amounts.ev)}</Table.Td>
                  <Table.Td ta="right">{m(t.amounts.ac)}</Table.Td>
                  <Table.Td ta="right" data-cell="cv" c={red(t.indices.cv)}>{m(t.indices.cv)}</Table.Td>
                  <Table.Td ta="right" data-cell="sv" c={red(t.indices.sv)}>{m(t.indices.sv)}</Table.Td>
                  <Table.Td ta="right"><IndexBadge label={`${t.name} CPI`} value={t.indices.cpi} /></Table.Td>
                  <Table.Td ta="right"><IndexBadge label={`${t.name} SPI`} value={t.indices.spi} /></Table.Td>
                  <Table.Td ta="right" data-cell="eac">{m(t.indices.eac)}</Table.Td>
                  <Table.Td ta="right" data-cell="etc-method">{m(t.indices.etc)}</Table.Td>
                  <Table.Td ta="right" data-cell="vac" c={red(t.indices.vac)}>{m(t.indices.vac)}</Table.Td>
                  <Table.Td ta="right" data-cell="tcpi" title={`TCPI to EAC ${formatRatio(t.indices.tcpiToEac)}`}>{formatRatio(t.indices.tcpiToBac)}</Table.Td>
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
