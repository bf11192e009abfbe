// One program's view: the portfolio dashboard's blocks scoped to the program, plus a row per
// project. Linked from the portfolio page's programs and from a program-filtered dashboard.
import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useProgramDashboard } from '../../api/dashboard.ts';
import { formatDate } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { DashboardBlocks } from './dashboard-blocks.tsx';
import { DashboardProjectTable } from './dashboard-project-table.tsx';

const route = getRouteApi('/_app/programs/$programId/dashboard');

export function ProgramDashboardPage() {
  const { programId } = route.useParams();
  const dashboard = useProgramDashboard(programId);
  const data = dashboard.data;

  return (
    <Stack gap="md">
      <PageHeader
        title={data ? `${data.program.code} · ${data.program.name}` : 'Program'}
        subtitle={data ? `Program view: ${data.projectCount} projects as of ${formatDate(data.asOf)}.` : 'Program view'}
        actions={data ? (
          <AnchorLink to="/portfolios/$portfolioId" params={{ portfolioId: data.program.portfolioId }}>Its portfolio</AnchorLink>
        ) : null}
      />
      <ProblemAlert error={dashboard.error} />
      {data ? (
        <>
          <DashboardProjectTable projects={data.projects} />
          <DashboardBlocks data={data} />
        </>
      ) : dashboard.isPending ? <Pending label="Loading the program" /> : null}
    </Stack>
  );
}
