// One portfolio: its description and owner, its programs, and its projects; the PMO levels its
// projects' resources together from here.
import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { usePeople } from '../../api/people.ts';
import { usePortfolio, usePortfolios } from '../../api/portfolios.ts';
import { usePrograms } from '../../api/programs.ts';
import { useProjectList } from '../../api/projects.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { ArchivedBadge } from '../../ui/badges.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';
import { ProjectTable } from '../projects/project-table.tsx';
import { LevellingModal } from '../levelling/levelling-modal.tsx';

const route = getRouteApi('/_app/portfolios/$portfolioId');

export function PortfolioDetailPage() {
  const { portfolioId } = route.useParams();
  const user = useCurrentUser();
  const portfolio = usePortfolio(portfolioId);
  const programs = usePrograms(portfolioId);
  const projects = useProjectList({ portfolioId, sort: 'code' });
  const portfolios = usePortfolios(true);
  const people = usePeople();
  const [levellingOpen, setLevellingOpen] = useState(false);

  if (portfolio.isPending) return <Pending label="Loading portfolio" />;
  if (portfolio.error) return <ProblemAlert error={portfolio.error} title="This portfolio could not be shown" />;
  const p = portfolio.data;
  const editor = canEditRegister(user);
  const projectItems = projects.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <PageHeader
        title={
          <>
            <Text span inherit c="dimmed" ff="monospace" mr="xs">
              {p.code}
            </Text>
            {p.name}
          </>
        }
        badges={p.archivedAt ? <ArchivedBadge /> : null}
        subtitle={<>Owner: {p.ownerId ? people.byId.get(p.ownerId)?.name ?? '—' : 'nobody yet'}</>}
        actions={
          <>
            <ButtonLink to="/dashboard" search={{ portfolioId: p.id }} variant="default">
              Dashboard
            </ButtonLink>
            <ButtonLink to="/portfolios/$portfolioId/prioritisation" params={{ portfolioId: p.id }} variant="default">
              Prioritisation
            </ButtonLink>
            <ButtonLink to="/portfolios/$portfolioId/selection" params={{ portfolioId: p.id }} variant="default">
              Selection
            </ButtonLink>
            {editor ? (
            <>
              <ButtonLink to="/portfolios/$portfolioId/edit" params={{ portfolioId: p.id }} variant="default">
                Edit
              </ButtonLink>
              {p.archivedAt ? null : (
                <Button variant="default" onClick={() => setLevellingOpen(true)}>
                  Level resources
                </Button>
              )}
              {p.archivedAt ? null : (
                <ButtonLink to="/projects/new" search={{ portfolioId: p.id }}>
                  New project
                </ButtonLink>
              )}
            </>
            ) : null}
          </>
        }
      />
      {editor ? <LevellingModal scope="portfolio" id={p.id} opened={levellingOpen} onClose={() => setLevellingOpen(false)} canApply /> : null}
      {p.description ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} maw={800}>
          {p.description}
        </Text>
      ) : null}

      <Card withBorder radius="md" padding="lg">
        <Title order={2} size="h4" mb="sm">
          Programs
        </Title>
        <ProblemAlert error={programs.error} />
        {programs.isPending ? <Pending label="Loading programs" /> : null}
        {programs.data?.length === 0 ? <Text size="sm" c="dimmed">No programs in this portfolio.</Text> : null}
        {programs.data && programs.data.length > 0 ? (
          <Table aria-label="Programs" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Code</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Manager</Table.Th>
                <Table.Th ta="right">Projects</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programs.data.map((program) => (
                <Table.Tr key={program.id}>
                  <Table.Td ff="monospace" fz="sm">{program.code}</Table.Td>
                  <Table.Td fz="sm">
                    <AnchorLink to="/programs/$programId/dashboard" params={{ programId: program.id }} inherit>{program.name}</AnchorLink>{' '}
                    {program.archivedAt ? <ArchivedBadge /> : null}
                  </Table.Td>
                  <Table.Td fz="sm">{program.managerId ? people.byId.get(program.managerId)?.name ?? '—' : '—'}</Table.Td>
                  <Table.Td ta="right">
                    <AnchorLink to="/projects" search={{ portfolioId: p.id, programId: program.id }} fz="sm">
                      View
                    </AnchorLink>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Card>

      <Card withBorder radius="md" padding="lg">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            Projects
          </Title>
          <AnchorLink to="/projects" search={{ portfolioId: p.id }} fz="sm">
            Filter in the project list
          </AnchorLink>
        </Group>
        <ProblemAlert error={projects.error} />
        {projects.isPending ? (
          <Pending label="Loading projects" />
        ) : (
          <ProjectTable projects={projectItems} portfolios={portfolios.byId} people={people.byId} hidePortfolio />
        )}
        {projects.hasNextPage ? (
          <Group justify="center" mt="sm">
            <Button variant="default" onClick={() => void projects.fetchNextPage()} loading={projects.isFetchingNextPage}>
              Load more
            </Button>
          </Group>
        ) : null}
      </Card>
    </Stack>
  );
}
