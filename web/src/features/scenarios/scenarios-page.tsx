// A portfolio's scenarios: the list (each opening its page), a new one for the PMO, and every
// scenario compared with the live portfolio. The portfolio is chosen in the URL.
import { useState } from 'react';
import { Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { usePortfolios } from '../../api/portfolios.ts';
import { useCreateScenario, useScenarioComparison, useScenarios } from '../../api/scenarios.ts';
import { canGovern } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { ComparisonTables } from './comparison-tables.tsx';

const route = getRouteApi('/_app/scenarios');

export function ScenariosPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const user = useCurrentUser();
  const portfolios = usePortfolios();
  const portfolioId = search.portfolioId ?? portfolios.data?.find((p) => !p.archivedAt)?.id;
  const scenarios = useScenarios(portfolioId);
  const comparison = useScenarioComparison(portfolioId, {});
  const options = (portfolios.data ?? []).filter((p) => !p.archivedAt).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }));
  return (
    <Stack gap="md">
      <PageHeader title="Scenarios" subtitle="Copies of a portfolio’s projects with projects added, removed, shifted or resized, compared with the live portfolio." />
      <Select label="Portfolio" w={320} searchable data={options} value={portfolioId ?? null} onChange={(v) => void navigate({ search: v ? { portfolioId: v } : {}, replace: true })} />
      <ProblemAlert error={portfolios.error ?? scenarios.error} title="The scenarios could not be shown" />
      {portfolioId && canGovern(user) ? <NewScenario portfolioId={portfolioId} /> : null}
      {scenarios.data ? (
        scenarios.data.items.length === 0 ? <Text c="dimmed">No scenarios yet.</Text> : (
          <Table striped aria-label="Scenarios">
            <Table.Thead><Table.Tr><Table.Th>Scenario</Table.Th><Table.Th ta="right">Changes</Table.Th><Table.Th>Description</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {scenarios.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td><AnchorLink to="/scenarios/$scenarioId" params={{ scenarioId: s.id }}>{s.code} {s.name}</AnchorLink></Table.Td>
                  <Table.Td ta="right">{s.changes}</Table.Td>
                  <Table.Td>{s.description}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      ) : portfolioId ? <Pending label="Loading scenarios" /> : null}
      <ProblemAlert error={comparison.error} title="The comparison could not be computed" />
      {comparison.data && comparison.data.columns.length > 1 ? <ComparisonTables comparison={comparison.data} /> : null}
    </Stack>
  );
}

function NewScenario({ portfolioId }: { portfolioId: string }) {
  const [name, setName] = useState('');
  const create = useCreateScenario(portfolioId);
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (name.trim()) void create.mutateAsync({ name: name.trim() }).then(() => setName('')); }}>
      <Group align="flex-end">
        <TextInput label="New scenario" placeholder="e.g. Delay the ERP by a quarter" w={320} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Button type="submit" loading={create.isPending} disabled={!name.trim()}>Create scenario</Button>
      </Group>
      <ProblemAlert error={create.error} title="The scenario was not created" />
    </form>
  );
}
