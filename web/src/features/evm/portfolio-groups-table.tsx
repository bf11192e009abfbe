// Earned value and money per portfolio and, under each, per program (and its projects in no
// program), all in the base currency: BAC, PV, EV, AC, CPI, SPI and SPI(t) in colour, EAC, then
// the budget, the forecast judged against it, the variance and open commitments, and whether the
// group is within budget — naming the projects that put it over and those left out for want of
// an exchange rate.
import { Badge, Card, Table, Text, Title } from '@mantine/core';
import type { PortfolioEvm, PortfolioEvmGroup } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatPeriods, groupRows, money, STANDING_META } from './evm-view.ts';
import { IndexBadge } from './index-badge.tsx';

const HEADERS = ['Projects', 'BAC', 'PV', 'EV', 'AC', 'CPI', 'SPI', 'SPI(t)', 'EAC', 'Budget', 'Forecast', 'Variance', 'Committed'];

function GroupNotes({ group }: { group: PortfolioEvmGroup }) {
  const { overBudget, withoutForecast } = group.budget;
  return (
    <>
      {overBudget.length > 0 ? <Text size="xs" c="red.7">Over budget: {overBudget.join(', ')}</Text> : null}
      {withoutForecast.length > 0 ? <Text size="xs" c="dimmed">At their budget, no forecast yet: {withoutForecast.join(', ')}</Text> : null}
      {group.notConverted.length > 0 ? <Text size="xs" c="orange.8">Left out, no exchange rate: {group.notConverted.join(', ')}</Text> : null}
    </>
  );
}

export function PortfolioGroupsTable({ data }: { data: PortfolioEvm }) {
  const rows = groupRows(data);
  const m = (v: number | null) => money(v, data.baseCurrency);
  const red = (v: number | null) => (v !== null && v < 0 ? 'red.7' : undefined);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Portfolios and programs">
      <Title order={2} size="h5" mb={4}>Portfolios and programs</Title>
      <Text size="xs" c="dimmed" mb="xs">In {data.baseCurrency}; indices from the sums, SPI(t) from the summed planned-value curves; the forecast is each project’s EAC against its budget.</Text>
      {rows.length === 0 ? <Text size="sm" c="dimmed">No project in this scope.</Text> : (
        <Table.ScrollContainer minWidth={1400}>
          <Table aria-label="Earned value and budget by portfolio and program" fz="sm" verticalSpacing={4} style={{ whiteSpace: 'nowrap' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Portfolio / program</Table.Th>
                {HEADERS.map((h) => <Table.Th key={h} ta="right">{h}</Table.Th>)}
                <Table.Th>Standing</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((g) => {
                const portfolio = g.level === 'portfolio';
                const standing = STANDING_META[g.budget.standing];
                return (
                  <Table.Tr key={`${g.level}-${g.portfolioId}-${g.id ?? 'none'}`} data-level={g.level} data-group={g.code ?? `no-program-${g.portfolioId}`} bg={portfolio ? 'gray.0' : undefined} fw={portfolio ? 600 : undefined}>
                    <Table.Td pl={portfolio ? undefined : 'lg'} style={{ whiteSpace: 'normal', minWidth: 220 }}>
                      {g.code ? <Text span ff="monospace" size="sm" mr={6} style={{ whiteSpace: 'nowrap' }}>{g.code}</Text> : null}
                      {g.name}
                      <GroupNotes group={g} />
                    </Table.Td>
                    <Table.Td ta="right">{g.projectCodes.length}</Table.Td>
                    <Table.Td ta="right">{m(g.amounts.bac)}</Table.Td>
                    <Table.Td ta="right">{m(g.amounts.pv)}</Table.Td>
                    <Table.Td ta="right">{m(g.amounts.ev)}</Table.Td>
                    <Table.Td ta="right">{m(g.amounts.ac)}</Table.Td>
                    <Table.Td ta="right"><IndexBadge label={`${g.code ?? g.name} CPI`} value={g.indices.cpi} /></Table.Td>
                    <Table.Td ta="right"><IndexBadge label={`${g.code ?? g.name} SPI`} value={g.indices.spi} /></Table.Td>
                    <Table.Td ta="right" title={g.schedule ? `ES ${formatPeriods(g.schedule.es, 'day')} at ${formatPeriods(g.schedule.at, 'day')}; IEAC(t) ${formatPeriods(g.schedule.ieacT, 'day')}` : 'Nothing planned'}>
                      <IndexBadge label={`${g.code ?? g.name} SPI(t)`} value={g.schedule?.spiT ?? null} />
                    </Table.Td>
                    <Table.Td ta="right">{m(g.indices.eac)}</Table.Td>
                    <Table.Td ta="right" data-cell="budget">{m(g.budget.budgetMinor)}</Table.Td>
                    <Table.Td ta="right" data-cell="forecast">{m(g.budget.forecastMinor)}</Table.Td>
                    <Table.Td ta="right" data-cell="variance" c={red(g.budget.varianceMinor)}>{m(g.budget.varianceMinor)}</Table.Td>
                    <Table.Td ta="right" data-cell="committed">{m(g.budget.committedMinor)}</Table.Td>
                    <Table.Td><Badge style={BADGE_STYLE} variant={g.budget.standing === 'not_assessed' ? 'outline' : 'light'} color={standing.color} data-standing={g.budget.standing}>{standing.label}</Badge></Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
