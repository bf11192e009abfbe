// The portfolio's money: earned value of every project the reader may see (or of one portfolio or
// program) at a status date, the totals in the base currency (each project converted at that day's
// rate) with earned schedule and the standing against budget, the projects left out of the totals
// for want of a rate, a row per portfolio and per program, and a row per project.
import { Alert, Badge, Card, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { usePortfolioEvm } from '../../api/evm.ts';
import type { PortfolioEvm } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { today } from '../timesheets/timesheet-search.ts';
import { EAC_LABELS, formatPeriods, money, STANDING_META, type FinancialsSearch } from './evm-view.ts';
import { FinancialsFilters } from './financials-filters.tsx';
import { IndexBadge } from './index-badge.tsx';
import { PortfolioEvmTable } from './portfolio-evm-table.tsx';
import { PortfolioGroupsTable } from './portfolio-groups-table.tsx';

const route = getRouteApi('/_app/financials');

export function PortfolioFinancialsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const statusDate = search.statusDate ?? today();
  const eac = search.eac ?? 'cpi';
  const query = { statusDate, eac, ...(search.portfolioId && { portfolioId: search.portfolioId }), ...(search.programId && { programId: search.programId }) };
  const evm = usePortfolioEvm(query);
  const setSearch = (patch: Partial<FinancialsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const data = evm.data;

  return (
    <Stack gap="md">
      <PageHeader title="Portfolio financials" subtitle={data ? `${data.projects.length} project${data.projects.length === 1 ? '' : 's'} as of the end of ${formatDate(data.statusDate)}; totals in ${data.baseCurrency}.` : 'Earned value of every project you can see.'} />
      <FinancialsFilters search={search} statusDate={statusDate} onChange={setSearch} onClear={() => void navigate({ search: {}, replace: true })} />
      <ProblemAlert error={evm.error} title="The financials could not be computed" />
      {data ? (
        <>
          <NotConverted data={data} />
          <Totals data={data} />
          <PortfolioGroupsTable data={data} />
          <PortfolioEvmTable data={data} eac={eac} />
        </>
      ) : evm.isPending ? <Pending label="Loading the financials" /> : null}
    </Stack>
  );
}

function Totals({ data }: { data: PortfolioEvm }) {
  const { amounts: a, indices: i, schedule: s, budget: b } = data.total;
  const m = (v: number | null) => money(v, data.baseCurrency);
  const negative = (v: number | null) => v !== null && v < 0;
  const standing = STANDING_META[b.standing];
  const tiles: { key: string; label: string; value: ReactNode; negative?: boolean }[] = [
    { key: 'bac', label: 'BAC', value: m(a.bac) },
    { key: 'pv', label: 'PV', value: m(a.pv) },
    { key: 'ev', label: 'EV', value: m(a.ev) },
    { key: 'ac', label: 'AC', value: m(a.ac) },
    { key: 'cpi', label: 'CPI', value: <IndexBadge label="Total CPI" value={i.cpi} /> },
    { key: 'spi', label: 'SPI', value: <IndexBadge label="Total SPI" value={i.spi} /> },
    { key: 'eac', label: 'EAC', value: m(i.eac) },
    { key: 'vac', label: 'VAC', value: m(i.vac), negative: negative(i.vac) },
    { key: 'spi-t', label: 'SPI(t)', value: <IndexBadge label="Total SPI(t)" value={s?.spiT ?? null} /> },
    { key: 'sv-t', label: 'SV(t)', value: s ? formatPeriods(s.svT, 'day') : '—', negative: negative(s?.svT ?? null) },
    { key: 'forecast-finish', label: 'Forecast finish', value: formatDate(s?.forecastFinish) },
    { key: 'budget', label: 'Budget', value: m(b.budgetMinor) },
    { key: 'forecast', label: 'Forecast', value: m(b.forecastMinor) },
    { key: 'variance', label: 'Variance', value: m(b.varianceMinor), negative: negative(b.varianceMinor) },
    { key: 'committed', label: 'Committed', value: m(b.committedMinor) },
    { key: 'standing', label: 'On budget?', value: <Badge variant={b.standing === 'not_assessed' ? 'outline' : 'light'} color={standing.color} data-standing={b.standing}>{standing.label}</Badge> },
  ];
  return (
    <section aria-label={`Totals in ${data.baseCurrency}`}>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 8 }} spacing="sm">
        {tiles.map((t) => (
          <Card key={t.key} withBorder radius="md" padding="sm" data-total={t.key}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{t.label}</Text>
            <Text fw={700} component="div" c={t.negative ? 'red.7' : undefined}>{t.value}</Text>
          </Card>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={4}>
        Totals in {data.baseCurrency}, each project converted at the rate in force on {formatDate(data.statusDate)}; indices from the sums. EAC = {EAC_LABELS[i.eacMethod]}.
        {s ? ` Earned schedule ${formatPeriods(s.es, 'day')} of ${formatPeriods(s.pd, 'day')} planned, at ${formatPeriods(s.at, 'day')}, from the summed planned-value curves.` : ''}
        {' '}The forecast is each budgeted project’s EAC (its budget where it has none yet) against its budget: the current approved budget, else the register’s.
      </Text>
    </section>
  );
}

function NotConverted({ data }: { data: PortfolioEvm }) {
  if (data.notConverted.length === 0) return null;
  return (
    <Alert color="orange" title={`Left out of the totals: ${data.notConverted.length} project${data.notConverted.length === 1 ? '' : 's'} without an exchange rate`} role="status" data-notice="not-converted">
      <List size="sm">
        {data.notConverted.map((n) => <List.Item key={n.projectCode}>{n.projectCode} ({n.currency}): {n.reason}</List.Item>)}
      </List>
      <Text size="sm" mt="xs">Exchange rates are kept under <AnchorLink to="/settings/rates" fz="sm">Rates</AnchorLink>.</Text>
    </Alert>
  );
}
