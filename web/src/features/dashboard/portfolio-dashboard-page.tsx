// The portfolio dashboard: how every project in the chosen scope is doing, for the PMO and
// executives. The scope lives in the URL (shareable, bookmarkable); the figures come from one API
// call that carries the projects behind every count.
import { Group, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { usePortfolioDashboard } from '../../api/dashboard.ts';
import { formatDate } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { PortfolioReportDownloads } from '../../ui/report-downloads.tsx';
import { DashboardBlocks } from './dashboard-blocks.tsx';
import { DashboardFilters } from './dashboard-filters.tsx';
import type { DashboardSearch } from './dashboard-view.ts';

const route = getRouteApi('/_app/dashboard');

export function PortfolioDashboardPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const dashboard = usePortfolioDashboard(search);
  const setSearch = (patch: Partial<DashboardSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const data = dashboard.data;

  return (
    <Stack gap="md">
      <PageHeader
        title="Portfolio dashboard"
        subtitle={data ? `${data.projectCount} projects as of ${formatDate(data.asOf)}. Every figure lists the projects behind it.` : 'Every project you can see.'}
        actions={
          <Group gap="xs">
            {search.programId ? <AnchorLink to="/programs/$programId/dashboard" params={{ programId: search.programId }}>Program view</AnchorLink> : null}
            <PortfolioReportDownloads portfolioId={search.portfolioId} programId={search.programId} />
          </Group>
        }
      />
      <DashboardFilters search={search} onChange={setSearch} onClear={() => void navigate({ search: {}, replace: true })} />
      <ProblemAlert error={dashboard.error} />
      {data ? <DashboardBlocks data={data} /> : dashboard.isPending ? <Pending label="Loading the dashboard" /> : null}
    </Stack>
  );
}
