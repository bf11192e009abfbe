// The portfolios of the organisation, with their owners and how many projects each holds.
import { Card, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { usePeople } from '../../api/people.ts';
import { usePortfolios } from '../../api/portfolios.ts';
import { useProjectCounts } from '../../api/projects.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { ArchivedBadge } from '../../ui/badges.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';

export function PortfolioListPage() {
  const user = useCurrentUser();
  const [showArchived, setShowArchived] = useState(false);
  const portfolios = usePortfolios(showArchived);
  const people = usePeople();
  const counts = useProjectCounts();

  const projectCount = (id: string) => {
    if (!counts.data) return '…';
    return String(counts.data.byPortfolio.get(id) ?? 0);
  };

  return (
    <Stack gap={0}>
      <PageHeader
        title="Portfolios"
        subtitle="Collections of programs and projects, each run towards a set of goals."
        actions={canEditRegister(user) ? <ButtonLink to="/portfolios/new">New portfolio</ButtonLink> : null}
      />
      <Group mb="md">
        <Checkbox label="Include archived" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
      </Group>
      <ProblemAlert error={portfolios.error} />
      <Card withBorder padding={0} radius="md">
        {portfolios.isPending ? (
          <Pending label="Loading portfolios" />
        ) : (
          <Table striped highlightOnHover aria-label="Portfolios">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Code</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th ta="right">Projects</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(portfolios.data ?? []).map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <AnchorLink to="/portfolios/$portfolioId" params={{ portfolioId: p.id }} ff="monospace" fz="sm">
                      {p.code}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td fz="sm">
                    <Group gap={6}>
                      <AnchorLink to="/portfolios/$portfolioId" params={{ portfolioId: p.id }} c="inherit" fz="sm">
                        {p.name}
                      </AnchorLink>
                      {p.archivedAt ? <ArchivedBadge /> : null}
                    </Group>
                    {p.description ? <Text size="xs" c="dimmed" lineClamp={1}>{p.description}</Text> : null}
                  </Table.Td>
                  <Table.Td fz="sm">{p.ownerId ? people.byId.get(p.ownerId)?.name ?? '—' : '—'}</Table.Td>
                  <Table.Td fz="sm" ta="right">
                    <AnchorLink to="/projects" search={{ portfolioId: p.id }} fz="sm" aria-label={`Projects of ${p.name}: ${projectCount(p.id)}`}>
                      {projectCount(p.id)}
                    </AnchorLink>
                  </Table.Td>
                </Table.Tr>
              ))}
              {portfolios.data?.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text c="dimmed" ta="center" py="md">No portfolios yet.</Text>
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
