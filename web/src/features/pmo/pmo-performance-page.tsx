// PMO performance: the PMO's KPIs per quarter — delivery on time and on budget, schedule and cost
// variance, gate compliance, reporting timeliness, benefits realised, risk response coverage — each
// cell with what it rests on and, on hover, the projects behind it; a trend of the shares; filters
// for a portfolio and the tolerances the PMO judges delivery by.
import { useMemo, useState } from 'react';
import { Badge, Card, Group, NumberInput, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { usePmoKpis } from '../../api/pmo-kpis.ts';
import { usePortfolios } from '../../api/portfolios.ts';
import type { PmoKpis } from '../../api/types.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useLineChart } from '../evm/echarts-lines.ts';
import { basisText, kpiText, kpiTone, trendSeries } from './pmo-performance-view.ts';

export function PmoPerformancePage() {
  const [portfolioId, setPortfolioId] = useState<string | null>(null);
  const [scheduleToleranceDays, setScheduleDays] = useState(0);
  const [costTolerancePct, setCostPct] = useState(0);
  const portfolios = usePortfolios();
  const kpis = usePmoKpis({ ...(portfolioId ? { portfolioId } : {}), scheduleToleranceDays, costTolerancePct });

  return (
    <Stack gap="md">
      <PageHeader title="PMO performance" subtitle="The PMO's own KPIs by quarter, computed from the projects' data; hover a figure to see the projects behind it." />
      <Group align="flex-end">
        <Select label="Portfolio" placeholder="All portfolios" clearable data={(portfolios.data ?? []).map((p) => ({ value: p.id, label: p.name }))} value={portfolioId} onChange={setPortfolioId} w={260} />
        <NumberInput label="On time within (days)" min={0} max={365} value={scheduleToleranceDays} onChange={(v) => setScheduleDays(Number(v) || 0)} w={180} />
        <NumberInput label="On budget within (%)" min={0} max={100} value={costTolerancePct} onChange={(v) => setCostPct(Number(v) || 0)} w={180} />
      </Group>
      <ProblemAlert error={kpis.error} />
      {kpis.isPending ? <Pending label="Computing KPIs" /> : kpis.data ? <KpiTable data={kpis.data} /> : null}
      {kpis.data ? <Card withBorder radius="md"><TrendChart data={kpis.data} /></Card> : null}
    </Stack>
  );
}

function KpiTable({ data }: { data: PmoKpis }) {
  return (
    <Card withBorder padding={0} radius="md">
      <Table.ScrollContainer minWidth={860}>
        <Table aria-label="PMO KPIs" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr><Table.Th>KPI</Table.Th>{data.quarters.map((q) => <Table.Th key={q}>{q}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.kpis.map((k) => (
              <Table.Tr key={k.key} data-kpi={k.key}>
                <Table.Td><Text size="sm" fw={600}>{k.name}</Text><Text size="xs" c="dimmed" maw={360}>{k.definition}</Text></Table.Td>
                {k.values.map((v) => (
                  <Table.Td key={v.quarter}>
                    <Tooltip label={v.projects.length ? v.projects.map((p) => `${p.code} ${p.name}`).join(', ') : 'No project'} multiline maw={360} withArrow>
                      <div>
                        <Badge variant="light" color={kpiTone(k, v.value)} size="lg">{kpiText(k, v.value)}</Badge>
                        <Text size="xs" c="dimmed">{basisText(k, v)}</Text>
                      </div>
                    </Tooltip>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function TrendChart({ data }: { data: PmoKpis }) {
  const option = useMemo<EChartsCoreOption>(() => ({
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${String(v)} %`) },
    legend: { bottom: 0 },
    grid: { left: 50, right: 20, top: 20, bottom: 70 },
    xAxis: { type: 'category', data: data.quarters },
    yAxis: { type: 'value', min: 0, max: 100, name: '%' },
    series: trendSeries(data.kpis).map((s) => ({ type: 'line', name: s.name, data: s.data, connectNulls: false })),
  }), [data]);
  const element = useLineChart(option);
  return <div ref={element} role="img" aria-label="KPI trend by quarter" data-testid="kpi-trend" style={{ width: '100%', height: 320 }} />;
}
