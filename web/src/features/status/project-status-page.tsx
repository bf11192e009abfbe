// A project's status reporting: this period's report (or the button to start it), the history of
// reports, and the trend of the submitted ones as a chart with its numbers one click away. The PMO
// sets the project's reporting cadence here.
import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { projectQueries } from '../../api/projects.ts';
import { useProjectStatusReports, useReportingSettings, useStartStatusReport, useStatusTrend } from '../../api/status-reports.ts';
import type { StatusReportListItem } from '../../api/types.ts';
import { canEditProject, canGovern } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';
import { CadenceControl } from './cadence-control.tsx';
import { RagBadge } from './rag-badge.tsx';
import { REPORT_STATUSES } from './status-labels.ts';
import { StatusTrendChart } from './status-trend-chart.tsx';
import { TrendTable } from './trend-table.tsx';
import { ProjectReportDownloads } from '../../ui/report-downloads.tsx';

const route = getRouteApi('/_app/projects/$projectId/status');

export function ProjectStatusPage() {
  const { projectId } = route.useParams();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const project = useQuery(projectQueries.detail(projectId));
  const members = useQuery(projectQueries.members(projectId));
  const reporting = useReportingSettings(projectId);
  const history = useProjectStatusReports(projectId);
  const trend = useStatusTrend(projectId);
  const start = useStartStatusReport(projectId);
  const [numbers, setNumbers] = useState(false);

  if (project.isPending || reporting.isPending) return <Pending label="Loading status reports" />;
  if (project.error || reporting.error) return <ProblemAlert error={project.error ?? reporting.error} title="Status reports could not be shown" />;
  const period = reporting.data.currentPeriod;
  const items = history.data?.items ?? [];
  const current = items.find((i) => i.periodStart === period.start && i.report)?.report ?? null;
  const mayStart = canEditProject(user, project.data, members.data?.items);
  const startReport = async () => {
    const report = await start.mutateAsync(undefined);
    await navigate({ to: '/status-reports/$reportId', params: { reportId: report.id } });
  };

  return (
    <Stack gap="md">
      <PageHeader title="Status reports" subtitle={`${project.data.code} · ${project.data.name}`}
        actions={
          <Group gap="xs">
            <ProjectReportDownloads projectId={projectId} />
            <ButtonLink to="/projects/$projectId" params={{ projectId }} variant="default">Project overview</ButtonLink>
          </Group>
        } />
      <Card withBorder radius="md" padding="lg" role="region" aria-label="This period">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h4">This period: {formatDate(period.start)} – {formatDate(period.end)}</Title>
            {current ? (
              <Group gap="xs">
                <Badge style={BADGE_STYLE} color={REPORT_STATUSES[current.status].color} variant="light">{REPORT_STATUSES[current.status].label}</Badge>
                <RagBadge colour={current.overall} prefix="Overall" />
              </Group>
            ) : <Text size="sm" c="dimmed">No report started for this period.</Text>}
          </Stack>
          {current ? (
            <ButtonLink to="/status-reports/$reportId" params={{ reportId: current.id }}>Open this period’s report</ButtonLink>
          ) : mayStart ? (
            <Button onClick={() => void startReport()} loading={start.isPending}>Start this period’s report</Button>
          ) : null}
        </Group>
        <ProblemAlert error={start.error} title="The report was not started" />
        {canGovern(user) ? <CadenceControl settings={reporting.data} /> : <Text size="xs" c="dimmed" mt="sm">Reported {reporting.data.cadence}.</Text>}
      </Card>
      <Card withBorder radius="md" padding="lg" role="region" aria-label="Trend">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">Trend</Title>
          <Switch label="Show the numbers" checked={numbers} onChange={(e) => setNumbers(e.currentTarget.checked)} />
        </Group>
        <ProblemAlert error={trend.error} />
        {trend.isPending ? <Pending /> : trend.data && trend.data.points.length === 0 ? (
          <Text size="sm" c="dimmed">No report has been submitted yet: the trend starts with the first one.</Text>
        ) : trend.data ? (numbers ? <TrendTable points={trend.data.points} /> : <StatusTrendChart points={trend.data.points} />) : null}
      </Card>
      <Card withBorder radius="md" padding={0}>
        <Title order={2} size="h4" p="md" pb={0}>History</Title>
        <ProblemAlert error={history.error} />
        {history.isPending ? <Pending /> : <HistoryTable items={items} />}
      </Card>
    </Stack>
  );
}

function HistoryTable({ items }: { items: readonly StatusReportListItem[] }) {
  return (
    <Table aria-label="Report history" verticalSpacing="sm" fz="sm" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Period</Table.Th>
          <Table.Th>Report</Table.Th>
          <Table.Th>Overall</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Submitted</Table.Th>
          <Table.Th>Reviewed</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map(({ periodStart, periodEnd, report }) => (
          <Table.Tr key={`${periodStart}:${report?.id ?? 'none'}`} data-report={report?.code}>
            <Table.Td>{formatDate(periodStart)} – {formatDate(periodEnd)}</Table.Td>
            <Table.Td>{report ? <AnchorLink to="/status-reports/$reportId" params={{ reportId: report.id }} ff="monospace" fz="sm">{report.code}</AnchorLink> : '—'}</Table.Td>
            <Table.Td>{report ? <RagBadge colour={report.overall} size="sm" /> : null}</Table.Td>
            <Table.Td>{report ? <Badge style={BADGE_STYLE} size="sm" color={REPORT_STATUSES[report.status].color} variant="light">{REPORT_STATUSES[report.status].label}</Badge> : 'Not started'}</Table.Td>
            <Table.Td>{formatInstant(report?.submittedAt)}</Table.Td>
            <Table.Td>{formatInstant(report?.reviewedAt)}</Table.Td>
          </Table.Tr>
        ))}
        {items.length === 0 ? (
          <Table.Tr><Table.Td colSpan={6}><Text c="dimmed" ta="center" py="md" size="sm">No status reports yet.</Text></Table.Td></Table.Tr>
        ) : null}
      </Table.Tbody>
    </Table>
  );
}
