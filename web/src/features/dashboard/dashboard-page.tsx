// The home page: how much is in the register and how the projects I can see are doing, with the
// way to the portfolio dashboard (RAG, milestones, risks) and to my work.
import type { ReactNode } from 'react';
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useObjectives } from '../../api/objectives.ts';
import { usePortfolios } from '../../api/portfolios.ts';
import { usePrograms } from '../../api/programs.ts';
import { useProjectCounts } from '../../api/projects.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { StatusBadge } from '../../ui/badges.tsx';
import { PROJECT_STATUS_LABELS, valuesOf } from '../../ui/labels.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';

function CountCard({ label, value, link }: { label: string; value: string; link: ReactNode }) {
  return (
    <Card withBorder padding="lg" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700} aria-label={`${label}: ${value}`}>
        {value}
      </Text>
      {link}
    </Card>
  );
}

const count = (n: number | undefined) => (n === undefined ? '…' : String(n));

export function DashboardPage() {
  const user = useCurrentUser();
  const portfolios = usePortfolios();
  const programs = usePrograms();
  const objectives = useObjectives();
  const projects = useProjectCounts();
  const error = portfolios.error ?? programs.error ?? objectives.error ?? projects.error;

  return (
    <Stack>
      <PageHeader
        title="Dashboard"
        subtitle={`Welcome, ${user.name}.`}
        actions={
          <>
            <ButtonLink to="/my-work" variant="default">My work</ButtonLink>
            <ButtonLink to="/dashboard">Portfolio dashboard</ButtonLink>
          </>
        }
      />
      <ProblemAlert error={error} />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <CountCard label="Portfolios" value={count(portfolios.data?.length)} link={<AnchorLink to="/portfolios" size="sm">All portfolios</AnchorLink>} />
        <CountCard label="Programs" value={count(programs.data?.length)} link={<Text size="sm" c="dimmed">Inside portfolios</Text>} />
        <CountCard
          label="Projects"
          value={count(projects.data?.total)}
          link={<AnchorLink to="/projects" size="sm">All projects</AnchorLink>}
        />
        <CountCard label="Objectives" value={count(objectives.data?.length)} link={<AnchorLink to="/objectives" size="sm">All objectives</AnchorLink>} />
      </SimpleGrid>
      <Card withBorder padding="lg" radius="md">
        <Title order={2} size="h4" mb="sm">
          Projects by status
        </Title>
        <Group gap="xl">
          {valuesOf(PROJECT_STATUS_LABELS).map((status) => (
            <Stack key={status} gap={4} align="flex-start">
              <StatusBadge status={status} />
              <AnchorLink to="/projects" search={{ status }} fw={600} aria-label={`${PROJECT_STATUS_LABELS[status]} projects: ${projects.data?.byStatus.get(status) ?? 0}`}>
                {projects.data ? projects.data.byStatus.get(status) ?? 0 : '…'}
              </AnchorLink>
            </Stack>
          ))}
        </Group>
        <AnchorLink to="/projects" search={{ mine: true }} size="sm" mt="md" display="inline-block">
          Projects I take part in
        </AnchorLink>
      </Card>
    </Stack>
  );
}
