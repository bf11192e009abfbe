// How CPI and SPI moved: each index at every period end where earned value and actual cost are
// known, up to the status date, against a dashed line at 1 (on budget, on plan). Drawn under the
// S-curve from the same periods; its numbers are the S-curve's table.
import { useMemo } from 'react';
import { Card, Text, Title } from '@mantine/core';
import type { ProjectEvm } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { useLineChart } from './echarts-lines.ts';
import { formatRatio } from './evm-view.ts';
import { trendSeries, type TrendSeries } from './s-curve-view.ts';

function optionOf(t: TrendSeries) {
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatRatio(typeof v === 'number' ? v : null) },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 16, bottom: 36, containLabel: true },
    xAxis: { type: 'category', data: t.categories.map(formatDate), boundaryGap: false },
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => formatRatio(v) } },
    series: [
      { name: 'CPI', type: 'line', data: t.cpi, color: '#e8590c', symbolSize: 4, connectNulls: false, markLine: { symbol: 'none', silent: true, data: [{ yAxis: 1, lineStyle: { color: '#adb5bd', type: 'dashed' }, label: { formatter: '1.00', position: 'insideEndTop' } }] } },
      { name: 'SPI', type: 'line', data: t.spi, color: '#4c6ef5', symbolSize: 4, connectNulls: false },
    ],
  };
}

export function TrendChart({ evm }: { evm: ProjectEvm }) {
  const trend = useMemo(() => trendSeries(evm), [evm]);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="CPI and SPI trend">
      <Title order={2} size="h5" mb="xs">CPI and SPI trend</Title>
      {trend.categories.length === 0
        ? <Text size="sm" c="dimmed">No trend yet: CPI and SPI are drawn once earned value and actual cost are recorded.</Text>
        : <Lines trend={trend} projectCode={evm.projectCode} />}
    </Card>
  );
}

function Lines({ trend, projectCode }: { trend: TrendSeries; projectCode: string }) {
  const element = useLineChart(useMemo(() => optionOf(trend), [trend]));
  return <div ref={element} role="img" aria-label={`CPI and SPI of ${projectCode} per period up to the status date`} style={{ width: '100%', height: 200 }} />;
}
