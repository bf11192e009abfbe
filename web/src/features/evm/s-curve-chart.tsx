// The S-curve of a project: cumulative planned value, earned value (as recorded day by day) and
// actual cost per period, the forecast from the status date to EAC, and BAC and EAC as horizontal
// lines. A toggle swaps the chart for its numbers (the same rows, as a table, with CPI and SPI), so
// every figure on it is one click away.
import { useMemo, useState } from 'react';
import { Card, Group, SegmentedControl, Table, Text, Title } from '@mantine/core';
import type { ProjectEvm } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { minorDigits } from '../../ui/money.ts';
import { useLineChart } from './echarts-lines.ts';
import { formatRatio, money } from './evm-view.ts';
import { axisTop, curveRows, curveSeries, type CurveSeries } from './s-curve-view.ts';

const COLOURS = { pv: '#4c6ef5', ac: '#e8590c', ev: '#2f9e44', bac: '#868e96', eac: '#c92a2a', forecast: '#ae3ec9' };
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export function SCurve({ evm }: { evm: ProjectEvm }) {
  const [view, setView] = useState<'chart' | 'numbers'>('chart');
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="S-curve">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h5">S-curve</Title>
        <SegmentedControl size="xs" value={view} onChange={(v) => setView(v === 'numbers' ? 'numbers' : 'chart')}
          data={[{ value: 'chart', label: 'Chart' }, { value: 'numbers', label: 'Numbers' }]} aria-label="S-curve: chart or numbers" />
      </Group>
      {view === 'chart' ? <Chart evm={evm} /> : <CurveNumbers evm={evm} />}
    </Card>
  );
}

function optionOf(s: CurveSeries, currency: string) {
  const scale = 10 ** minorDigits(currency);
  const level = (name: string, value: number, color: string) => ({ name, yAxis: value, lineStyle: { color, type: 'dashed' }, label: { formatter: `${name} ${money(value, currency)}`, position: 'insideEndTop' } });
  const levels = [level('BAC', s.bac, COLOURS.bac), ...(s.eac === null ? [] : [level('EAC', s.eac, COLOURS.eac)])];
  const status = s.statusIndex === null ? [] : [{ name: 'Status date', xAxis: s.statusIndex, lineStyle: { color: '#adb5bd', type: 'dotted' }, label: { formatter: 'Status date', position: 'end' } }];
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? money(v, currency) : '—') },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 28, bottom: 36, containLabel: true },
    xAxis: { type: 'category', data: s.categories.map(formatDate), boundaryGap: false },
    yAxis: { type: 'value', max: axisTop(s), axisLabel: { formatter: (v: number) => compact.format(v / scale) } },
    series: [
      { name: 'Planned value (PV)', type: 'line', data: s.pv, color: COLOURS.pv, symbolSize: 4, markLine: { symbol: 'none', silent: true, data: [...levels, ...status] } },
      { name: 'Earned value (EV)', type: 'line', data: s.ev, color: COLOURS.ev, symbolSize: 4, connectNulls: false },
      { name: 'Actual cost (AC)', type: 'line', data: s.ac, color: COLOURS.ac, symbolSize: 4, connectNulls: false },
      { name: 'Forecast to EAC', type: 'line', data: s.forecast, color: COLOURS.forecast, symbolSize: 3, connectNulls: false, lineStyle: { type: 'dashed' } },
    ],
  };
}

function Chart({ evm }: { evm: ProjectEvm }) {
  const element = useLineChart(useMemo(() => optionOf(curveSeries(evm), evm.currency), [evm]));
  return <div ref={element} role="img" aria-label={`S-curve of ${evm.projectCode}: planned value, earned value, actual cost and the forecast to completion`} style={{ width: '100%', height: 320 }} />;
}

function CurveNumbers({ evm }: { evm: ProjectEvm }) {
  const rows = curveRows(evm);
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label="S-curve numbers" fz="sm" striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Period ending</Table.Th>
              <Table.Th ta="right">Planned value (PV)</Table.Th>
              <Table.Th ta="right">Earned value (EV)</Table.Th>
              <Table.Th ta="right">Actual cost (AC)</Table.Th>
              <Table.Th ta="right">Forecast</Table.Th>
              <Table.Th ta="right">CPI</Table.Th>
              <Table.Th ta="right">SPI</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.periodEnd} data-period={r.periodEnd} fw={r.atStatus ? 600 : undefined}>
                <Table.Td>{formatDate(r.periodEnd)}{r.atStatus ? <Text span size="xs" c="dimmed"> (status date)</Text> : null}</Table.Td>
                <Table.Td ta="right">{money(r.pv, evm.currency)}</Table.Td>
                <Table.Td ta="right">{money(r.ev, evm.currency)}</Table.Td>
                <Table.Td ta="right">{money(r.ac, evm.currency)}</Table.Td>
                <Table.Td ta="right">{money(r.forecast, evm.currency)}</Table.Td>
                <Table.Td ta="right">{formatRatio(r.cpi)}</Table.Td>
                <Table.Td ta="right">{formatRatio(r.spi)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed" mt="xs">
        Cumulative at the end of each period; earned value as recorded by then, the forecast from actual cost at the status date to EAC. BAC {money(evm.amounts.bac, evm.currency)}; EAC {money(evm.indices.eac, evm.currency)}.
      </Text>
    </>
  );
}
