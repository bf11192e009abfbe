// Everything the portfolio dashboard and a program's view share, laid out once: KPI tiles, the
// phase/RAG/status charts (each with its numbers and its projects one click away) and the watch
// lists. The pages only choose the scope and add what is theirs (filters, a per-project table).
import { useMemo } from 'react';
import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PortfolioDashboard } from '../../api/types.ts';
import { BucketChart } from './bucket-chart.tsx';
import { BudgetTable, NotReportedTable, ObjectivesTable, PerformanceTable } from './dashboard-lists.tsx';
import { EscalatedIssuesTable, MilestonesTable, TopRisksTable } from './dashboard-tables.tsx';
import { kpiTiles, phaseRows, ragRows, statusRows } from './dashboard-view.ts';
import { formatDate } from '../../ui/dates.ts';

export function DashboardBlocks({ data }: { data: PortfolioDashboard }) {
  const phases = useMemo(() => phaseRows(data.byPhase), [data.byPhase]);
  const rags = useMemo(() => ragRows(data.byRag), [data.byRag]);
  const statuses = useMemo(() => statusRows(data.byStatus), [data.byStatus]);
  const { milestones } = data;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        {kpiTiles(data).map((tile) => (
          <Card key={tile.key} withBorder radius="md" padding="md" aria-label={`${tile.label}: ${tile.count}`}>
            <Text size="sm" c="dimmed">{tile.label}</Text>
            <Text fz={32} fw={700} c={tile.color === 'dark' ? undefined : `${tile.color}.7`} data-testid={`kpi-${tile.key}`}>{tile.count}</Text>
          </Card>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <BucketChart title="Projects by phase" rows={phases} />
        <BucketChart title="Projects by RAG" rows={rags} note={data.byRag.notAssessed} />
        <BucketChart title="Projects by status" rows={statuses} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <MilestonesTable title="Milestones due" subtitle={`Forecast ${formatDate(milestones.dueFrom)} – ${formatDate(milestones.dueTo)}`} items={milestones.due} slipped={false} />
        <MilestonesTable title="Milestones slipped" subtitle={`Baseline ${formatDate(milestones.slippedFrom)} – ${formatDate(milestones.slippedTo)}, now later`} items={milestones.slipped} slipped />
        <TopRisksTable risks={data.topRisks} />
        <EscalatedIssuesTable issues={data.escalatedIssues} />
        <NotReportedTable data={data} />
        <BudgetTable budget={data.budget} />
        <PerformanceTable projects={data.projects} />
      </SimpleGrid>
      <ObjectivesTable objectives={data.objectives} />
    </Stack>
  );
}
