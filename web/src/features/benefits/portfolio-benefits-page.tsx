// A portfolio's benefits planned against realised: the totals (money in the base currency at
// today's rates), a chart and a table per project — closed projects included, since benefits are
// mostly measured after closure — and the measurements overdue, each linked to its project's
// benefits tab. The portfolio is chosen in the URL.
import { Alert, Card, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { usePortfolioBenefits, type PortfolioBenefits } from '../../api/benefits.ts';
import { usePortfolios } from '../../api/portfolios.ts';
import { StatusBadge } from '../../ui/badges.tsx';
import { formatDate } from '../../ui/dates.ts';
import { formatMoney } from '../../ui/money.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import type { ProjectStatus } from '../../api/types.ts';
import { PlannedRealisedChart } from './benefits-chart.tsx';
import { formatPct } from './benefit-view.ts';
import { TotalTiles } from './total-tiles.tsx';

const route = getRouteApi('/_app/benefits');

export function PortfolioBenefitsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const portfolios = usePortfolios();
  const portfolioId = search.portfolioId ?? portfolios.data?.find((p) => !p.archivedAt)?.id;
  const view = usePortfolioBenefits(portfolioId);
  const options = (portfolios.data ?? []).filter((p) => !p.archivedAt).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }));
  return (
    <Stack gap="md">
      <PageHeader title="Benefits" subtitle="Benefits planned against realised, per project and in total; money in the base currency at today’s rates." />
      <Select label="Portfolio" w={320} searchable data={options} value={portfolioId ?? null} onChange={(v) => void navigate({ search: v ? { portfolioId: v } : {}, replace: true })} />
      <ProblemAlert error={portfolios.error ?? view.error} title="The benefits could not be shown" />
      {view.data ? <PortfolioView data={view.data} /> : portfolioId ? <Pending label="Loading benefits" /> : null}
    </Stack>
  );
}

function PortfolioView({ data }: { data: PortfolioBenefits }) {
  const m = (minor: number) => formatMoney({ amountMinor: minor, currency: data.currency });
  const t = data.total;
  const tiles = [
    ['planned', 'Money planned', m(t.plannedMinor)],
    ['realised', 'Money realised', m(t.realisedMinor)],
    ['pct', 'Realised', formatPct(t.realisedPct)],
    ['benefits', 'Benefits', `${t.benefits} (${t.byStatus.realised} realised)`],
    ['at-risk', 'At risk / not realised', `${t.byStatus.at_risk} / ${t.byStatus.not_realised}`],
    ['overdue', 'Measurements overdue', String(t.overdueMeasurements)],
  ] as const;
  if (data.projects.length === 0) return <Text c="dimmed">No benefits registered in this portfolio’s projects you can see.</Text>;
  return (
    <>
      <TotalTiles label={`Totals in ${data.currency}`} tiles={tiles} />
      {data.unconverted.length ? <Alert color="orange" title="Left out of the money totals">{data.unconverted.join(', ')}: no exchange rate to {data.currency} on {formatDate(data.asOf)}. Exchange rates are kept under <AnchorLink to="/settings/rates">Rates</AnchorLink>.</Alert> : null}
      <Card withBorder radius="md" padding="md" component="section" aria-label="Planned vs realised">
        <Title order={2} size="h5" mb="xs">Money planned vs realised per project</Title>
        <PlannedRealisedChart currency={data.currency} rows={data.projects.map((p) => ({ label: p.projectCode, plannedMinor: p.totals.plannedMinor, realisedMinor: p.totals.realisedMinor }))} />
      </Card>
      <Table striped aria-label="Benefits per project">
        <Table.Thead>
          <Table.Tr><Table.Th>Project</Table.Th><Table.Th>Status</Table.Th><Table.Th ta="right">Benefits</Table.Th><Table.Th ta="right">Planned</Table.Th><Table.Th ta="right">Realised</Table.Th><Table.Th ta="right">%</Table.Th><Table.Th ta="right">At risk</Table.Th><Table.Th ta="right">Overdue</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.projects.map((p) => (
            <Table.Tr key={p.projectId} data-project={p.projectCode}>
              <Table.Td><AnchorLink to="/projects/$projectId/benefits" params={{ projectId: p.projectId }}>{p.projectCode}</AnchorLink> {p.projectName}</Table.Td>
              <Table.Td><StatusBadge status={p.projectStatus as ProjectStatus} /></Table.Td>
              <Table.Td ta="right">{p.totals.benefits}</Table.Td>
              <Table.Td ta="right">{m(p.totals.plannedMinor)}</Table.Td>
              <Table.Td ta="right">{m(p.totals.realisedMinor)}</Table.Td>
              <Table.Td ta="right">{formatPct(p.totals.realisedPct)}</Table.Td>
              <Table.Td ta="right">{p.totals.byStatus.at_risk + p.totals.byStatus.not_realised}</Table.Td>
              <Table.Td ta="right" c={p.totals.overdueMeasurements ? 'red.7' : undefined}>{p.totals.overdueMeasurements}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {data.overdue.length ? (
        <Card withBorder radius="md" padding="md" component="section" aria-label="Overdue measurements">
          <Group mb="xs"><Title order={2} size="h5">Overdue measurements</Title></Group>
          <List size="sm">
            {data.overdue.map((o) => (
              <List.Item key={o.benefitId}>{o.code} {o.title} ({o.projectCode}) — owner {o.ownerName ?? 'none'}, due {o.dates.map(formatDate).join(', ')}</List.Item>
            ))}
          </List>
        </Card>
      ) : null}
    </>
  );
}
