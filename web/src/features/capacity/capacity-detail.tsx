// What is behind a heat-map cell: one resource's assignments over the period (project, task,
// hours; projects the reader may not read are "another project"), each linking to its project's
// schedule; and a resource's demand against capacity per period as a histogram.
import { useMemo } from 'react';
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from 'echarts/charts';
import { use } from 'echarts/core';
import { useCapacityDetail, type CapacityPeriod, type CapacityRow } from '../../api/capacity.ts';
import { AnchorLink } from '../../ui/router-links.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useLineChart } from '../evm/echarts-lines.ts';
import { BAND_STYLE, histogramSeries } from './capacity-view.ts';

use([BarChart]);

export function CellDetail({ resourceId, from, to, includeProposed, showName }: { resourceId: string; from: string; to: string; includeProposed: boolean; showName: boolean }) {
  const detail = useCapacityDetail({ resourceId, from, to, ...(includeProposed && { includeProposed: 'true' }) });
  if (detail.isPending) return <Pending label="Loading the assignments" />;
  if (detail.error) return <ProblemAlert error={detail.error} />;
  const d = detail.data;
  const over = d.demand > d.capacity;
  return (
    <Stack gap={4} aria-label={`Assignments of ${d.resourceName}`}>
      <Group gap="xs">
        {showName ? <Title order={3} size="h6">{d.resourceName}</Title> : null}
        <Text size="sm">{d.demand} h of work against {d.capacity} h available</Text>
        {over ? <Badge color="red" variant="light">over-allocated by {Math.round((d.demand - d.capacity) * 100) / 100} h</Badge> : null}
      </Group>
      {d.items.length === 0 ? (
        <Text size="sm" c="dimmed">No assigned work in these days.</Text>
      ) : (
        <Table aria-label={`Work of ${d.resourceName} from ${d.from} to ${d.to}`} fz="sm" striped>
          <Table.Thead>
            <Table.Tr><Table.Th>Project</Table.Th><Table.Th>Task</Table.Th><Table.Th ta="right">Hours</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.items.map((item, i) => (
              <Table.Tr key={`${item.taskId ?? 'hidden'}-${i}`}>
                <Table.Td>
                  {item.projectId ? (
                    <AnchorLink to="/projects/$projectId/schedule" params={{ projectId: item.projectId }} fz="sm">{item.projectCode} {item.projectName}</AnchorLink>
                  ) : (
                    <Text size="sm" c="dimmed" fs="italic">{item.projectName}</Text>
                  )}
                  {item.proposed ? <Badge ml="xs" size="xs" variant="outline">proposed</Badge> : null}
                </Table.Td>
                <Table.Td>{item.taskName ?? '—'}</Table.Td>
                <Table.Td ta="right">{item.hours}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function ResourceHistogram({ row, periods, unit }: { row: CapacityRow; periods: ReadonlyArray<CapacityPeriod>; unit: 'day' | 'week' | 'month' }) {
  const option = useMemo(() => {
    const s = histogramSeries(row, periods, unit);
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: ['Demand (h)', 'Capacity (h)'] },
      grid: { left: 48, right: 16, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: s.labels },
      yAxis: { type: 'value', name: 'hours' },
      series: [
        { name: 'Demand (h)', type: 'bar', data: s.demand.map((d) => ({ value: d.value, itemStyle: { color: d.over ? BAND_STYLE.over.text : '#4c6ef5' } })) },
        { name: 'Capacity (h)', type: 'line', step: 'middle', data: s.capacity, lineStyle: { color: '#2b8a3e' }, itemStyle: { color: '#2b8a3e' } },
      ],
    };
  }, [row, periods, unit]);
  const element = useLineChart(option);
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">Demand against capacity</Title>
      <div ref={element} style={{ height: 240 }} role="img" aria-label={`${row.label}: hours of work and hours available per ${unit}`} />
    </Stack>
  );
}
