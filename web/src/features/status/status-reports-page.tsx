// Status reports across the projects I can see, in three tabs: "To review" (submitted reports, for
// the PMO and admins), "Due" (active projects whose report for this period is not in, with their
// manager) and "All" (filtered by portfolio and status). A row opens the report, or the project's
// status page when none is started.
import { useState } from 'react';
import { Card, Group, NativeSelect, Tabs } from '@mantine/core';
import { usePortfolios } from '../../api/portfolios.ts';
import { useStatusReportList } from '../../api/status-reports.ts';
import type { StatusReportListQuery, StatusReportStatus } from '../../api/types.ts';
import { canGovern } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { REPORT_STATUSES } from './status-labels.ts';
import { StatusReportTable } from './status-report-table.tsx';

export function StatusReportsPage() {
  const user = useCurrentUser();
  const reviewer = canGovern(user);
  return (
    <>
      <PageHeader title="Status reports" subtitle="Reports waiting for review, projects that have not reported this period, and every report." />
      <Tabs defaultValue={reviewer ? 'review' : 'due'} keepMounted={false}>
        <Tabs.List mb="md">
          {reviewer ? <Tabs.Tab value="review">To review</Tabs.Tab> : null}
          <Tabs.Tab value="due">Due</Tabs.Tab>
          <Tabs.Tab value="all">All</Tabs.Tab>
        </Tabs.List>
        {reviewer ? <Tabs.Panel value="review"><ReportList label="To review" query={{ status: 'submitted', limit: 200 }} empty="No report waits for review." /></Tabs.Panel> : null}
        <Tabs.Panel value="due"><ReportList label="Due" query={{ due: 'true', limit: 200 }} empty="Every active project has reported this period." due /></Tabs.Panel>
        <Tabs.Panel value="all"><AllReports /></Tabs.Panel>
      </Tabs>
    </>
  );
}

function ReportList({ label, query, empty, due = false }: { label: string; query: StatusReportListQuery; empty: string; due?: boolean }) {
  const list = useStatusReportList(query);
  return (
    <Card withBorder radius="md" padding={0}>
      <ProblemAlert error={list.error} />
      {list.isPending ? <Pending /> : <StatusReportTable label={label} items={list.data?.items ?? []} empty={empty} due={due} />}
    </Card>
  );
}

function AllReports() {
  const portfolios = usePortfolios();
  const [portfolioId, setPortfolioId] = useState('');
  const [status, setStatus] = useState<StatusReportStatus | ''>('');
  const query: StatusReportListQuery = { limit: 200, ...(portfolioId ? { portfolioId } : {}), ...(status ? { status } : {}) };
  return (
    <>
      <Group mb="md">
        <NativeSelect label="Portfolio" value={portfolioId} onChange={(e) => setPortfolioId(e.currentTarget.value)}
          data={[{ value: '', label: 'All portfolios' }, ...(portfolios.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))]} />
        <NativeSelect label="Status" value={status} onChange={(e) => setStatus(e.currentTarget.value as StatusReportStatus | '')}
          data={[{ value: '', label: 'Any status' }, ...Object.entries(REPORT_STATUSES).map(([value, s]) => ({ value, label: s.label }))]} />
      </Group>
      <ReportList label="All status reports" query={query} empty="No status reports match." />
    </>
  );
}
