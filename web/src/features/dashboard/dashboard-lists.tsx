// The dashboards' money and direction: projects that have not reported, budgets per currency and
// all of them in the base currency (naming what has no exchange rate; the forecast column shows
// why it is not assessed yet rather than a guess), earned value's CPI and SPI of each project that
// has them (worst first), and the strategic objectives with the projects serving each (an
// objective nobody serves shows).
import { Group, Table, Text } from '@mantine/core';
import type { DashboardProject, PortfolioDashboard } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { formatMoney } from '../../ui/money.ts';
import { IndexBadge } from '../evm/index-badge.tsx';
import { Block, ProjectLink } from './dashboard-tables.tsx';
import { performanceRows } from './dashboard-view.ts';

export function NotReportedTable({ data }: { data: Pick<PortfolioDashboard, 'notReported' | 'projects'> }) {
  const { notReported } = data;
  const byId = new Map(data.projects.map((p) => [p.id, p]));
  return (
    <Block title="Projects not reported" subtitle={notReported.notAssessed ?? undefined} empty={notReported.projects.length === 0 ? 'Every project has reported.' : null}>
      <Table.Thead>
        <Table.Tr><Table.Th>Project</Table.Th><Table.Th>Name</Table.Th><Table.Th>Manager</Table.Th><Table.Th>Last report</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {notReported.projects.map((ref) => {
          const project = byId.get(ref.id);
          return (
            <Table.Tr key={ref.id}>
              <Table.Td><ProjectLink id={ref.id} code={ref.code} /></Table.Td>
              <Table.Td>{project?.name ?? ''}</Table.Td>
              <Table.Td>{project?.managerName ?? '—'}</Table.Td>
              <Table.Td>{project?.lastReport ? formatDate(project.lastReport.periodEnd) : 'Never'}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Block>
  );
}

export function BudgetTable({ budget }: { budget: PortfolioDashboard['budget'] }) {
  return (
    <Block title="Budget and forecast" subtitle={[budget.withoutBudget.length > 0 ? `${budget.withoutBudget.length} without a budget: ${budget.withoutBudget.map((p) => p.code).join(', ')}` : null, budget.forecastNotAssessed].filter(Boolean).join(' · ') || undefined}
      empty={budget.totals.length === 0 ? 'No project has a budget.' : null}>
      <Table.Thead>
        <Table.Tr><Table.Th>Currency</Table.Th><Table.Th ta="right">Budget</Table.Th><Table.Th>Forecast</Table.Th><Table.Th>Projects</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {budget.totals.map((t) => (
          <Table.Tr key={t.currency} data-currency={t.currency}>
            <Table.Td>{t.currency}</Table.Td>
            <Table.Td ta="right">{formatMoney({ amountMinor: t.budgetMinor, currency: t.currency })}</Table.Td>
            <Table.Td>
              {t.forecastMinor !== null ? (
                <Text size="sm" span c={t.forecastMinor > t.budgetMinor ? 'red.7' : undefined} fw={t.forecastMinor > t.budgetMinor ? 600 : undefined}>
                  {formatMoney({ amountMinor: t.forecastMinor, currency: t.currency })}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">Not assessed: {budget.forecastNotAssessed ?? 'no forecast'}</Text>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap={6}>{t.projects.map((p) => <ProjectLink key={p.id} id={p.id} code={p.code} />)}</Group>
            </Table.Td>
          </Table.Tr>
        ))}
        <BaseRow base={budget.base} />
      </Table.Tbody>
    </Block>
  );
}

/** Every budget in the base currency at today's rates, with those that have no rate named. */
function BaseRow({ base }: { base: PortfolioDashboard['budget']['base'] }) {
  const m = (amountMinor: number) => formatMoney({ amountMinor, currency: base.currency });
  const over = base.forecastMinor > base.budgetMinor;
  return (
    <Table.Tr data-currency="base" fw={600}>
      <Table.Td>All in {base.currency}</Table.Td>
      <Table.Td ta="right">{m(base.budgetMinor)}</Table.Td>
      <Table.Td><Text size="sm" span fw={600} c={over ? 'red.7' : undefined}>{m(base.forecastMinor)}</Text></Table.Td>
      <Table.Td>
        <Text size="sm" fw={400}>At today’s exchange rates.</Text>
        {base.notConverted.length > 0 ? (
          <Text size="sm" fw={400} c="orange.8" data-notice="not-converted">
            Left out for want of a rate: {base.notConverted.map((n) => `${n.code} (${n.currency})`).join(', ')}. The PMO adds rates under Rates.
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

export function PerformanceTable({ projects }: { projects: readonly DashboardProject[] }) {
  const rows = performanceRows(projects);
  return (
    <Block title="Cost and schedule performance" subtitle="Earned value’s CPI and SPI today, the worst first; projects without a cost baseline are not listed." empty={rows.length === 0 ? 'No project has earned value yet (a baseline with task costs).' : null}>
      <Table.Thead>
        <Table.Tr><Table.Th>Project</Table.Th><Table.Th>Name</Table.Th><Table.Th ta="right">CPI</Table.Th><Table.Th ta="right">SPI</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((p) => (
          <Table.Tr key={p.id} data-project={p.code}>
            <Table.Td><ProjectLink id={p.id} code={p.code} /></Table.Td>
            <Table.Td>{p.name}</Table.Td>
            <Table.Td ta="right"><IndexBadge label={`${p.code} CPI`} value={p.cpi} /></Table.Td>
            <Table.Td ta="right"><IndexBadge label={`${p.code} SPI`} value={p.spi} /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Block>
  );
}

export function ObjectivesTable({ objectives }: { objectives: PortfolioDashboard['objectives'] }) {
  return (
    <Block title="Objectives" subtitle="Strategic objectives and the projects in this selection serving each" empty={objectives.length === 0 ? 'No objectives.' : null}>
      <Table.Thead>
        <Table.Tr><Table.Th>Objective</Table.Th><Table.Th>Target</Table.Th><Table.Th ta="right">Projects</Table.Th><Table.Th>Serving it</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {objectives.map((o) => (
          <Table.Tr key={o.id} data-objective={o.code}>
            <Table.Td>{o.code} · {o.name}</Table.Td>
            <Table.Td>{formatDate(o.targetDate)}</Table.Td>
            <Table.Td ta="right">{o.count}</Table.Td>
            <Table.Td>
              {o.projects.length === 0 ? <Text size="sm" c="orange.8">None in this selection</Text> : <Group gap={6}>{o.projects.map((p) => <ProjectLink key={p.id} id={p.id} code={p.code} />)}</Group>}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Block>
  );
}
