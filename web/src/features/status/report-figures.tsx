// The evidence of a report, pulled in from the project: key milestones with baseline against forecast
// and slip, the top risks and issues, and the overdue actions. Live while the report is open, the
// frozen snapshot once submitted (the page says as of when).
import { Badge, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { StatusFigures } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatDate } from '../../ui/dates.ts';
import { formatSlip } from './trend-view.ts';

const day = (value: string | null) => formatDate(value ? value.slice(0, 10) : null);

function FigureTable({ title, head, rows, empty }: { title: string; head: string[]; rows: ReactNode[][]; empty: string }) {
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={3} size="h5" mb="xs">{title}</Title>
      <Table aria-label={title} fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>{head.map((h) => <Table.Th key={h}>{h}</Table.Th>)}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((cells, i) => (
            <Table.Tr key={i}>{cells.map((c, j) => <Table.Td key={j}>{c}</Table.Td>)}</Table.Tr>
          ))}
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={head.length}><Text size="sm" c="dimmed">{empty}</Text></Table.Td>
            </Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

export function ReportFigures({ figures }: { figures: StatusFigures }) {
  const { schedule, risks, issues, actions } = figures;
  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="md">
        <Title order={3} size="h5" mb={4}>Schedule</Title>
        <Text size="sm" data-testid="schedule-summary">
          {schedule.tasks === 0
            ? 'No schedule yet.'
            : schedule.baselined
              ? `Finish ${day(schedule.forecastFinish)} against baseline ${schedule.baselineNumber}’s ${day(schedule.baselineFinish)} (${formatSlip(schedule.finishSlipDays)}).`
              : `Finish ${day(schedule.forecastFinish)}; baseline ${schedule.baselineNumber} is not saved, so slips are not measured.`}
        </Text>
      </Card>
      <FigureTable title="Key milestones" head={['Milestone', 'Baseline', 'Forecast', 'Slip', '']} empty="No milestones in the schedule."
        rows={schedule.milestones.map((m) => [m.name, day(m.baselineFinish), day(m.forecastFinish), formatSlip(m.slipDays), m.done ? <Badge style={BADGE_STYLE} size="sm" color="teal" variant="light">Done</Badge> : ''])} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <FigureTable title="Top risks" head={['Risk', 'Score', 'Response']} empty={`No open risks (${risks.open} open).`}
          rows={risks.top.map((r) => [`${r.code} · ${r.title}`, `${r.score} · ${r.band}`, r.hasResponse ? (r.strategy ?? 'Yes') : <Text span size="sm" c="red.7" fw={500}>None</Text>])} />
        <FigureTable title="Top issues" head={['Issue', 'Priority', 'Status']} empty="No open issues."
          rows={issues.top.map((i) => [`${i.code} · ${i.title}`, i.priority, i.status])} />
      </SimpleGrid>
      <FigureTable title="Overdue actions" head={['Action', 'Due', 'Overdue']} empty="No overdue actions."
        rows={actions.items.map((a) => [`${a.code} · ${a.title}`, formatDate(a.dueDate), `${a.daysOverdue} d`])} />
    </Stack>
  );
}
